// Repositories laid out as actions/checkout leaves them. An "upstream" repository stands for GitHub's copy
// (branches, `refs/pull/<n>/head`, the `refs/pull/<n>/merge` test merge, merge-queue branches); a clone of
// it is made with the git commands actions/checkout runs: `git init`, `origin` as the only remote, a fetch
// of the branches as `refs/remotes/origin/*` (fetch-depth: 0) or of the one commit with `--depth`, and a
// checkout of the event's ref (detached for a pull request, a local branch of that name for a branch).
// So the base branch exists only as `origin/<name>`, and a shallow clone has only what it fetched.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRepo, runGit, type TestRepo } from './repo.js';

export interface Upstream {
  readonly repo: TestRepo;
  /** Where clones fetch from: a file:// URL, so `--depth` is honoured as on a network remote. */
  readonly url: string;
  /** Points a ref (`refs/heads/x`, `refs/pull/12/head`) at a commit. */
  setRef(ref: string, commit: string): void;
  /** A merge commit of `head` into `base`, as GitHub makes for `refs/pull/<n>/merge` and the merge queue. */
  merge(base: string, head: string, message: string): string;
}

export function createUpstream(): Upstream {
  const repo = createRepo('rollout-gate-upstream-');
  // GitHub serves any commit it has by id, which actions/checkout relies on (`+<sha>:refs/remotes/...`).
  repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  return {
    repo,
    url: `file://${repo.dir}`,
    setRef: (ref, commit) => void repo.git('update-ref', ref, commit),
    merge(base, head, message) {
      const tree = repo.git('merge-tree', '--write-tree', base, head).split('\n')[0]!.trim();
      return runGit(repo.dir, ['commit-tree', tree, '-p', base, '-p', head, '-m', message]).trim();
    },
  };
}

export interface CheckoutOptions {
  /** GITHUB_REF: `refs/pull/12/merge`, or a branch such as `refs/heads/gh-readonly-queue/main/pr-12-<sha>`. */
  readonly ref: string;
  /** GITHUB_SHA: the commit the ref points at. */
  readonly sha: string;
  /** actions/checkout's `fetch-depth`: 0 for all history, else that many commits. */
  readonly fetchDepth: number;
}

export interface Checkout {
  readonly dir: string;
  git(...args: string[]): string;
  cleanup(): void;
}

/** Clones `upstream` the way actions/checkout does for a run on `ref` at `sha`. */
export function checkout(upstream: Upstream, options: CheckoutOptions): Checkout {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-checkout-'));
  const git = (...args: string[]): string => runGit(dir, args);
  git('init', '-q');
  git('remote', 'add', 'origin', upstream.url);
  git('config', '--local', 'gc.auto', '0');
  const pull = /^refs\/pull\/(\d+)\/merge$/.exec(options.ref);
  const branch = options.ref.startsWith('refs/heads/') ? options.ref.slice('refs/heads/'.length) : null;
  const target = pull ? `refs/remotes/pull/${pull[1] ?? ''}/merge` : branch !== null ? `refs/remotes/origin/${branch}` : null;
  if (target === null) throw new Error(`checkout: unsupported ref ${options.ref}`);
  if (options.fetchDepth <= 0) {
    git(
      '-c',
      'protocol.version=2',
      'fetch',
      '-q',
      '--prune',
      '--no-recurse-submodules',
      'origin',
      '+refs/heads/*:refs/remotes/origin/*',
      '+refs/tags/*:refs/tags/*',
    );
    if (pull) git('-c', 'protocol.version=2', 'fetch', '-q', '--prune', '--no-recurse-submodules', 'origin', `+${options.sha}:${target}`);
  } else {
    git(
      '-c',
      'protocol.version=2',
      'fetch',
      '-q',
      '--no-tags',
      '--prune',
      '--no-recurse-submodules',
      `--depth=${options.fetchDepth}`,
      'origin',
      `+${options.sha}:${target}`,
    );
  }
  if (pull) git('checkout', '-q', '--force', target);
  else git('checkout', '-q', '--force', '-B', branch!, target);
  return { dir, git, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
