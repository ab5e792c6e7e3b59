import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventError, queuedPullRequest, readEventPayload, resolveRevisions } from '../../../src/adapters/action/event.js';

const BASE = '1'.repeat(40);
const HEAD = '2'.repeat(40);
const NEW = '3'.repeat(40);
const ZERO = '0'.repeat(40);

function pullRequest(fork = false) {
  return {
    action: 'synchronize',
    number: 12,
    pull_request: {
      number: 12,
      base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/agents', fork: false } },
      head: { sha: HEAD, ref: 'ramp', repo: { full_name: fork ? 'mallory/agents' : 'acme/agents', fork } },
    },
    repository: { name: 'agents', owner: { login: 'acme' } },
  };
}

const MERGE = '4'.repeat(40);

const user = (login: string, id: number) => ({ login, id, node_id: `U_${id}`, type: 'User', site_admin: false });
const repo = (owner: string, fork: boolean) => ({
  id: fork ? 902 : 901,
  node_id: fork ? 'R_902' : 'R_901',
  name: 'agents',
  full_name: `${owner}/agents`,
  private: false,
  owner: user(owner, fork ? 66 : 11),
  html_url: `https://github.com/${owner}/agents`,
  fork,
  default_branch: 'main',
});

/** The pull_request object of a webhook payload, trimmed to the fields GitHub's docs show for it. */
function pullRequestObject(fork: boolean) {
  const author = fork ? 'mallory' : 'dana';
  return {
    url: 'https://api.github.com/repos/acme/agents/pulls/12',
    id: 2203344551,
    node_id: 'PR_kwDOAbCd',
    html_url: 'https://github.com/acme/agents/pull/12',
    number: 12,
    state: 'open',
    locked: false,
    title: 'Promote renewal-risk to GA',
    user: user(author, fork ? 66 : 21),
    body: 'GA promotion; routing for triage.',
    created_at: '2026-11-28T09:12:40Z',
    updated_at: '2026-11-30T14:02:11Z',
    draft: false,
    head: { label: `${author}:ramp-ga`, ref: 'ramp-ga', sha: HEAD, user: user(author, fork ? 66 : 21), repo: repo(fork ? 'mallory' : 'acme', fork) },
    base: { label: 'acme:main', ref: 'main', sha: BASE, user: user('acme', 11), repo: repo('acme', false) },
    author_association: fork ? 'CONTRIBUTOR' : 'MEMBER',
  };
}

/** A pull_request_review webhook payload (`submitted` or `dismissed`), shaped like GitHub's documented example. */
function review(action: 'submitted' | 'dismissed', state: 'approved' | 'changes_requested' | 'commented' | 'dismissed', fork = false) {
  return {
    action,
    review: {
      id: 2437551001,
      node_id: 'PRR_kwDOAbCd',
      user: user('ai-platform-lead', 31),
      body: state === 'approved' ? 'Routing change reviewed.' : null,
      // The review may sit on an older commit than the pull request's head; the gate judges the head.
      commit_id: NEW,
      submitted_at: '2026-11-30T14:02:11Z',
      state,
      html_url: 'https://github.com/acme/agents/pull/12#pullrequestreview-2437551001',
      pull_request_url: 'https://api.github.com/repos/acme/agents/pulls/12',
      author_association: 'MEMBER',
      _links: {
        html: { href: 'https://github.com/acme/agents/pull/12#pullrequestreview-2437551001' },
        pull_request: { href: 'https://api.github.com/repos/acme/agents/pulls/12' },
      },
    },
    pull_request: pullRequestObject(fork),
    repository: repo('acme', false),
    sender: user('ai-platform-lead', 31),
  };
}

/** A merge_group `checks_requested` webhook payload, shaped like GitHub's documented example. */
function mergeGroup(headRef: string) {
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: HEAD,
      head_ref: headRef,
      base_sha: BASE,
      base_ref: 'refs/heads/main',
      head_commit: {
        id: HEAD,
        tree_id: '5'.repeat(40),
        message: 'Merge pull request #12 from acme/ramp-ga\n\nPromote renewal-risk to GA',
        timestamp: '2026-11-30T15:20:03Z',
        author: { name: 'Dana', email: 'dana@acme.invalid' },
        committer: { name: 'GitHub', email: 'noreply@github.com' },
      },
    },
    repository: repo('acme', false),
    organization: { login: 'acme', id: 11, node_id: 'O_11' },
    sender: user('dana', 21),
  };
}

