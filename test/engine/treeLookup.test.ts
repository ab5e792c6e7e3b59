// TreeLookup answers path lookups against one commit's tree; in a large run (listWhole) it lists each
// top-level directory once, and warm() starts those listings early, while the caller is still parsing.
import { GitError } from '../../src/git/exec.js';
import { TreeLookup } from '../../src/engine/evidence.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

let repo: TestRepo;
let head: string;

beforeAll(() => {
  repo = createRepo();
  head = repo.commitFiles({ 'evidence/a/report.md': 'a\n', 'evidence/b/report.md': 'b\n', 'reviews/r.md': 'r\n', 'README.md': 'x\n' }, 'files');
});
afterAll(() => repo.cleanup());

const ASKED = ['evidence/a/report.md', 'evidence/b', 'evidence/missing.md', 'reviews/r.md', 'README.md', 'nowhere/x.md'];

/** What the lookup says of each asked path (an answer may also carry other entries it happened to list). */
async function answer(lookup: TreeLookup): Promise<Record<string, string>> {
  const { entries, directories } = await lookup.entries(ASKED);
  return Object.fromEntries(ASKED.map((p) => [p, entries.get(p)?.type ?? (directories.has(p) ? 'directory' : 'missing')]));
}

test('a warmed lookup answers exactly as a cold one, and as a targeted (small-run) one', async () => {
  const warmed = new TreeLookup(repo.dir, head, true);
  warmed.warm(['./evidence/a/report.md', 'reviews/r.md', '../outside.md', 'README.md']);
  const expected = {
    'evidence/a/report.md': 'blob',
    'evidence/b': 'directory',
    'evidence/missing.md': 'missing',
    'reviews/r.md': 'blob',
    'README.md': 'blob',
    'nowhere/x.md': 'missing',
  };
  expect(await answer(warmed)).toEqual(expected);
  expect(await answer(new TreeLookup(repo.dir, head, true))).toEqual(expected);
  expect(await answer(new TreeLookup(repo.dir, head, false))).toEqual(expected);
});

test('a listing that fails is reported by the lookup that needs it, never as an unhandled rejection', async () => {
  const broken = new TreeLookup(repo.dir, '0'.repeat(40), true);
  broken.warm(['evidence/a/report.md']);
  // Let the warmed listing fail with nobody waiting on it yet.
  await new Promise((resolve) => setTimeout(resolve, 200));
  await expect(broken.entries(['evidence/a/report.md'])).rejects.toBeInstanceOf(GitError);
  // Warmed and never asked for: nothing surfaces.
  new TreeLookup(repo.dir, '0'.repeat(40), true).warm(['reviews/r.md']);
  await new Promise((resolve) => setTimeout(resolve, 200));
});
