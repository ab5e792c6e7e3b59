// firstParentChanges: the commits that changed any of several paths, in one first-parent order, each with
// its author and both sides of each path it changed.
import { firstParentChanges } from '../../src/git/changeLog.js';
import { createRepo, runGit, type TestRepo } from '../helpers/repo.js';

const FLAG = 'flags/renewal flag.json';
const MANIFEST = 'rollouts/renewal.yaml';
const SIDE = 'flags/side.json';

describe('firstParentChanges', () => {
  let repo: TestRepo;
  const c: Record<string, string> = {};
  const blob = (rev: string, path: string) => repo.git('rev-parse', `${rev}:${path}`).trim();
  beforeAll(() => {
    repo = createRepo();
    c.add = repo.commitFiles({ [MANIFEST]: 'a\n', [FLAG]: '5\n', 'flags/other.json': 'x\n' }, 'add', { date: '2026-03-01T00:00:00Z' });
    c.neighbour = repo.commitFiles({ 'flags/other.json': 'y\n' }, 'another file in the directory', { date: '2026-03-02T00:00:00Z' });
    // Committed with an earlier date than its parent: the order is the chain's, not the clock's.
    c.raise = repo.commitFiles({ [FLAG]: '10\n' }, 'raise', { date: '2026-02-01T00:00:00Z' });
    repo.git('checkout', '-q', '-b', 'side');
    c.side = repo.commitFiles({ [SIDE]: '25\n' }, 'side', { date: '2026-03-04T00:00:00Z' });
    repo.git('checkout', '-q', 'main');
    c.both = repo.commitFiles({ [MANIFEST]: 'b\n', [FLAG]: null }, 'both', { date: '2026-03-05T00:00:00Z' });
    runGit(repo.dir, ['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], '2026-03-06T00:00:00Z');
    c.merge = repo.git('rev-parse', 'HEAD').trim();
  });
  afterAll(() => repo.cleanup());

  test('newest first, in first-parent order, with the author and both sides of each path asked for', async () => {
    const listed = await firstParentChanges(repo.dir, 'HEAD', [MANIFEST, FLAG, SIDE]);
    // The side commit is no first-parent commit: the merge carries its change, against its first parent.
    expect(listed.map((l) => l.commit)).toEqual([c.merge, c.both, c.raise, c.neighbour, c.add]);
    expect(listed.map((l) => l.time)).toEqual(
      ['2026-03-06', '2026-03-05', '2026-02-01', '2026-03-02', '2026-03-01'].map((d) => Date.parse(`${d}T00:00:00Z`) / 1000),
    );
    expect(listed[0]!.author).toBe('Test Author');
    expect(listed[0]!.changes).toEqual([{ path: SIDE, before: null, after: { mode: '100644', oid: blob(c.merge!, SIDE) } }]);
    expect(listed[1]!.changes).toEqual([
      { path: FLAG, before: { mode: '100644', oid: blob(c.raise!, FLAG) }, after: null },
      { path: MANIFEST, before: { mode: '100644', oid: blob(c.add!, MANIFEST) }, after: { mode: '100644', oid: blob(c.both!, MANIFEST) } },
    ]);
    // Listed for another file in the same directory, with none of the paths' changes.
    expect(listed[3]!.changes).toEqual([]);
  });

  test('stops once the caller has the commit it wants, and walks nothing for no paths', async () => {
    const seen: string[] = [];
    const listed = await firstParentChanges(repo.dir, 'HEAD', [FLAG, SIDE], (l) => {
      seen.push(l.commit);
      return l.commit === c.both;
    });
    expect(listed.map((l) => l.commit)).toEqual([c.merge, c.both]);
    expect(seen).toEqual([c.merge, c.both]);
    expect(await firstParentChanges(repo.dir, 'HEAD', [])).toEqual([]);
  });

  test('a commit whose changes run over many chunks of output is read whole', async () => {
    const big = createRepo();
    try {
      // About 200 KB of raw output in one commit: git hands it over in several chunks, split mid-record.
      const files = Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`flags/${String(i).padStart(4, '0')}-${'x'.repeat(120)}.json`, `${i}\n`]));
      const commit = big.commitFiles(files, 'many flags');
      const paths = Object.keys(files);
      const [listed] = await firstParentChanges(big.dir, 'HEAD', paths);
      expect(listed!.commit).toBe(commit);
      expect(listed!.changes.map((ch) => ch.path)).toEqual(paths);
    } finally {
      big.cleanup();
    }
  });
});
