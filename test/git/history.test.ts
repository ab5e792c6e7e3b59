import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError } from '../../src/git/exec.js';
import { fileHistories, fileHistoriesAcrossRenames, type FileVersion } from '../../src/git/history.js';
import { createRepo, runGit, type TestRepo } from '../helpers/repo.js';

const seconds = (iso: string): number => Date.parse(iso) / 1000;
const MANIFEST = 'réglages/rollout manifest.yaml';

/** One path's history through the many-path walk the engine uses. */
async function historyOf(cwd: string, commit: string, path: string, maxCount?: number): Promise<FileVersion[] | 'shallow'> {
  return (await fileHistories(cwd, commit, [path], maxCount)).get(path) ?? [];
}

describe('fileHistories', () => {
  let repo: TestRepo;
  const c: Record<string, string> = {};
  const blob = (rev: string, path = MANIFEST): string => repo.git('rev-parse', `${rev}:${path}`).trim();

  beforeAll(() => {
    repo = createRepo();
    c.add = repo.commitFiles({ [MANIFEST]: 'stage: canary\n', 'other.yaml': 'a\n' }, 'add', { date: '2026-03-01T00:00:00Z' });
    c.unrelated = repo.commitFiles({ 'other.yaml': 'b\n' }, 'unrelated', { date: '2026-03-02T00:00:00Z' });
    c.promote = repo.commitFiles({ [MANIFEST]: 'stage: beta\n' }, 'promote', { date: '2026-03-05T12:00:00Z' });
    c.remove = repo.commitFiles({ [MANIFEST]: null }, 'remove', { date: '2026-03-06T00:00:00Z' });
    c.restore = repo.commitFiles({ [MANIFEST]: 'stage: beta\n' }, 'restore', { date: '2026-03-07T00:00:00Z' });
    // A side branch changes the manifest; the merge brings the change onto main.
    repo.git('checkout', '-q', '-b', 'side');
    c.side = repo.commitFiles({ [MANIFEST]: 'stage: ga\n' }, 'side', { date: '2026-03-08T00:00:00Z' });
    repo.git('checkout', '-q', 'main');
    c.mainOnly = repo.commitFiles({ 'other.yaml': 'c\n' }, 'main only', { date: '2026-03-09T00:00:00Z' });
    runGit(repo.dir, ['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], '2026-03-10T00:00:00Z');
    c.merge = repo.git('rev-parse', 'HEAD').trim();
  });
  afterAll(() => repo.cleanup());

  it('walks several paths in one call, each with its own history', async () => {
    const both = await fileHistories(repo.dir, 'HEAD', [MANIFEST, 'other.yaml']);
    expect((both.get('other.yaml') as FileVersion[]).map((h) => h.commit)).toEqual([c.mainOnly, c.unrelated, c.add]);
    expect(both.get(MANIFEST)).toEqual(await historyOf(repo.dir, 'HEAD', MANIFEST));
  });

  it('lists first-parent commits that changed the path, newest first, with committer time and blob id', async () => {
    const history = (await historyOf(repo.dir, 'HEAD', MANIFEST)) as FileVersion[];
    expect(history).toEqual([
      { commit: c.merge, time: seconds('2026-03-10T00:00:00Z'), oid: blob(c.merge as string) },
      // The commit that put the file back adds it, as the first one did.
      { commit: c.restore, time: seconds('2026-03-07T00:00:00Z'), oid: blob(c.restore as string), added: true },
      { commit: c.remove, time: seconds('2026-03-06T00:00:00Z'), oid: null },
      { commit: c.promote, time: seconds('2026-03-05T12:00:00Z'), oid: blob(c.promote as string) },
      { commit: c.add, time: seconds('2026-03-01T00:00:00Z'), oid: blob(c.add as string), added: true },
    ]);
    // The side-branch commit itself is not on the first-parent chain.
    expect(history.map((h) => h.commit)).not.toContain(c.side);
    // Identical content gets the identical blob id, which is what "has held since" compares.
    expect(history[1]?.oid).toBe(history[3]?.oid);
  });

  it('starts from the given commit and honours maxCount', async () => {
    const commits = async (from: string, maxCount?: number) => ((await historyOf(repo.dir, from, MANIFEST, maxCount)) as FileVersion[]).map((h) => h.commit);
    expect(await commits(c.promote as string)).toEqual([c.promote, c.add]);
    expect(await commits('HEAD', 2)).toEqual([c.merge, c.restore]);
  });

  it('treats the path literally and exactly', async () => {
    const r = createRepo();
    try {
      r.commitFiles({ 'm/a*.yaml': '1', 'm/ab.yaml': '1' }, 'one', { date: '2026-03-01T00:00:00Z' });
      r.commitFiles({ 'm/ab.yaml': '2' }, 'two', { date: '2026-03-02T00:00:00Z' });
      const h = (await historyOf(r.dir, 'HEAD', 'm/a*.yaml')) as FileVersion[];
      expect(h).toHaveLength(1);
      expect(h[0]?.time).toBe(seconds('2026-03-01T00:00:00Z'));
      // A directory is not a file: no versions of "m" itself.
      expect(await historyOf(r.dir, 'HEAD', 'm')).toEqual([]);
      expect(await historyOf(r.dir, 'HEAD', 'never-existed.yaml')).toEqual([]);
      const dash = r.commitFiles({ '-x.yaml': 'dash\n' }, 'dash', { date: '2026-03-03T00:00:00Z' });
      expect(((await historyOf(r.dir, 'HEAD', '-x.yaml')) as FileVersion[]).map((v) => v.commit)).toEqual([dash]);
    } finally {
      r.cleanup();
    }
  });

  it('rejects unknown revisions', async () => {
    const error = (await historyOf(repo.dir, 'no-such-rev', MANIFEST).catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(error.kind).toBe('unknown_revision');
  });

  it('refuses to guess in a shallow clone whose history is cut off', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'rollout-gate-shallow-history-'));
    try {
      runGit(tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
      expect(await historyOf(clone, 'HEAD', MANIFEST)).toBe('shallow');
      // A path absent from the clone simply has no history.
      expect(await historyOf(clone, 'HEAD', 'never-existed.yaml')).toEqual([]);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('fileHistoriesAcrossRenames', () => {
  let repo: TestRepo;
  const c: Record<string, string> = {};
  const versions = (h: FileVersion[] | 'shallow' | undefined) => (h as FileVersion[]).map((v) => v.commit);

  beforeAll(() => {
    repo = createRepo();
    c.add = repo.commitFiles({ 'old/a.yaml': 'stage: canary\nexposure: 5\n', 'keep.yaml': 'k\n' }, 'add', { date: '2026-03-01T00:00:00Z' });
    c.edit = repo.commitFiles({ 'old/a.yaml': 'stage: canary\nexposure: 5\nowner: x\n' }, 'edit', { date: '2026-03-02T00:00:00Z' });
    c.move1 = repo.commitFiles({ 'old/a.yaml': null, 'mid/a.yaml': 'stage: canary\nexposure: 5\nowner: x\n' }, 'move once', { date: '2026-03-03T00:00:00Z' });
    // Moved again with a small edit in the same commit: still a rename to git.
    repo.write({ 'mid/a.yaml': null, 'new/a.yaml': 'stage: canary\nexposure: 5\nowner: y\n' });
    c.move2 = repo.commit('move again, edited', { date: '2026-03-04T00:00:00Z' });
    // An unrelated file later takes the first name: its versions are not the moved file's.
    c.reuse = repo.commitFiles({ 'old/a.yaml': 'something else\n' }, 'reuse the old name', { date: '2026-03-05T00:00:00Z' });
  });
  afterAll(() => repo.cleanup());

  it('continues a renamed file with the history of the file it was renamed from, rename after rename', async () => {
    const h = await fileHistoriesAcrossRenames(repo.dir, 'HEAD', ['new/a.yaml', 'keep.yaml']);
    expect(versions(h.get('new/a.yaml'))).toEqual([c.move2, c.move1, c.edit, c.add]);
    expect((h.get('new/a.yaml') as FileVersion[])[1]).toEqual({
      commit: c.move1,
      time: seconds('2026-03-03T00:00:00Z'),
      oid: repo.git('rev-parse', `${c.move1!}:mid/a.yaml`).trim(),
      // A rename adds the file under its new name.
      added: true,
    });
    expect(versions(h.get('keep.yaml'))).toEqual([c.add]);
    // Without following, the history starts at the last rename.
    expect(versions((await fileHistories(repo.dir, 'HEAD', ['new/a.yaml'])).get('new/a.yaml'))).toEqual([c.move2]);
  });

  it('follows only where asked, and honours maxCount across the renames', async () => {
    const none = await fileHistoriesAcrossRenames(repo.dir, 'HEAD', ['new/a.yaml'], { follow: () => false });
    expect(versions(none.get('new/a.yaml'))).toEqual([c.move2]);
    const two = await fileHistoriesAcrossRenames(repo.dir, 'HEAD', ['new/a.yaml'], { maxCount: 2 });
    expect(versions(two.get('new/a.yaml'))).toEqual([c.move2, c.move1]);
  });

  it('a history that begins with a new file, not a rename, is left as it is', async () => {
    const h = await fileHistoriesAcrossRenames(repo.dir, 'HEAD', ['old/a.yaml']);
    expect(versions(h.get('old/a.yaml'))).toEqual([c.reuse, c.move1, c.edit, c.add]);
  });
});
