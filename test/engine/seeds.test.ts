import { runGate } from '../../src/engine/run.js';
import type { Report } from '../../src/core/report/model.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';
import { EVIDENCE_FILES, readyManifest, SEED_POLICY, SEED_ROLLOUT_PLAN } from '../fixtures/seeds.js';

const NOW = new Date('2026-06-01T00:00:00Z');

async function gate(repo: TestRepo, extra: Partial<Parameters<typeof runGate>[0]> = {}): Promise<Report> {
  const outcome = await runGate({ repoDir: repo.dir, now: NOW, ...extra });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('the seed examples', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = createRepo();
  });
  afterEach(() => repo.cleanup());

  test('the seed rollout plan is accepted as a manifest and gated by the default policy', async () => {
    repo.commitFiles({ 'README.md': 'x\n' }, 'init');
    repo.commitFiles({ 'rollouts/renewal-risk.yaml': SEED_ROLLOUT_PLAN }, 'add rollout');
    const report = await gate(repo);
    expect(report.findings.filter((f) => f.check === 'manifest_invalid')).toEqual([]);
    expect(report.policy.kind).toBe('default');
    expect(report.verdict).toBe('block');
    const checks = new Set(report.findings.map((f) => f.check));
    // The seed plan names no evidence, no on-call and only four owner categories.
    for (const id of [
      'trace_coverage',
      'offline_eval_pass',
      'rollback_plan',
      'oncall_owner',
      'owners_named',
      'policy_decisions_not_traced',
      'shadow_period_completed',
    ]) {
      expect(checks.has(id)).toBe(true);
    }
    const owners = report.findings.filter((f) => f.check === 'owners_named').map((f) => f.message);
    expect(owners.join('\n')).toMatch(/data owner/);
    expect(owners.join('\n')).not.toMatch(/product owner/);
    expect(report.changes.map((c) => c.kind)).toContain('manifest_added');
  });

  test('the seed checklist policy is accepted verbatim and every id in it is a real check', async () => {
    repo.commitFiles({ 'policies/rollout.yaml': SEED_POLICY, ...EVIDENCE_FILES }, 'policy');
    repo.commitFiles({ 'rollouts/renewal-risk.yaml': readyManifest() }, 'add rollout');
    const report = await gate(repo);
    expect(report.policy).toEqual({ kind: 'repository', files: ['policies/rollout.yaml'], commit: expect.any(String) });
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  test('a ready manifest passes the embedded default policy', async () => {
    repo.commitFiles({ ...EVIDENCE_FILES }, 'evidence');
    repo.commitFiles({ 'rollouts/renewal-risk.yaml': readyManifest() }, 'add rollout');
    const report = await gate(repo);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(report.manifests).toHaveLength(1);
  });
});
