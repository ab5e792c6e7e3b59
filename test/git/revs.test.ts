import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError } from '../../src/git/exec.js';
import {
  boundaryIn,
  fetchCommit,
  firstParent,
  hasCommit,
  isShallowRepository,
  repoLayout,
  repoRoot,
  resolveCommit,
  shallowBoundary,
} from '../../src/git/revs.js';
import { createRepo, runGit, type TestRepo } from '../helpers/repo.js';

describe('revisions', () => {
  let repo: TestRepo;
  let c1: string;
  let c2: string;
  let c3: string;
  let outside: string;
  beforeAll(() => {
    repo = createRepo();
    c1 = repo.commitFiles({ 'a.yaml': 'one\n' }, 'one');
    c2 = repo.commitFiles({ 'a.yaml': 'two\n' }, 'two');
    c3 = repo.commitFiles({ 'a.yaml': 'three\n' }, 'three');
    repo.git('tag', '-a', '-m', 'annotated', 'v1', c2);
    repo.git('update-ref', 'refs/heads/-dash', c1);
    outside = mkdtempSync(join(tmpdir(), 'rollout-gate-outside-'));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  it('resolves names to full commit ids, peeling annotated tags', async () => {
    expect(await resolveCommit(repo.dir, 'HEAD')).toBe(c3);
    expect(await resolveCommit(repo.dir, 'main~2')).toBe(c1);
    expect(await resolveCommit(repo.dir, c2.slice(0, 10))).toBe(c2);
    expect(await resolveCommit(repo.dir, 'v1')).toBe(c2);
    expect(await resolveCommit(repo.dir, c3)).toMatch(/^[0-9a-f]{40}$/);
  });

  it('treats a ref named with a leading dash as a revision, not an option', async () => {
    expect(await resolveCommit(repo.dir, '-dash')).toBe(c1);
    expect(await hasCommit(repo.dir, '-dash')).toBe(true);
  });

  it('rejects unknown revisions with kind unknown_revision naming the revision', async () => {
    for (const rev of ['no-such-branch', '0123456789012345678901234567890123456789', '--all', '-h', 'HEAD:a.yaml', '']) {
      const error = (await resolveCommit(repo.dir, rev).catch((e: unknown) => e)) as GitError;
      expect(error).toBeInstanceOf(GitError);
      expect(error.kind).toBe('unknown_revision');
      expect(error.message).toContain(JSON.stringify(rev));
    }
  });

  it('reports not_a_repo outside a repository', async () => {
    await expect(repoRoot(outside)).rejects.toMatchObject({ kind: 'not_a_repo' });
    await expect(resolveCommit(outside, 'HEAD')).rejects.toMatchObject({ kind: 'not_a_repo' });
    await expect(hasCommit(outside, 'HEAD')).rejects.toMatchObject({ kind: 'not_a_repo' });
  });

  it('finds the repository root from a subdirectory', async () => {
    repo.commitFiles({ 'sub dir/x.txt': 'x' }, 'sub');
    expect(await repoRoot(join(repo.dir, 'sub dir'))).toBe(realpathSync(repo.dir));
  });

  it('repoLayout gives the root and the shallow file in one call, from a subdirectory too', async () => {
    repo.commitFiles({ 'sub dir/y.txt': 'y' }, 'sub');
    for (const dir of [repo.dir, join(repo.dir, 'sub dir')]) {
      const layout = await repoLayout(dir);
      expect(layout.root).toBe(realpathSync(repo.dir));
      expect(layout.shallowFile).toBe(join(realpathSync(repo.dir), '.git', 'shallow'));
      expect((await boundaryIn(layout.shallowFile)).size).toBe(0);
    }
    await expect(repoLayout(outside)).rejects.toMatchObject({ kind: 'not_a_repo' });
  });

  it('knows whether commits exist', async () => {
    expect(await hasCommit(repo.dir, c1)).toBe(true);
    expect(await hasCommit(repo.dir, '0123456789012345678901234567890123456789')).toBe(false);
    // A blob is not a commit.
    expect(await hasCommit(repo.dir, repo.git('rev-parse', `${c1}:a.yaml`).trim())).toBe(false);
  });

  it('returns first parents and null for a root commit', async () => {
    expect(await firstParent(repo.dir, c3)).toBe(c2);
    expect(await firstParent(repo.dir, c2)).toBe(c1);
    expect(await firstParent(repo.dir, c1)).toBeNull();
    expect(await isShallowRepository(repo.dir)).toBe(false);
    expect((await shallowBoundary(repo.dir)).size).toBe(0);
  });

  it('returns the first parent of a merge commit', async () => {
    const r = createRepo();
    try {
      const base = r.commitFiles({ a: '1' }, 'base');
      r.git('checkout', '-q', '-b', 'side');
      const side = r.commitFiles({ b: '1' }, 'side');
      r.git('checkout', '-q', 'main');
      const main = r.commitFiles({ c: '1' }, 'main');
      runGit(r.dir, ['merge', '-q', '--no-ff', '-m', 'merge', 'side']);
      const merge = r.git('rev-parse', 'HEAD').trim();
      expect(await firstParent(r.dir, merge)).toBe(main);
      expect(await firstParent(r.dir, side)).toBe(base);
    } finally {
      r.cleanup();
    }
  });

  describe('shallow clones', () => {
    let clone: string;
    beforeEach(() => {
      clone = mkdtempSync(join(tmpdir(), 'rollout-gate-shallow-'));
      runGit(tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
    });
    afterEach(() => rmSync(clone, { recursive: true, force: true }));

    it('throws kind shallow mentioning fetch-depth when the parent was not fetched', async () => {
      const head = await resolveCommit(clone, 'HEAD');
      expect(await isShallowRepository(clone)).toBe(true);
      expect(await shallowBoundary(clone)).toEqual(new Set([head]));
      expect(await boundaryIn((await repoLayout(clone)).shallowFile)).toEqual(new Set([head]));
      const error = (await firstParent(clone, head).catch((e: unknown) => e)) as GitError;
      expect(error).toBeInstanceOf(GitError);
      expect(error.kind).toBe('shallow');
      expect(error.message).toContain('fetch-depth: 0');
      expect(error.message).toContain(head);
    });

    it('fetchCommit deepens the clone so that firstParent works', async () => {
      const head = await resolveCommit(clone, 'HEAD');
      const parent = repo.git('rev-parse', `${head}^`).trim();
      expect(await hasCommit(clone, parent)).toBe(false);
      expect(await fetchCommit(clone, head)).toBe(true);
      expect(await hasCommit(clone, parent)).toBe(true);
      expect(await firstParent(clone, head)).toBe(parent);
      // Still shallow, one generation further back.
      expect(await isShallowRepository(clone)).toBe(true);
      await expect(firstParent(clone, parent)).rejects.toMatchObject({ kind: 'shallow' });
    });

    it('fetchCommit fetches a commit the clone does not have at all', async () => {
      expect(await hasCommit(clone, c1)).toBe(false);
      expect(await fetchCommit(clone, c1, 'origin', { depth: 1 })).toBe(true);
      expect(await hasCommit(clone, c1)).toBe(true);
    });

    it('fetchCommit returns false instead of throwing when the fetch fails', async () => {
      expect(await fetchCommit(clone, '0123456789012345678901234567890123456789')).toBe(false);
      expect(await fetchCommit(clone, c1, 'no-such-remote')).toBe(false);
      // A remote that looks like an option stays a remote name: nothing is executed.
      const marker = join(outside, 'pwned');
      expect(await fetchCommit(clone, c1, `--upload-pack=touch ${marker}`)).toBe(false);
      expect(existsSync(marker)).toBe(false);
      expect(await hasCommit(clone, c1)).toBe(false);
    });
  });

  it('fetchCommit keeps a complete clone complete', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'rollout-gate-full-'));
    try {
      runGit(tmpdir(), ['clone', '-q', `file://${repo.dir}`, clone]);
      const extra = repo.commitFiles({ 'extra.txt': 'x' }, 'extra');
      expect(await hasCommit(clone, extra)).toBe(false);
      expect(await fetchCommit(clone, extra)).toBe(true);
      expect(await isShallowRepository(clone)).toBe(false);
      expect(await firstParent(clone, extra)).toBe(repo.git('rev-parse', `${extra}^`).trim());
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
