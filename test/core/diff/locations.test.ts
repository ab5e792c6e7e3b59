// Where the diff locates a change of the live stage or of a stage's exposure: at the line the pull request
// changed, so an annotation lands on it (the `current_stage:` value, the exposure field's own value).
import { buildManifest, type Manifest } from '../../../src/core/model/manifest.js';
import { parseYamlSource } from '../../../src/core/parse/yamlSource.js';
import { diffManifest } from '../../../src/core/diff/manifestDiff.js';
import type { ChangeKind } from '../../../src/core/report/model.js';

const FILE = 'rollouts/x.yaml';

function manifest(text: string): Manifest {
  const parsed = parseYamlSource(FILE, text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  const built = buildManifest(parsed.doc);
  if (!built.ok) throw new Error(built.problems.map((p) => p.message).join('; '));
  return built.manifest;
}

/** A two-rung plan; `canary` lines are given verbatim so each case can add, change or drop a field. */
function plan(current: string | null, canary: readonly string[]): string {
  return [
    'rollout_plan:',
    '  workflow: "w"',
    ...(current === null ? [] : [`  current_stage: ${current}`]),
    '  stages:',
    '    beta:',
    '      accounts: 20',
    '    canary:',
    ...canary.map((l) => `      ${l}`),
    '      exit: ["done"]',
    '',
  ].join('\n');
}

const lineOf = (text: string, needle: string): number => {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line contains ${needle}`);
  return i + 1;
};

interface Case {
  readonly name: string;
  readonly base: string | null;
  readonly head: string;
  readonly kind: ChangeKind;
  /** The text of the line the change must be located at, in the head. */
  readonly at: string;
}

const cases: readonly Case[] = [
  {
    name: 'a promotion, at the current_stage value',
    base: plan('beta', ['tenant_percent: 5']),
    head: plan('canary', ['tenant_percent: 5']),
    kind: 'stage_promoted',
    at: 'current_stage: canary',
  },
  {
    name: 'a demotion, at the current_stage value',
    base: plan('canary', ['tenant_percent: 5']),
    head: plan('beta', ['tenant_percent: 5']),
    kind: 'stage_demoted',
    at: 'current_stage: beta',
  },
  {
    name: 'a plan going live, at the current_stage value',
    base: plan(null, ['tenant_percent: 5']),
    head: plan('canary', ['tenant_percent: 5']),
    kind: 'stage_went_live',
    at: 'current_stage: canary',
  },
  {
    name: 'a new manifest going live, at the current_stage value',
    base: null,
    head: plan('canary', ['tenant_percent: 5']),
    kind: 'stage_went_live',
    at: 'current_stage: canary',
  },
  {
    name: 'a raised percentage, at that field',
    base: plan('canary', ['users: "staff"', 'tenant_percent: 2']),
    head: plan('canary', ['users: "staff"', 'tenant_percent: 5']),
    kind: 'exposure_increased',
    at: 'tenant_percent: 5',
  },
  {
    name: 'a lowered percentage, at that field',
    base: plan('canary', ['traffic_percent: 20']),
    head: plan('canary', ['traffic_percent: 10']),
    kind: 'exposure_decreased',
    at: 'traffic_percent: 10',
  },
  {
    name: 'an added limit, at the new field',
    base: plan('canary', ['tenant_percent: 5']),
    head: plan('canary', ['tenant_percent: 5', 'accounts: 40']),
    kind: 'exposure_increased',
    at: 'accounts: 40',
  },
  {
    name: 'a removed limit, at its stage',
    base: plan('canary', ['tenant_percent: 5', 'traffic_percent: 10']),
    head: plan('canary', ['tenant_percent: 5']),
    kind: 'exposure_increased',
    at: '    canary:',
  },
  {
    name: 'a changed segment, at the users field',
    base: plan('canary', ['tenant_percent: 5', 'users: "staff"']),
    head: plan('canary', ['tenant_percent: 5', 'users: "everyone"']),
    kind: 'exposure_changed',
    at: 'users: "everyone"',
  },
  {
    name: 'a raised rung of a plan with no live stage, at that field',
    base: plan(null, ['tenant_percent: 2']),
    head: plan(null, ['tenant_percent: 5']),
    kind: 'exposure_increased',
    at: 'tenant_percent: 5',
  },
];

describe('change locations', () => {
  test.each(cases)('$name', ({ base, head, kind, at }) => {
    const changes = diffManifest({ file: FILE, previousFile: null, base: base === null ? null : manifest(base), head: manifest(head) });
    const found = changes.filter((c) => c.kind === kind);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(lineOf(head, at));
  });
});
