// Every check in the catalog, driven end to end through a real repository: a ready manifest passes, and
// the one defect each case introduces is reported by exactly the expected check, at the expected line.
import { RULES } from '../../../src/core/rules/registry.js';
import { findingsOf, gateOn, lineOf, MANIFEST, without } from '../../helpers/gate.js';
import { cases, ready } from './cases.js';

describe('each check of the catalog', () => {
  test.each(cases)('$check reports its defect at the right line', async (c) => {
    const base = { ...(c.base ?? {}), ...(c.policy !== undefined ? { 'policies/p.yaml': c.policy } : {}) } as Record<string, string | null>;
    const report = await gateOn({ base, head: { [MANIFEST]: c.manifest } });
    const hit = findingsOf(report, c.check).find((f) => c.message.test(f.message));
    expect(hit).toMatchObject({ file: MANIFEST, line: lineOf(c.manifest, c.at ?? 'rollout_plan:'), severity: 'block' });
    expect(report.verdict).toBe('block');
  });

  test('the ready manifest itself has no findings, so each case above isolates one defect', async () => {
    const report = await gateOn({ head: { [MANIFEST]: ready } });
    expect(report.findings).toEqual([]);
  });

  test('every requirement and hazard in the catalog is exercised by a test', () => {
    const covered = new Set([
      ...cases.map((c) => c.check),
      // diff hazards and pacing are driven in test/engine/diff.test.ts and test/engine/pacing.test.ts
      'orchestration_pattern_change_unreviewed',
      'orchestration_pattern_change_approval',
      'owner_removed',
      'stop_condition_loosened',
      'rollback_plan_removed',
      'approval_bound_removed',
      'authorization_mode_changed',
      'exposure_step_within_limit',
      'dwell_time_met',
      // waivers added in a change: test/engine/policy.test.ts and test/core/judge
      'waiver_approved',
      // typed evidence, through real histories: test/engine/typedEvidence.test.ts
      'evidence_criteria_met',
      'evidence_fresh',
      'stage_criteria_met',
      'stage_criteria_unverified',
      'stop_conditions_clear',
      // exposure sources: test/engine/sources.test.ts
      'exposure_source_matches_stage',
      'exposure_source_guard_removed',
      'exposure_source_stop_conditions_bound',
    ]);
    expect(RULES.map((c) => c.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test('findings carry the readiness block, remediation and the owner to notify', async () => {
    const report = await gateOn({ head: { [MANIFEST]: without(ready, 'trace_coverage:') } });
    const [f] = findingsOf(report, 'trace_coverage');
    expect(f).toMatchObject({
      readinessBlock: 'observability',
      remediation: expect.stringMatching(/evidence.trace_coverage/),
      ownerCategory: 'technical',
      owner: { category: 'technical', name: 'AI Platform', github: '@ai-platform-lead' },
    });
    expect(report.unmetBlocks).toEqual(['observability']);
  });
});
