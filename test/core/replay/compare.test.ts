// What a replay says differs: the record's inputs compared field by field, and the report lines that differ.
import { lineDiff, recordDifferences } from '../../../src/core/replay/compare.js';
import type { DecisionRecord } from '../../../src/core/report/record.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const RECORD: DecisionRecord = {
  format: 1,
  toolVersion: '1.0.0',
  base: A,
  mergeBase: A,
  head: B,
  now: '2026-06-01T00:00:00.000Z',
  options: { manifestGlobs: ['rollouts/**/*.yaml'], policyDir: 'policies', all: false, evaluate: 'head', timelines: true },
  policies: [{ file: 'rollouts/x.yaml', digest: 'sha256:1', sources: [{ file: 'policies/p.yaml', source: 'c'.repeat(40) }] }],
  inputs: [
    { role: 'manifest', commit: B, path: 'rollouts/x.yaml', oid: 'd'.repeat(40) },
    { role: 'evidence', commit: B, path: 'evidence/slo.md', oid: null },
  ],
  external: { reviews: 'not_read', adapterChecks: [] },
};

describe('recordDifferences', () => {
  test.each<[string, Partial<DecisionRecord>, string[]]>([
    ['the same record', {}, []],
    [
      'another tool version',
      { toolVersion: '1.1.0' },
      ["tool version: the report was made by rollout-gate 1.0.0, this is 1.1.0; replay with 1.0.0 (its release's dist/cli.js) to prove the same answer"],
    ],
    ['another moment', { now: '2026-06-02T00:00:00.000Z' }, ['now: recorded 2026-06-01T00:00:00.000Z, replayed 2026-06-02T00:00:00.000Z']],
    [
      'another policy',
      { policies: [{ file: 'rollouts/x.yaml', digest: 'sha256:2', sources: [{ file: 'policies/p.yaml', source: 'e'.repeat(40) }] }] },
      [
        `policy of rollouts/x.yaml: the digest differs, recorded sha256:1 from policies/p.yaml (${'c'.repeat(40)}), replayed sha256:2 from policies/p.yaml (${'e'.repeat(40)})`,
      ],
    ],
    [
      'evidence that appeared',
      { inputs: [RECORD.inputs[0]!, { role: 'evidence', commit: B, path: 'evidence/slo.md', oid: 'f'.repeat(40) }] },
      [`evidence evidence/slo.md at ${B.slice(0, 12)}: recorded blob none, the replay read ${'f'.repeat(40)}`],
    ],
    [
      'a file the replay did not read',
      { inputs: [RECORD.inputs[0]!] },
      [`evidence evidence/slo.md at ${B.slice(0, 12)}: recorded as read, not read by the replay`],
    ],
  ])('%s', (_name, replayed, expected) => {
    expect(recordDifferences(RECORD, { ...RECORD, ...replayed })).toEqual(expected);
  });
});

describe('lineDiff', () => {
  test.each<[string, string, string, string[]]>([
    ['equal texts', 'a\nb\n', 'a\nb\n', []],
    ['one changed line, with context', 'a\nb\nc\nd\ne\n', 'a\nb\nX\nd\ne\n', ['@@ line 1 of the recorded report @@', ' a', ' b', '-c', '+X', ' d', ' e']],
    ['an added line', 'a\nb\n', 'a\nb\nc\n', ['@@ line 1 of the recorded report @@', ' a', ' b', '+c', ' ']],
    [
      'two changes far apart keep their context and elide the middle',
      ['x', '1', '2', '3', '4', '5', '6', '7', 'y'].join('\n'),
      ['X', '1', '2', '3', '4', '5', '6', '7', 'Y'].join('\n'),
      ['@@ line 1 of the recorded report @@', '-x', '+X', ' 1', ' 2', ' ...', ' 6', ' 7', '-y', '+Y'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(lineDiff(a, b)).toEqual(expected);
  });

  test('a long difference is cut with a count of what is left out', () => {
    const a = Array.from({ length: 100 }, (_, i) => `a${i}`).join('\n');
    const b = Array.from({ length: 100 }, (_, i) => `b${i}`).join('\n');
    const d = lineDiff(a, b);
    expect(d).toHaveLength(61);
    expect(d[60]).toBe('... 141 more lines differ');
  });
});
