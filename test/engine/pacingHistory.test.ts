// Pacing reads the base branch only as far back as a hold can matter: a long history of other changes, in
// the manifests' own directory, before and after the manifest's last exposure change, changes no answer.
import { runGate } from '../../src/engine/run.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { findingsOf, MANIFEST } from '../helpers/gate.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

const hour = (from: string, n: number): string => new Date(Date.parse(from) + n * 3_600_000).toISOString();

describe('exposure pacing on a long base history', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = createRepo();
    repo.commitFiles({ ...EVIDENCE_FILES }, 'evidence', { date: '2026-03-01T00:00:00Z' });
    for (let i = 0; i < 25; i++) repo.commitFiles({ 'rollouts/notes.md': `before ${i}\n` }, `notes ${i}`, { date: hour('2026-03-02T00:00:00Z', i) });
    repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'canary 2%', { date: '2026-05-01T00:00:00Z' });
    repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 4 }) }, 'canary 4%', { date: '2026-05-05T00:00:00Z' });
    for (let i = 0; i < 25; i++) repo.commitFiles({ 'rollouts/notes.md': `after ${i}\n` }, `notes after ${i}`, { date: hour('2026-05-05T01:00:00Z', i) });
    repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 5 }) }, 'pull request', { date: '2026-05-07T12:00:00Z' });
  });
  afterAll(() => repo.cleanup());

  const gate = async (now: string) => {
    const outcome = await runGate({ repoDir: repo.dir, now: new Date(now) });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report;
  };

  test('too soon after the last exposure change, the increase blocks with the hold counted from that change', async () => {
    const r = await gate('2026-05-07T12:00:00Z');
    expect(findingsOf(r, 'dwell_time_met')[0]?.message).toMatch(/after 2d 12h at the current stage; the policy asks for 3d/);
    expect(r.verdict).toBe('block');
  });

  test('once the dwell time has passed, the increase passes', async () => {
    const r = await gate('2026-05-09T00:00:00Z');
    expect(findingsOf(r, 'dwell_time_met')).toEqual([]);
    expect(r.verdict).toBe('pass');
  });
});
