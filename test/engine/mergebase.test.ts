// A pull request behind its base branch is compared with the merge base: what landed on the base
// branch meanwhile is not taken for the pull request's own (reversed) changes.
import { runGate } from '../../src/engine/run.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { MANIFEST, NOW } from '../helpers/gate.js';
import { createRepo } from '../helpers/repo.js';

test('a stop condition tightened on main after the branch forked is not reported as loosened by the pull request', async () => {
  const repo = createRepo();
  repo.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest() }, 'fork point');
  repo.git('checkout', '-q', '-b', 'feature');
  const head = repo.commitFiles({ 'docs/unrelated.md': 'pull request content\n' }, 'pull request');
  repo.git('checkout', '-q', 'main');
  const base = repo.commitFiles({ [MANIFEST]: readyManifest().replace('false_positive_rate > 0.20', 'false_positive_rate > 0.10') }, 'tighten on main');
  const outcome = await runGate({ repoDir: repo.dir, base, head, now: NOW });
  repo.cleanup();
  expect(outcome.ok).toBe(true);
  if (outcome.ok) {
    expect(outcome.report.base).toBe(base);
    expect(outcome.report.changes).toEqual([]);
    expect(outcome.report.verdict).toBe('pass');
  }
});
