// isPlaceholder: the one rule for values that name nobody (owners, approvers, capability strategy fields).
import { isPlaceholder, PLACEHOLDER_PHRASES, PLACEHOLDER_PREFIXES } from '../../../src/core/model/placeholder.js';

describe('isPlaceholder', () => {
  test.each([
    ['', 'empty'],
    ['   \t\n', 'whitespace only'],
    ['?', 'a question mark'],
    ['???', 'question marks'],
    ['...', 'dots'],
    ['…', 'an ellipsis character'],
    ['-', 'a hyphen'],
    ['—', 'an em dash'],
    ['–', 'an en dash'],
    ['*', 'an asterisk'],
    ['\u200b', 'a zero-width space'],
    ['TBD', 'TBD'],
    ['tbd', 'lower case'],
    ['T.B.D.', 'dotted letters'],
    ['t b d', 'spaced letters'],
    ['ＴＢＤ', 'full-width letters (NFKC)'],
    ['  TBD  ', 'surrounding spaces'],
    ['TBD?', 'trailing punctuation'],
    ['TBA', 'TBA'],
    ['TBC', 'TBC'],
    ['todo', 'todo'],
    ['FIXME', 'FIXME'],
    ['ﬁxme', 'a ligature (NFKC)'],
    ['n/a', 'n/a'],
    ['N/A', 'N/A'],
    ['N.A.', 'N.A.'],
    ['na', 'na'],
    ['none', 'none'],
    ['None.', 'None with a full stop'],
    ['nobody', 'nobody'],
    ['Nobody yet', 'nobody yet'],
    ['none yet', 'none yet'],
    ['not yet', 'not yet'],
    ['not handled', 'not handled'],
    ['not decided', 'not decided'],
    ['Not applicable', 'not applicable'],
    ['no one', 'no one'],
    ['no-one', 'no-one'],
    ['No owner', 'no owner'],
    ['unowned', 'unowned'],
    ['undecided', 'undecided'],
    ['unknown', 'unknown'],
    ['unassigned', 'unassigned'],
    ['owner', 'owner'],
    ['someone', 'someone'],
    ['somebody', 'somebody'],
    ['xxx', 'xxx'],
    ['XXXXX', 'a longer run of x'],
    ['pending', 'pending'],
    ['later', 'later'],
    ['vacant', 'vacant'],
    ['placeholder', 'placeholder'],
    ['To be decided', 'to be decided'],
    ['to be determined', 'to be determined'],
    ['To Be Confirmed', 'to be confirmed'],
    ['to be announced', 'to be announced'],
    ['to-be-assigned', 'to be assigned, hyphenated'],
    ['TBD: ask the risk team', 'a value starting with TBD'],
    ['todo - find an owner', 'a value starting with todo'],
    ['TODO(alice)', 'todo with a parenthesis'],
    ['FIXME later', 'a value starting with fixme'],
    ['tba next quarter', 'a value starting with tba'],
    ['T.B.D. (ask Bob)', 'dotted letters then more words'],
    ['ＴＯＤＯ：find someone', 'full-width todo and colon'],
  ])('%j is a placeholder (%s)', (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  test.each([
    ['Dana Scully', 'a person'],
    ['@acme/risk-team', 'a GitHub team'],
    ['@dana', 'a GitHub user'],
    ['oncall-rotation', 'a rotation'],
    ['Nobel', 'starts with "no" but is a name'],
    ['Tobias', 'starts with "t", "o", "b" but is not tba'],
    ['Ana', 'contains "na" but is a name'],
    ['Noneman', 'starts with "none" but is a name'],
    ['Nona Okafor', 'starts with "no"'],
    ['T. Baker', 'an initial and a surname'],
    ['Todorov', 'starts with "todo" but is a name'],
    ['Tbdiyan', 'starts with "tbd" but is one word'],
    ['Xavier', 'starts with x'],
    ['Pendleton', 'starts with "pend"'],
    ['山田太郎', 'a name in another script'],
    ['अनिल', 'a name with combining marks'],
    ['retry with the same idempotency key', 'a strategy'],
    ['dedupe on request id; no-op when seen', 'a strategy with punctuation'],
    ['none of the writes are replayed; reconcile nightly', 'a strategy that starts with "none" but says something'],
  ])('%j is a name or a real value (%s)', (text) => {
    expect(isPlaceholder(text)).toBe(false);
  });

  test('every documented phrase and prefix is a placeholder, in any case and with any punctuation', () => {
    for (const phrase of [...PLACEHOLDER_PHRASES, ...PLACEHOLDER_PREFIXES]) {
      expect([phrase, phrase.toUpperCase(), `  ${phrase}.`, phrase.split('').join(' ')].filter((v) => !isPlaceholder(v))).toEqual([]);
    }
  });
});
