// Dwell follows renames: a manifest renamed on the base branch has held its stage and exposure since
// before the rename, so the rename does not restart the clock.
import { runGate } from '../../src/engine/run.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { findingsOf } from '../helpers/gate.js';
import { createRepo } from '../helpers/repo.js';

const OLD = 'rollouts/renewal-risk.yaml';
const NEW = 'rollouts/renewal/assistant.yaml';

/** Canary at 4% since May 1st under the old name, renamed on main on May 6th (optionally with an edit), then a PR to 5%. */
async function renamedOnMain(now: string, renameEdits = false) {
  const repo = createRepo();
  try {
    repo.commitFiles({ ...EVIDENCE_FILES }, 'evidence', { date: '2026-04-01T00:00:00Z' });
    repo.commitFiles({ [OLD]: readyManifest({ tenantPercent: 4 }) }, 'canary 4%', { date: '2026-05-01T00:00:00Z' });
    const moved = renameEdits ? readyManifest({ tenantPercent: 4 }).replace('CS Ops lead', 'CS Ops queue lead') : readyManifest({ tenantPercent: 4 });
    repo.commitFiles({ [OLD]: null, [NEW]: moved }, 'move the manifest', { date: '2026-05-06T00:00:00Z' });
    repo.commitFiles({ [NEW]: readyManifest({ tenantPercent: 5 }) }, 'pull request', { date: '2026-05-07T00:00:00Z' });
    const outcome = await runGate({ repoDir: repo.dir, now: new Date(now) });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report;
  } finally {
    repo.cleanup();
  }
}

describe('dwell across a rename on the base branch', () => {
  test('a rename on main does not reset the hold: 4% since May 1st passes a 3-day dwell on May 7th', async () => {
    const r = await renamedOnMain('2026-05-07T00:00:00Z');
    expect(findingsOf(r, 'dwell_time_met')).toEqual([]);
    expect(r.verdict).toBe('pass');
  });

  test('nor does a rename with an edit that keeps the exposure', async () => {
    const r = await renamedOnMain('2026-05-07T00:00:00Z', true);
    expect(findingsOf(r, 'dwell_time_met')).toEqual([]);
  });

  test('the hold still counts from the last exposure change: too soon after it, the increase blocks', async () => {
    const repo = createRepo();
    try {
      repo.commitFiles({ ...EVIDENCE_FILES, [OLD]: readyManifest({ tenantPercent: 2 }) }, 'canary 2%', { date: '2026-04-01T00:00:00Z' });
      repo.commitFiles({ [OLD]: readyManifest({ tenantPercent: 4 }) }, 'canary 4%', { date: '2026-05-05T00:00:00Z' });
      repo.commitFiles({ [OLD]: null, [NEW]: readyManifest({ tenantPercent: 4 }) }, 'move the manifest', { date: '2026-05-06T00:00:00Z' });
      repo.commitFiles({ [NEW]: readyManifest({ tenantPercent: 5 }) }, 'pull request', { date: '2026-05-07T00:00:00Z' });
      const outcome = await runGate({ repoDir: repo.dir, now: new Date('2026-05-07T00:00:00Z') });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(findingsOf(outcome.report, 'dwell_time_met')[0]?.message).toMatch(/after 2d at the current stage; the policy asks for 3d/);
    } finally {
      repo.cleanup();
    }
  });
});
