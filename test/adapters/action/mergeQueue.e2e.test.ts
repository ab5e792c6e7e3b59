// Merge-queue runs of the committed bundle, in a clone laid out as actions/checkout leaves it for a
// merge_group event: the queue branch checked out, the base branch only as origin/main. An approval the
// policy asks for is read from the queued pull request's reviews, and counts for its head commit, which the
// group's commit merges.
import { readFileSync } from 'node:fs';
import { ActionRunner, node24Test, type ActionRun } from '../../helpers/actionRun.js';
import { checkout, createUpstream, type Checkout, type Upstream } from '../../helpers/checkout.js';
import { fakeGitHubPerTest, REPOSITORY } from '../../helpers/actionFixtures.js';
import { ACTIONS_BOT, type FakeGitHub, type FakeUser } from '../../helpers/fakeGitHub.js';
import { EVIDENCE_FILES, readyManifest } from '../../fixtures/seeds.js';

const TOKEN = 'ghs_e2eMergeQueueToken0123456789abcdefgh';
const PR = 12;
const LEAD: FakeUser = { login: 'ai-platform-lead', id: 501, type: 'User' };
// The technical owner (@ai-platform-lead in the manifest) must approve an orchestration pattern change.
const POLICY = 'rollout:\n  approvals:\n    orchestration_pattern_change: [technical]\n';

const runner = new ActionRunner();
let upstream: Upstream;
let base: string;
/** The pull request's commits: the one first reviewed, then the head it has now. */
let earlier: string;
let prHead: string;
/** The merge group's commit: prHead merged into base, on the queue branch. */
let group: string;
let queueRef: string;
let clone: Checkout;
let github: FakeGitHub;

beforeAll(() => {
  upstream = createUpstream();
  const repo = upstream.repo;
  base = repo.commitFiles({ 'policies/rollout.yml': POLICY, 'rollouts/renewal-risk.yml': readyManifest(), ...EVIDENCE_FILES }, 'renewal-risk at canary');
  repo.git('checkout', '-q', '-b', 'routing');
  earlier = repo.commitFiles({ 'rollouts/renewal-risk.yml': readyManifest({ triagePattern: 'routing' }) }, 'triage: route instead of a fixed workflow');
  prHead = repo.commitFiles({ 'reviews/triage-routing.md': 'Routing on triage reviewed again by the technical and risk owners.\n' }, 'triage: review record');
  repo.git('checkout', '-q', 'main');
  upstream.setRef(`refs/pull/${PR}/head`, prHead);
  group = upstream.merge(base, prHead, `Merge pull request #${PR} from acme/routing`);
  // GitHub names the queue branch after the pull request and the group's base commit.
  queueRef = `refs/heads/gh-readonly-queue/main/pr-${PR}-${base}`;
  upstream.setRef(queueRef, group);
  clone = checkout(upstream, { ref: queueRef, sha: group, fetchDepth: 0 });
});

afterAll(() => {
  clone.cleanup();
  upstream.repo.cleanup();
  runner.cleanup();
});

