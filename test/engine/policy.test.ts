// Policy comes from the base commit: a pull request cannot weaken the policy that gates it.
import { SEED_POLICY, readyManifest } from '../fixtures/seeds.js';
import { findingsOf, gateOn, MANIFEST, without } from '../helpers/gate.js';

const notReady = without(readyManifest(), 'trace_coverage:');

describe('policy source', () => {
  test('a policy weakened in the pull request still gates it with the base version, and the loosening is listed', async () => {
    const weakened = SEED_POLICY.replace('    - trace_coverage\n', '').replace('max_tenant_exposure_pct: 5', 'max_tenant_exposure_pct: 50');
    const r = await gateOn({ base: { 'policies/rollout.yaml': SEED_POLICY }, head: { 'policies/rollout.yaml': weakened, [MANIFEST]: notReady } });
    expect(findingsOf(r, 'trace_coverage')).toHaveLength(1);
    const [changed] = findingsOf(r, 'policy_changed');
    expect(changed).toMatchObject({ file: 'policies/rollout.yaml', severity: 'block' });
    expect(changed!.message).toMatch(/require no longer lists trace_coverage/);
    expect(changed!.message).toMatch(/max_tenant_exposure_pct rises from 5 to 50/);
    expect(r.changes.map((c) => c.kind)).toContain('policy_changed');
    expect(r.verdict).toBe('block');
  });

  test('a policy added by the pull request does not apply to it; the default policy does', async () => {
    const lax = 'rollout:\n  require: []\n';
    const r = await gateOn({ head: { 'policies/lax.yaml': lax, [MANIFEST]: notReady } });
    expect(r.policy.kind).toBe('default');
    expect(findingsOf(r, 'trace_coverage')).toHaveLength(1);
  });

  test('a tightening policy change is reported as a warning only', async () => {
    const stricter = SEED_POLICY.replace('max_tenant_exposure_pct: 5', 'max_tenant_exposure_pct: 3');
    const r = await gateOn({ base: { 'policies/rollout.yaml': SEED_POLICY, [MANIFEST]: readyManifest() }, head: { 'policies/rollout.yaml': stricter } });
    expect(findingsOf(r, 'policy_changed')).toEqual([expect.objectContaining({ severity: 'warn' })]);
    expect(r.verdict).toBe('warn');
  });

  test('an invalid policy on the base fails closed with the policy file and line', async () => {
    const broken = SEED_POLICY.replace('    - slo_defined\n', '    - slo_definde\n');
    const r = await gateOn({ base: { 'policies/rollout.yaml': broken }, head: { [MANIFEST]: readyManifest() } });
    const [f] = findingsOf(r, 'policy_invalid');
    expect(f).toMatchObject({ file: 'policies/rollout.yaml', line: 7, severity: 'block' });
    expect(f!.message).toMatch(/unknown check id "slo_definde"/);
    expect(f!.remediation).toMatch(/did you mean "slo_defined"/);
    expect(r.verdict).toBe('block');
  });

  test('a requirement listed under block_if is refused with where it belongs', async () => {
    const misplaced = SEED_POLICY.replace('  block_if:\n', '  block_if:\n    - trace_coverage\n');
    const r = await gateOn({ base: { 'policies/rollout.yaml': misplaced }, head: { [MANIFEST]: readyManifest() } });
    expect(findingsOf(r, 'policy_invalid')[0]?.message).toMatch(/"trace_coverage" is a requirement check and belongs under require/);
  });

  test('applies_to scopes a policy; severity can turn a check into a warning', async () => {
    const scoped = `rollout:\n  applies_to: ["rollouts/internal/**"]\n  require: [trace_coverage]\n  severity:\n    trace_coverage: warn\n`;
    const r = await gateOn({ base: { 'policies/internal.yaml': scoped }, head: { 'rollouts/internal/tool.yaml': notReady } });
    expect(findingsOf(r, 'trace_coverage')).toEqual([expect.objectContaining({ severity: 'warn' })]);
    expect(r.verdict).toBe('warn');
  });

  test('per-stage requirements: GA asks more than canary', async () => {
    const policy = `rollout:\n  require: []\n  stages:\n    ga:\n      require: [runbook_present]\n      owners: [communication]\n`;
    const canary = await gateOn({ base: { 'policies/p.yaml': policy }, head: { [MANIFEST]: readyManifest() } });
    expect(canary.findings).toEqual([]);
    const ga = await gateOn({ base: { 'policies/p.yaml': policy }, head: { [MANIFEST]: readyManifest({ stage: 'ga' }) } });
    expect(ga.findings.map((f) => f.check).sort()).toEqual(['owners_named', 'runbook_present']);
  });

  test('a custom check written as a JSON Schema fragment runs against the manifest', async () => {
    const policy = `rollout:
  custom_checks:
    - id: support_owner_named
      block: ownership_and_rollback
      message: "support owner must be named for customer-facing rollouts"
      remediation: "Name owners.support."
      owner: product
      schema:
        type: object
        properties:
          rollout_plan:
            type: object
            required: [owners]
            properties:
              owners: { type: object, required: [support] }
`;
    const r = await gateOn({ base: { 'policies/p.yaml': policy }, head: { [MANIFEST]: without(readyManifest(), 'support: "CS Ops"') } });
    expect(findingsOf(r, 'support_owner_named')).toEqual([
      expect.objectContaining({ readinessBlock: 'ownership_and_rollback', message: 'support owner must be named for customer-facing rollouts' }),
    ]);
    const ok = await gateOn({ base: { 'policies/p.yaml': policy }, head: { [MANIFEST]: readyManifest() } });
    expect(ok.findings).toEqual([]);
  });

  test('a waiver on the base silences one check until its expiry; an expired one blocks', async () => {
    const waiver = (expires: string) =>
      `  waivers:\n    - check: trace_coverage\n      reason: "tracing lands next sprint"\n      approver: "Trust Steward"\n      expires: "${expires}"\n`;
    const onBase = (expires: string) => ({
      base: { [MANIFEST]: notReady + waiver(expires) },
      head: { [MANIFEST]: notReady.replace('slo: evidence/slo.md', 'slo: evidence/slo.md ') + waiver(expires) },
    });
    const live = await gateOn(onBase('2026-06-30'));
    expect(live.findings).toEqual([]);
    expect(live.waivers).toEqual([expect.objectContaining({ check: 'trace_coverage', state: 'in_effect' })]);
    const expired = await gateOn(onBase('2026-05-31'));
    expect(expired.findings.map((f) => f.check).sort()).toEqual(['trace_coverage', 'waiver_expired']);
  });

  test('a waiver the pull request adds does not silence its check until the waiver approvers approve', async () => {
    const waiver = `  waivers:\n    - check: trace_coverage\n      reason: "tracing lands next sprint"\n      approver: "Trust Steward"\n      expires: "2026-06-30"\n`;
    const r = await gateOn({ base: { [MANIFEST]: notReady }, head: { [MANIFEST]: notReady + waiver } });
    expect(r.findings.map((f) => f.check).sort()).toEqual(['trace_coverage', 'waiver_approved']);
    expect(findingsOf(r, 'waiver_approved')[0]!.message).toMatch(
      /waiver for trace_coverage added in this change is not in effect until the risk owner \(no GitHub handle at the base\) approves/,
    );
    expect(r.waivers).toEqual([expect.objectContaining({ check: 'trace_coverage', state: 'awaiting_approval' })]);
    // A manifest new in the change names its own owners: its waivers wait for a later change.
    const fresh = await gateOn({ head: { [MANIFEST]: notReady + waiver } });
    expect(findingsOf(fresh, 'waiver_approved')[0]!.message).toMatch(/the manifest is new, so no owner named at the base can approve it/);
  });
});
