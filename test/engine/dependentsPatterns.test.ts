// The text search for manifests that may rely on what a change touches, run by git over a real tree: a
// path in any spelling that loads as it, a directory only where a line names it as a whole. The search
// may find more than it should (callers confirm by loading the manifest); it must never find less.
import { dirPattern, pathPattern } from '../../src/engine/dependents.js';
import { grepPatterns } from '../../src/git/grep.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

const LINES: Record<string, string> = {
  'plain.yaml': 'evidence: prompts/renewal\n',
  'dot-slash.yaml': 'sources: [./prompts//renewal/]\n',
  'inner-dot.yaml': '  - prompts/./renewal/.\n',
  'file-under.yaml': 'offline_eval: prompts/renewal/system.md\n',
  'as-key.yaml': 'prompts/renewal: yes\n',
  'longer-name.yaml': 'sources: [prompts/renewal-v2]\n',
  'ends-in-it.yaml': 'sources: [old-prompts/renewal]\n',
  'unrelated.yaml': 'sources: [prompts/other]\n',
};

let repo: TestRepo;
let commit: string;
beforeAll(() => {
  repo = createRepo();
  commit = repo.commitFiles(Object.fromEntries(Object.entries(LINES).map(([f, t]) => [`rollouts/${f}`, t])), 'spellings');
});
afterAll(() => repo.cleanup());

const found = async (pattern: string) => [...(await grepPatterns(repo.dir, commit, [pattern], ['rollouts']))].map((p) => p.replace('rollouts/', '')).sort();

test('a directory named as a whole, in any spelling; not a file under it, a key, or a longer name', async () => {
  // `old-prompts/renewal` names another directory; the search keeps it, and loading the manifest drops it.
  expect(await found(dirPattern('prompts/renewal'))).toEqual(['dot-slash.yaml', 'ends-in-it.yaml', 'inner-dot.yaml', 'plain.yaml']);
});

test('a file in any spelling', async () => {
  expect(await found(pathPattern('prompts/renewal/system.md'))).toEqual(['file-under.yaml']);
  expect(await found(pathPattern('prompts/renewal'))).toEqual([
    'as-key.yaml',
    'dot-slash.yaml',
    'ends-in-it.yaml',
    'file-under.yaml',
    'inner-dot.yaml',
    'longer-name.yaml',
    'plain.yaml',
  ]);
});
