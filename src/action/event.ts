// Which two commits to compare, from the event that started the workflow (the webhook payload the runner
// writes to GITHUB_EVENT_PATH). The gate reads its policy from the base, never from the head, so the base
// must be the commit the change is going into, not something the change itself chose.
import { readFileSync } from 'node:fs';

export interface PullRequestRef {
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  /** True when the head branch lives in another repository; its token is then read-only. */
  readonly fromFork: boolean;
}

export interface Revisions {
  readonly eventName: string;
  /** The commit under review. */
  readonly head: string;
  /** The commit to compare with; undefined means the first parent of head. */
  readonly base: string | undefined;
  /** Set for pull_request and pull_request_target: where the comment goes and whose reviews count. */
  readonly pullRequest: PullRequestRef | null;
  readonly repository: { readonly owner: string; readonly repo: string } | null;
  /** One line for the log, e.g. `pull request #12: base 1a2b3c → head 4d5e6f`. */
  readonly description: string;
}

export class EventError extends Error {
  override readonly name = 'EventError';
}

const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
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

const short = (rev: string | undefined): string => (rev === undefined ? 'first parent' : OID.test(rev) ? rev.slice(0, 12) : rev);

/**
 * pull_request / pull_request_target: the pull request's base.sha and head.sha.
 * push: `before`, except for a new branch (all-zero `before`), which is compared with head's first parent.
 * merge_group: the queue's base_sha and head_sha.
 * Anything else (workflow_dispatch, schedule, ...): head's first parent.
 * `baseOverride` (the `base` input) replaces the base in every case.
 */
export function resolveRevisions(env: NodeJS.ProcessEnv, payload: Json, baseOverride?: string): Revisions {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const repository = repositoryOf(env, payload);
  const fallbackHead = str(env['GITHUB_SHA']) ?? 'HEAD';
  const finish = (head: string, base: string | undefined, pullRequest: PullRequestRef | null, what: string): Revisions => {
    const effectiveBase = baseOverride ?? base;
    return { eventName, head, base: effectiveBase, pullRequest, repository, description: `${what}: base ${short(effectiveBase)} → head ${short(head)}` };
  };

  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = obj(payload['pull_request']);
    if (Object.keys(pr).length === 0) throw new EventError(`a ${eventName} event payload without "pull_request"; is GITHUB_EVENT_PATH the runner's event file?`);
    const number = Number(pr['number'] ?? payload['number']);
    if (!Number.isSafeInteger(number) || number <= 0) throw new EventError('the pull request in the event payload has no valid number.');
    const base = obj(pr['base']);
    const head = obj(pr['head']);
    const baseRepo = str(obj(base['repo'])['full_name']);
    const headRepo = str(obj(head['repo'])['full_name']);
    const ref: PullRequestRef = {
      number,
      baseSha: sha(base['sha'], 'pull_request.base.sha'),
      headSha: sha(head['sha'], 'pull_request.head.sha'),
      fromFork: obj(head['repo'])['fork'] === true || (baseRepo !== undefined && headRepo !== undefined && baseRepo !== headRepo),
    };
    return finish(ref.headSha, ref.baseSha, ref, `pull request #${number}`);
  }

  if (eventName === 'push') {
    const after = str(payload['after']);
    const head = after !== undefined && OID.test(after) && !NULL_OID.test(after) ? after : fallbackHead;
    const before = str(payload['before']);
    // An all-zero `before` means the branch is new: there is no previous tip, so compare with the first parent.
    const base = before !== undefined && OID.test(before) && !NULL_OID.test(before) ? before : undefined;
    return finish(head, base, null, 'push');
  }

  if (eventName === 'merge_group') {
    const group = obj(payload['merge_group']);
    return finish(sha(group['head_sha'], 'merge_group.head_sha'), sha(group['base_sha'], 'merge_group.base_sha'), null, 'merge queue');
  }

  return finish(fallbackHead, undefined, null, eventName || 'local run');
}
