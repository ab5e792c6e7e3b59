// What one policy file's change loosens for the manifests it gates, starts to gate and stops gating, with
// the policies that gate every manifest beside it and the embedded default where nothing gates: a table.
import { loadPolicy } from '../../src/core/load/documents.js';
import { DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML } from '../../src/core/policy/defaultPolicy.js';
import { fileChangeLoosening, PolicySetComparison, type PolicyFileChange, type PolicySide } from '../../src/core/policy/loosening.js';
import type { Policy } from '../../src/core/policy/policy.js';

function policy(file: string, text: string): Policy {
  const p = loadPolicy(file, text);
  if (!p.ok) throw new Error(p.problems[0]!.message);
  return p.value;
}

const fallback = policy(DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML);
const strict = policy('policies/strict.yaml', 'rollout:\n  require: [slo_defined, trace_coverage]\n  pacing: { min_dwell: 3d }\n');
const loose = policy('policies/strict.yaml', 'rollout:\n  require: [slo_defined]\n');
const scopedStrict = policy('policies/strict.yaml', 'rollout:\n  applies_to: ["rollouts/a/**"]\n  require: [slo_defined, trace_coverage]\n');
const lax = policy('policies/base.yaml', 'rollout:\n  require: [slo_defined]\n');
const global = policy('policies/global.yaml', 'rollout:\n  require: [trace_coverage]\n');
const warns = policy('policies/team.yaml', 'rollout:\n  applies_to: ["rollouts/team/**"]\n  severity: { trace_coverage: warn }\n  require: [trace_coverage]\n');

/** What replacing the default with a small policy loosens, among much else. */
const dropsTraceCoverage = expect.arrayContaining([expect.stringMatching(/^require no longer lists trace_coverage, /)]);

const v = (p: Policy) => ({ path: p.file, policy: p });
const side = (...valid: Policy[]): PolicySide => ({ valid, invalid: [] });
/** The scopes that loosen, with what they loosen, for a readable table. */
const judged = (change: PolicyFileChange, base: PolicySide, head: PolicySide) =>
  fileChangeLoosening(change, base, head, fallback).map((s) => [s.scope, s.fromDefault, [...s.loosens]]);

describe('fileChangeLoosening', () => {
  test.each<[string, PolicyFileChange, PolicySide, PolicySide, unknown[]]>([
    [
      'an edit that drops a requirement',
      { before: v(strict), after: v(loose) },
      side(strict),
      side(loose),
      [['gated', false, ['require no longer lists trace_coverage', 'pacing.min_dwell is shortened from 3d to nothing']]],
    ],
    ['an edit that adds one', { before: v(loose), after: v(strict) }, side(loose), side(strict), []],
    [
      'the same loosening masked by a policy for every manifest',
      { before: v(strict), after: v(loose) },
      side(strict, global),
      side(loose, global),
      [['gated', false, ['pacing.min_dwell is shortened from 3d to nothing']]],
    ],
    ['a first file replacing the default', { before: null, after: v(loose) }, side(), side(loose), [['newly_gated', true, dropsTraceCoverage]]],
    ['a file removed, its manifests falling back to a default at least as strict', { before: v(strict), after: null }, side(strict), side(), []],
    [
      'a file removed beside a looser policy for every manifest',
      { before: v(strict), after: null },
      side(strict, lax),
      side(lax),
      [['no_longer_gated', false, ['require no longer lists trace_coverage', 'pacing.min_dwell is shortened from 3d to nothing']]],
    ],
    [
      'narrowing applies_to',
      { before: v(strict), after: v(scopedStrict) },
      side(strict, lax),
      side(scopedStrict, lax),
      [
        ['gated', false, ['pacing.min_dwell is shortened from 3d to nothing']],
        ['no_longer_gated', false, ['require no longer lists trace_coverage', 'pacing.min_dwell is shortened from 3d to nothing']],
      ],
    ],
    ['widening applies_to of a strict file', { before: v(scopedStrict), after: v(strict) }, side(scopedStrict, global), side(strict, global), []],
    ['a scoped file that warns, beside a policy for every manifest that blocks', { before: null, after: v(warns) }, side(global), side(global, warns), []],
    [
      'a scoped file that warns where only the default gated',
      { before: null, after: v(warns) },
      side(),
      side(warns),
      [['newly_gated', true, expect.arrayContaining(['trace_coverage is downgraded to warn'])]],
    ],
    [
      'a file made invalid: the default stands in',
      { before: v(strict), after: { path: strict.file, policy: null } },
      side(strict),
      { valid: [], invalid: [strict.file] },
      [],
    ],
    [
      'a file repaired no looser than the default',
      { before: { path: 'policies/strict.yaml', policy: null }, after: v(policy('policies/strict.yaml', DEFAULT_POLICY_YAML)) },
      { valid: [], invalid: ['policies/strict.yaml'] },
      side(policy('policies/strict.yaml', DEFAULT_POLICY_YAML)),
      [],
    ],
    [
      'a file repaired looser than the default',
      { before: { path: 'policies/strict.yaml', policy: null }, after: v(loose) },
      { valid: [], invalid: ['policies/strict.yaml'] },
      side(loose),
      [['gated', true, dropsTraceCoverage]],
    ],
  ])('%s', (_name, change, base, head, expected) => {
    expect(judged(change, base, head)).toEqual(expected);
  });
});

describe('PolicySetComparison', () => {
  test('compares the policies gating a manifest at its old path (base) and new path (head), once per distinct set', () => {
    const compare = new PolicySetComparison([scopedStrict, loose], [scopedStrict, loose], fallback);
    expect(compare.compare('rollouts/a/x.yaml', 'rollouts/a/y.yaml').loosens).toEqual([]);
    const moved = compare.compare('rollouts/a/x.yaml', 'rollouts/b/x.yaml');
    expect(moved.loosens).toEqual(['require no longer lists trace_coverage']);
    expect(moved.before).toEqual([scopedStrict, loose]);
    expect(moved.after).toEqual([loose]);
    expect(compare.compare('rollouts/a/z.yaml', 'rollouts/c/z.yaml')).toBe(moved);
  });
});
