import { distance } from 'fastest-levenshtein';

/** The known names closest to `input` (by edit distance, then alphabetically), for did-you-mean messages. */
export function nearest(input: string, known: readonly string[], most = 3): string[] {
  const limit = Math.max(2, Math.ceil(input.length / 2));
  return known
    .map((name) => ({ name, d: distance(input.toLowerCase(), name.toLowerCase()) }))
    .filter((x) => x.d <= limit || x.name.includes(input) || input.includes(x.name))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, most)
    .map((x) => x.name);
}

export function didYouMean(input: string, known: readonly string[]): string {
  const close = nearest(input, known);
  return close.length > 0 ? `did you mean ${close.map((n) => `"${n}"`).join(' or ')}?` : `known: ${known.join(', ')}`;
}
