// The verdicts `rollout-gate history` shows are the gate's own: a manifest edited in place is judged
// directly, everything else by a full gate run on the commit, and both ways give the same answer. Each
// history here is a real repository whose commits raise, lower, promote and demote, break and restore
// evidence, change and break the policy, add waivers, write invalid versions, rename, delete and duplicate
// manifests, go through merges and name prompt sources; its verdicts are compared with a full run on every commit.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { historyRendererFor } from '../../src/core/render/history.js';
import { runHistory, type HistoryOptions, type RolloutHistory, type VerdictCounts } from '../../src/engine/history.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { createRepo, runGit, type FileSpec, type TestRepo } from '../helpers/repo.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const PACING = (dwell: string, step: number) =>
  `rollout:\n  require: [slo_defined, rollback_plan]\n  pacing:\n    max_step_pct: ${step}\n    min_dwell: ${dwell}\n`;
const TEAM_POLICY =
  'rollout:\n  applies_to: ["rollouts/team-b/**"]\n  require: [slo_defined]\n  custom_checks:\n    - id: team_b_names_support\n      block: ownership_and_rollback\n      message: "team b names a support owner"\n      schema:\n        type: object\n        required: [rollout_plan]\n        properties:\n          rollout_plan:\n            type: object\n            required: [owners]\n            properties:\n              owners:\n                type: object\n                required: [support]\n';
const WAIVER =
  '  waivers:\n    - check: slo_defined\n      reason: "SLO dashboard lands next sprint"\n      approver: "Trust Steward"\n      expires: "2026-12-31"\n';
/** Prompt sources: evidence judged against them is read from history, which a full run does. */
const SOURCES = '  sources: [prompts/]\n';

/** Manifest `name` (its own workflow) at a stage and share. */
function manifest(workflow: string, o: { stage?: string; tenantPercent?: number; extra?: string; triagePattern?: string } = {}): string {
  return readyManifest({ stage: o.stage, tenantPercent: o.tenantPercent, triagePattern: o.triagePattern, extra: o.extra }).replace(
    'workflow: "AI renewal-risk assistant"',
    `workflow: "${workflow}"`,
  );
}

function commitAt(repo: TestRepo, files: Record<string, FileSpec>, message: string, date: string): string {
  repo.write(files);
  runGit(repo.dir, ['commit', '-q', '--allow-empty', '--no-verify', '-m', message], date);
  return repo.git('rev-parse', 'HEAD').trim();
}

async function both(dir: string, options: Partial<HistoryOptions> = {}): Promise<{ direct: RolloutHistory; full: RolloutHistory; counts: VerdictCounts }> {
  const [direct, full] = await Promise.all([
    runHistory({ repoDir: dir, now: NOW, ...options }),
    runHistory({ repoDir: dir, now: NOW, ...options, fullRuns: true }),
  ]);
  if (!direct.ok) throw new Error(direct.failure.message);
  if (!full.ok) throw new Error(full.failure.message);
  return { direct: direct.history, full: full.history, counts: direct.verdicts };
}

const verdictsOf = (h: RolloutHistory) => h.timelines.flatMap((t) => t.entries.map((e) => `${e.commit.slice(0, 8)} ${e.path} ${e.verdict ?? 'none'}`));

