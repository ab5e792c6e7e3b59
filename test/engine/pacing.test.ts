// Exposure pacing from the manifest's history on the base branch: minimum dwell time and largest step.
import { runGate } from '../../src/engine/run.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { findingsOf, MANIFEST } from '../helpers/gate.js';
import { createRepo } from '../helpers/repo.js';

const GA_EVIDENCE = `    runbook: evidence/runbook.md
    alerting: evidence/alerting.md
    regression_gate: evidence/regression-gate.md
`;

/** Base history: canary at 2% from May 1st, 4% from May 5th (then an unrelated commit), and a PR on top. */
async function pacedRepo(prManifest: string, now: string) {
  const repo = createRepo();
  repo.commitFiles({ ...EVIDENCE_FILES }, 'evidence', { date: '2026-04-01T00:00:00Z' });
  repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'canary 2%', { date: '2026-05-01T00:00:00Z' });
  repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 4 }) }, 'canary 4%', { date: '2026-05-05T00:00:00Z' });
  repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 4 }).replace('CS Ops lead', 'CS Ops queue lead') }, 'rename queue owner', {
    date: '2026-05-06T00:00:00Z',
  });
  repo.commitFiles({ 'docs/notes.md': 'unrelated\n' }, 'unrelated', { date: '2026-05-07T00:00:00Z' });
  repo.commitFiles({ [MANIFEST]: prManifest }, 'pull request', { date: '2026-05-07T12:00:00Z' });
  const outcome = await runGate({ repoDir: repo.dir, now: new Date(now) });
  repo.cleanup();
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('exposure pacing', () => {
  test('an increase sooner than the minimum dwell since the exposure last changed is blocked', async () => {
    // 4% has held since May 5th (the owner edit on May 6th did not change exposure); 3d is due on May 8th.
    const r = await pacedRepo(readyManifest({ tenantPercent: 5 }), '2026-05-07T12:00:00Z');
    const [f] = findingsOf(r, 'dwell_time_met');
    expect(f?.message).toMatch(/after 2d 12h at the current stage; the policy asks for 3d/);
    expect(r.verdict).toBe('block');
  });

  test('an increase judged at the moment the exposure last changed says it held for less than a minute', async () => {
    const repo = createRepo();
    repo.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest({ tenantPercent: 4 }) }, 'canary 4%', { date: '2026-05-07T09:00:00Z' });
    repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 5 }) }, 'pull request', { date: '2026-05-07T09:00:00Z' });
    const outcome = await runGate({ repoDir: repo.dir, now: new Date('2026-05-07T09:00:00Z') });
    repo.cleanup();
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(findingsOf(outcome.report, 'dwell_time_met')[0]?.message).toBe(
      'exposure rises after less than a minute at the current stage; the policy asks for 3d',
    );
  });

  test('the same increase after the dwell time passes', async () => {
    const r = await pacedRepo(readyManifest({ tenantPercent: 5 }), '2026-05-09T00:00:00Z');
    expect(findingsOf(r, 'dwell_time_met')).toEqual([]);
    expect(r.verdict).toBe('pass');
  });

  test('an edit that kept the exposure does not restart the clock: the hold counts from the exposure change', async () => {
    // May 8th noon: the owner edit (May 6th) is 2.5 days old, the 4% (May 5th) 3.5 days: the walk must look past the edit.
    const r = await pacedRepo(readyManifest({ tenantPercent: 5 }), '2026-05-08T12:00:00Z');
    expect(findingsOf(r, 'dwell_time_met')).toEqual([]);
    expect(r.verdict).toBe('pass');
  });

  test('a promotion jumping further than the largest allowed step is blocked', async () => {
    const repo = createRepo();
    const ga = (pct: number) => readyManifest({ stage: 'ga', extra: GA_EVIDENCE }).replace('traffic_percent: 100', `traffic_percent: ${pct}`);
    repo.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: ga(50) }, 'ga at 50%', { date: '2026-01-01T00:00:00Z' });
    repo.commitFiles({ [MANIFEST]: ga(100) }, 'ga at 100%', { date: '2026-03-01T00:00:00Z' });
    const outcome = await runGate({ repoDir: repo.dir, now: new Date('2026-03-01T00:00:00Z') });
    repo.cleanup();
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const [f] = findingsOf(outcome.report, 'exposure_step_within_limit');
    expect(f?.message).toMatch(/traffic_percent rises by 50 points \(50% -> 100%\), more than the 25-point step/);
    expect(findingsOf(outcome.report, 'dwell_time_met')).toEqual([]);
  });

  test("a stage promotion carries the step between the two stages' exposure", async () => {
    const r = await pacedRepo(readyManifest({ stage: 'ga', extra: GA_EVIDENCE }), '2026-06-01T00:00:00Z');
    const promoted = r.changes.find((c) => c.kind === 'stage_promoted');
    expect(promoted).toMatchObject({
      from: { stage: 'canary', exposure: { field: 'tenant_percent', unit: 'percent', value: 4 } },
      to: { stage: 'ga', exposure: { field: 'traffic_percent', unit: 'percent', value: 100 } },
      delta: 96,
    });
    // Both stages' exposure are named, not only the stage names.
    expect(findingsOf(r, 'exposure_step_within_limit')[0]?.message).toBe(
      'current_stage rises by 96 points (canary 4% -> ga 100%), more than the 25-point step the policy allows',
    );
  });
});
