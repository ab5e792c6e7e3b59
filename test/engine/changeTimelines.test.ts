// The exposure chart beside the ladder in the pull-request comment and the job summary: each touched
// rollout's path on the base branch, then the step the change proposes, drawn from the report's timelines.
import { renderComment, renderSummary } from '../../src/core/render/markdown.js';
import { chartRows } from '../../src/core/render/mermaid.js';
import { runGate } from '../../src/engine/run.js';
import type { Report } from '../../src/core/report/model.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { MANIFEST } from '../helpers/gate.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

const POLICY = 'rollout:\n  pacing:\n    min_dwell: 3d\n';
const OTHER = 'rollouts/other.yaml';

async function gate(repo: TestRepo, base: string, options: { timelines?: boolean } = {}): Promise<Report> {
  const outcome = await runGate({ repoDir: repo.dir, base, now: new Date('2026-01-10T00:00:00Z'), ...options });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('the timelines a report carries for the rollouts a change touches', () => {
  let repo: TestRepo;
  let base: string;
  let report: Report;
  beforeAll(async () => {
    repo = createRepo();
    repo.commitFiles({ ...EVIDENCE_FILES, 'policies/pacing.yaml': POLICY, [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'start', {
      date: '2026-01-01T00:00:00Z',
    });
    repo.commitFiles({ [OTHER]: readyManifest({ tenantPercent: 1 }).replace('AI renewal-risk assistant', 'Other assistant') }, 'other', {
      date: '2026-01-02T00:00:00Z',
    });
    base = repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 5 }) }, 'raise to 5%', { date: '2026-01-05T00:00:00Z' });
    repo.git('checkout', '-q', '-b', 'ramp');
    // The pull request's own commits are not the rollout's history: only its result is the proposed step.
    repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 50 }) }, 'try 50%', { date: '2026-01-06T00:00:00Z' });
    repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 10 }) }, 'settle on 10%', { date: '2026-01-06T01:00:00Z' });
    report = await gate(repo, base);
  });
  afterAll(() => repo.cleanup());

  test('one per changed rollout: its base-branch history, then the proposed step with the verdict of this report', () => {
    expect(report.timelines.map((t) => t.file)).toEqual([MANIFEST]);
    const t = report.timelines[0]!;
    expect(t.entries.map((e) => [e.live.exposure?.value, e.date, e.verdict])).toEqual([
      [2, '2026-01-01T00:00:00.000Z', null],
      [5, '2026-01-05T00:00:00.000Z', null],
      [10, '2026-01-10T00:00:00.000Z', report.manifests[0]!.verdict],
    ]);
    expect(report.manifests[0]!.verdict).toBe('pass');
    expect(t.holds.map((h) => [h.exposure?.value, h.heldMs / 86_400_000, h.proposed, h.leftEarly])).toEqual([
      [2, 4, false, false],
      [5, 5, false, false],
      [10, 0, true, false],
    ]);
  });

  test('the comment and the summary draw it beside the ladder, the proposed step as a milestone', () => {
    const t = report.timelines[0]!;
    expect(chartRows(t).map((r) => [r.tag, r.start, r.end, r.label])).toEqual([
      ['done', '2026-01-01 00:00', '2026-01-05 00:00', '2% held 4d, policy asks 3d'],
      ['done', '2026-01-05 00:00', '2026-01-10 00:00', '5% held 5d, policy asks 3d'],
      ['milestone', '2026-01-10 00:00', '0d', '10% proposed'],
    ]);
    for (const body of [renderComment(report), renderSummary(report)]) {
      const ladder = body.indexOf('```mermaid\nflowchart LR');
      const chart = body.indexOf('```mermaid\ngantt');
      expect(ladder).toBeGreaterThan(-1);
      expect(chart).toBeGreaterThan(ladder);
      expect(body).toContain('  10% proposed :milestone, step2, 2026-01-10 00:00, 0d\n');
    }
  });

  test('a raise proposed before the dwell has passed marks the step it leaves as critical', async () => {
    const early = await runGate({ repoDir: repo.dir, base, now: new Date('2026-01-06T00:00:00Z') });
    if (!early.ok) throw new Error(early.failure.message);
    const t = early.report.timelines[0]!;
    expect(t.holds.map((h) => h.leftEarly)).toEqual([false, true, false]);
    expect(chartRows(t)[1]).toMatchObject({ tag: 'crit', label: '5% held 1d, policy asks 3d' });
    expect(early.report.manifests[0]!.verdict).toBe('block');
  });

  test('timelines: false leaves them out, and the record says so', async () => {
    const without = await gate(repo, base, { timelines: false });
    expect(without.timelines).toEqual([]);
    expect(without.record.options.timelines).toBe(false);
    expect(renderComment(without)).not.toContain('gantt');
  });
});
