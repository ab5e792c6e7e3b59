// When many paths last changed, in one history walk: the same answers, path by path, as
// `git log -1 --first-parent <commit> -- <path>`, on real histories with merges, deletions and directories.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastChanges } from '../../src/git/lastChanges.js';
import { createRepo, runGit, type TestRepo } from '../helpers/repo.js';

/** What one `git log -1` per path answers: the reference the single walk must match. */
function logOne(dir: string, commit: string, path: string): { commit: string; time: number } | null {
  const out = runGit(dir, [
    '-c',
    'log.showRoot=true',
    'log',
    '-1',
    '--first-parent',
    '--format=%H %ct',
    '--end-of-options',
    commit,
    '--',
    `:(literal)${path}`,
  ]).trim();
  if (out === '') return null;
  const [sha, time] = out.split(' ');
  return { commit: sha!, time: Number(time) };
}

const isAncestor = (dir: string, a: string, d: string): boolean => {
  try {
    runGit(dir, ['merge-base', '--is-ancestor', a, d]);
    return true;
  } catch {
    return false;
  }
};

describe('lastChanges', () => {
  let repo: TestRepo;
  const c: Record<string, string> = {};
  const PATHS = [
    'evals/results.json',
    'evals',
    'prompts',
    'prompts/triage.txt',
    'prompts/nested/deep.txt',
    'prompt',
    'removed.json',
    'restored.json',
    'side/only.txt',
    'réglages/model config.yaml',
    'never/existed.json',
    'merged-away.txt',
  ];

  beforeAll(() => {
    repo = createRepo();
    c.root = repo.commitFiles(
      { 'evals/results.json': '{}\n', 'prompts/triage.txt': 'v1\n', 'removed.json': '1\n', 'restored.json': '1\n', 'merged-away.txt': 'a\n' },
      'root',
    );
    c.prompt = repo.commitFiles({ 'prompts/nested/deep.txt': 'deep\n', prompt: 'a file whose name prefixes a directory\n' }, 'nested prompt');
    c.eval = repo.commitFiles({ 'evals/results.json': '{"v":2}\n' }, 'new results');
    c.remove = repo.commitFiles({ 'removed.json': null, 'restored.json': null }, 'remove');
    c.restore = repo.commitFiles({ 'restored.json': '2\n', 'réglages/model config.yaml': 'model: small\n' }, 'restore');
    // A side branch: its own commits are never answers on the first-parent chain; the merge that brings
    // a change in is.
    repo.git('checkout', '-q', '-b', 'side');
    c.side = repo.commitFiles({ 'side/only.txt': 'side\n', 'merged-away.txt': 'b\n' }, 'side');
    c.sideUndo = repo.commitFiles({ 'merged-away.txt': 'a\n' }, 'side undoes its edit');
    repo.git('checkout', '-q', 'main');
    c.main = repo.commitFiles({ 'prompts/triage.txt': 'v2\n' }, 'tune the prompt');
    runGit(repo.dir, ['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], '2026-02-01T00:00:00Z');
    c.merge = repo.git('rev-parse', 'HEAD').trim();
    c.after = repo.commitFiles({ 'unrelated.md': 'x\n' }, 'unrelated');
  });
  afterAll(() => repo.cleanup());

  test('answers every path as `git log -1 --first-parent` does, in one call', async () => {
    const found = await lastChanges(repo.dir, c.after!, PATHS);
    expect([...found.keys()].sort()).toEqual([...PATHS].sort());
    for (const path of PATHS)
      expect([path, found.get(path) && { commit: found.get(path)!.commit, time: found.get(path)!.time }]).toEqual([path, logOne(repo.dir, c.after!, path)]);
    // Spelled out, so the reference itself is pinned down.
    expect(found.get('evals')?.commit).toBe(c.eval);
    expect(found.get('prompts')?.commit).toBe(c.main);
    expect(found.get('prompts/nested/deep.txt')?.commit).toBe(c.prompt);
    expect(found.get('prompt')?.commit).toBe(c.prompt);
    expect(found.get('removed.json')?.commit).toBe(c.remove);
    expect(found.get('restored.json')?.commit).toBe(c.restore);
    expect(found.get('side/only.txt')?.commit).toBe(c.merge);
    // The side branch changed it and changed it back: the merge leaves it as the first parent had it.
    expect(found.get('merged-away.txt')?.commit).toBe(c.root);
    expect(found.get('never/existed.json')).toBeNull();
  });

  test('from an older commit, only what that commit can see', async () => {
    const found = await lastChanges(repo.dir, c.prompt!, PATHS);
    for (const path of PATHS) expect([path, found.get(path)?.commit ?? null]).toEqual([path, logOne(repo.dir, c.prompt!, path)?.commit ?? null]);
    expect(found.get('side/only.txt')).toBeNull();
  });

  test('a larger position is an ancestor of a smaller one, as `git merge-base --is-ancestor` says', async () => {
    const found = [...(await lastChanges(repo.dir, c.after!, PATHS)).values()].flatMap((x) => (x ? [x] : []));
    for (const a of found)
      for (const b of found)
        if (a.commit !== b.commit)
          expect([a.commit, b.commit, a.position > b.position]).toEqual([a.commit, b.commit, isAncestor(repo.dir, a.commit, b.commit)]);
    expect(found.every((x) => found.every((y) => (x.commit === y.commit) === (x.position === y.position)))).toBe(true);
  });

  test('paths that all changed recently are answered without reading the older history', async () => {
    // The walk ends at the oldest answer: the root commit's files are never listed.
    const recent = ['evals/results.json', 'prompts', 'restored.json', 'side/only.txt'];
    const found = await lastChanges(repo.dir, c.after!, recent);
    for (const path of recent) expect([path, found.get(path)?.commit]).toEqual([path, logOne(repo.dir, c.after!, path)?.commit]);
  });

  test('no paths, no walk', async () => {
    expect((await lastChanges(repo.dir, c.after!, [])).size).toBe(0);
  });

  test('in a shallow clone, a path last changed beyond the edge answers the boundary commit, as git log does', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'rollout-gate-shallow-lastchanges-'));
    try {
      runGit(tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
      const found = await lastChanges(clone, 'HEAD', ['evals/results.json', 'never/existed.json']);
      expect(found.get('evals/results.json')?.commit).toBe(c.after);
      expect(found.get('never/existed.json')).toBeNull();
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('lastChanges over many paths', () => {
  let repo: TestRepo;
  const paths = Array.from({ length: 900 }, (_, i) => `evals/team-${String(i % 30).padStart(2, '0')}/workflow-${String(i).padStart(4, '0')}/results.json`);
  beforeAll(() => {
    repo = createRepo();
    // One commit adds every file (its raw listing is far larger than one read from the pipe), then a
    // history edits some of them, a few at a time.
    repo.commitFiles(Object.fromEntries(paths.map((p) => [p, '{}\n'])), 'add every result');
    for (let k = 0; k < 12; k++)
      repo.commitFiles(Object.fromEntries(paths.filter((_, i) => i % 12 === k && i % 5 === 0).map((p) => [p, `{"k":${k}}\n`])), `run ${k}`);
  });
  afterAll(() => repo.cleanup());

  test('more paths than fit one command line are walked through their directories, with the same answers', async () => {
    const asked = [...paths, 'evals/team-03', 'evals/team-04/workflow-0004', 'evals/missing.json'];
    const found = await lastChanges(repo.dir, 'HEAD', asked);
    const sample = asked.filter((_, i) => i % 37 === 0 || i >= paths.length);
    for (const path of sample) expect([path, found.get(path)?.commit ?? null]).toEqual([path, logOne(repo.dir, 'HEAD', path)?.commit ?? null]);
    const root = repo.git('rev-list', '--max-parents=0', 'HEAD').trim();
    expect(paths.filter((_, i) => i % 5 !== 0).every((p) => found.get(p)?.commit === root)).toBe(true);
    expect(paths.filter((_, i) => i % 5 === 0).every((p) => found.get(p)?.commit !== root)).toBe(true);
  });
});

test("paths are walked through their directories: a sibling's later change is not theirs", async () => {
  const repo = createRepo();
  try {
    const first = repo.commitFiles({ 'evals/a/results.json': '{}\n', 'evals/a/notes.md': 'v1\n', 'evals/b/results.json': '{}\n' }, 'results');
    const later = repo.commitFiles({ 'evals/a/notes.md': 'v2\n', 'evals/b/extra.json': '{}\n' }, 'notes beside them');
    const found = await lastChanges(repo.dir, 'HEAD', ['evals/a/results.json', 'evals/b/results.json', 'evals/a']);
    expect(found.get('evals/a/results.json')?.commit).toBe(first);
    expect(found.get('evals/b/results.json')?.commit).toBe(first);
    expect(found.get('evals/a')?.commit).toBe(later);
  } finally {
    repo.cleanup();
  }
});
