// A policy change is judged by its effect on the manifests it gates, not by the file's own diff: replacing
// the default, renaming a file out of the policy files, narrowing applies_to, moving a manifest out from
// under its policy, or a new file that warns where the default blocked, all block with what loosens.
import { SEED_POLICY, readyManifest } from '../fixtures/seeds.js';
import { DEFAULT_POLICY_YAML } from '../../src/core/policy/defaultPolicy.js';
import { findingsOf, gateOn, MANIFEST } from '../helpers/gate.js';

const changed = (r: Awaited<ReturnType<typeof gateOn>>) => findingsOf(r, 'policy_changed');

describe('policy changes judged by their effect', () => {
  test('a first policy file replaces the embedded default for every manifest: even `rollout: {}` blocks, with what it drops', async () => {
    const r = await gateOn({ base: { [MANIFEST]: readyManifest() }, head: { 'policies/team.yaml': 'rollout: {}\n' } });
    const [f] = changed(r);
    expect(f).toMatchObject({ file: 'policies/team.yaml', severity: 'block' });
    expect(f!.message).toMatch(/for the manifests it gates, gated until now by the embedded default policy: require no longer lists trace_coverage/);
    expect(f!.message).toMatch(/pacing.min_dwell is shortened from 3d to nothing/);
    expect(r.verdict).toBe('block');
  });

  test('a first policy file that keeps all of the default and adds to it is only reported', async () => {
    const stricter = DEFAULT_POLICY_YAML.replace('max_step_pct: 25', 'max_step_pct: 10');
    const r = await gateOn({ base: { [MANIFEST]: readyManifest() }, head: { 'policies/team.yaml': stricter } });
    expect(changed(r)).toEqual([expect.objectContaining({ severity: 'warn' })]);
    expect(r.verdict).toBe('warn');
  });

  test.each([
    ['out of the glob', 'policies/strict.yaml.off'],
    ['out of the policy directory', 'docs/strict.yaml'],
  ])('renaming a policy %s blocks: its manifests fall back to the default', async (_how, to) => {
    const r = await gateOn({
      base: { 'policies/strict.yaml': DEFAULT_POLICY_YAML, 'policies/base.yaml': 'rollout:\n  require: [slo_defined]\n' },
      head: { 'policies/strict.yaml': null, [to]: DEFAULT_POLICY_YAML },
    });
    const [f] = changed(r);
    expect(f).toMatchObject({ file: to, severity: 'block' });
    expect(f!.message).toContain(`for the manifests it gated (renamed to ${to}, which is not a policy file): require no longer lists trace_coverage`);
    expect(r.changes).toEqual([expect.objectContaining({ kind: 'policy_changed', status: 'renamed', previousPath: 'policies/strict.yaml', path: to })]);
  });

  test('removing a policy file blocks with what its manifests lose', async () => {
    const r = await gateOn({
      base: { 'policies/strict.yaml': SEED_POLICY, 'policies/base.yaml': 'rollout:\n  require: [slo_defined]\n' },
      head: { 'policies/strict.yaml': null },
    });
    expect(changed(r)[0]?.message).toMatch(/for the manifests it gated \(the file is removed\): require no longer lists trace_coverage/);
    expect(r.verdict).toBe('block');
  });

  test('narrowing applies_to blocks with what the manifests it no longer gates lose', async () => {
    const narrowed = SEED_POLICY.replace('rollout:\n', 'rollout:\n  applies_to: ["rollouts/internal/**"]\n');
    const r = await gateOn({
      base: { 'policies/strict.yaml': SEED_POLICY, 'policies/base.yaml': 'rollout:\n  require: [slo_defined]\n' },
      head: { 'policies/strict.yaml': narrowed },
    });
    expect(changed(r)[0]?.message).toMatch(/for the manifests it stops gating \(its applies_to narrows\): require no longer lists trace_coverage/);
    expect(r.verdict).toBe('block');
  });

  test('widening applies_to of a strict policy is only reported', async () => {
    const scoped = SEED_POLICY.replace('rollout:\n', 'rollout:\n  applies_to: ["rollouts/internal/**"]\n');
    const r = await gateOn({
      base: { 'policies/strict.yaml': scoped, 'policies/base.yaml': DEFAULT_POLICY_YAML },
      head: { 'policies/strict.yaml': SEED_POLICY },
    });
    expect(changed(r)).toEqual([expect.objectContaining({ severity: 'warn' })]);
  });

  test("moving a manifest out of its policy's applies_to blocks, at the manifest", async () => {
    const support = DEFAULT_POLICY_YAML.replace('rollout:\n', 'rollout:\n  applies_to: ["rollouts/support/**"]\n');
    const lax = 'rollout:\n  require: [slo_defined]\n';
    const r = await gateOn({
      base: { 'policies/support.yaml': support, 'policies/base.yaml': lax, 'rollouts/support/renewal.yaml': readyManifest() },
      head: { 'rollouts/support/renewal.yaml': null, 'rollouts/renewal.yaml': readyManifest() },
    });
    const [f] = changed(r);
    expect(f).toMatchObject({ file: 'rollouts/renewal.yaml', severity: 'block' });
    expect(f!.message).toMatch(
      /moving rollouts\/support\/renewal.yaml to rollouts\/renewal.yaml takes it from policies\/base.yaml, policies\/support.yaml to policies\/base.yaml, which loosens the gate: require no longer lists trace_coverage/,
    );
    expect(r.verdict).toBe('block');
  });

  test('a new file that makes a check warn where the default blocked blocks', async () => {
    const warns = DEFAULT_POLICY_YAML.replace('rollout:\n', 'rollout:\n  severity:\n    trace_coverage: warn\n');
    const r = await gateOn({ base: { [MANIFEST]: readyManifest() }, head: { 'policies/team.yaml': warns } });
    expect(changed(r)[0]).toMatchObject({ severity: 'block', message: expect.stringMatching(/trace_coverage is downgraded to warn/) });
  });

  test('a new scoped file that warns is only reported while a policy for every manifest still blocks', async () => {
    const warns = 'rollout:\n  applies_to: ["rollouts/team/**"]\n  severity:\n    trace_coverage: warn\n';
    const r = await gateOn({ base: { 'policies/global.yaml': DEFAULT_POLICY_YAML }, head: { 'policies/team.yaml': warns } });
    expect(changed(r)).toEqual([expect.objectContaining({ severity: 'warn' })]);
  });

  test('the base policy still judges the change that loosens it', async () => {
    const r = await gateOn({
      base: { 'policies/strict.yaml': SEED_POLICY },
      head: {
        'policies/strict.yaml': 'rollout:\n  require: []\n',
        [MANIFEST]: readyManifest().replace('    trace_coverage: evidence/trace-coverage.md\n', ''),
      },
    });
    expect(findingsOf(r, 'trace_coverage')).toHaveLength(1);
    expect(changed(r)[0]?.severity).toBe('block');
  });
});
