// How far back a history walk reads: `hold` stops each path where no older version can matter (its first
// version at or before the window, or the commit that created the file as it now is), and the walk ends as
// soon as every path is there, so history beyond that is never read.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError } from '../../src/git/exec.js';
import { fileHistories, fileHistoriesAcrossRenames, walkPathspecs, type FileVersion, type History } from '../../src/git/history.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

const seconds = (iso: string): number => Date.parse(iso) / 1000;
const dates = (h: History | undefined): string[] => (h as FileVersion[]).map((v) => new Date(v.time * 1000).toISOString().slice(0, 10));
const day = (n: number): string => new Date(Date.parse('2026-01-01T00:00:00Z') + n * 86_400_000).toISOString();

describe('walkPathspecs', () => {
  test.each([
    { paths: ['rollouts/a/x.yaml', 'rollouts/a/y.yaml', 'rollouts/b/z.yaml'], specs: ['rollouts/a', 'rollouts/b'] },
    { paths: ['top.yaml', 'rollouts/a/x.yaml'], specs: ['rollouts/a', 'top.yaml'] },
    // An entry under another one is selected by it already.
    { paths: ['r/x.yaml', 'r/deep/y.yaml', 'r-2/z.yaml'], specs: ['r', 'r-2'] },
    { paths: [], specs: [] },
  ])('$paths -> $specs', ({ paths, specs }) => {
    expect(walkPathspecs(paths)).toEqual(specs);
  });

  test('more directories than one command line should carry are walked through their parents', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `rollouts/team-${i}/w.yaml`);
    expect(walkPathspecs(many)).toEqual(['rollouts']);
    const atRoot = Array.from({ length: 1000 }, (_, i) => `m-${i}.yaml`);
    expect(walkPathspecs(atRoot)).toEqual([]); // the whole tree
  });
});

