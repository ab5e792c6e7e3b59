// A full check of many batches (100 manifests each): every manifest is judged, evidence is looked up path
// by path through the run's one cat-file process, and a missing file is found wherever it sits (first and
// last batch). The repository is the benchmark's generator at 1,100 manifests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate } from '../../src/engine/run.js';
import { BENCH_NOW, generateRepo, manifestPath, type GeneratedRepo } from '../../scripts/bench/generate.mjs';

const MANIFESTS = 1100;
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const git = (dir: string, args: string[], extra: NodeJS.ProcessEnv = {}): string =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...env, ...extra } }).trim();

/** A commit on top of `parent` without `paths` (plumbing only: the generated repository has no work tree). */
function commitWithout(dir: string, parent: string, paths: string[], message: string): string {
  const index = { GIT_INDEX_FILE: join(dir, 'scale-test-index') };
  git(dir, ['read-tree', parent], index);
  git(dir, ['update-index', '--force-remove', '--', ...paths], index);
  const tree = git(dir, ['write-tree'], index);
  return git(dir, ['commit-tree', tree, '-p', parent, '-m', message], {
    ...index,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  });
}

const shadowReportOf = (i: number): string =>
  manifestPath(i, MANIFESTS)
    .replace(/^rollouts\//, 'evidence/')
    .replace(/\.yaml$/, '/shadow-report.md');

describe('a full check of 1,100 manifests (eleven batches)', () => {
  let tmp: string;
  let repo: GeneratedRepo;
  let head: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'rollout-gate-scale-'));
    repo = await generateRepo({ dir: join(tmp, 'repo'), manifests: MANIFESTS, changed: 5, commits: 3, policies: 10 });
    // Evidence missing for one manifest in the first batch and one in the last.
    head = commitWithout(repo.dir, repo.heads.some, [shadowReportOf(3), shadowReportOf(1050)], 'lose two shadow reports');
  }, 60_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('judges every manifest and blocks exactly the two whose evidence is gone', async () => {
    expect(git(repo.dir, ['cat-file', '-t', `${repo.heads.some}:${shadowReportOf(1050)}`])).toBe('blob');
    const outcome = await runGate({ repoDir: repo.dir, base: repo.base, head, all: true, now: new Date(BENCH_NOW) });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const { manifests, findings } = outcome.report;
    expect(manifests).toHaveLength(MANIFESTS);
    expect(manifests.filter((m) => m.status === 'unchanged')).toHaveLength(MANIFESTS - 5);
    expect(findings.filter((f) => f.check === 'manifest_invalid')).toEqual([]);
    const missing = findings.filter((f) => /does not exist/.test(f.message));
    expect([...new Set(missing.map((f) => f.file))].sort()).toEqual([manifestPath(3, MANIFESTS), manifestPath(1050, MANIFESTS)]);
    expect(missing.every((f) => f.message.includes(f.file === manifestPath(3, MANIFESTS) ? shadowReportOf(3) : shadowReportOf(1050)))).toBe(true);
    // Everything else found its evidence: no other manifest has an evidence finding.
    expect(findings.filter((f) => f.check === 'evidence_invalid' || /evidence/.test(f.message)).map((f) => f.file)).toEqual(missing.map((f) => f.file));
  }, 60_000);
});
