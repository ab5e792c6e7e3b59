/**
 * Splits a list the user wrote as one string (an action input, a repeatable CLI option) on newlines and on
 * commas outside `{...}`, so a brace glob such as `rollouts/{a,b}/*.yml` stays whole. Blank entries and
 * surrounding spaces are dropped.
 */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of value) {
    if (ch === '{') depth += 1;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === '\n' || ch === '\r' || (ch === ',' && depth === 0)) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}
