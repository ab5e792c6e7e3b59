// A shallow clone of a pull request's branch, with its base branch moved on since the fork, has no merge
// base until more history is fetched. The gate deepens the clone until it finds one, and never compares
// with the base branch's tip instead (that would take the base branch's own changes for the pull request's).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate } from '../../src/engine/run.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { MANIFEST, NOW } from '../helpers/gate.js';
import { createRepo, runGit, type TestRepo } from '../helpers/repo.js';

interface Origin {
  readonly work: TestRepo;
  /** The bare repository clones fetch from. */
  readonly bare: string;
  /** main's tip: the pull request's base. */
  readonly base: string;
  readonly head: string;
  cleanup(): void;
}

/**
 * A pull request branch `pr` that touches no manifest, forked from main; main then tightens a stop condition
 * in `mainCommitsAfterFork` commits (the last one changes the manifest). Compared with main's tip, the pull
 * request would seem to loosen it back.
 */
function originWithMovedMain(mainCommitsAfterFork: number): Origin {
  const work = createRepo();
  work.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest() }, 'fork point');
  work.git('checkout', '-q', '-b', 'pr');
  work.commitFiles({ 'docs/one.md': 'one\n' }, 'pull request 1');
  const head = work.commitFiles({ 'docs/two.md': 'two\n' }, 'pull request 2');
  work.git('checkout', '-q', 'main');
  for (let i = 1; i < mainCommitsAfterFork; i++) work.commit(`main moves on ${i}`);
  const base = work.commitFiles({ [MANIFEST]: readyManifest().replace('false_positive_rate > 0.20', 'false_positive_rate > 0.10') }, 'tighten on main');
  const bare = mkdtempSync(join(tmpdir(), 'rollout-gate-origin-'));
  runGit(tmpdir(), ['clone', '-q', '--bare', work.dir, bare]);
  // GitHub serves any commit it has by id; the gate fetches the base and deepens by commit id.
  runGit(bare, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  return {
    work,
    bare,
    base,
    head,
    cleanup: () => {
      work.cleanup();
      rmSync(bare, { recursive: true, force: true });
    },
  };
}

/** `git clone --depth 1 --branch pr`: the pull request's tip and nothing else. */
function shallowPrClone(origin: Origin): { readonly dir: string; git(...args: string[]): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-shallow-pr-'));
  runGit(tmpdir(), ['clone', '-q', '--depth', '1', '--branch', 'pr', `file://${origin.bare}`, dir]);
  return { dir, git: (...args) => runGit(dir, args).trim(), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('shallow clones and the merge base', () => {
  test('a depth-1 clone is deepened until the merge base is found, so main’s own change is not the pull request’s', async () => {
    const origin = originWithMovedMain(3);
    const clone = shallowPrClone(origin);
    try {
      const outcome = await runGate({ repoDir: clone.dir, base: origin.base, now: NOW, fetchRemote: 'origin' });
      expect(outcome).toMatchObject({ ok: true, report: { base: origin.base, head: origin.head, changes: [], verdict: 'pass' } });
      expect(clone.git('merge-base', origin.base, origin.head)).toBe(origin.work.git('rev-parse', 'main~3').trim());
    } finally {
      clone.cleanup();
      origin.cleanup();
    }
  });

  test('a fork point further back than the first step is found by the next one', async () => {
    const origin = originWithMovedMain(60);
    const clone = shallowPrClone(origin);
    try {
      const outcome = await runGate({ repoDir: clone.dir, base: origin.base, now: NOW, fetchRemote: 'origin' });
      expect(outcome).toMatchObject({ ok: true, report: { changes: [], verdict: 'pass' } });
    } finally {
      clone.cleanup();
      origin.cleanup();
    }
  });

  test('with no remote to deepen from, the gate fails closed and names fetch-depth: 0 instead of comparing with main’s tip', async () => {
    const origin = originWithMovedMain(3);
    const clone = shallowPrClone(origin);
    try {
      // The base is present (as actions/checkout leaves it with `fetch-depth: 1` and the base fetched), its history is not.
      clone.git('fetch', '-q', '--depth=1', 'origin', 'main');
      const outcome = await runGate({ repoDir: clone.dir, base: origin.base, now: NOW });
      expect(outcome).toMatchObject({ ok: false, failure: { code: 'shallow', message: expect.stringMatching(/no remote is configured.*fetch-depth: 0/) } });
    } finally {
      clone.cleanup();
      origin.cleanup();
    }
  });

  test('a remote that cannot be deepened from fails closed too', async () => {
    const origin = originWithMovedMain(3);
    const clone = shallowPrClone(origin);
    try {
      clone.git('fetch', '-q', '--depth=1', 'origin', 'main');
      clone.git('remote', 'add', 'gone', `file://${join(origin.bare, 'no-such-repository')}`);
      const outcome = await runGate({ repoDir: clone.dir, base: origin.base, now: NOW, fetchRemote: 'gone' });
      expect(outcome).toMatchObject({
        ok: false,
        failure: { code: 'shallow', message: expect.stringMatching(/fetching more history from gone failed.*fetch-depth: 0/) },
      });
      expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    } finally {
      clone.cleanup();
      origin.cleanup();
    }
  });

  test('in a complete clone, histories that share nothing are compared with the base itself, and the report says so', async () => {
    const repo = createRepo();
    try {
      const base = repo.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'main');
      repo.git('checkout', '-q', '--orphan', 'other');
      const head = repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 5 }) }, 'unrelated root');
      const outcome = await runGate({ repoDir: repo.dir, base, head, now: NOW, fetchRemote: 'origin' });
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.report.changes).toContainEqual(expect.objectContaining({ kind: 'exposure_increased', from: 2, to: 5 }));
      expect(outcome.report.findings).toContainEqual(
        expect.objectContaining({ check: 'merge_base_missing', severity: 'warn', message: expect.stringMatching(/share no history/) }),
      );
    } finally {
      repo.cleanup();
    }
  });

  test('a pull request that shares history with its base gets no such warning', async () => {
    const origin = originWithMovedMain(1);
    try {
      const outcome = await runGate({ repoDir: origin.work.dir, base: origin.base, head: origin.head, now: NOW });
      expect(outcome.ok && outcome.report.findings.some((f) => f.check === 'merge_base_missing')).toBe(false);
      expect(outcome).toMatchObject({ ok: true, report: { changes: [] } });
    } finally {
      origin.cleanup();
    }
  });
});
