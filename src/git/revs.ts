// Revisions and commits: resolving names to commit ids, parents (with shallow-clone detection),
// existence checks, fetching a missing commit, and the repository root.
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve as resolvePath } from 'node:path';
import { GitError, git, gitResult, stripTrailingNewline } from './exec.js';
import { OID, OID_SOURCE } from './oid.js';
import { allInOrder } from '../core/util/allInOrder.js';

/** Full commit id (40 hex, or 64 in a SHA-256 repository) of `rev^{commit}`; tags are peeled. */
export async function resolveCommit(cwd: string, rev: string): Promise<string> {
  const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`];
  const unknown = (): GitError =>
    new GitError('unknown_revision', args, '', {
      cwd,
      message: `revision ${JSON.stringify(rev)} does not name a commit in ${cwd}. To fix: ${GitError.hint('unknown_revision')}`,
    });
  if (rev === '' || rev.includes('\0')) throw unknown();
  // --quiet turns "unknown revision" into a silent exit 1; every other failure still raises.
  const result = await gitResult(cwd, args, { allowExitCodes: [1] });
  const sha = result.stdout.toString('utf8').trim();
  if (result.exitCode !== 0 || !OID.test(sha)) throw (await nothingCommitted(cwd, rev, args)) ?? unknown();
  return sha;
}

/**
 * Why a revision did not resolve when the answer is "nothing has been committed": in a fresh `git init`
 * (or on a branch with no commits yet) "check the spelling" would send the reader the wrong way. Null when
 * there are commits (or git cannot tell), leaving the usual unknown-revision message.
 */
async function nothingCommitted(cwd: string, rev: string, args: readonly string[]): Promise<GitError | null> {
  const noCommits = (message: string) => new GitError('unknown_revision', args, '', { cwd, message });
  try {
    const anyCommit = await gitResult(cwd, ['rev-list', '--max-count=1', '--all'], { allowExitCodes: [128] });
    if (anyCommit.exitCode !== 0) return null;
    if (anyCommit.stdout.toString('utf8').trim() === '') {
      return noCommits(
        `the repository in ${cwd} has no commits yet, so ${JSON.stringify(rev)} names nothing. ` +
          'To fix: commit the rollout manifests (git add, git commit) and run the gate on that commit.',
      );
    }
    if (rev !== 'HEAD') return null;
    const symbolic = await gitResult(cwd, ['symbolic-ref', '--quiet', 'HEAD'], { allowExitCodes: [1] });
    const ref = stripTrailingNewline(symbolic.stdout.toString('utf8'));
    if (symbolic.exitCode !== 0 || !ref.startsWith('refs/heads/')) return null;
    // A branch that exists but does not resolve is broken, not new: leave that to the usual message.
    const exists = await gitResult(cwd, ['show-ref', '--verify', '--quiet', '--end-of-options', ref], { allowExitCodes: [1] });
    if (exists.exitCode === 0) return null;
    return noCommits(
      `HEAD is on branch ${JSON.stringify(ref.slice('refs/heads/'.length))}, which has no commits yet (in ${cwd}). ` +
        'To fix: commit on that branch first, or check out a branch or commit that exists.',
    );
  } catch (error) {
    if (error instanceof GitError) return null;
    throw error;
  }
}

/** True when the commit object (after peeling) is present in the local object database. */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  if (sha === '' || sha.includes('\0')) return false;
  // A missing object exits 1 ("-e") or 128 ("Not a valid object name ...^{commit}").
  const result = await gitResult(cwd, ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`], { allowExitCodes: [1, 128] });
  if (result.exitCode === 0) return true;
  if (/not a git repository/i.test(result.stderr)) {
    throw new GitError('not_a_repo', ['cat-file', '-e', `${sha}^{commit}`], result.stderr, { cwd, exitCode: result.exitCode });
  }
  if (/corrupt|inflate|unable to unpack/i.test(result.stderr)) {
    throw new GitError('corrupt', ['cat-file', '-e', `${sha}^{commit}`], result.stderr, { cwd, exitCode: result.exitCode });
  }
  return false;
}

