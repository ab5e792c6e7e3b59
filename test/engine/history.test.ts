// `rollout-gate history`: a rollout's path through its first-parent history (stage and exposure, owners,
// stop conditions, waivers, renames, rollbacks), each commit with its author and the verdict the gate gives
// it against its parent, run again; and the exposure chart drawn from exactly that history.
import { main } from '../../src/adapters/cli/main.js';
import { chartRows, renderExposureChart } from '../../src/core/render/mermaid.js';
import { runHistory, type RolloutHistory } from '../../src/engine/history.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { MANIFEST } from '../helpers/gate.js';
import { createRepo, runGit, type FileSpec, type TestRepo } from '../helpers/repo.js';

const RENAMED = 'rollouts/renewal-risk-assistant.yaml';
/** Raises of at most 25 points, each after three days at the same stage and exposure. */
const POLICY = 'rollout:\n  require: [slo_defined, rollback_plan]\n  pacing:\n    max_step_pct: 25\n    min_dwell: 3d\n';
const WAIVER =
  '  waivers:\n    - check: slo_defined\n      reason: "SLO dashboard lands next sprint"\n      approver: "Trust Steward"\n      expires: "2026-02-28"\n';

async function cli(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function commitAs(repo: TestRepo, files: Record<string, FileSpec>, message: string, author: string, date: string): string {
  repo.write(files);
  runGit(repo.dir, ['commit', '-q', '--allow-empty', '--no-verify', '-m', message, '--author', author], date);
  return repo.git('rev-parse', 'HEAD').trim();
}

const ALICE = 'Alice Rollout <alice@example.com>';
const BOB = 'Bob Ramp <bob@example.com>';

describe('the history of one rollout across renames, waivers and rollbacks', () => {
  let repo: TestRepo;
  const c: Record<string, string> = {};
  let history: RolloutHistory;
  beforeAll(async () => {
    repo = createRepo();
    c.start = commitAs(
      repo,
      { ...EVIDENCE_FILES, 'policies/pacing.yaml': POLICY, [MANIFEST]: readyManifest({ tenantPercent: 2 }) },
      'start at 2%',
      ALICE,
      '2026-01-01T00:00:00Z',
    );
    c.unrelated = commitAs(repo, { 'README.md': 'docs\n' }, 'docs only', ALICE, '2026-01-02T00:00:00Z');
    c.raise = commitAs(repo, { [MANIFEST]: readyManifest({ tenantPercent: 5 }) }, 'raise to 5%', BOB, '2026-01-05T00:00:00Z');
    c.waive = commitAs(repo, { [MANIFEST]: readyManifest({ tenantPercent: 5 }) + WAIVER }, 'waive the SLO', BOB, '2026-01-06T00:00:00Z');
    c.rename = commitAs(repo, { [MANIFEST]: null, [RENAMED]: readyManifest({ tenantPercent: 5 }) + WAIVER }, 'rename', ALICE, '2026-01-07T00:00:00Z');
    c.rollback = commitAs(repo, { [RENAMED]: readyManifest({ tenantPercent: 2 }) + WAIVER }, 'roll back to 2%', ALICE, '2026-01-08T00:00:00Z');
    c.unwaive = commitAs(repo, { [RENAMED]: readyManifest({ tenantPercent: 2 }) }, 'drop the waiver', ALICE, '2026-01-09T00:00:00Z');
    // One hour after the rollback's hold began again: before the three days the policy asks for.
    c.early = commitAs(repo, { [RENAMED]: readyManifest({ tenantPercent: 10 }) }, 'raise to 10% too soon', BOB, '2026-01-08T01:00:00Z');
    const outcome = await runHistory({ repoDir: repo.dir, now: new Date('2026-01-20T00:00:00Z') });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    history = outcome.history;
  });
  afterAll(() => repo.cleanup());

  test('one timeline per manifest at the tip, followed back across its rename', () => {
    expect(history.timelines.map((t) => t.file)).toEqual([RENAMED]);
    const t = history.timelines[0]!;
    expect(t.workflow).toBe('AI renewal-risk assistant');
    expect(t.minDwellMs).toBe(3 * 86_400_000);
    // The docs-only commit did not touch the manifest and is not in its history.
    expect(t.entries.map((e) => [e.commit, e.path, e.author])).toEqual([
      [c.start, MANIFEST, 'Alice Rollout'],
      [c.raise, MANIFEST, 'Bob Ramp'],
      [c.waive, MANIFEST, 'Bob Ramp'],
      [c.rename, RENAMED, 'Alice Rollout'],
      [c.rollback, RENAMED, 'Alice Rollout'],
      [c.unwaive, RENAMED, 'Alice Rollout'],
      [c.early, RENAMED, 'Bob Ramp'],
    ]);
  });

  test('each entry says what changed, what was live after it, and when', () => {
    const t = history.timelines[0]!;
    const kinds = t.entries.map((e) => e.events.map((ev) => ev.kind));
    expect(kinds).toEqual([
      ['manifest_added', 'stage_went_live'],
      ['exposure_increased'],
      ['waiver_added'],
      ['manifest_renamed'],
      ['exposure_decreased'],
      ['waiver_removed'],
      ['exposure_increased'],
    ]);
    expect(t.entries.map((e) => e.live.exposure?.value)).toEqual([2, 5, 5, 5, 2, 2, 10]);
    expect(t.entries.map((e) => e.date)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-05T00:00:00.000Z',
      '2026-01-06T00:00:00.000Z',
      '2026-01-07T00:00:00.000Z',
      '2026-01-08T00:00:00.000Z',
      '2026-01-09T00:00:00.000Z',
      '2026-01-08T01:00:00.000Z',
    ]);
    expect(t.entries[2]!.events[0]).toMatchObject({
      kind: 'waiver_added',
      check: 'slo_defined',
      from: null,
      to: { approver: 'Trust Steward', expires: '2026-02-28' },
    });
    expect(t.entries[5]!.events[0]).toEqual({ kind: 'waiver_removed', check: 'slo_defined', approver: 'Trust Steward', expires: '2026-02-28' });
  });

  test("each commit's verdict is the gate run again on it against its parent: raises paced, the rollback passes", () => {
    const verdicts = history.timelines[0]!.entries.map((e) => e.verdict);
    // A new manifest is judged in full (it meets the policy); the raise after four days at 2% is within the
    // dwell and the step; the waiver added blocks until its approvers approve; a rename changes nothing; the
    // rollback passes; the early raise breaks the dwell.
    expect(verdicts).toEqual(['pass', 'pass', 'block', 'pass', 'pass', 'pass', 'block']);
  });

  test('holds: how long each stage and exposure held, and which one exposure left before the dwell', () => {
    const holds = history.timelines[0]!.holds.map((h) => [h.stage, h.exposure?.value, h.from, h.until, h.ongoing, h.leftEarly]);
    expect(holds).toEqual([
      ['canary', 2, '2026-01-01T00:00:00.000Z', '2026-01-05T00:00:00.000Z', false, false],
      ['canary', 5, '2026-01-05T00:00:00.000Z', '2026-01-08T00:00:00.000Z', false, false],
      ['canary', 2, '2026-01-08T00:00:00.000Z', '2026-01-08T01:00:00.000Z', false, true],
      ['canary', 10, '2026-01-08T01:00:00.000Z', '2026-01-20T00:00:00.000Z', true, false],
    ]);
  });

  test("the chart's bars are the history's holds: one per step, dated as they held, the early one critical", () => {
    const t = history.timelines[0]!;
    const rows = chartRows(t);
    expect(rows).toEqual(
      t.holds.map((h) =>
        expect.objectContaining({
          section: h.stage,
          start: h.from.slice(0, 16).replace('T', ' '),
          end: h.until.slice(0, 16).replace('T', ' '),
          tag: h.leftEarly ? 'crit' : h.ongoing ? 'active' : 'done',
        }),
      ),
    );
    expect(rows.map((r) => r.label)).toEqual([
      '2% held 4d, policy asks 3d',
      '5% held 3d, policy asks 3d',
      '2% held 1h, policy asks 3d',
      '10% holding 11d 23h, policy asks 3d',
    ]);
    const chart = renderExposureChart(t)!;
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'gantt',
      '  title Exposure over time, AI renewal-risk assistant',
      '  dateFormat YYYY-MM-DD HH:mm',
      '  axisFormat %Y-%m-%d',
      '  section canary',
      '  2% held 4d, policy asks 3d :done, step0, 2026-01-01 00:00, 2026-01-05 00:00',
      '  5% held 3d, policy asks 3d :done, step1, 2026-01-05 00:00, 2026-01-08 00:00',
      '  2% held 1h, policy asks 3d :crit, step2, 2026-01-08 00:00, 2026-01-08 01:00',
      '  10% holding 11d 23h, policy asks 3d :active, step3, 2026-01-08 01:00, 2026-01-20 00:00',
      '```',
    ]);
  });

  test('the same commits and --now give byte-identical text, JSON and Markdown', async () => {
    for (const format of ['text', 'json', 'markdown']) {
      const a = await cli(repo.dir, 'history', '--format', format, '--now', '2026-01-20');
      const b = await cli(repo.dir, 'history', '--format', format, '--now', '2026-01-20');
      expect(a.code).toBe(0);
      expect(a.out).toBe(b.out);
    }
    const md = (await cli(repo.dir, 'history', '--format', 'markdown', '--now', '2026-01-20')).out;
    expect(md).toContain('```mermaid\ngantt\n');
    expect(md).toContain(`| 2026-01-08 00:00 | \`${c.rollback!.slice(0, 12)}\` | Alice Rollout | `);
    const json = JSON.parse((await cli(repo.dir, 'history', '--format', 'json', '--now', '2026-01-20')).out) as RolloutHistory;
    expect(json.timelines[0]!.entries).toHaveLength(7);
    const text = (await cli(repo.dir, 'history', RENAMED, '--now', '2026-01-20')).out;
    expect(text).toContain(`2026-01-08 01:00 ${c.early!.slice(0, 12)} Bob Ramp: block, canary at 10%`);
    expect(text).toContain('waiver of slo_defined removed (approved by Trust Steward, until 2026-02-28)');
  });

  test('--no-verdicts reads the timeline only; a path with no history and a bad flag are usage errors', async () => {
    const quick = await cli(repo.dir, 'history', '--no-verdicts', '--format', 'json', '--now', '2026-01-20');
    expect((JSON.parse(quick.out) as RolloutHistory).timelines[0]!.entries.every((e) => e.verdict === null)).toBe(true);
    const unknown = await cli(repo.dir, 'history', 'rollouts/nothing.yaml');
    expect(unknown).toMatchObject({ code: 2, err: expect.stringContaining('rollouts/nothing.yaml has no history on the first-parent chain') });
    expect((await cli(repo.dir, 'history', '--format', 'sarif')).code).toBe(2);
  });

  test('a history that reaches the edge of a shallow clone is refused, not started in the middle', async () => {
    const shallow = createRepo();
    try {
      shallow.git('fetch', '-q', '--depth', '2', `file://${repo.dir}`, 'main');
      shallow.git('checkout', '-q', 'FETCH_HEAD');
      const r = await cli(shallow.dir, 'history', '--no-verdicts');
      expect(r.code).toBe(2);
      expect(r.err).toContain('reaches the edge of this shallow clone');
    } finally {
      shallow.cleanup();
    }
  });
});
