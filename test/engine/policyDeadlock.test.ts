// An invalid policy on the base must not hold every change hostage: manifests are judged by the valid
// policy files plus the embedded default in place of the broken one, the broken file blocks, and yet a
// rollback passes, and so does the change that repairs the file (valid, and no looser than the default).
import { DEFAULT_POLICY_YAML } from '../../src/core/policy/defaultPolicy.js';
import { SEED_POLICY, readyManifest } from '../fixtures/seeds.js';
import { findingsOf, gateOn, MANIFEST, without } from '../helpers/gate.js';

const BROKEN = 'policies/strict.yaml';
const broken = DEFAULT_POLICY_YAML.replace('    - slo_defined\n', '    - slo_definde\n');

describe('while a base policy file is invalid', () => {
  test('a change that raises exposure blocks on the invalid file, and is judged by the default in its place', async () => {
    const notReady = without(readyManifest({ tenantPercent: 4 }), 'trace_coverage:');
    const r = await gateOn({
      base: { [BROKEN]: broken, 'policies/lax.yaml': 'rollout:\n  require: [slo_defined]\n', [MANIFEST]: readyManifest({ tenantPercent: 2 }) },
      head: { [MANIFEST]: notReady },
    });
    expect(findingsOf(r, 'policy_invalid')).toEqual([
      expect.objectContaining({
        file: BROKEN,
        severity: 'block',
        message: expect.stringMatching(/unknown check id "slo_definde".*embedded default policy in its place/),
      }),
    ]);
    // trace_coverage is required by the default standing in for the broken file, not by lax.yaml.
    expect(findingsOf(r, 'trace_coverage')).toHaveLength(1);
    expect(r.verdict).toBe('block');
  });

  test('a rollback passes, with the invalid file as a warning', async () => {
    const notReady = without(readyManifest({ tenantPercent: 5 }), 'trace_coverage:', 'offline_eval:');
    const r = await gateOn({
      base: { [BROKEN]: broken, [MANIFEST]: notReady },
      head: { [MANIFEST]: notReady.replace('tenant_percent: 5', 'tenant_percent: 1') },
    });
    expect(findingsOf(r, 'policy_invalid')).toEqual([
      expect.objectContaining({ severity: 'warn', message: expect.stringMatching(/only lowers exposure, so it passes/) }),
    ]);
    expect(r.manifests).toEqual([expect.objectContaining({ exposureReductionOnly: true, verdict: 'pass' })]);
    expect(r.verdict).toBe('warn');
  });

  test('the change that repairs it passes with a warning', async () => {
    const r = await gateOn({ base: { [BROKEN]: broken, [MANIFEST]: readyManifest() }, head: { [BROKEN]: DEFAULT_POLICY_YAML } });
    expect(findingsOf(r, 'policy_invalid')).toEqual([expect.objectContaining({ severity: 'warn', message: expect.stringMatching(/this change repairs it/) })]);
    expect(findingsOf(r, 'policy_changed')).toEqual([expect.objectContaining({ severity: 'warn' })]);
    expect(r.verdict).toBe('warn');
  });

  test('a "repair" looser than the embedded default still blocks, and says what it loosens', async () => {
    const r = await gateOn({ base: { [BROKEN]: broken, [MANIFEST]: readyManifest() }, head: { [BROKEN]: SEED_POLICY } });
    const [f] = findingsOf(r, 'policy_invalid');
    expect(f).toMatchObject({ severity: 'block' });
    expect(f!.message).toMatch(/the repaired version is looser than the embedded default policy \(require no longer lists stop_conditions_defined/);
    expect(findingsOf(r, 'policy_changed')[0]).toMatchObject({ severity: 'block' });
    expect(r.verdict).toBe('block');
  });

  test('deleting the invalid file is no repair: it still blocks', async () => {
    const r = await gateOn({ base: { [BROKEN]: broken, [MANIFEST]: readyManifest() }, head: { [BROKEN]: null } });
    expect(findingsOf(r, 'policy_invalid')[0]).toMatchObject({ severity: 'block' });
    expect(r.verdict).toBe('block');
  });
});
