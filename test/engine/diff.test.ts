// Release-bearing changes between the base and the pull request, detected through real git histories.
import { readyManifest } from '../fixtures/seeds.js';
import { checksOf, findingsOf, gateOn, lineOf, MANIFEST, without } from '../helpers/gate.js';
import type { Change, Report } from '../../src/core/report/model.js';

const ready = readyManifest();
const kinds = (r: Report) => r.changes.map((c) => c.kind);
const change = (r: Report, kind: Change['kind']) => r.changes.find((c) => c.kind === kind);

describe('diff against the base', () => {
  test('a new manifest counts as added, goes live, and lists its write capabilities', async () => {
    const r = await gateOn({ head: { [MANIFEST]: ready } });
    expect(kinds(r)).toEqual(expect.arrayContaining(['manifest_added', 'stage_went_live', 'write_capability_added']));
    expect(r.manifests[0]).toMatchObject({ status: 'added', stageBefore: null, stageAfter: 'canary' });
  });

  test('raising exposure on the live stage is an increase with the size of the step, at the current_stage line', async () => {
    const head = readyManifest({ tenantPercent: 5 }).replace('tenant_percent: 5', 'tenant_percent: 5');
    const r = await gateOn({ base: { [MANIFEST]: readyManifest({ stage: 'limited_beta' }) }, head: { [MANIFEST]: head } });
    expect(change(r, 'stage_promoted')).toMatchObject({
      from: { stage: 'limited_beta', exposure: { field: 'accounts', unit: 'accounts', value: 20 } },
      to: { stage: 'canary', exposure: { field: 'tenant_percent', unit: 'percent', value: 5 } },
      delta: null,
      releaseBearing: true,
      line: lineOf(head, 'current_stage: canary'),
    });
  });

  test('exposure increase within a stage reports from, to and the signed delta, as numbers with their unit', async () => {
    const base = readyManifest({ tenantPercent: 2 });
    const r = await gateOn({ base: { [MANIFEST]: base }, head: { [MANIFEST]: readyManifest({ tenantPercent: 5 }) } });
    expect(change(r, 'exposure_increased')).toMatchObject({
      subject: 'stages.canary.tenant_percent',
      stage: 'canary',
      field: 'tenant_percent',
      unit: 'percent',
      from: 2,
      to: 5,
      delta: 3,
      releaseBearing: true,
    });
    expect(r.verdict).toBe('pass');
  });

  test('an orchestration pattern change is release-bearing and blocks without a fresh review', async () => {
    const base = readyManifest();
    const head = readyManifest({ triagePattern: 'routing' });
    const r = await gateOn({ base: { [MANIFEST]: base }, head: { [MANIFEST]: head } });
    expect(change(r, 'pattern_changed')).toMatchObject({ subject: 'orchestration.triage', from: 'fixed_workflow', to: 'routing', releaseBearing: true });
    const [f] = findingsOf(r, 'orchestration_pattern_change_unreviewed');
    expect(f).toMatchObject({ line: lineOf(head, 'review: reviews/triage-routing.md'), readinessBlock: 'runtime_correctness' });
    expect(f!.message).toMatch(/was not updated in this change/);
    expect(r.verdict).toBe('block');
  });

  test('the same pattern change passes when the review record is updated in the same change', async () => {
    const r = await gateOn({
      base: { [MANIFEST]: readyManifest() },
      head: { [MANIFEST]: readyManifest({ triagePattern: 'routing' }), 'reviews/triage-routing.md': 'Routing reviewed 2026-05-30 by technical and risk.\n' },
    });
    expect(findingsOf(r, 'orchestration_pattern_change_unreviewed')).toEqual([]);
    // What remains are the approvals the default policy asks of the technical and risk owners.
    // One problem, one finding: the two approvals of one path's change are one finding that covers both.
    expect(checksOf(r)).toEqual(['orchestration_pattern_change_approval', 'orchestration_pattern_change_approval']);
    expect(r.findings).toHaveLength(1);
  });

  test("a pattern change asks the policy's approvers, by GitHub handle where the manifest gives one", async () => {
    const head = readyManifest({ triagePattern: 'routing' });
    const r = await gateOn({ base: { [MANIFEST]: readyManifest() }, head: { [MANIFEST]: head, 'reviews/triage-routing.md': 'reviewed again\n' } });
    const approvals = findingsOf(r, 'orchestration_pattern_change_approval');
    expect(approvals.map((f) => [f.ownerCategory, f.owner?.github ?? null, f.line]).sort()).toEqual([
      ['risk', null, lineOf(head, 'triage:')],
      ['technical', '@ai-platform-lead', lineOf(head, 'triage:')],
    ]);
    expect(approvals.map((f) => f.message).sort()).toEqual([
      'orchestration.triage fixed_workflow -> routing needs approval from the risk owner "Trust Steward", who has no GitHub handle to verify the approval with',
      'orchestration.triage fixed_workflow -> routing needs approval from the technical owner @ai-platform-lead',
    ]);
    const unlisted = await gateOn({ base: { 'policies/p.yaml': 'rollout:\n  require: []\n', [MANIFEST]: readyManifest() }, head: { [MANIFEST]: head } });
    expect(findingsOf(unlisted, 'orchestration_pattern_change_approval')).toEqual([]);
  });

  test('parallelization added on a new path is release-bearing', async () => {
    const head = ready.replace('  capabilities:\n', '    enrich:\n      pattern: parallelization\n      review: reviews/triage-routing.md\n  capabilities:\n');
    const r = await gateOn({ base: { [MANIFEST]: ready }, head: { [MANIFEST]: head } });
    expect(change(r, 'pattern_added')).toMatchObject({ subject: 'orchestration.enrich', to: 'parallelization', releaseBearing: true });
    expect(findingsOf(r, 'orchestration_pattern_change_unreviewed')[0]?.message).toMatch(/new parallelization path/);
  });

  test('a read capability turned into a write capability is a changed write capability', async () => {
    const head = ready.replace('access: read', 'access: write\n      idempotency: "request_id"\n      unknown_side_effect: "reconcile"');
    const r = await gateOn({ base: { [MANIFEST]: ready }, head: { [MANIFEST]: head } });
    expect(change(r, 'write_capability_changed')).toMatchObject({
      subject: 'capabilities.check_access_request_status',
      accessBefore: 'read',
      accessAfter: 'write',
      edits: [
        { field: 'access', edit: 'changed' },
        { field: 'idempotency', edit: 'added' },
        { field: 'unknown_side_effect', edit: 'added' },
      ],
      releaseBearing: true,
    });
  });

  test('an owner replaced by a placeholder is an owner removal and blocks', async () => {
    const head = ready.replace('risk: "Trust Steward"', 'risk: "TBD"');
    const r = await gateOn({ base: { [MANIFEST]: ready }, head: { [MANIFEST]: head } });
    expect(change(r, 'owner_removed')).toMatchObject({
      subject: 'owners.risk',
      category: 'risk',
      from: { name: 'Trust Steward', github: null },
      to: { name: 'TBD', github: null },
      line: lineOf(head, 'risk: "TBD"'),
    });
    expect(findingsOf(r, 'owner_removed')).toHaveLength(1);
  });

  test('a changed owner is reported but does not block', async () => {
    const r = await gateOn({ base: { [MANIFEST]: ready }, head: { [MANIFEST]: ready.replace('risk: "Trust Steward"', 'risk: "Risk Council"') } });
    expect(change(r, 'owner_changed')).toMatchObject({
      from: { name: 'Trust Steward', github: null },
      to: { name: 'Risk Council', github: null },
      releaseBearing: false,
    });
    expect(r.verdict).toBe('pass');
  });

  test('a stop condition loosened in the permissive direction blocks; a tightened one does not', async () => {
    const loosened = await gateOn({
      base: { [MANIFEST]: ready },
      head: { [MANIFEST]: ready.replace('false_positive_rate > 0.20', 'false_positive_rate > 0.35') },
    });
    expect(change(loosened, 'stop_condition_loosened')).toMatchObject({
      list: 'stop_conditions',
      from: { text: 'false_positive_rate > 0.20', metric: 'false_positive_rate', operator: '>', threshold: 0.2, unit: null },
      to: { text: 'false_positive_rate > 0.35', metric: 'false_positive_rate', operator: '>', threshold: 0.35, unit: null },
    });
    expect(findingsOf(loosened, 'stop_condition_loosened')).toHaveLength(1);
    const tightened = await gateOn({
      base: { [MANIFEST]: ready },
      head: { [MANIFEST]: ready.replace('false_positive_rate > 0.20', 'false_positive_rate > 0.10') },
    });
    expect(kinds(tightened)).toContain('stop_condition_tightened');
    expect(tightened.verdict).toBe('pass');
  });

  test('removing a stop condition or a rollback trigger blocks', async () => {
    const r = await gateOn({
      base: { [MANIFEST]: ready },
      head: { [MANIFEST]: without(ready, '"customer_complaint_count >= 3"', 'rollback_triggers:', '"latency_p95_ms > 2000"') },
    });
    expect(kinds(r)).toEqual(expect.arrayContaining(['stop_condition_removed', 'rollback_trigger_removed']));
    expect(findingsOf(r, 'stop_condition_loosened')).toHaveLength(2);
  });

  test('removing the rollback plan, approval bounds or changing authorization mode blocks', async () => {
    const base = ready.replace('  evidence:\n', '  authorization:\n    mode: service\n  evidence:\n');
    const head = without(base, 'plan: evidence/rollback-plan.md', 'timeout: 30m', 'backlog_threshold: 50').replace(
      'mode: service',
      'mode: delegated\n    traced_fields: [authorization_mode, delegated_principal, delegated_scope]\n    on_revoke: "cancel the paused run"',
    );
    const r = await gateOn({ base: { [MANIFEST]: base }, head: { [MANIFEST]: head } });
    for (const id of ['rollback_plan_removed', 'approval_bound_removed', 'authorization_mode_changed'])
      expect(findingsOf(r, id).length).toBeGreaterThanOrEqual(1);
    expect(change(r, 'authorization_mode_changed')).toMatchObject({ from: 'service', to: 'delegated' });
  });

  test('a rename is detected and the manifest is compared with its old version', async () => {
    const r = await gateOn({
      base: { [MANIFEST]: ready },
      head: { [MANIFEST]: null, 'rollouts/renewal-risk-v2.yaml': ready.replace('tenant_percent: 5', 'tenant_percent: 4') },
    });
    expect(change(r, 'manifest_renamed')).toMatchObject({ previousPath: MANIFEST, path: 'rollouts/renewal-risk-v2.yaml' });
    expect(change(r, 'exposure_decreased')).toMatchObject({ unit: 'percent', from: 5, to: 4 });
    expect(r.manifests).toEqual([expect.objectContaining({ file: 'rollouts/renewal-risk-v2.yaml', previousFile: MANIFEST, status: 'renamed' })]);
  });

  test('a deleted manifest that is not live is reported as removed and does not block', async () => {
    const r = await gateOn({ base: { [MANIFEST]: without(ready, 'current_stage:') }, head: { [MANIFEST]: null } });
    expect(kinds(r)).toEqual(['manifest_removed']);
    expect(r.manifests[0]).toMatchObject({ status: 'removed' });
    expect(r.verdict).toBe('pass');
  });

  test('a change that touches no manifest and no policy passes with nothing to report', async () => {
    const r = await gateOn({ base: { [MANIFEST]: without(ready, 'trace_coverage:') }, head: { 'src/app.ts': 'export {}\n' } });
    expect(r).toMatchObject({ verdict: 'pass', changes: [], findings: [], manifests: [] });
  });
});

