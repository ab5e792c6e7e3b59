// An owner only counts when somebody is actually named: placeholders are how ownership stays "on paper".
const PLACEHOLDERS = new Set(['', 'tbd', 'tba', 'todo', 'fixme', 'n/a', 'na', 'none', 'nobody', 'unknown', 'unassigned', 'owner', 'someone', 'somebody', 'xxx', 'pending', 'later']);

export function isPlaceholderName(name: string): boolean {
  const t = name.trim().toLowerCase();
  if (PLACEHOLDERS.has(t)) return true;
  if (/^[?\-_.*!\s]+$/.test(t)) return true; // "?", "--", "..."
  return /^(tbd|todo|tba|fixme)\b/.test(t);
}
