// isAncestor: "is this commit that one or older on its history", where a missing commit is an error.
import { GitError } from '../../src/git/exec.js';
import { isAncestor } from '../../src/git/revs.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

let repo: TestRepo;
let c1: string;
let c2: string;
let c3: string;
let side: string;
let unrelated: string;

beforeAll(() => {
  repo = createRepo();
  c1 = repo.commitFiles({ 'a.yaml': 'one\n' }, 'one');
  c2 = repo.commitFiles({ 'a.yaml': 'two\n' }, 'two');
  c3 = repo.commitFiles({ 'a.yaml': 'three\n' }, 'three');
  repo.git('checkout', '-q', '--detach', c1);
  side = repo.commitFiles({ 'b.yaml': 'side\n' }, 'side branch off one');
  repo.git('checkout', '-q', '--orphan', 'other');
  unrelated = repo.commitFiles({ 'c.yaml': 'elsewhere\n' }, 'another root');
  repo.git('tag', '-a', '-m', 'annotated', 'v2', c2);
});

afterAll(() => repo.cleanup());

test.each([
  ['a commit is its own ancestor', () => [c2, c2], true],
  ['the parent of a commit', () => [c2, c3], true],
  ['a grandparent', () => [c1, c3], true],
  ['a descendant is not an ancestor', () => [c3, c1], false],
  ['a commit on a side branch', () => [side, c3], false],
  ['a commit of unrelated history', () => [unrelated, c3], false],
  ['names and annotated tags resolve first', () => ['v2', 'main'], true],
])('%s', async (_name, pair, expected) => {
  const [ancestor, descendant] = pair() as [string, string];
  expect(await isAncestor(repo.dir, ancestor, descendant)).toBe(expected);
});

test.each([
  ['a well-formed id that is not in the clone', () => 'e'.repeat(40)],
  ['a misspelt name', () => 'mian'],
  ['a tree, not a commit', () => repo.git('rev-parse', `${c1}^{tree}`).trim()],
  ['something that looks like an option', () => '--all'],
])('%s is an error, not "no"', async (_name, rev) => {
  const name = rev();
  await expect(isAncestor(repo.dir, name, c3)).rejects.toMatchObject({ name: 'GitError', kind: 'unknown_revision' });
  await expect(isAncestor(repo.dir, c1, name)).rejects.toBeInstanceOf(GitError);
});
