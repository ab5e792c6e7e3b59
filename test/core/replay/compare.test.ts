// What a replay says differs: the record's inputs compared field by field, and the report lines that differ.
import { approvalDifferences, gateWorkflowDifferences, lineDiff, recordDifferences, recordedObjects } from '../../../src/core/replay/compare.js';
import type { Finding } from '../../../src/core/report/model.js';
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
    [
      'another gate-workflow check',
      { external: { reviews: 'not_read', adapterChecks: [], gateWorkflow: { path: '.github/workflows/gate.yml', eventBase: A } } },
      [`gate workflow check: recorded none, replayed .github/workflows/gate.yml from ${A}`],
    ],
  ])('%s', (_name, replayed, expected) => {
    expect(recordDifferences(RECORD, { ...RECORD, ...replayed })).toEqual(expected);
  });

  test('reviews the replay needed and a check an adapter added are named too', () => {
    const recorded: DecisionRecord = { ...RECORD, external: { reviews: 'not_read', adapterChecks: ['gate_config_changed'] } };
    expect(recordDifferences(recorded, { ...RECORD, external: { reviews: 'read', adapterChecks: [] } })).toEqual([
      'reviews: recorded not_read, the replay needed them',
      'checks an adapter added: recorded [gate_config_changed], replayed []',
    ]);
    expect(recordDifferences({ ...RECORD, external: { reviews: 'read', adapterChecks: [] } }, RECORD)).toEqual([
      'reviews: recorded read, the replay did not need them',
    ]);
  });
});

test('the reviews the verdict used are named when the replay used others', () => {
  const recorded: DecisionRecord = {
    ...RECORD,
    external: { reviews: 'read', reviewed: { kind: 'reviews', outcomes: [{ handle: '@lead', state: 'approved', commit: B }] }, adapterChecks: [] },
  };
  expect(recordDifferences(recorded, { ...recorded, external: { ...recorded.external, reviewed: { kind: 'unavailable' } } })).toEqual([
    `reviews the verdict used: recorded [@lead approved at ${B.slice(0, 12)}], replayed none (they could not be read)`,
  ]);
  expect(
    recordDifferences(
      {
        ...recorded,
        external: { reviews: 'read', reviewed: { kind: 'reviews', outcomes: [{ handle: '@lead', state: 'missing', commit: null }] }, adapterChecks: [] },
      },
      { ...recorded, external: { reviews: 'read', adapterChecks: [] } },
    ),
  ).toEqual(['reviews the verdict used: recorded [@lead missing], replayed none']);
});

describe('approvalDifferences', () => {
  const reviewed = { kind: 'reviews' as const, outcomes: [{ handle: '@lead', state: 'missing' as const, commit: null }] };

  test("approvals that agree with the record's reviews, and approvals without a handle, say nothing", () => {
    expect(
      approvalDifferences(
        [
          { handle: '@lead', state: 'missing' },
          { handle: null, state: 'missing' },
        ],
        reviewed,
      ),
    ).toEqual([]);
    expect(approvalDifferences([{ handle: '@lead', state: 'unchecked' }], { kind: 'unavailable' })).toEqual([]);
  });

  test("an approval the record's reviews do not back is named, with what the record says", () => {
    expect(
      approvalDifferences(
        [
          { handle: '@lead', state: 'approved' },
          { handle: '@risk', state: 'approved' },
        ],
        reviewed,
      ),
    ).toEqual([
      "approvals[0] (@lead): the report says approved, the record's reviews say missing",
      "approvals[1] (@risk): the report says approved, the record's reviews have no outcome for @risk",
    ]);
    expect(approvalDifferences([{ handle: '@lead', state: 'approved' }], { kind: 'unavailable' })).toEqual([
      'approvals[0] (@lead): the report says approved, the record says the reviews could not be read',
    ]);
  });
});

describe('recordedObjects', () => {
  test("the event base the gate's workflow was compared from is an object the replay needs, named for what it was", () => {
    const E = 'e'.repeat(40);
    const record: DecisionRecord = { ...RECORD, external: { ...RECORD.external, gateWorkflow: { path: '.github/workflows/gate.yml', eventBase: E } } };
    expect(recordedObjects(record)).toContainEqual({
      oid: E,
      what: "the event's base commit, from which .github/workflows/gate.yml (the workflow that ran the gate) was compared",
    });
    expect(recordedObjects(RECORD).map((o) => o.oid)).not.toContain(E);
  });
});

describe('gateWorkflowDifferences', () => {
  const finding = (severity: 'block' | 'warn', message: string): Finding => ({
    check: 'gate_config_changed',
    severity,
    readinessBlock: 'safety_and_policy',
    file: '.github/workflows/gate.yml',
    line: 8,
    column: 23,
    message,
    remediation: 'Merge it on its own.',
    covers: [],
    owner: null,
    ownerCategory: null,
  });
  const changed = finding('block', 'input `policy-dir` changed from "policies" to "elsewhere"');

  test('the same findings: nothing to say', () => {
    expect(gateWorkflowDifferences([changed], [{ ...changed }])).toEqual([]);
  });

  test('a finding deleted from the report, and one that git does not give, are named with where and what', () => {
    expect(gateWorkflowDifferences([], [changed])).toEqual([
      'gate workflow finding gate_config_changed (block) at .github/workflows/gate.yml:8, "input `policy-dir` changed from \\"policies\\" to \\"elsewhere\\"": derived again from git, not in the report',
    ]);
    expect(gateWorkflowDifferences([finding('warn', 'x')], [])).toEqual([
      'gate workflow finding gate_config_changed (warn) at .github/workflows/gate.yml:8, "x": in the report, not derived from git by the replay',
    ]);
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
