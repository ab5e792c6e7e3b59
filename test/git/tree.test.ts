import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitError } from '../../src/git/exec.js';
import { diffTrees, listTree, type FileChange, type TreeEntry } from '../../src/git/tree.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';
import { importCommit } from './fixtures.js';

const ODD = {
  space: 'manifests/with space.yaml',
  unicode: 'réglages/✓.yaml',
  newline: 'odd/new\nline.yaml',
  tab: 'odd/tab\there.yaml',
  dash: '-leading-dash.yaml',
  star: 'glob/star*.yaml',
  starX: 'glob/starX.yaml',
  colon: ':colon.yaml',
} as const;

function blobId(content: string): string {
  const body = Buffer.from(content);
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${body.length}\0`), body]))
    .digest('hex');
}

function byPath(entries: readonly TreeEntry[]): Map<string, TreeEntry> {
  return new Map(entries.map((e) => [e.path, e]));
}

describe('listTree', () => {
  let repo: TestRepo;
  let head: string;
  let subCommit: string;
  beforeAll(() => {
    repo = createRepo();
    const files: Record<string, string> = {};
    for (const [key, path] of Object.entries(ODD)) if (path !== ODD.colon) files[path] = `content of ${key}\n`;
    // The helper's `git add` would read ':colon.yaml' as pathspec magic; add it literally.
    writeFileSync(join(repo.dir, ODD.colon), 'content of colon\n');
    repo.git('--literal-pathspecs', 'add', '--', ODD.colon);
    repo.commitFiles({ ...files, 'target.yaml': 'real: 1\n' }, 'odd names');
    repo.commitFiles({ 'link.yaml': { symlink: 'target.yaml' }, 'bin/run.sh': '#!/bin/sh\n' }, 'symlink');
    repo.git('update-index', '--chmod=+x', 'bin/run.sh');
    subCommit = repo.commit('exec bit');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${subCommit},vendor/sub`);
    head = repo.commit('gitlink');
  });
  afterAll(() => repo.cleanup());

  it('lists every file with exact paths, modes, types, ids and sizes', async () => {
    const entries = await listTree(repo.dir, head);
    const map = byPath(entries);
    for (const [key, path] of Object.entries(ODD)) {
      const entry = map.get(path);
      expect(entry).toBeDefined();
      expect(entry?.type).toBe('blob');
      expect(entry?.mode).toBe('100644');
      expect(entry?.size).toBe(Buffer.byteLength(`content of ${key}\n`));
      expect(entry?.oid).toBe(blobId(`content of ${key}\n`));
    }
    expect(map.get(ODD.unicode)?.oid).toBe(repo.git('rev-parse', `${head}:${ODD.unicode}`).trim());
    expect(map.get('link.yaml')).toMatchObject({ mode: '120000', type: 'blob', size: 'target.yaml'.length });
    expect(map.get('bin/run.sh')).toMatchObject({ mode: '100755', type: 'blob' });
    expect(map.get('vendor/sub')).toEqual({ path: 'vendor/sub', mode: '160000', type: 'commit', oid: subCommit, size: null });
    // -r lists files only, never the directories themselves.
    expect(entries.some((e) => e.type === 'tree')).toBe(false);
    expect(entries).toHaveLength(Object.keys(ODD).length + 4);
  });

  it('treats pathspecs literally: globs, magic and leading dashes match only themselves', async () => {
    expect((await listTree(repo.dir, head, [ODD.star])).map((e) => e.path)).toEqual([ODD.star]);
    expect((await listTree(repo.dir, head, ['glob/star?.yaml'])).map((e) => e.path)).toEqual([]);
    expect((await listTree(repo.dir, head, [ODD.dash])).map((e) => e.path)).toEqual([ODD.dash]);
    expect((await listTree(repo.dir, head, [ODD.colon])).map((e) => e.path)).toEqual([ODD.colon]);
    expect((await listTree(repo.dir, head, [':(glob)**'])).map((e) => e.path)).toEqual([]);
    expect((await listTree(repo.dir, head, ['--'])).map((e) => e.path)).toEqual([]);
    expect((await listTree(repo.dir, head, [ODD.newline, ODD.tab])).map((e) => e.path).sort()).toEqual([ODD.newline, ODD.tab].sort());
  });

  it('selects everything under a directory pathspec', async () => {
    const paths = (await listTree(repo.dir, head, ['odd', 'réglages'])).map((e) => e.path).sort();
    expect(paths).toEqual([ODD.newline, ODD.tab, ODD.unicode].sort());
  });

  it('lists an older commit as it was', async () => {
    const first = repo.git('rev-list', '--max-parents=0', 'HEAD').trim();
    const paths = (await listTree(repo.dir, first)).map((e) => e.path);
    expect(paths).not.toContain('link.yaml');
    expect(paths).toContain(ODD.unicode);
  });

  it('rejects unknown revisions', async () => {
    const error = (await listTree(repo.dir, 'no-such-rev').catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(error.kind).toBe('unknown_revision');
  });
});