describe('a rollback is never blocked', () => {
  // The base is not ready at all (no evidence): a change that only narrows exposure must still pass.
  const notReady = without(readyManifest({ tenantPercent: 5 }), 'trace_coverage:', 'offline_eval:', 'on_call:');

  test('lowering exposure on a non-ready manifest passes and is reported', async () => {
    const r = await gateOn({ base: { [MANIFEST]: notReady }, head: { [MANIFEST]: notReady.replace('tenant_percent: 5', 'tenant_percent: 1') } });
    expect(r.verdict).toBe('pass');
    expect(r.findings).toEqual([]);
    expect(r.manifests[0]).toMatchObject({ exposureReductionOnly: true });
    expect(change(r, 'exposure_decreased')).toMatchObject({ unit: 'percent', from: 5, to: 1, delta: -4, releaseBearing: false });
  });

  test('demoting the live stage passes', async () => {
    const r = await gateOn({ base: { [MANIFEST]: notReady }, head: { [MANIFEST]: notReady.replace('current_stage: canary', 'current_stage: dogfood') } });
    expect(change(r, 'stage_demoted')).toMatchObject({
      from: { stage: 'canary', exposure: { field: 'tenant_percent', unit: 'percent', value: 5 } },
      to: { stage: 'dogfood', exposure: { field: 'users', unit: 'segment', value: 'customer-success managers only' } },
      delta: null,
    });
    expect(r.verdict).toBe('pass');
  });

  test('a demotion bundled with a release-bearing change is gated as usual', async () => {
    const head = notReady.replace('current_stage: canary', 'current_stage: dogfood').replace('pattern: fixed_workflow', 'pattern: autonomous_agent');
    const r = await gateOn({ base: { [MANIFEST]: notReady }, head: { [MANIFEST]: head } });
    expect(r.manifests[0]!.exposureReductionOnly).toBe(false);
    expect(r.verdict).toBe('block');
  });

  test('an invalid manifest is never taken for a rollback', async () => {
    const r = await gateOn({ base: { [MANIFEST]: notReady }, head: { [MANIFEST]: notReady.replace('tenant_percent: 5', 'tenant_percent: one') } });
    expect(findingsOf(r, 'manifest_invalid')).toHaveLength(1);
    expect(r.verdict).toBe('block');
  });
});