describe("fileHistories with depth 'hold'", () => {
  let repo: TestRepo;
  let rootCommit: string;
  const A = 'rollouts/a.yaml';
  const B = 'rollouts/b.yaml';

  beforeAll(() => {
    repo = createRepo();
    rootCommit = repo.commitFiles({ 'other/x.txt': '0\n' }, 'root', { date: day(0) });
    // A long history of other changes before the manifest exists, in its directory and elsewhere.
    for (let i = 1; i <= 40; i++) repo.commitFiles(i % 2 ? { [B]: `b: ${i}\n` } : { 'other/x.txt': `${i}\n` }, `other ${i}`, { date: day(i) });
    repo.commitFiles({ [A]: 'stage: canary\nexposure: 1\n' }, 'add a', { date: day(50) });
    repo.commitFiles({ [A]: 'stage: canary\nexposure: 2\n' }, 'a to 2', { date: day(60) });
    repo.commitFiles({ [A]: 'stage: canary\nexposure: 3\n' }, 'a to 3', { date: day(70) });
    // And as many after its last change.
    for (let i = 71; i <= 110; i++) repo.commitFiles({ [B]: `b: ${i}\n` }, `b ${i}`, { date: day(i) });
  });
  afterAll(() => repo.cleanup());

  const hold = (until: string, paths = [A]) => fileHistories(repo.dir, 'HEAD', paths, 200, undefined, { kind: 'hold', until: seconds(until) });

  test('reads a path back to its first version at or before the window, and no further', async () => {
    expect(dates((await hold(day(65))).get(A))).toEqual(['2026-03-12', '2026-03-02']);
    expect(dates((await hold(day(60))).get(A))).toEqual(['2026-03-12', '2026-03-02']);
  });

  test('stops at the first commit at or before the window; a path still open there holds, since then, what it held before its oldest change read', async () => {
    const blob = (rev: string) => repo.git('rev-parse', `${rev}:${A}`).trim();
    // Window on day 65: the walk stops at "a to 2" (day 60), the first commit it lists at or before it.
    const [newest, last] = (await hold(day(65))).get(A) as FileVersion[];
    expect(newest).toEqual({ commit: repo.git('rev-parse', 'HEAD~40').trim(), time: seconds(day(70)), oid: blob('HEAD') });
    expect(last).toEqual({ commit: repo.git('rev-parse', 'HEAD~41').trim(), time: seconds(day(60)), oid: blob('HEAD~41'), window: true });
    // Window on day 75: a change to b is the first commit at or before it; a has not changed since, so it
    // holds its blob at HEAD since that commit at the latest (its change on day 70 is never read).
    expect((await hold(day(75))).get(A)).toEqual([
      { commit: repo.git('rev-parse', 'HEAD~35').trim(), time: seconds(day(75)), oid: blob('HEAD'), window: true },
    ]);
  });

  test('stops at the commit that created the file, which is all a walk without bound finds too', async () => {
    const all = (await fileHistories(repo.dir, 'HEAD', [A])).get(A);
    expect(dates(all)).toEqual(['2026-03-12', '2026-03-02', '2026-02-20']);
    expect((await hold(day(0))).get(A)).toEqual(all);
  });

  test('several paths in one walk each get their own bound', async () => {
    const both = await hold(day(105), [A, B, 'never/existed.yaml']);
    // a has not changed in the window: it holds since the window's first commit (day 105) at the latest.
    expect(dates(both.get(A))).toEqual(['2026-04-16']);
    expect(dates(both.get(B))).toEqual(['2026-04-21', '2026-04-20', '2026-04-19', '2026-04-18', '2026-04-17', '2026-04-16']);
    expect(both.get('never/existed.yaml')).toEqual([]);
  });

  test('history older than what every path needs is never read: with the root commit gone, the answer is the same', async () => {
    // A copy, so the objects stay loose and one can be taken away.
    const clone = { dir: mkdtempSync(join(tmpdir(), 'rollout-gate-history-copy-')) };
    try {
      cpSync(repo.dir, clone.dir, { recursive: true });
      const before = await fileHistories(clone.dir, 'HEAD', [A, B], 200, undefined, { kind: 'hold', until: seconds(day(65)) });
      rmSync(join(clone.dir, '.git', 'objects', rootCommit.slice(0, 2), rootCommit.slice(2)));
      // A walk of all history now fails on the missing commit...
      await expect(fileHistories(clone.dir, 'HEAD', [A])).rejects.toBeInstanceOf(GitError);
      // ...while the bounded walk stops before it.
      const after = await fileHistories(clone.dir, 'HEAD', [A, B], 200, undefined, { kind: 'hold', until: seconds(day(65)) });
      expect(after).toEqual(before);
      expect(dates(after.get(A))).toEqual(['2026-03-12', '2026-03-02']);
    } finally {
      rmSync(clone.dir, { recursive: true, force: true });
    }
  });

  test('a file deleted and written again holds from when it was written again', async () => {
    const r = createRepo();
    try {
      r.commitFiles({ [A]: 'stage: canary\n' }, 'add', { date: day(1) });
      r.commitFiles({ [A]: null }, 'remove', { date: day(2) });
      r.commitFiles({ [A]: 'stage: canary\n' }, 'restore', { date: day(3) });
      expect(dates((await fileHistories(r.dir, 'HEAD', [A])).get(A))).toEqual(['2026-01-04', '2026-01-03', '2026-01-02']);
      expect(dates((await fileHistories(r.dir, 'HEAD', [A], 200, undefined, { kind: 'hold', until: 0 })).get(A))).toEqual(['2026-01-04']);
      // A deletion in the window ends the hold there too.
      r.commitFiles({ [A]: null }, 'remove again', { date: day(4) });
      const removed = (await fileHistories(r.dir, 'HEAD', [A], 200, undefined, { kind: 'hold', until: 0 })).get(A) as FileVersion[];
      expect(removed.map((v) => v.oid)).toEqual([null]);
    } finally {
      r.cleanup();
    }
  });
});

describe("fileHistoriesAcrossRenames with depth 'hold'", () => {
  test('follows a rename in the window into the older file, bounded there too, and ignores a later file of the old name', async () => {
    const repo = createRepo();
    try {
      for (let i = 0; i < 30; i++) repo.commitFiles({ 'old/b.yaml': `b: ${i}\n` }, `other ${i}`, { date: day(i) });
      repo.commitFiles({ 'old/a.yaml': 'stage: canary\nexposure: 5\n' }, 'add', { date: day(40) });
      repo.commitFiles({ 'old/a.yaml': 'stage: canary\nexposure: 5\nowner: x\n' }, 'edit', { date: day(50) });
      repo.commitFiles({ 'old/a.yaml': null, 'new/a.yaml': 'stage: canary\nexposure: 5\nowner: x\n' }, 'move', { date: day(60) });
      repo.commitFiles({ 'old/a.yaml': 'something else\n' }, 'reuse the old name', { date: day(61) });
      const walk = (until: string) =>
        fileHistoriesAcrossRenames(repo.dir, 'HEAD', ['new/a.yaml'], { depth: { kind: 'hold', until: seconds(until) } }).then((h) =>
          dates(h.get('new/a.yaml')),
        );
      expect(await walk(day(55))).toEqual(['2026-03-02', '2026-02-20']);
      expect(await walk(day(0))).toEqual(['2026-03-02', '2026-02-20', '2026-02-10']);
      expect(await walk(day(0))).toEqual(dates((await fileHistoriesAcrossRenames(repo.dir, 'HEAD', ['new/a.yaml'])).get('new/a.yaml')));
    } finally {
      repo.cleanup();
    }
  });
});