test("pull_request: the pull request's base.sha and head.sha", () => {
  const r = resolveRevisions({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/agents', GITHUB_SHA: NEW }, pullRequest());
  expect(r).toEqual({
    eventName: 'pull_request',
    head: HEAD,
    base: BASE,
    eventBase: BASE,
    pullRequest: { number: 12, baseSha: BASE, headSha: HEAD },
    mergeGroup: null,
    repository: { owner: 'acme', repo: 'agents' },
    description: `pull request #12: base ${BASE.slice(0, 12)} → head ${HEAD.slice(0, 12)}`,
  });
});

test('pull_request_target from a fork: the same commits as from a branch', () => {
  const r = resolveRevisions({ GITHUB_EVENT_NAME: 'pull_request_target' }, pullRequest(true));
  expect(r).toMatchObject({ head: HEAD, base: BASE, pullRequest: { number: 12, baseSha: BASE, headSha: HEAD }, repository: { owner: 'acme', repo: 'agents' } });
});

test('push: compared with `before`', () => {
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'push' }, { before: BASE, after: HEAD })).toMatchObject({ head: HEAD, base: BASE, pullRequest: null });
});

test('push of a new branch (all-zero before): compared with the first parent', () => {
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'push' }, { before: ZERO, after: HEAD, created: true })).toMatchObject({ head: HEAD, base: undefined });
});

test('workflow_dispatch and other events: GITHUB_SHA against its first parent', () => {
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: NEW }, {})).toMatchObject({ head: NEW, base: undefined, pullRequest: null });
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'schedule' }, {})).toMatchObject({ head: 'HEAD', base: undefined });
});

test("the base input overrides the event's base", () => {
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'pull_request' }, pullRequest(), 'origin/release').base).toBe('origin/release');
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'push' }, { before: ZERO, after: HEAD }, NEW).base).toBe(NEW);
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'merge_group' }, mergeGroup(`refs/heads/gh-readonly-queue/main/pr-12-${BASE}`), NEW).base).toBe(NEW);
});

test("the event's own base is kept beside an override, for pull requests and merge groups only", () => {
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'pull_request' }, pullRequest(), NEW)).toMatchObject({ base: NEW, eventBase: BASE });
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'merge_group' }, mergeGroup(`refs/heads/gh-readonly-queue/main/pr-12-${BASE}`), NEW)).toMatchObject({
    base: NEW,
    eventBase: BASE,
  });
  // A push's `before` and a manual run's first parent are the branch's own history: nothing fixes them.
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'push' }, { before: BASE, after: HEAD }, NEW)).toMatchObject({ base: NEW, eventBase: null });
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: NEW }, {})).toMatchObject({ eventBase: null });
});

test.each([
  [{}, 'a pull_request event payload without "pull_request"'],
  [{ pull_request: { number: 0, base: { sha: BASE }, head: { sha: HEAD } } }, 'no valid number'],
  [{ pull_request: { number: 3, base: { sha: 'main' }, head: { sha: HEAD } } }, 'no valid pull_request.base.sha'],
])('a pull_request payload without what is needed is an error: %p', (payload, message) => {
  expect(() => resolveRevisions({ GITHUB_EVENT_NAME: 'pull_request' }, payload)).toThrow(EventError);
  expect(() => resolveRevisions({ GITHUB_EVENT_NAME: 'pull_request' }, payload)).toThrow(message);
});

describe('pull_request_review: read like the pull request it reviews', () => {
  // On a review run GITHUB_SHA is the pull request's merge commit, not its head.
  const env = { GITHUB_EVENT_NAME: 'pull_request_review', GITHUB_REPOSITORY: 'acme/agents', GITHUB_SHA: MERGE };

  test("an approval: the pull request's head and base, its number, not a fork", () => {
    expect(resolveRevisions(env, review('submitted', 'approved'))).toEqual({
      eventName: 'pull_request_review',
      head: HEAD,
      base: BASE,
      eventBase: BASE,
      pullRequest: { number: 12, baseSha: BASE, headSha: HEAD },
      mergeGroup: null,
      repository: { owner: 'acme', repo: 'agents' },
      description: `pull request #12: base ${BASE.slice(0, 12)} → head ${HEAD.slice(0, 12)}`,
    });
  });

  test.each([
    ['submitted', 'approved'],
    ['submitted', 'changes_requested'],
    ['submitted', 'commented'],
    ['dismissed', 'dismissed'],
  ] as const)('a review %s (%s) gives the same commits and pull request as a pull_request event', (action, state) => {
    const fromReview = resolveRevisions(env, review(action, state));
    const fromPullRequest = resolveRevisions(
      { ...env, GITHUB_EVENT_NAME: 'pull_request' },
      { action: 'synchronize', number: 12, pull_request: pullRequestObject(false), repository: repo('acme', false) },
    );
    expect({ ...fromReview, eventName: 'pull_request' }).toEqual(fromPullRequest);
  });

  test('a review of a pull request from a fork: the same commits as from a branch', () => {
    expect(resolveRevisions(env, review('submitted', 'approved', true)).pullRequest).toEqual({ number: 12, baseSha: BASE, headSha: HEAD });
  });

  test('a review payload without its pull request is an error that names the event', () => {
    const payload: Record<string, unknown> = { ...review('submitted', 'approved') };
    delete payload['pull_request'];
    expect(() => resolveRevisions(env, payload)).toThrow(
      new EventError('a pull_request_review event payload without "pull_request"; is GITHUB_EVENT_PATH the runner\'s event file?'),
    );
  });
});