fakeGitHubPerTest((g) => {
  github = g;
  g.addToken(TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' } });
  g.addPullRequest({ number: PR, headSha: prHead, headRef: 'routing', baseRef: 'main', baseSha: base });
});

function mergeGroupPayload(headRef: string) {
  return {
    action: 'checks_requested',
    merge_group: { head_sha: group, head_ref: headRef, base_sha: base, base_ref: 'refs/heads/main' },
    repository: REPOSITORY,
  };
}

/** A queue branch of a shape that names no pull request. */
const OTHER_SHAPE = 'refs/heads/gh-readonly-queue/main/batch-7';

function runQueue(headRef: string = queueRef): Promise<ActionRun> {
  return runner.run(clone, github, { event: 'merge_group', payload: mergeGroupPayload(headRef), token: TOKEN, head: group, env: { GITHUB_REF: headRef } });
}

const reportOf = (run: ActionRun) =>
  JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as {
    verdict: string;
    base: string;
    head: string;
    approvals: { handle: string; state: string }[];
    findings: { check: string }[];
  };
const apiCalls = () => github.requests.map((r) => `${r.method} ${r.path}`);

test('the clone is laid out as actions/checkout leaves it for a merge group', () => {
  expect(clone.git('rev-parse', 'HEAD').trim()).toBe(group);
  expect(clone.git('symbolic-ref', 'HEAD').trim()).toBe(queueRef);
  expect(clone.git('rev-parse', '--verify', '-q', 'refs/remotes/origin/main').trim()).toBe(base);
  expect(() => clone.git('rev-parse', '--verify', '-q', 'refs/heads/main')).toThrow();
});

describe('approvals in the merge queue', () => {
  node24Test("an approval of the queued pull request's head commit counts: the group passes", async () => {
    github.addReview(PR, LEAD, 'APPROVED', prHead);
    const run = await runQueue();
    expect(run.code).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    expect(reportOf(run)).toMatchObject({ verdict: 'pass', base, head: group, approvals: [{ handle: '@ai-platform-lead', state: 'approved' }] });
    expect(run.stdout).toContain(`Approvals: the reviews of queued pull request #${PR} for its head commit ${prHead.slice(0, 12)}.`);
    expect(apiCalls()).toEqual(expect.arrayContaining([`GET /repos/acme/agents/pulls/${PR}`, `GET /repos/acme/agents/pulls/${PR}/reviews`]));
    // The pull request is already queued: no comment.
    expect(github.comments).toEqual([]);
    expect(github.requests.some((r) => r.path.includes('/comments'))).toBe(false);
  });

  node24Test('without the approval the group is blocked, as on the pull request', async () => {
    const run = await runQueue();
    expect(run.code).toBe(1);
    expect(reportOf(run).approvals).toEqual([expect.objectContaining({ handle: '@ai-platform-lead', state: 'missing' })]);
    expect(reportOf(run).findings.map((f) => f.check)).toEqual(['orchestration_pattern_change_approval']);
  });

  node24Test('an approval of an earlier commit of the pull request is stale, and blocks', async () => {
    github.addReview(PR, LEAD, 'APPROVED', earlier);
    const run = await runQueue();
    expect(run.code).toBe(1);
    expect(reportOf(run).approvals).toEqual([expect.objectContaining({ handle: '@ai-platform-lead', state: 'stale' })]);
  });

  node24Test("an approval of the group's own merge commit is not the pull request's head: it does not count", async () => {
    github.addReview(PR, LEAD, 'APPROVED', group);
    const run = await runQueue();
    expect(run.code).toBe(1);
    expect(reportOf(run).approvals[0]!.state).toBe('stale');
  });

  node24Test("when the queue branch names no pull request, the one GitHub associates with the group's commit is read", async () => {
    github.addReview(PR, LEAD, 'APPROVED', prHead);
    github.associateCommit(group, [PR]);
    const run = await runQueue(OTHER_SHAPE);
    expect(run.code).toBe(0);
    expect(apiCalls()).toEqual(expect.arrayContaining([`GET /repos/acme/agents/commits/${group}/pulls`, `GET /repos/acme/agents/pulls/${PR}/reviews`]));
    expect(apiCalls()).not.toContain(`GET /repos/acme/agents/pulls/${PR}`);
  });

  node24Test('when no pull request can be found, approvals count as missing and the summary says why', async () => {
    github.addReview(PR, LEAD, 'APPROVED', prHead);
    const run = await runQueue(OTHER_SHAPE);
    expect(run.code).toBe(1);
    expect(reportOf(run).approvals[0]!.state).toBe('unchecked');
    const note = `The approvals the policy asks for count as missing in this merge-queue run: the merge queue's branch names no pull request, and GitHub associates no open pull request with the group's head commit ${group}`;
    expect(run.stdout).toContain(`::warning::${note}`);
    expect(run.summary).toContain('GitHub associates no open pull request');
  });

  node24Test("a pull request into another branch than the group's is not taken for the queued one", async () => {
    github.pulls.splice(0, 1);
    github.addPullRequest({ number: PR, headSha: prHead, headRef: 'routing', baseRef: 'release', baseSha: base });
    github.addReview(PR, LEAD, 'APPROVED', prHead);
    const run = await runQueue();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`pull request #${PR} merges into release, not into main, the branch this merge group is for`);
  });
});