/** `git rev-parse --is-shallow-repository`. */
export async function isShallowRepository(cwd: string): Promise<boolean> {
  const out = (await git(cwd, ['rev-parse', '--is-shallow-repository'])).toString('utf8').trim();
  return out === 'true';
}

/**
 * The commits at the boundary of a shallow clone (their parents were not fetched); empty when the
 * repository is complete. Reads the `shallow` file git keeps in the git directory.
 */
export async function shallowBoundary(cwd: string): Promise<Set<string>> {
  return boundaryIn(await shallowFileOf(cwd));
}

/** Where git keeps the `shallow` file (`rev-parse --git-path` answers relative to `cwd`). */
async function shallowFileOf(cwd: string): Promise<string> {
  return fromCwd(cwd, stripTrailingNewline((await git(cwd, ['rev-parse', '--git-path', 'shallow'])).toString('utf8')));
}

const fromCwd = (cwd: string, path: string): string => (isAbsolute(path) ? path : resolvePath(cwd, path));

/** shallowBoundary, from the path of git's `shallow` file (see repoLayout). */
export async function boundaryIn(path: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
  return new Set(text.split('\n').filter((line) => OID.test(line)));
}

/**
 * First parent of a commit, or null for a root commit. Reads the raw commit object, which still
 * names its parents in a shallow clone (where git's own view grafts the boundary into a fake root),
 * so "root commit" and "parent not fetched" are told apart: the latter throws kind `shallow`.
 */
export async function firstParent(cwd: string, sha: string): Promise<string | null> {
  const raw = await git(cwd, ['cat-file', 'commit', '--end-of-options', sha]);
  const headerEnd = raw.indexOf('\n\n');
  const header = raw.subarray(0, headerEnd === -1 ? raw.length : headerEnd).toString('utf8');
  const match = new RegExp(`^parent (${OID_SOURCE})$`, 'm').exec(header);
  if (!match) return null;
  const parent = match[1] as string;
  if (await hasCommit(cwd, parent)) return parent;
  const args = ['cat-file', '-e', `${parent}^{commit}`];
  if (await isShallowRepository(cwd)) {
    throw new GitError('shallow', args, '', {
      cwd,
      message:
        `the parent ${parent} of commit ${sha} is not in this shallow clone (${cwd}). ` +
        'To fix: set fetch-depth: 0 (or at least 2) on actions/checkout, or run `git fetch --deepen=1` / `git fetch --unshallow`.',
    });
  }
  throw new GitError('missing_object', args, '', {
    cwd,
    message: `the parent ${parent} of commit ${sha} is missing from the object database in ${cwd}. To fix: ${GitError.hint('missing_object')}`,
  });
}

export interface FetchCommitOptions {
  /** Commits of history to fetch from `sha` in a shallow clone (default 2: the commit and its parent). */
  depth?: number;
  /** Give up after this long (default 120 s). */
  timeoutMs?: number;
}

/**
 * Fetches one commit (by id) from a remote so it and, in a shallow clone, `depth - 1` generations of
 * its history become available. Returns whether the commit is present afterwards. Network and
 * server failures (unknown remote, "not our ref", timeouts, auth) return false rather than throw;
 * a missing git or a non-repository still throw because retrying cannot help.
 *
 * A complete (non-shallow) clone is fetched into without --depth: passing --depth there would turn
 * it into a shallow clone.
 */
