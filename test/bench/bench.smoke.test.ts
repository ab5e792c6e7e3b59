// The benchmark's repository generator, at a small size: the repository it promises (varied manifests,
// evidence per workflow, team and shared, team policies with custom checks, a long history editing the hot
// manifests, three pull requests), and gate runs on it that judge exactly what each pull request changes.
// No timings here; `npm run bench` measures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate } from '../../src/engine/run.js';
import { loadManifest, loadPolicy } from '../../src/core/load/documents.js';
import { EVIDENCE_FILES } from '../fixtures/seeds.js';
import {
  BENCH_NOW,
  COMMIT_DATES,
  SHARED_EVIDENCE,
  generateRepo,
  isHot,
  isTyped,
  manifestPath,
  manifestYaml,
  MODEL_CONFIG,
  promptsDir,
  resultsPath,
  onePolicyYaml,
  teamPolicyYaml,
  type GeneratedRepo,
} from '../../scripts/bench/generate.mjs';

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });

const MANIFESTS = 150;
const COMMITS = 60;

describe('benchmark repository generator', () => {
  let tmp: string;
  let repo: GeneratedRepo;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'rollout-gate-bench-'));
    repo = await generateRepo({ dir: join(tmp, 'repo'), manifests: MANIFESTS, changed: 20, commits: COMMITS, policies: 100 });
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('shares its evidence files with the seed fixtures', () => {
    expect(SHARED_EVIDENCE).toEqual(EVIDENCE_FILES);
  });

  test('every generated manifest shape and state is a valid manifest, and shapes and sizes vary', () => {
    const sizes: number[] = [];
    for (let i = 0; i < 60; i++) {
      for (const state of [{}, { stage: 'limited_beta' }, { tenantPercent: 10, pattern: 'routing', threshold: 199 }]) {
        const typed = loadManifest('rollouts/x.yaml', manifestYaml(i, MANIFESTS, state, { typed: true }));
        expect(typed.ok ? [] : typed.problems).toEqual([]);
        const text = manifestYaml(i, MANIFESTS, state);
        const loaded = loadManifest('rollouts/x.yaml', text);
        expect(loaded.ok ? [] : loaded.problems).toEqual([]);
        sizes.push(Buffer.byteLength(text));
      }
    }
    expect(Math.min(...sizes)).toBeLessThan(2500);
    expect(Math.max(...sizes)).toBeGreaterThan(4000);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2800);
    expect(mean).toBeLessThan(4200);
  });

  test('the team policies and the one policy load, each with its custom checks', () => {
    for (const [file, text] of [
      ['policies/team-07.yaml', teamPolicyYaml(7)],
      ['policies-one/all.yaml', onePolicyYaml()],
    ] as const) {
      const loaded = loadPolicy(file, text);
      expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    }
    const files = git(repo.dir, 'ls-tree', '-r', '--name-only', repo.base).trim().split('\n');
    expect(files.filter((f) => f.startsWith('policies/'))).toHaveLength(100);
    expect(files.filter((f) => f.startsWith('policies-one/'))).toEqual(['policies-one/all.yaml']);
  });

  test('main holds every manifest with its evidence, and a dated history that edits the hot manifests', () => {
    const files = git(repo.dir, 'ls-tree', '-r', '-l', repo.base).trim().split('\n');
    expect(files.filter((f) => f.endsWith('.yaml') && f.includes('\trollouts/')).map((f) => f.split('\t')[1])).toEqual([...repo.manifestPaths]);
    const workflowEvidence = files.filter((f) => /\tevidence\/team-\d+\/workflow-\d+\/.*\.md$/.test(f)).map((f) => Number(f.split(/\s+/)[3]));
    expect(workflowEvidence).toHaveLength(2 * MANIFESTS);
    const results = files.filter((f) => /\tevidence\/team-\d+\/workflow-\d+\/offline-eval\.(metrics\.yaml|promptfoo\.json)$/.test(f));
    expect(results).toHaveLength(Array.from({ length: MANIFESTS }, (_, i) => i).filter(isTyped).length);
    expect(Math.min(...workflowEvidence)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...workflowEvidence)).toBeLessThanOrEqual(3001);
    const log = git(repo.dir, 'log', '--format=%cI', repo.base).trim().split('\n');
    expect(log).toHaveLength(COMMITS);
    expect(new Date(log[0] as string).toISOString()).toBe(new Date(COMMIT_DATES.base).toISOString());
    expect(new Date(log[log.length - 1] as string).toISOString()).toBe(new Date(COMMIT_DATES.initial).toISOString());
    const edited = git(repo.dir, 'log', '--format=', '--name-only', `${repo.base}~${COMMITS - 1}..${repo.base}`, '--', 'rollouts')
      .trim()
      .split('\n')
      .filter((l) => l !== '');
    expect(edited.length).toBeGreaterThanOrEqual(COMMITS - 1);
    expect(edited.every((p) => isHot(Number(/workflow-(\d+)/.exec(p)?.[1])))).toBe(true);
  });

  test('each pull request is one commit on main changing exactly its manifests', () => {
    for (const [head, paths] of [
      [repo.heads.one, repo.changedPaths.one],
      [repo.heads.some, repo.changedPaths.some],
      [repo.heads.all, repo.changedPaths.all],
    ] as const) {
      expect(git(repo.dir, 'rev-parse', `${head}^`).trim()).toBe(repo.base);
      const touched = git(repo.dir, 'diff-tree', '-r', '--name-only', '--no-commit-id', repo.base, head).trim().split('\n');
      expect(touched.filter((f) => f.startsWith('rollouts/')).sort()).toEqual([...paths]);
    }
    expect(repo.changedPaths.one).toHaveLength(1);
    expect(repo.changedPaths.some).toHaveLength(20);
    expect(repo.changedPaths.all).toHaveLength(MANIFESTS);
    // Half of the 20 are hot manifests, edited on main.
    expect(repo.changedPaths.some.filter((p) => isHot(Number(/workflow-(\d+)/.exec(p)?.[1])))).toHaveLength(3);
    expect(Date.parse(BENCH_NOW)).toBeGreaterThan(Date.parse(COMMIT_DATES.pr));
  });

  test('runGate on a pull request judges exactly its manifests, under their team policies, custom checks included', async () => {
    const outcome = await runGate({ repoDir: repo.dir, base: repo.base, head: repo.heads.some, now: new Date(BENCH_NOW) });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const report = outcome.report;
    expect(report.manifests.map((m) => m.file)).toEqual([...repo.changedPaths.some]);
    expect(report.policy).toMatchObject({ kind: 'repository' });
    expect(report.findings.filter((f) => f.check === 'manifest_invalid' || f.check === 'evidence_invalid')).toEqual([]);
    expect(new Set(report.findings.filter((f) => f.check === 'tenant_exposure_within_cap').map((f) => f.file)).size).toBeGreaterThan(0);
    expect(report.findings.some((f) => /^team_\d+_canary_stops_enough$/.test(f.check))).toBe(true);
  });

  test('a quarter of the workflows declare eval results as typed evidence with sources, and the pull request pays for reading them', async () => {
    const typed = Array.from({ length: MANIFESTS }, (_, i) => i).filter(isTyped);
    expect(typed.length).toBe(Math.ceil((MANIFESTS - 1) / 4));
    const files = new Set(git(repo.dir, 'ls-tree', '-r', '--name-only', repo.base).trim().split('\n'));
    for (const i of typed) {
      const loaded = loadManifest(manifestPath(i, MANIFESTS), git(repo.dir, 'show', `${repo.base}:${manifestPath(i, MANIFESTS)}`));
      if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
      expect(loaded.value.evidence.offline_eval).toMatchObject({ path: resultsPath(i, MANIFESTS), spec: { format: i % 8 === 1 ? 'metrics' : 'promptfoo' } });
      expect(loaded.value.sources.map((s) => s.path)).toEqual([`${promptsDir(i, MANIFESTS)}/`, MODEL_CONFIG]);
      expect(files.has(resultsPath(i, MANIFESTS))).toBe(true);
      expect([...files].some((f) => f.startsWith(`${promptsDir(i, MANIFESTS)}/`))).toBe(true);
    }
    const outcome = await runGate({ repoDir: repo.dir, base: repo.base, head: repo.heads.some, now: new Date(BENCH_NOW) });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const judgedTyped = repo.changedPaths.some.filter((p) => isTyped(Number(/workflow-(\d+)/.exec(p)?.[1])));
    expect(judgedTyped.length).toBeGreaterThan(0);
    // Every typed manifest the pull request changes has its results read and met, and none is stale.
    expect(new Set(outcome.report.evidenceChecks.map((c) => c.file))).toEqual(new Set(judgedTyped));
    expect(outcome.report.evidenceChecks.every((c) => c.state === 'met')).toBe(true);
    expect(outcome.report.findings.filter((f) => f.check === 'evidence_fresh' || f.check === 'evidence_criteria_met')).toEqual([]);
  });

  test('the plain twin holds the same files, and its manifests keep every evidence plain', async () => {
    const plain = await generateRepo({ dir: join(tmp, 'plain'), manifests: MANIFESTS, changed: 20, commits: COMMITS, policies: 100, typed: false });
    const list = (dir: string, rev: string) => git(dir, 'ls-tree', '-r', '--name-only', rev).trim().split('\n');
    expect(list(plain.dir, plain.base)).toEqual(list(repo.dir, repo.base));
    expect(plain.changedPaths).toEqual(repo.changedPaths);
    const outcome = await runGate({ repoDir: plain.dir, base: plain.base, head: plain.heads.some, now: new Date(BENCH_NOW) });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.manifests.map((m) => m.file)).toEqual([...plain.changedPaths.some]);
    expect(outcome.report.evidenceChecks).toEqual([]);
  });

  test('a full run sees every manifest, with one policy as with a hundred', async () => {
    for (const policyDir of ['policies', 'policies-one']) {
      const outcome = await runGate({ repoDir: repo.dir, base: repo.base, head: repo.heads.some, all: true, policyDir, now: new Date(BENCH_NOW) });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(outcome.report.manifests).toHaveLength(MANIFESTS);
      expect(outcome.report.manifests.filter((m) => m.status === 'modified').map((m) => m.file)).toEqual([...repo.changedPaths.some]);
    }
  });
});