describe('diffTrees', () => {
  let repo: TestRepo;
  let base: string;
  let head: string;
  const big = Array.from({ length: 60 }, (_, i) => `line ${i}: rollout stage and exposure settings\n`).join('');
  beforeAll(() => {
    repo = createRepo();
    base = repo.commitFiles(
      {
        'keep.yaml': 'same\n',
        'modify.yaml': 'v: 1\n',
        'delete.yaml': 'gone soon\n',
        'rename/exact.yaml': big,
        '-dash.yaml': big.replace('line 0', 'dash 0'),
        'similar.yaml': big.replace('line 5', 'five'),
        'to-link.yaml': 'becomes a symlink\n',
      },
      'base',
    );
    head = repo.commitFiles(
      {
        'modify.yaml': 'v: 2\n',
        'delete.yaml': null,
        'rename/exact.yaml': null,
        'moved/exact.yaml': big,
        '-dash.yaml': null,
        [ODD.unicode]: big.replace('line 0', 'dash 0'),
        'similar.yaml': null,
        'similar-renamed.yaml': big.replace('line 5', 'five').replace('line 7', 'seven'),
        'to-link.yaml': { symlink: 'keep.yaml' },
        [ODD.newline]: 'new file\n',
      },
      'head',
    );
  });
  afterAll(() => repo.cleanup());

  const find = (changes: FileChange[], path: string): FileChange | undefined => changes.find((c) => c.path === path);

  it('reports adds, modifications, deletions, renames and type changes with ids and modes', async () => {
    const changes = await diffTrees(repo.dir, base, head);
    const blob = (rev: string, path: string): string => repo.git('rev-parse', `${rev}:${path}`).trim();

    expect(find(changes, 'modify.yaml')).toEqual({
      status: 'modified',
      path: 'modify.yaml',
      oldOid: blob(base, 'modify.yaml'),
      newOid: blob(head, 'modify.yaml'),
      oldMode: '100644',
      newMode: '100644',
    });
    expect(find(changes, 'delete.yaml')).toEqual({
      status: 'deleted',
      path: 'delete.yaml',
      oldOid: blob(base, 'delete.yaml'),
      newOid: null,
      oldMode: '100644',
      newMode: null,
    });
    expect(find(changes, ODD.newline)).toMatchObject({ status: 'added', oldOid: null, oldMode: null, newMode: '100644' });
    expect(find(changes, 'moved/exact.yaml')).toMatchObject({ status: 'renamed', from: 'rename/exact.yaml', similarity: 100 });
    expect(find(changes, ODD.unicode)).toMatchObject({ status: 'renamed', from: '-dash.yaml', similarity: 100 });
    const similar = find(changes, 'similar-renamed.yaml');
    expect(similar).toMatchObject({ status: 'renamed', from: 'similar.yaml' });
    expect(similar?.status === 'renamed' && similar.similarity > 50 && similar.similarity < 100).toBe(true);
    expect(find(changes, 'to-link.yaml')).toMatchObject({ status: 'type_changed', oldMode: '100644', newMode: '120000' });
    expect(find(changes, 'keep.yaml')).toBeUndefined();
    // Renamed-away paths do not also show up as deletions.
    expect(changes.filter((c) => c.status === 'deleted').map((c) => c.path)).toEqual(['delete.yaml']);
    expect(changes).toHaveLength(7);
  });

  it('returns nothing for identical commits and everything as added from the empty tree', async () => {
    expect(await diffTrees(repo.dir, head, head)).toEqual([]);
    const all = await diffTrees(repo.dir, null, base);
    expect(all.every((c) => c.status === 'added')).toBe(true);
    expect(all.map((c) => c.path).sort()).toEqual(
      ['keep.yaml', 'modify.yaml', 'delete.yaml', 'rename/exact.yaml', '-dash.yaml', 'similar.yaml', 'to-link.yaml'].sort(),
    );
  });

  it('accepts revisions that begin with a dash and rejects unknown ones', async () => {
    repo.git('update-ref', 'refs/heads/-base', base);
    expect(await diffTrees(repo.dir, '-base', head)).toEqual(await diffTrees(repo.dir, base, head));
    const error = (await diffTrees(repo.dir, 'nope', head).catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(error.kind).toBe('unknown_revision');
    const missing = (await diffTrees(repo.dir, '0123456789012345678901234567890123456789', head).catch((e: unknown) => e)) as GitError;
    expect(missing.kind).toBe('missing_object');
  });

  it('handles a large change in one call', async () => {
    const r = createRepo();
    try {
      const a = r.commitFiles({ x: 'x' }, 'a');
      const files: Record<string, string> = {};
      for (let i = 0; i < 400; i++) files[`many/f${i}.yaml`] = `n: ${i}\n`;
      const b = importCommit(r.dir, 'refs/heads/many', files, { parent: a });
      const changes = await diffTrees(r.dir, a, b);
      expect(changes).toHaveLength(400);
      expect(new Set(changes.map((c) => c.path)).size).toBe(400);
    } finally {
      r.cleanup();
    }
  });
});