export async function fetchCommit(cwd: string, sha: string, remote = 'origin', options: FetchCommitOptions = {}): Promise<boolean> {
  const depth = options.depth ?? 2;
  if (!Number.isInteger(depth) || depth < 1) throw new RangeError(`fetchCommit depth must be a positive integer, got ${depth}`);
  if (sha === '' || remote === '') return false;
  const shallow = await isShallowRepository(cwd);
  const args = ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', ...(shallow ? [`--depth=${depth}`] : []), '--end-of-options', remote, sha];
  try {
    await git(cwd, args, { timeoutMs: options.timeoutMs ?? 120_000 });
  } catch (error) {
    if (error instanceof GitError && (error.kind === 'git_missing' || error.kind === 'not_a_repo')) throw error;
    return false;
  }
  return hasCommit(cwd, sha);
}

/** Absolute path of the top of the work tree containing cwd (symlinks resolved, as git reports it). */
export async function repoRoot(cwd: string): Promise<string> {
  const out = await git(cwd, ['rev-parse', '--show-toplevel']);
  return stripTrailingNewline(out.toString('utf8'));
}

/**
 * The repository root and the path of git's `shallow` file (read by boundaryIn), in one git process instead
 * of two. A root whose name contains a line break cannot be told apart in that output: then two calls.
 */
export async function repoLayout(cwd: string): Promise<{ readonly root: string; readonly shallowFile: string }> {
  const lines = (await git(cwd, ['rev-parse', '--show-toplevel', '--git-path', 'shallow'])).toString('utf8').split('\n');
  if (lines.length === 3 && lines[2] === '' && lines[0] && lines[1]) {
    return { root: lines[0], shallowFile: fromCwd(cwd, lines[1]) };
  }
  return { root: await repoRoot(cwd), shallowFile: await shallowFileOf(cwd) };
}

/**
 * The best common ancestor of two commits, or null when they share no history (or a shallow clone cut
 * it off). Comparing a pull request's head with the merge base, not the base branch's tip, keeps changes
 * that landed on the base branch meanwhile from showing up reversed as the pull request's own.
 */
export async function mergeBase(cwd: string, a: string, b: string): Promise<string | null> {
  const result = await gitResult(cwd, ['merge-base', '--end-of-options', a, b], { allowExitCodes: [1] });
  const sha = result.stdout.toString('utf8').trim();
  return result.exitCode === 0 && OID.test(sha) ? sha : null;
}

/** What `git merge-base` can say once history has been fetched as far as it can be. */
export type MergeBaseAnswer =
  | { readonly kind: 'found'; readonly sha: string }
  /** The clone has its whole history and the two commits share none of it. */
  | { readonly kind: 'unrelated' };

/** How far a shallow clone is deepened, step by step, before it is fetched whole. */
export const DEEPEN_STEPS: readonly number[] = [50, 200, 1000];

export interface DeepenOptions {
  /** Give up on one fetch after this long (default 120 s). */
  timeoutMs?: number;
}

/**
 * The merge base of `base` and `head`, fetching history a shallow clone lacks: deepened from `remote` in
 * bounded steps (DEEPEN_STEPS, then --unshallow) until `git merge-base` answers. "No merge base" is only
 * believed from a complete history (kind `unrelated`); a shallow clone that still has none throws kind
 * `shallow`, since its base branch's tip would count the base branch's own changes as the head's.
 */
export async function mergeBaseDeepening(
  cwd: string,
  base: string,
  head: string,
  remote: string | null | undefined,
  options: DeepenOptions = {},
): Promise<MergeBaseAnswer> {
  const found = await mergeBase(cwd, base, head);
  if (found) return { kind: 'found', sha: found };
  if (!(await isShallowRepository(cwd))) return { kind: 'unrelated' };
  let fetchFailed = false;
  if (remote) {
    for (const step of [...DEEPEN_STEPS.map((n) => `--deepen=${n}`), '--unshallow']) {
      // The two commits are wanted by id: their boundaries are the ones to push back, not every branch's.
      const args = ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', step, '--end-of-options', remote, base, head];
      try {
        await git(cwd, args, { timeoutMs: options.timeoutMs ?? 120_000 });
      } catch (error) {
        if (error instanceof GitError && (error.kind === 'git_missing' || error.kind === 'not_a_repo')) throw error;
        // A remote that refuses one step refuses the next: stop asking.
        fetchFailed = true;
        break;
      }
      const after = await mergeBase(cwd, base, head);
      if (after) return { kind: 'found', sha: after };
      if (!(await isShallowRepository(cwd))) return { kind: 'unrelated' };
    }
  }
  const tried = !remote
    ? 'and no remote is configured to fetch more history from'
    : fetchFailed
      ? `and fetching more history from ${remote} failed`
      : `even after fetching more history from ${remote}`;
  throw new GitError('shallow', ['merge-base', base, head], '', {
    cwd,
    message:
      `the base ${base} and the head ${head} share no commit in this shallow clone (${cwd}), ${tried}; ` +
      "comparing with the base's tip instead would count the base branch's own changes as the pull request's. " +
      'To fix: set `fetch-depth: 0` on actions/checkout (or run `git fetch --unshallow`).',
  });
}

