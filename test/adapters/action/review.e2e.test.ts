// The pull-request review a run of the committed bundle submits: inline comments on the diff's lines, one
// review per head commit, the earlier request for changes dismissed once the gate passes, and the sticky
// comment alone where the token cannot review (a fork).
import { readFileSync } from 'node:fs';
import { REVIEW_MARKER } from '../../../src/adapters/action/review.js';
import { ActionRunner, node24Test, type ActionRun } from '../../helpers/actionRun.js';
import { checkout, createUpstream, type Checkout, type Upstream } from '../../helpers/checkout.js';
import { fakeGitHubPerTest, pullRequestPayload as prPayload, triageManifest } from '../../helpers/actionFixtures.js';
import { ACTIONS_BOT, type FakeGitHub } from '../../helpers/fakeGitHub.js';

const TOKEN = 'ghs_e2eReviewInstallation0123456789abcdef';
const FORK_TOKEN = 'ghs_e2eReviewForkReadOnly0123456789abcd';
const PR = 21;
const FILE = 'rollouts/triage.yml';

const POLICY = `rollout:
  require: [trace_coverage, rollback_plan, stop_conditions_defined]
  owners: [technical]
  pacing:
    max_step_pct: 25
`;

const manifest = (trafficPercent: number): string => triageManifest({ trafficPercent, evidence: { trace_coverage: 'docs/traces.md' } });

const runner = new ActionRunner();
let upstream: Upstream;
let base: string;
/** 5% -> 35%: a 30-point step where the policy allows 25, blocked. */
let first: string;
/** The next push, 5% -> 40%: still blocked. */
let second: string;
/** The fix, 5% -> 25%: passes. */
let fixed: string;
const clones: Checkout[] = [];
let github: FakeGitHub;

beforeAll(() => {
  upstream = createUpstream();
  const repo = upstream.repo;
  base = repo.commitFiles(
    { 'policies/rollout.yml': POLICY, [FILE]: manifest(5), 'docs/rollback.md': '# Rollback\n', 'docs/traces.md': '# Traces\n' },
    'triage at 5% canary',
  );
  repo.git('checkout', '-q', '-b', 'ramp');
  first = repo.commitFiles({ [FILE]: manifest(35) }, 'ramp triage to 35%');
  second = repo.commitFiles({ [FILE]: manifest(40) }, 'ramp triage to 40%');
  fixed = repo.commitFiles({ [FILE]: manifest(25) }, 'ramp triage to 25% only');
  repo.git('checkout', '-q', 'main');
});

afterAll(() => {
  for (const c of clones) c.cleanup();
  upstream.repo.cleanup();
  runner.cleanup();
});

fakeGitHubPerTest((g) => {
  github = g;
  g.addToken(TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' } });
  g.addToken(FORK_TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' }, readOnly: true });
});

/** The pull request at `head`: its merge ref, its changed files as GitHub lists them, a checkout of the merge. */
function pushed(head: string): Checkout {
  upstream.setRef(`refs/pull/${PR}/head`, head);
  const merge = upstream.merge(base, head, `Merge ${head} into ${base}`);
  upstream.setRef(`refs/pull/${PR}/merge`, merge);
  const diff = upstream.repo.git('diff', '--no-color', base, head, '--', FILE);
  github.pullFiles.set(PR, [{ filename: FILE, patch: diff.slice(diff.indexOf('@@')) }]);
  const clone = checkout(upstream, { ref: `refs/pull/${PR}/merge`, sha: merge, fetchDepth: 0 });
  clones.push(clone);
  return clone;
}

function run(head: string, inputs: Record<string, string> = {}, token = TOKEN): Promise<ActionRun> {
  const payload = prPayload({ number: PR, base, head });
  return runner.run(pushed(head), github, { payload, head, token, inputs: { annotations: 'workflow-commands', ...inputs } });
}

const blockingLines = (r: ActionRun) =>
  (JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as { findings: { severity: string; file: string; line: number }[] }).findings
    .filter((f) => f.severity === 'block')
    .map((f) => ({ path: f.file, line: f.line }));
const reviewPosts = () => github.requests.filter((r) => r.method === 'POST' && /\/pulls\/\d+\/reviews$/.test(r.path));

node24Test('one review per head commit, inline on the changed line; the request for changes is dismissed once fixed', async () => {
  const blocked = await run(first, { review: 'request-changes' });
  expect(blocked.code).toBe(1);
  expect(github.reviews).toHaveLength(1);
  const review = github.reviews[0]!;
  expect(review).toMatchObject({ state: 'CHANGES_REQUESTED', commit_id: first, user: ACTIONS_BOT });
  expect(review.body!.startsWith(REVIEW_MARKER)).toBe(true);
  expect(review.body).toContain('Rollout gate: blocked');
  // The finding points at the changed line itself, line 9 (the exposure field the pull request raised).
  expect(blockingLines(blocked)).toContainEqual({ path: FILE, line: 9 });
  expect(review.comments!.map((c) => ({ path: c.path, line: c.line, side: c.side }))).toEqual(
    blockingLines(blocked)
      .filter((l) => l.line === 9)
      .map((l) => ({ ...l, side: 'RIGHT' })),
  );
  expect(review.comments![0]!.body).toContain('exposure_step_within_limit');

  const again = await run(first, { review: 'request-changes' });
  expect(again.code).toBe(1);
  expect(reviewPosts()).toHaveLength(1);
  expect(again.stdout).toContain('already has our review');

  await run(second, { review: 'request-changes' });
  expect(reviewPosts()).toHaveLength(2);
  expect(github.reviews.map((r) => r.commit_id)).toEqual([first, second]);

  const pass = await run(fixed, { review: 'request-changes' });
  expect(pass.code).toBe(0);
  expect(pass.outputs['verdict']).toBe('pass');
  const dismissals = github.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/dismissals'));
  expect(dismissals.map((r) => r.path)).toEqual([`/repos/acme/agents/pulls/${PR}/reviews/${github.reviews[1]!.id}/dismissals`]);
  expect(github.reviews[1]!.state).toBe('DISMISSED');
  // Nothing to review on the fix, and never an approval.
  expect(reviewPosts()).toHaveLength(2);
  expect(github.reviews.some((r) => r.state === 'APPROVED')).toBe(false);
});

node24Test('the default mode comments without requesting changes; `off` submits nothing', async () => {
  await run(first);
  expect(github.reviews.map((r) => r.state)).toEqual(['COMMENTED']);
  await run(second, { review: 'off' });
  expect(reviewPosts()).toHaveLength(1);
});

node24Test("a fork's read-only token gets the sticky comment's fallback and a note, never a failure of its own", async () => {
  const fork = await run(first, {}, FORK_TOKEN);
  expect(fork.code).toBe(1);
  expect(fork.outputs['verdict']).toBe('block');
  expect(github.reviews).toHaveLength(0);
  expect(reviewPosts().map((r) => r.status)).toEqual([403]);
  expect(fork.summary).toContain('No pull-request review was submitted (HTTP 403)');
});
