// One rule for "this names nobody": owners, capability owners, waiver approvers and the strategy fields a
// capability must fill in (idempotency, unknown_side_effect, ...). A placeholder is how an obligation stays
// "on paper", so every one of those fields treats it exactly like a missing value.
//
// The text is compared after NFKC normalisation (full-width `ＴＢＤ` is `TBD`, the ligature `ﬁxme` is `fixme`),
// lower-casing, and dropping everything that is not a letter, a combining mark or a digit (so `T.B.D.`,
// `t b d`, `n/a`, `N.A.` and `to-be-decided` all compare as one word). It is a placeholder when:
//   - nothing is left (empty, whitespace only, or punctuation only: `?`, `...`, `-`, `—`, `–`);
//   - what is left is one of PLACEHOLDER_PHRASES, or a run of three or more `x`;
//   - its first word is one of PLACEHOLDER_PREFIXES (`TBD: ask risk`, `todo - find an owner`); a first word
//     spelled as single letters (`T.B.D. soon`) counts as one word.
// Real names keep passing because only whole phrases and whole first words are compared: `Nobel`, `Tobias`,
// `Ana` and `Noneman` are not `no...`, `tba`, `na` or `none`.

/** Whole values that name nobody, written the usual way; compared with punctuation and spaces removed. */
export const PLACEHOLDER_PHRASES: readonly string[] = [
  'tbd',
  'tba',
  'tbc',
  'todo',
  'fixme',
  'n/a',
  'na',
  'none',
  'nobody',
  'no one',
  'noone',
  'nil',
  'null',
  'unknown',
  'unassigned',
  'unowned',
  'undecided',
  'undefined',
  'unset',
  'unhandled',
  'owner',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'whoever',
  'xxx',
  'pending',
  'later',
  'vacant',
  'placeholder',
  'changeme',
  'change me',
  'fill in',
  'fill me in',
  'to be decided',
  'to be determined',
  'to be defined',
  'to be confirmed',
  'to be announced',
  'to be assigned',
  'nobody yet',
  'none yet',
  'no one yet',
  'not yet',
  'not yet assigned',
  'not assigned',
  'not set',
  'not handled',
  'not decided',
  'not applicable',
  'not known',
  'no owner',
  'no owner yet',
];

/** First words that mark the whole value as a placeholder, whatever follows (`TBD (ask the risk team)`). */
export const PLACEHOLDER_PREFIXES: readonly string[] = ['tbd', 'tba', 'todo', 'fixme'];

/** Runs of characters that are neither letters, combining marks nor digits separate words and are ignored. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;

function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(SEPARATORS)
    .filter((w) => w !== '');
}

const PHRASES = new Set(PLACEHOLDER_PHRASES.map((p) => wordsOf(p).join('')));
const PREFIXES = new Set(PLACEHOLDER_PREFIXES);

/** The first word, with a leading run of single letters (`t.b.d.`, `t b d`) read as one word. */
function firstWord(words: readonly string[]): string {
  let letters = '';
  for (const w of words) {
    if ([...w].length !== 1) break;
    letters += w;
  }
  return letters !== '' ? letters : (words[0] ?? '');
}

/** True when `text` names nobody (see the rule at the top of this module). */
export function isPlaceholder(text: string): boolean {
  const words = wordsOf(text);
  const compact = words.join('');
  if (compact === '') return true;
  if (PHRASES.has(compact) || /^x{3,}$/.test(compact)) return true;
  return PREFIXES.has(firstWord(words));
}