describe('history verdicts judged directly are the verdicts of a full gate run', () => {
  let repo: TestRepo;
  const A = 'rollouts/team-a/assistant.yaml';
  const B = 'rollouts/team-b/summarizer.yaml';
  const C = 'rollouts/team-a/router.yaml';
  const D = 'rollouts/team-a/retired.yaml';
  let result: Awaited<ReturnType<typeof both>>;

  beforeAll(async () => {
    repo = createRepo();
    let day = 1;
    const at = (hours = 0) => new Date(Date.UTC(2026, 0, day, hours)).toISOString();
    const step = (files: Record<string, FileSpec>, message: string, gapDays = 1, hours = 0) => {
      day += gapDays;
      return commitAt(repo, files, message, at(hours));
    };
    commitAt(
      repo,
      {
        ...EVIDENCE_FILES,
        'policies/pacing.yaml': PACING('3d', 25),
        [A]: manifest('assistant', { tenantPercent: 2 }),
        [B]: manifest('summarizer', { tenantPercent: 5 }),
        [C]: manifest('router', { tenantPercent: 5 }),
        [D]: manifest('retired', { tenantPercent: 1 }),
      },
      'start',
      at(),
    );
    step({ [A]: manifest('assistant', { tenantPercent: 5 }) }, 'A: raise after the dwell', 4);
    step({ [A]: manifest('assistant', { tenantPercent: 10 }) }, 'A: raise too soon', 0, 2);
    step({ [B]: manifest('summarizer', { tenantPercent: 50 }) }, 'B: a step wider than the policy allows', 5);
    step({ [B]: manifest('summarizer', { tenantPercent: 5 }) }, 'B: roll back', 0, 1);
    step({ 'evidence/slo.md': null }, 'the SLO evidence goes');
    step({ [A]: manifest('assistant', { tenantPercent: 15 }) }, 'A: raise without its SLO evidence', 4);
    step({ 'evidence/slo.md': '   \n' }, 'the SLO evidence comes back blank');
    step({ [C]: manifest('router', { tenantPercent: 10 }) }, 'C: raise on blank evidence', 4);
    step({ 'evidence/slo.md': EVIDENCE_FILES['evidence/slo.md']! }, 'the SLO evidence is restored');
    step({ 'policies/pacing.yaml': PACING('1d', 50) }, 'the policy loosens');
    step({ [C]: manifest('router', { tenantPercent: 40 }) }, 'C: raise under the looser policy', 2);
    step({ 'policies/team-b.yaml': TEAM_POLICY }, 'team b gets a custom check');
    step({ [B]: manifest('summarizer', { tenantPercent: 10 }).replace('    support: "CS Ops"\n', '') }, 'B: drops its support owner', 2);
    step({ 'policies/broken.yaml': 'rollout: [not, a, map' }, 'a broken policy file');
    step({ [A]: manifest('assistant', { tenantPercent: 20 }) }, 'A: raise while a policy is broken', 2);
    step({ 'policies/broken.yaml': null }, 'the broken policy goes');
    step({ [A]: 'rollout_plan: [broken' }, 'A: an invalid version', 2);
    step({ [A]: manifest('assistant', { tenantPercent: 20 }) }, 'A: fixed');
    step({ [C]: manifest('router', { tenantPercent: 40, stage: 'ga' }) }, 'C: promoted to ga', 3);
    step({ [C]: manifest('router', { tenantPercent: 40, triagePattern: 'routing' }) }, 'C: demoted, pattern changed', 1);
    step({ [A]: manifest('assistant', { tenantPercent: 20, extra: WAIVER }) }, 'A: waives the SLO check', 1);
    step({ [D]: manifest('router', { tenantPercent: 1 }) }, 'D: names the router workflow too', 1);
    step({ [C]: manifest('router', { tenantPercent: 30 }) }, 'C: lower while D duplicates it', 1);
    step({ [D]: null }, 'D is retired', 1);
    step({ [C]: null, 'rollouts/team-a/router-v2.yaml': manifest('router', { tenantPercent: 30 }) }, 'C: renamed', 1);
    step({ 'rollouts/team-a/router-v2.yaml': manifest('router', { tenantPercent: 35 }) }, 'C: raise after the rename', 2);
    // A side branch, merged: the merge changes A against its first parent.
    runGit(repo.dir, ['checkout', '-q', '-b', 'side']);
    step({ [A]: manifest('assistant', { tenantPercent: 25, extra: WAIVER }) }, 'side: A raised', 2);
    runGit(repo.dir, ['checkout', '-q', 'main']);
    step({ [B]: manifest('summarizer', { tenantPercent: 15 }) }, 'B: raise on main', 0, 3);
    day += 1;
    runGit(repo.dir, ['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], at());
    step(
      { [B]: manifest('summarizer', { tenantPercent: 20, extra: SOURCES }), 'prompts/summarize.txt': 'Summarize the account.\n' },
      'B: names its prompts',
      2,
    );
    step({ [B]: manifest('summarizer', { tenantPercent: 25, extra: SOURCES }) }, 'B: raise with prompt sources', 2);
    result = await both(repo.dir);
  }, 120_000);
  afterAll(() => repo.cleanup());

  test('every shown verdict is the one a full run gives, and each verdict is a real one', () => {
    expect(verdictsOf(result.direct)).toEqual(verdictsOf(result.full));
    expect(result.direct).toEqual(result.full);
    const verdicts = new Set(verdictsOf(result.direct).map((l) => l.split(' ')[2]));
    expect(verdicts).toEqual(new Set(['pass', 'block']));
    expect(verdictsOf(result.direct).some((l) => l.endsWith('none'))).toBe(false);
  });

  test('most verdicts are judged directly; renames, removals, invalid versions, duplicates and prompt sources get full runs', () => {
    expect(result.counts.direct).toBeGreaterThan(result.counts.fullRuns);
    expect(result.counts.fullRuns).toBeGreaterThanOrEqual(6);
  });

  test('a history of chosen manifests is judged by full runs: the others may name the same workflow', async () => {
    const chosen = await both(repo.dir, { paths: [A] });
    expect(chosen.direct).toEqual(chosen.full);
    expect(chosen.counts.direct).toBe(0);
  }, 60_000);
});

/** A small deterministic generator of numbers in [0, 1) (mulberry32), so a failing history can be rebuilt. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each([11, 23, 47])('a random history (seed %i) gets the same verdicts both ways', (seed) => {
  let repo: TestRepo;
  let result: Awaited<ReturnType<typeof both>>;
  beforeAll(async () => {
    repo = createRepo();
    const rnd = random(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const names = ['alpha', 'beta', 'gamma'];
    const path = (n: string) => `rollouts/${n}.yaml`;
    const state = new Map(names.map((n) => [n, { percent: 5, stage: 'canary', waived: false, workflow: n }]));
    const render = (n: string) => {
      const s = state.get(n)!;
      return manifest(s.workflow, { tenantPercent: s.percent, stage: s.stage, extra: s.waived ? WAIVER : '' });
    };
    let hours = 0;
    commitAt(
      repo,
      { ...EVIDENCE_FILES, 'policies/pacing.yaml': PACING('2d', 25), ...Object.fromEntries(names.map((n) => [path(n), render(n)])) },
      'start',
      date(0),
    );
    for (let k = 0; k < 14; k++) {
      hours += pick([1, 6, 30, 60, 100]);
      const n = pick(names);
      const s = state.get(n)!;
      const files: Record<string, FileSpec> = {};
      switch (pick(['raise', 'raise', 'lower', 'stage', 'evidence', 'policy', 'waive', 'workflow'] as const)) {
        case 'raise':
          s.percent = Math.min(100, s.percent + pick([5, 10, 40]));
          break;
        case 'lower':
          s.percent = Math.max(1, s.percent - 5);
          break;
        case 'stage':
          s.stage = s.stage === 'canary' ? 'ga' : 'canary';
          break;
        case 'evidence':
          files['evidence/slo.md'] = pick([null, '\n', EVIDENCE_FILES['evidence/slo.md']!]);
          break;
        case 'policy':
          files['policies/pacing.yaml'] = pick([PACING('2d', 25), PACING('12h', 50), 'rollout: [broken']);
          break;
        case 'waive':
          s.waived = !s.waived;
          break;
        case 'workflow':
          s.workflow = pick(names);
          break;
      }
      files[path(n)] = render(n);
      commitAt(repo, files, `step ${k}`, date(hours));
    }
    result = await both(repo.dir);
  }, 120_000);
  afterAll(() => repo.cleanup());

  test("every verdict shown is the full run's", () => {
    expect(result.direct).toEqual(result.full);
    expect(result.counts.direct).toBeGreaterThan(0);
  });
});

const date = (hours: number) => new Date(Date.UTC(2026, 0, 1) + hours * 3_600_000).toISOString();

describe('the bundled CLI over a history long enough to load on worker threads', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = createRepo();
    const names = Array.from({ length: 60 }, (_, i) => `rollouts/w-${String(i).padStart(2, '0')}.yaml`);
    commitAt(
      repo,
      { ...EVIDENCE_FILES, 'policies/pacing.yaml': PACING('1d', 25), ...Object.fromEntries(names.map((p, i) => [p, manifest(`w${i}`, { tenantPercent: 5 })])) },
      'start',
      date(0),
    );
    for (let k = 1; k <= 4; k++)
      commitAt(
        repo,
        Object.fromEntries(names.map((p, i) => [p, manifest(`w${i}`, { tenantPercent: 5 + k * ((i % 3) + 1) * 5 })])),
        `raise ${k}`,
        date(k * (k % 2 ? 30 : 6)),
      );
  });
  afterAll(() => repo.cleanup());

  test('prints what the engine judges in this thread, and says how the verdicts were reached', async () => {
    const cli = spawnSync(process.execPath, [resolve('dist/cli.js'), 'history', '--format', 'json', '--now', NOW.toISOString()], {
      cwd: repo.dir,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(0);
    const here = await runHistory({ repoDir: repo.dir, now: NOW });
    if (!here.ok) throw new Error(here.failure.message);
    expect(cli.stdout).toBe(historyRendererFor('json')!(here.history));
    expect(cli.stderr).toBe(`rollout-gate: ${here.verdicts.direct} verdict(s) judged directly, ${here.verdicts.fullRuns} commit(s) given a full gate run\n`);
    expect(here.verdicts.direct).toBe(240);
    expect(new Set(here.history.timelines.flatMap((t) => t.entries.map((e) => e.verdict)))).toEqual(new Set(['pass', 'block']));
  }, 60_000);
});
