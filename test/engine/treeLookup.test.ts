// TreeLookup answers path lookups against one commit's tree, path by path, through one cat-file process:
// it reads the tree objects on the way to each path (each once) and, with sizes, the blob it finds. So
// its cost follows the paths asked for, not the size of the trees they live in.
import { GitError } from '../../src/git/exec.js';
import { BlobReader } from '../../src/git/blobs.js';
import { listTree } from '../../src/git/tree.js';
import { BlankBlobs, TreeLookup } from '../../src/engine/evidence.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

let repo: TestRepo;
let head: string;
let reader: BlobReader;

const BIG_DIR = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`evidence/many/file-with-a-long-name-${String(i).padStart(5, '0')}.md`, `${i}\n`]));

beforeAll(() => {
  repo = createRepo();
  repo.write({
    'evidence/a/report.md': 'a\n',
    'evidence/b/report.md': 'b\n',
    'evidence/blank.md': '  \n\t\n',
    'evidence/zero.md': '',
    'evidence/run.sh': '#!/bin/sh\n',
    'evidence/link.md': { symlink: 'a/report.md' },
    'reviews/r.md': 'r\n',
    'README.md': 'x\n',
    'odd dir/é\tname.md': 'odd\n',
    ...BIG_DIR,
  });
  repo.git('update-index', '--chmod=+x', 'evidence/run.sh');
  head = repo.commit('files');
  reader = new BlobReader(repo.dir, { maxBlobSize: 4096 });
});
afterAll(async () => {
  await reader.close();
  repo.cleanup();
});

const ASKED = [
  'evidence/a/report.md',
  'evidence/b',
  'evidence/missing.md',
  'evidence/a/report.md/below-a-file.md',
  'reviews/r.md',
  'README.md',
  'nowhere/x.md',
  'evidence/link.md',
  'evidence/run.sh',
  'evidence/zero.md',
  'odd dir/é\tname.md',
  'evidence/many/file-with-a-long-name-02999.md',
];

test('answers each path as a recursive listing of the whole tree does: entries with mode, type, id and size, and directories', async () => {
  const lookup = new TreeLookup(repo.dir, head, reader);
  const { entries, directories } = await lookup.entries(ASKED);
  const listing = new Map((await listTree(repo.dir, head)).map((e) => [e.path, e]));
  for (const path of ASKED) expect([path, entries.get(path) ?? null]).toEqual([path, listing.get(path) ?? null]);
  expect([...directories]).toEqual(['evidence/b']);
  expect(entries.get('evidence/link.md')?.mode).toBe('120000');
  expect(entries.get('evidence/run.sh')?.mode).toBe('100755');
  expect(entries.get('evidence/zero.md')?.size).toBe(0);
});

test('a directory too large to read whole is listed by git instead, with the same answer', async () => {
  // The reader's limit (4 KB) is far below the 3,000-entry tree.
  const lookup = new TreeLookup(repo.dir, head, reader);
  const { entries } = await lookup.entries(['evidence/many/file-with-a-long-name-00000.md', 'evidence/many/nope.md']);
  expect(entries.get('evidence/many/file-with-a-long-name-00000.md')?.size).toBe(2);
  expect(entries.has('evidence/many/nope.md')).toBe(false);
});

test('without sizes, blobs are not read at all', async () => {
  const counting = new BlobReader(repo.dir);
  const asked: string[] = [];
  const readMany = counting.readMany.bind(counting);
  counting.readMany = (names) => (asked.push(...names), readMany(names));
  try {
    const { entries } = await new TreeLookup(repo.dir, head, counting, { sizes: false }).entries(['evidence/a/report.md', 'reviews/r.md']);
    expect(entries.get('reviews/r.md')?.size).toBeNull();
    // The root tree, evidence/, evidence/a and reviews/: four trees, no blob.
    expect(asked).toHaveLength(4);
  } finally {
    await counting.close();
  }
});

test('the blobs read for their sizes tell the blank check what they hold, so it reads none again', async () => {
  const blank = new BlankBlobs(reader);
  const lookup = new TreeLookup(repo.dir, head, reader, { sizes: true, blank });
  const { entries } = await lookup.entries(['evidence/blank.md', 'evidence/a/report.md']);
  const readMany = reader.readMany.bind(reader);
  let reads = 0;
  reader.readMany = (names) => ((reads += names.length), readMany(names));
  try {
    const blanks = await blank.blankAmong(entries.values());
    expect([...blanks]).toEqual([entries.get('evidence/blank.md')?.oid]);
    expect(reads).toBe(0);
  } finally {
    reader.readMany = readMany;
  }
});

test('a warmed lookup answers exactly as a cold one', async () => {
  const warmed = new TreeLookup(repo.dir, head, reader);
  warmed.warm(['./evidence/a/report.md', 'reviews/r.md', '../outside.md', 'README.md']);
  expect(await warmed.entries(ASKED)).toEqual(await new TreeLookup(repo.dir, head, reader).entries(ASKED));
});

test('a commit whose tree cannot be read fails the lookup that needs it, never as an unhandled rejection', async () => {
  const broken = new TreeLookup(repo.dir, '0'.repeat(40), reader);
  broken.warm(['evidence/a/report.md']);
  // Let the warmed read fail with nobody waiting on it yet.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const error = (await broken.entries(['evidence/a/report.md']).catch((e: unknown) => e)) as GitError;
  expect(error).toBeInstanceOf(GitError);
  expect(error.message).toMatch(/cannot be read/);
  // Warmed and never asked for: nothing surfaces.
  new TreeLookup(repo.dir, '0'.repeat(40), reader).warm(['reviews/r.md']);
  await new Promise((resolve) => setTimeout(resolve, 200));
});
