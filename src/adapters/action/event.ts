// Which two commits to compare, from the event that started the workflow (the webhook payload the runner
// writes to GITHUB_EVENT_PATH). The gate reads its policy from the base, never from the head, so the base
// must be the commit the change is going into, not something the change itself chose.
import { readFileSync } from 'node:fs';
import { OID } from '../../git/oid.js';

export interface PullRequestRef {
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  /** True when the head branch lives in another repository; its token is then read-only. */
}

/** A merge-queue run: the group the queue is about to merge, built for one queued pull request. */
export interface MergeGroupRef {
  /** The queue's branch, `refs/heads/gh-readonly-queue/<base branch>/pr-<number>-<sha>`; null if the payload has none. */
  readonly headRef: string | null;
  /** The branch the group merges into, e.g. `refs/heads/main`; null if the payload has none. */
  readonly baseRef: string | null;
  /** The queued pull request, read from headRef; null when headRef has another shape. */
  readonly pullRequestNumber: number | null;
}

export interface Revisions {
  readonly eventName: string;
  /** The commit under review. */
  readonly head: string;
  /** The commit to compare with; undefined means the first parent of head. */
  readonly base: string | undefined;
  /**
   * The base the event itself names, whatever the `base` input says: `pull_request.base.sha` or
   * `merge_group.base_sha`. Null for events without one (push, manual runs), where the input is honoured.
   */
  readonly eventBase: string | null;
  /** Set for pull_request, pull_request_target and pull_request_review: where the comment goes and whose reviews count. */
  readonly pullRequest: PullRequestRef | null;
  /** Set for merge_group. Its pull request is already queued, so it gets no comment: the check is the verdict. */
  readonly mergeGroup: MergeGroupRef | null;
  readonly repository: { readonly owner: string; readonly repo: string } | null;
  /** One line for the log, e.g. `pull request #12: base 1a2b3c → head 4d5e6f`. */
  readonly description: string;
}

export class EventError extends Error {
  override readonly name = 'EventError';
}

const NULL_OID = /^0+$/;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The webhook payload, or `{}` when the runner gave none (a local run); a file that is there but unreadable is an error. */
export function readEventPayload(path: string | undefined): Json {
  if (path === undefined || path === '') return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EventError(`cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${(error as Error).message}`);
  }
  try {
    return obj(JSON.parse(text));
  } catch {
    throw new EventError(`the event payload at GITHUB_EVENT_PATH (${path}) is not valid JSON.`);
  }
}

function sha(value: unknown, what: string): string {
  const s = str(value)?.toLowerCase();
  if (s === undefined || !OID.test(s)) throw new EventError(`the event payload has no valid ${what} (got ${JSON.stringify(value ?? null)}).`);
  return s;
}

function repositoryOf(env: NodeJS.ProcessEnv, payload: Json): Revisions['repository'] {
  const [owner, repo, ...rest] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (owner && repo && rest.length === 0) return { owner, repo };
  const repository = obj(payload['repository']);
  const login = str(obj(repository['owner'])['login']);
  const name = str(repository['name']);
  return login && name ? { owner: login, repo: name } : null;
}

/** The queue branch GitHub names for a merge group; the base branch may itself contain slashes. */
const QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-([1-9][0-9]*)-(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The pull request a merge-queue branch was built for, or null for a ref of another shape. */
export function queuedPullRequest(headRef: string): number | null {
  const match = QUEUE_REF.exec(headRef);
  if (match === null) return null;
  const number = Number(match[1]);
  return Number.isSafeInteger(number) ? number : null;
}

/** The pull_request object shared by pull_request, pull_request_target and pull_request_review payloads. */
function pullRequestOf(eventName: string, payload: Json): PullRequestRef {
  const pr = obj(payload['pull_request']);
  if (Object.keys(pr).length === 0) throw new EventError(`a ${eventName} event payload without "pull_request"; is GITHUB_EVENT_PATH the runner's event file?`);
  // pull_request payloads also carry a top-level `number`; pull_request_review payloads do not.
  const number = Number(pr['number'] ?? payload['number']);
  if (!Number.isSafeInteger(number) || number <= 0) throw new EventError('the pull request in the event payload has no valid number.');
  const base = obj(pr['base']);
  const head = obj(pr['head']);
  return {
    number,
    baseSha: sha(base['sha'], 'pull_request.base.sha'),
    headSha: sha(head['sha'], 'pull_request.head.sha'),
  };
}

/** Events whose payload carries the pull request under review, read alike. */
const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

const short = (rev: string | undefined): string => (rev === undefined ? 'first parent' : OID.test(rev) ? rev.slice(0, 12) : rev);

/**
 * pull_request / pull_request_target / pull_request_review: the pull request's base.sha and head.sha (a
 * review run judges the head its payload names, not the commit the review was left on).
 * push: `before`, except for a new branch (all-zero `before`), which is compared with head's first parent.
 * merge_group: the group's base_sha (the commit the group was built on) and head_sha.
 * Anything else (workflow_dispatch, schedule, ...): head's first parent.
 * `baseOverride` (the `base` input) replaces the base; `eventBase` keeps the event's own, so the action can
 * refuse an override that is not an ancestor of it (see baseInput.ts).
 */
export function resolveRevisions(env: NodeJS.ProcessEnv, payload: Json, baseOverride?: string): Revisions {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const repository = repositoryOf(env, payload);
  const fallbackHead = str(env['GITHUB_SHA']) ?? 'HEAD';
  const finish = (head: string, base: string | undefined, pullRequest: PullRequestRef | null, mergeGroup: MergeGroupRef | null, what: string): Revisions => {
    const effectiveBase = baseOverride ?? base;
    // Only the base of a pull request or merge group is fixed by GitHub rather than by the branch being judged.
    const eventBase = (pullRequest !== null || mergeGroup !== null) && base !== undefined ? base : null;
    return {
      eventName,
      head,
      base: effectiveBase,
      eventBase,
      pullRequest,
      mergeGroup,
      repository,
      description: `${what}: base ${short(effectiveBase)} → head ${short(head)}`,
    };
  };

  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const ref = pullRequestOf(eventName, payload);
    return finish(ref.headSha, ref.baseSha, ref, null, `pull request #${ref.number}`);
  }

  if (eventName === 'push') {
    const after = str(payload['after']);
    const head = after !== undefined && OID.test(after) && !NULL_OID.test(after) ? after : fallbackHead;
    const before = str(payload['before']);
    // An all-zero `before` means the branch is new: there is no previous tip, so compare with the first parent.
    const base = before !== undefined && OID.test(before) && !NULL_OID.test(before) ? before : undefined;
    return finish(head, base, null, null, 'push');
  }

  if (eventName === 'merge_group') {
    const group = obj(payload['merge_group']);
    if (Object.keys(group).length === 0)
      throw new EventError('a merge_group event payload without "merge_group"; is GITHUB_EVENT_PATH the runner\'s event file?');
    const headRef = str(group['head_ref']) ?? null;
    const ref: MergeGroupRef = { headRef, baseRef: str(group['base_ref']) ?? null, pullRequestNumber: headRef === null ? null : queuedPullRequest(headRef) };
    const what = ref.pullRequestNumber === null ? 'merge queue' : `merge queue, pull request #${ref.pullRequestNumber}`;
    return finish(sha(group['head_sha'], 'merge_group.head_sha'), sha(group['base_sha'], 'merge_group.base_sha'), null, ref, what);
  }

  return finish(fallbackHead, undefined, null, null, eventName || 'local run');
}
