// The benchmark's repository generator, at a small size: the history it promises, and a gate run on its PR
// that sees exactly the changed manifests. No timings here; `npm run bench` measures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate } from '../../src/engine/run.js';
import { loadManifest } from '../../src/core/load/documents.js';
import { EVIDENCE_FILES } from '../fixtures/seeds.js';
import { BENCH_NOW, COMMIT_DATES, SHARED_EVIDENCE, generateRepo, manifestYaml, type GeneratedRepo } from '../../scripts/bench/generate.mjs';

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });

describe('benchmark repository generator', () => {
  let tmp: string;
  let repo: GeneratedRepo;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'rollout-gate-bench-'));
    repo = await generateRepo({ dir: join(tmp, 'repo'), manifests: 20, changed: 5 });
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('shares its evidence files with the seed fixtures', () => {
    expect(SHARED_EVIDENCE).toEqual(EVIDENCE_FILES);
  });

  test('every generated manifest state is a valid manifest', () => {
    for (const state of [{}, { stage: 'limited_beta' }, { tenantPercent: 10, pattern: 'routing', extraStop: true, extraTrigger: true }]) {
      const loaded = loadManifest('rollouts/x.yaml', manifestYaml(7, state));
      expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    }
  });

  test('main has four dated commits and the PR is one commit on top of it', () => {
    const main = git(repo.dir, 'log', '--format=%H %cI', 'refs/heads/main')
      .trim()
      .split('\n')
      .map((l) => l.split(' '));
    expect(main.map(([, date]) => new Date(date as string).toISOString())).toEqual(
      [COMMIT_DATES.rollbackTriggers, COMMIT_DATES.promotion, COMMIT_DATES.stopConditions, COMMIT_DATES.initial].map((d) => new Date(d).toISOString()),
    );
    expect(main[0]?.[0]).toBe(repo.base);
    expect(git(repo.dir, 'rev-parse', `${repo.head}^`).trim()).toBe(repo.base);
    expect(git(repo.dir, 'rev-list', '--count', repo.head).trim()).toBe('5');
    expect(Date.parse(BENCH_NOW)).toBeGreaterThan(Date.parse(COMMIT_DATES.pr));
  });

  test('the initial commit holds every manifest and its evidence; later commits touch some of them', () => {
    const root = git(repo.dir, 'rev-list', '--max-parents=0', 'refs/heads/main').trim();
    const files = git(repo.dir, 'ls-tree', '-r', '--name-only', root).trim().split('\n');
    expect(files.filter((f) => f.startsWith('rollouts/')).sort()).toEqual([...repo.manifestPaths].sort());
    expect(files).toEqual(expect.arrayContaining(Object.keys(EVIDENCE_FILES)));
    expect(files.filter((f) => /^evidence\/team-\d+\//.test(f))).toHaveLength(2 * 20);
    for (const rev of ['main~2', 'main~1', 'main']) {
      const touched = git(repo.dir, 'diff-tree', '-r', '--name-only', '--no-commit-id', `${rev}^`, rev).trim().split('\n');
      expect(touched.filter((f) => f.startsWith('rollouts/')).length).toBeGreaterThan(0);
    }
  });

  test('the PR commit changes exactly the chosen manifests', () => {
    expect(repo.changedPaths).toHaveLength(5);
    const touched = git(repo.dir, 'diff-tree', '-r', '--name-only', '--no-commit-id', repo.base, repo.head).trim().split('\n');
    expect(touched.filter((f) => f.startsWith('rollouts/')).sort()).toEqual([...repo.changedPaths]);
    expect(touched.filter((f) => !f.startsWith('rollouts/'))).toHaveLength(1); // one evidence update
  });

  test('runGate on the PR reports exactly the 5 changed manifests, widened to 10% of tenants', async () => {
    const outcome = await runGate({ repoDir: repo.dir, base: repo.base, head: repo.head, now: new Date(BENCH_NOW) });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const report = outcome.report;
    expect(report.manifests.map((m) => m.file)).toEqual([...repo.changedPaths]);
    expect(report.manifests.every((m) => m.status === 'modified' && m.stageBefore === 'canary' && m.stageAfter === 'canary')).toBe(true);
    expect(report.findings.filter((f) => f.check === 'manifest_invalid')).toEqual([]);
    expect(new Set(report.findings.filter((f) => f.check === 'tenant_exposure_within_cap').map((f) => f.file))).toEqual(new Set(repo.changedPaths));
  });

  test('a full run sees every manifest', async () => {
    const outcome = await runGate({ repoDir: repo.dir, base: repo.base, head: repo.head, all: true, now: new Date(BENCH_NOW) });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.manifests).toHaveLength(20);
    expect(outcome.report.manifests.filter((m) => m.status === 'modified').map((m) => m.file)).toEqual([...repo.changedPaths]);
  });
});
