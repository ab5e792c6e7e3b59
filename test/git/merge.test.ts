// The merged tree of a change and its base, written by git merge-tree without a work tree.
import { mergeTree } from '../../src/git/merge.js';
import { createRepo } from '../helpers/repo.js';

function forked() {
  const repo = createRepo();
  repo.commitFiles({ 'a.md': 'one\n', 'b.md': 'two\n' }, 'fork point');
  repo.git('checkout', '-q', '-b', 'feature');
  return repo;
}

test('a clean merge gives the tree with both sides: the base deleted a file, the change added one', async () => {
  const repo = forked();
  const head = repo.commitFiles({ 'c.md': 'three\n' }, 'change');
  repo.git('checkout', '-q', 'main');
  const base = repo.commitFiles({ 'b.md': null }, 'base deletes b');
  const answer = await mergeTree(repo.dir, base, head);
  expect(answer.kind).toBe('clean');
  if (answer.kind === 'clean') expect(repo.git('ls-tree', '--name-only', answer.tree).trim().split('\n')).toEqual(['a.md', 'c.md']);
  repo.cleanup();
});

test("a change that already contains its base merges to the change's own tree", async () => {
  const repo = forked();
  const base = repo.git('rev-parse', 'HEAD').trim();
  const head = repo.commitFiles({ 'c.md': 'three\n' }, 'change');
  const answer = await mergeTree(repo.dir, base, head);
  expect(answer).toEqual({ kind: 'clean', tree: repo.git('rev-parse', `${head}^{tree}`).trim() });
  repo.cleanup();
});

test('a conflicting merge names the conflicted paths and gives no tree', async () => {
  const repo = forked();
  const head = repo.commitFiles({ 'a.md': 'change side\n', 'b.md': 'change side\n' }, 'change');
  repo.git('checkout', '-q', 'main');
  const base = repo.commitFiles({ 'a.md': 'base side\n', 'b.md': 'base side\n' }, 'base');
  expect(await mergeTree(repo.dir, base, head)).toEqual({ kind: 'conflicts', paths: ['a.md', 'b.md'] });
  repo.cleanup();
});