/** A plain branch name (`main`, `release/2.x`): what a workflow's `base: main` means, never a ref path, commit id or revision expression. */
function isBareBranchName(rev: string): boolean {
  return /^[A-Za-z0-9._/-]+$/.test(rev) && !rev.startsWith('refs/') && !rev.startsWith('-') && !rev.includes('..') && !/^[0-9a-f]{7,64}$/i.test(rev);
}

/**
 * resolveCommit for a revision a person wrote (the action's `base` input). actions/checkout creates no local
 * branch but the one it checks out: other branches exist only as `<remote>/<name>`, so a bare branch name
 * that does not resolve is tried there. When neither resolves, the message says what would help: more
 * history in a shallow clone, the spelling in a complete one (where fetching more cannot help).
 */
export async function resolveRevision(cwd: string, rev: string, remote = 'origin'): Promise<string> {
  try {
    return await resolveCommit(cwd, rev);
  } catch (error) {
    if (!(error instanceof GitError) || error.kind !== 'unknown_revision') throw error;
    const tracking = `refs/remotes/${remote}/${rev}`;
    if (isBareBranchName(rev) && remote !== '') {
      try {
        return await resolveCommit(cwd, tracking);
      } catch (inner) {
        if (!(inner instanceof GitError) || inner.kind !== 'unknown_revision') throw inner;
      }
    }
    const tried =
      isBareBranchName(rev) && remote !== ''
        ? `${JSON.stringify(rev)} does not name a commit in ${cwd}, and neither does ${JSON.stringify(`${remote}/${rev}`)}`
        : `${JSON.stringify(rev)} does not name a commit in ${cwd}`;
    const shallow = await isShallowRepository(cwd);
    const fix = shallow
      ? 'this is a shallow clone, so the revision may be in history it did not fetch: set `fetch-depth: 0` on actions/checkout (or run `git fetch --unshallow`).'
      : 'the clone has its full history, so fetching more will not help: check the spelling (a branch, a tag or a commit id).';
    throw new GitError('unknown_revision', ['rev-parse', '--verify', rev], '', { cwd, message: `revision ${tried}. To fix: ${fix}` });
  }
}

/**
 * Whether `ancestor` is `descendant` or one of its ancestors (`git merge-base --is-ancestor`). Both must
 * name commits that are present: a missing or misspelt one throws (kind `unknown_revision`, with what to
 * do) rather than answering "no". In a shallow clone history past the boundary is absent, so the answer
 * there can be "no" for a real ancestor; callers that refuse on "no" fail closed.
 */
export async function isAncestor(cwd: string, ancestor: string, descendant: string): Promise<boolean> {
  const [a, d] = await allInOrder([resolveCommit(cwd, ancestor), resolveCommit(cwd, descendant)]);
  // Exit 1 is "not an ancestor"; anything else but 0 is a failure and raises.
  const result = await gitResult(cwd, ['merge-base', '--is-ancestor', '--end-of-options', a, d], { allowExitCodes: [1] });
  return result.exitCode === 0;
}
