// The exposure chart beside the ladder in the pull-request comment and the job summary: each touched
// rollout's path on the base branch, then the step the change proposes, drawn from the report's timelines.
import { renderComment, renderSummary } from '../../src/core/render/markdown.js';
import { chartRows } from '../../src/core/render/mermaid.js';
import { MAX_CHARTED } from '../../src/core/history/timeline.js';
import { CHART_DAYS, MAX_VERSIONS } from '../../src/engine/changeTimelines.js';
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
      expect(body).not.toContain('rollouts changed (at most');
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

describe('a long history: the chart shows the newest steps, and says where it does not know the start', () => {
  let repo: TestRepo;
  let base: string;
  const day = (d: number) => `2026-02-${String(d).padStart(2, '0')}T00:00:00Z`;
  beforeAll(() => {
    repo = createRepo();
    repo.commitFiles({ ...EVIDENCE_FILES, 'policies/pacing.yaml': POLICY, [MANIFEST]: readyManifest({ tenantPercent: 1 }) }, 'start at 1%', { date: day(1) });
    // Thirteen versions on the base branch, one a day, 1% up to 13%; then twelve more rollouts.
    for (let k = 2; k <= 13; k++) repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: k }) }, `raise to ${k}%`, { date: day(k) });
    const others = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`rollouts/team-${String(i).padStart(2, '0')}.yaml`, readyManifest({ tenantPercent: 1 })]),
    );
    base = repo.commitFiles(others, 'twelve more rollouts', { date: day(14) });
    repo.git('checkout', '-q', '-b', 'ramp');
    const raised = Object.fromEntries(Object.keys(others).map((f) => [f, readyManifest({ tenantPercent: 2 })]));
    repo.commitFiles({ ...raised, [MANIFEST]: readyManifest({ tenantPercent: 14 }) }, 'raise everything', { date: day(20) });
  });
  afterAll(() => repo.cleanup());

  test(`at most ${MAX_CHARTED} rollouts, each with its newest ${MAX_VERSIONS} base-branch versions and the proposed step`, async () => {
    const outcome = await runGate({ repoDir: repo.dir, base, now: new Date(day(21)) });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const { report } = outcome;
    expect(report.manifests.filter((m) => m.status === 'modified')).toHaveLength(13);
    expect(report.timelines).toHaveLength(MAX_CHARTED);
    const t = report.timelines.find((x) => x.file === MANIFEST)!;
    // Versions 4% to 13%, then the proposal; the 3% version is read only as where they start from.
    expect(t.entries.map((e) => e.live.exposure?.value)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(t.entries.flatMap((e) => e.events.map((ev) => ev.kind))).not.toContain('manifest_added');
    const rows = chartRows(t);
    // 3% was live by 2 February 3 and perhaps long before: at least a day, and not called early.
    expect(rows[0]).toEqual({
      section: 'canary',
      label: '3% held at least 1d, policy asks 3d',
      tag: 'done',
      start: '2026-02-03 00:00',
      end: '2026-02-04 00:00',
    });
    expect(rows[1]).toMatchObject({ label: '4% held 1d, policy asks 3d', tag: 'crit' });
    expect(rows.at(-1)).toMatchObject({ label: '14% proposed', tag: 'milestone', start: '2026-02-21 00:00' });
    // The sections past the tenth have no chart; the footer says why, once.
    const comment = renderComment(report);
    expect(comment.match(/```mermaid\ngantt/g)).toHaveLength(MAX_CHARTED);
    expect(comment).toContain(`exposure charts for ${MAX_CHARTED} of the 13 rollouts changed (at most ${MAX_CHARTED}; \`rollout-gate history\` draws any)`);
    // A history no longer than the window is read from its start.
    const short = report.timelines.find((x) => x.file !== MANIFEST)!;
    expect(short.entries[0]!.events.map((e) => e.kind)).toContain('manifest_added');
    expect(short.holds.every((h) => h.fromExact)).toBe(true);
  });
});

describe(`a rollout that has not moved for longer than ${CHART_DAYS} days`, () => {
  test('its chart starts at the window, held at least since then, and the walk reads no further back', async () => {
    const repo = createRepo();
    try {
      const created = repo.commitFiles({ ...EVIDENCE_FILES, 'policies/pacing.yaml': POLICY, [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'start', {
        date: '2026-01-01T00:00:00Z',
      });
      // Sixty days of work on another rollout beside it, which the walk over their directory lists.
      const other = readyManifest({ tenantPercent: 1 }).replace('AI renewal-risk assistant', 'Other assistant');
      let base = created;
      for (let d = 2; d <= 60; d++) {
        const when = new Date(Date.UTC(2026, 0, d)).toISOString();
        base = repo.commitFiles({ [OTHER]: `${other}# day ${d}\n` }, `day ${d}`, { date: when });
      }
      repo.git('checkout', '-q', '-b', 'ramp');
      repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 5 }) }, 'raise to 5%', { date: '2026-03-01T12:00:00Z' });
      const outcome = await runGate({ repoDir: repo.dir, base, now: new Date('2026-03-02T00:00:00Z') });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      const { report } = outcome;
      const t = report.timelines[0]!;
      // The window opens on 31 January: the first commit at or before it is that day's, and 2% was live by then.
      expect(chartRows(t).map((r) => [r.label, r.tag, r.start, r.end])).toEqual([
        ['2% held at least 30d, policy asks 3d', 'done', '2026-01-31 00:00', '2026-03-02 00:00'],
        ['5% proposed', 'milestone', '2026-03-02 00:00', '0d'],
      ]);
      expect(t.entries.map((e) => e.live.exposure?.value)).toEqual([5]);
      // What the chart read of the branch: the manifest as it stood at the window's edge, not its creation.
      const read = report.record.inputs.filter((i) => i.role === 'history' && i.path === MANIFEST);
      expect(read.map((i) => i.commit)).not.toContain(created);
      expect(read).toHaveLength(2); // the window's version for the chart, and the one pacing read
      expect(report.manifests[0]!.verdict).toBe('pass');
    } finally {
      repo.cleanup();
    }
  });
});