describe('merge_group: the group the queue is about to merge', () => {
  const env = { GITHUB_EVENT_NAME: 'merge_group', GITHUB_REPOSITORY: 'acme/agents', GITHUB_SHA: HEAD };

  test('base = merge_group.base_sha, head = merge_group.head_sha, the queued pull request from the queue ref', () => {
    const headRef = `refs/heads/gh-readonly-queue/main/pr-12-${BASE}`;
    expect(resolveRevisions(env, mergeGroup(headRef))).toEqual({
      eventName: 'merge_group',
      head: HEAD,
      base: BASE,
      eventBase: BASE,
      // Its pull request is already approved and queued: no comment target.
      pullRequest: null,
      mergeGroup: { headRef, baseRef: 'refs/heads/main', pullRequestNumber: 12 },
      repository: { owner: 'acme', repo: 'agents' },
      description: `merge queue, pull request #12: base ${BASE.slice(0, 12)} → head ${HEAD.slice(0, 12)}`,
    });
  });

  test("a queue ref of another shape: still gated on the group's commits, with no pull request number", () => {
    const r = resolveRevisions(env, mergeGroup('refs/heads/merge-queue/7'));
    expect(r).toMatchObject({ head: HEAD, base: BASE, mergeGroup: { headRef: 'refs/heads/merge-queue/7', pullRequestNumber: null } });
    expect(r.description).toBe(`merge queue: base ${BASE.slice(0, 12)} → head ${HEAD.slice(0, 12)}`);
  });

  test.each([
    [{ action: 'checks_requested' }, 'a merge_group event payload without "merge_group"'],
    [{ merge_group: { ...mergeGroup('').merge_group, base_sha: 'main' } }, 'no valid merge_group.base_sha (got "main")'],
    [{ merge_group: { ...mergeGroup('').merge_group, head_sha: undefined } }, 'no valid merge_group.head_sha (got null)'],
  ])('a merge_group payload without its commits is an error: %p', (payload, message) => {
    expect(() => resolveRevisions(env, payload)).toThrow(EventError);
    expect(() => resolveRevisions(env, payload)).toThrow(message);
  });
});

describe('queuedPullRequest: the pull request a merge-queue branch was built for', () => {
  const sha256 = 'a'.repeat(64);
  test.each([
    [`refs/heads/gh-readonly-queue/main/pr-12-${BASE}`, 12],
    [`refs/heads/gh-readonly-queue/release/2.x/pr-9041-${BASE}`, 9041],
    [`refs/heads/gh-readonly-queue/main/pr-3-${sha256}`, 3],
    [`refs/heads/gh-readonly-queue/main/pr-12-${BASE.slice(0, 12)}`, null],
    [`refs/heads/gh-readonly-queue/pr-12-${BASE}`, null],
    [`refs/heads/gh-readonly-queue/main/pr-0-${BASE}`, null],
    [`refs/heads/gh-readonly-queue/main/pr-twelve-${BASE}`, null],
    [`refs/heads/gh-readonly-queue/main/pr-12-${BASE}/extra`, null],
    [`gh-readonly-queue/main/pr-12-${BASE}`, null],
    ['refs/heads/main', null],
    ['', null],
  ])('%s → %p', (ref, expected) => {
    expect(queuedPullRequest(ref)).toBe(expected);
  });
});

describe('readEventPayload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-event-'));

  test('reads the JSON file the runner wrote', () => {
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify(pullRequest()));
    expect(readEventPayload(path)).toEqual(pullRequest());
  });

  test('no GITHUB_EVENT_PATH (a local run): an empty payload', () => {
    expect(readEventPayload(undefined)).toEqual({});
  });

  test('a missing or broken file is an error that names it', () => {
    expect(() => readEventPayload(join(dir, 'absent.json'))).toThrow(/cannot read the event payload at GITHUB_EVENT_PATH/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{');
    expect(() => readEventPayload(broken)).toThrow(/is not valid JSON/);
  });
});
