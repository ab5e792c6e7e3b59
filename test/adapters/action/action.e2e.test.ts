// The committed bundle (dist/index.js), run as the runner's `node24` runs it: a child process with the
// runner's environment (INPUT_* variables, the event payload file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY),
// a real git repository as the workspace, and a fake GitHub API on 127.0.0.1.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMENT_MARKER } from '../../../src/core/render/markdown.js';
import { ActionRunner, BUNDLE, RUN_CLOCK_START, node24Test, type ActionRun, type ActionRunOptions } from '../../helpers/actionRun.js';
import { createRepo, type TestRepo } from '../../helpers/repo.js';
import { fakeGitHubPerTest, pullRequestPayload as prPayload, triageManifest } from '../../helpers/actionFixtures.js';
import { ACTIONS_BOT, type FakeGitHub, type FakeUser } from '../../helpers/fakeGitHub.js';

const TOKEN = 'ghs_e2eInstallationToken0123456789abcdef';
const FORK_TOKEN = 'ghs_e2eForkReadOnlyToken0123456789abcdef';
const PR = 12;
const HUMAN: FakeUser = { login: 'mallory', id: 77, type: 'User' };
const SECONDARY_LIMIT = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' };

const POLICY = `rollout:
  require: [trace_coverage, rollback_plan, stop_conditions_defined]
  owners: [technical, risk]
  pacing:
    max_step_pct: 25
`;

function manifest(trafficPercent: number, traceEvidence: string | null): string {
  const stopConditions = ['cost_per_account > $1.50', 'customer_complaint_count >= 3'];
  return triageManifest({
    trafficPercent,
    entry: true,
    riskOwner: true,
    stopConditions,
    evidence: traceEvidence === null ? {} : { trace_coverage: traceEvidence },
  });
}

const runner = new ActionRunner();

/** Runs dist/index.js with Node 24 the way the runner does for `runs.using: node24` (test/helpers/actionRun.ts). */
function runAction(repo: TestRepo, github: FakeGitHub, options: Omit<ActionRunOptions, 'token'> & { readonly token?: string }): Promise<ActionRun> {
  return runner.run(repo, github, { ...options, token: options.token ?? TOKEN });
}

const pullRequestPayload = (base: string, head: string, fork = false) => prPayload({ number: PR, base, head, headRef: 'ramp-canary', fork });

/** Requests to the issue-comment endpoints only (the run also asks who the token is and tries a check run). */
const commentRequests = (github: FakeGitHub) => github.requests.filter((r) => /\/issues\/(?:\d+\/)?comments/.test(r.path));

/** Our comments: the bot's, carrying the marker. */
const ours = (github: FakeGitHub) => github.commentsOn(PR).filter((c) => c.user.login === ACTIONS_BOT.login && c.body.startsWith(COMMENT_MARKER));

function expectNoSecrets(run: ActionRun, ...tokens: string[]): void {
  for (const token of tokens) {
    expect(run.stdout).not.toContain(token);
    expect(run.stderr).not.toContain(token);
    expect(run.summary).not.toContain(token);
    expect(JSON.stringify(run.outputs)).not.toContain(token);
  }
}

let repo: TestRepo;
let base: string;
let blockedHead: string;
let fixedHead: string;
let github: FakeGitHub;

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run build` first.');
  repo = createRepo();
  base = repo.commitFiles(
    {
      'policies/rollout.yml': POLICY,
      'rollouts/triage.yml': manifest(5, 'docs/traces.md'),
      'docs/rollback.md': '# Rollback\nFlip the flag off.\n',
      'docs/traces.md': '# Trace coverage\n100% of runs carry a trace_id.\n',
    },
    'triage assistant at 5% canary',
  );
  // The pull request: canary 5% -> 25%, pointing at trace evidence it forgot to commit.
  blockedHead = repo.commitFiles({ 'rollouts/triage.yml': manifest(25, 'docs/traces-canary.md') }, 'ramp canary to 25%');
  // The fix: the evidence is committed.
  fixedHead = repo.commitFiles({ 'docs/traces-canary.md': '# Trace coverage at 25%\nAll canary runs traced.\n' }, 'add canary trace coverage');
});

afterAll(() => {
  repo.cleanup();
  runner.cleanup();
});

fakeGitHubPerTest((g) => {
  github = g;
  g.addToken(TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' } });
  g.addToken(FORK_TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' }, readOnly: true });
});

node24Test('a blocked pull request fails the step, annotates, comments once, and turns green when fixed', async () => {
  const quoted = github.addComment(PR, `${COMMENT_MARKER}\n## ✅ Rollout gate: passed (quoted by a human)`, HUMAN);

  const first = await runAction(repo, github, { payload: pullRequestPayload(base, blockedHead), head: blockedHead });
  expect(first.code).toBe(1);
  expect(first.stdout).toContain('::error title=Observability%3A trace_coverage,file=rollouts/triage.yml,line=22,col=21::trace-coverage evidence');
  expect(first.stdout).toMatch(/^::error::Rollout gate: blocked, 2 unmet readiness blocks/m);
  expect(first.outputs).toEqual({
    verdict: 'block',
    'unmet-blocks': '2',
    'report-path': join(first.runnerTemp, 'rollout-gate-report.json'),
    'sarif-path': '',
    'changed-manifests': '["rollouts/triage.yml"]',
  });
  const report = JSON.parse(readFileSync(first.outputs['report-path']!, 'utf8'));
  expect(report).toMatchObject({ verdict: 'block', base, head: blockedHead });
  expect(first.summary).toContain('## ⛔ Rollout gate: blocked');
  expect(first.summary).not.toContain(COMMENT_MARKER);
  expect(ours(github)).toHaveLength(1);
  expect(ours(github)[0]!.body).toContain('## ⛔ Rollout gate: blocked');
  expect(ours(github)[0]!.body).toContain('stages.canary.traffic\\_percent 5% -&gt; 25%, +20 points');
  expect(ours(github)[0]!.body).toContain('**Owners to notify:** @platform-lead');
  // The chart draws the proposed step at the run's time, to the minute; each run's clock starts at the same instant.
  expect(ours(github)[0]!.body).toContain(`25% proposed :milestone, step1, ${RUN_CLOCK_START.slice(0, 16).replace('T', ' ')}, 0d`);
  expect(ours(github)[0]!.body).toContain('[full report in the job summary](https://github.com/acme/agents/actions/runs/4242)');
  expectNoSecrets(first, TOKEN);

  const writesBefore = commentRequests(github).filter((r) => r.method !== 'GET').length;
  const second = await runAction(repo, github, { payload: pullRequestPayload(base, blockedHead), head: blockedHead });
  expect(second.code).toBe(1);
  expect(ours(github)).toHaveLength(1);
  // Same verdict, same text: the comment is left alone rather than edited for nothing.
  expect(commentRequests(github).filter((r) => r.method !== 'GET')).toHaveLength(writesBefore);

  const third = await runAction(repo, github, { payload: pullRequestPayload(base, fixedHead), head: fixedHead });
  expect(third.code).toBe(0);
  expect(third.stdout).not.toContain('::error');
  expect(third.outputs).toMatchObject({ verdict: 'pass', 'unmet-blocks': '0' });
  expect(ours(github)).toHaveLength(1);
  expect(ours(github)[0]!.body).toContain('## ✅ Rollout gate: passed');
  expect(ours(github)[0]!.body).not.toContain('⛔');
  expectNoSecrets(third, TOKEN);

  // Three runs, one comment of ours, and the human's comment quoting the marker was never touched.
  expect(github.commentsOn(PR)).toHaveLength(2);
  expect(github.comments.find((c) => c.id === quoted.id)?.body).toBe(quoted.body);
  expect(commentRequests(github).filter((r) => r.method === 'POST')).toHaveLength(1);
  expect(commentRequests(github).filter((r) => r.method === 'PATCH')).toHaveLength(1);
  expect(github.requests.every((r) => r.token === TOKEN)).toBe(true);
});

node24Test('a 502 on creating the comment is retried and the comment posted', async () => {
  github.fail({ method: 'POST', path: /\/issues\/12\/comments$/, status: 502, body: { message: 'Server Error' } });
  const run = await runAction(repo, github, { payload: pullRequestPayload(base, blockedHead), head: blockedHead });
  expect(run.code).toBe(1);
  expect(
    commentRequests(github)
      .filter((r) => r.method === 'POST')
      .map((r) => r.status),
  ).toEqual([502, 201]);
  expect(ours(github)).toHaveLength(1);
  expect(run.stdout).not.toContain('::warning');
  expectNoSecrets(run, TOKEN);
});

node24Test('a 429 secondary rate limit with retry-after is waited out', async () => {
  github.fail({ method: 'GET', path: /\/issues\/12\/comments$/, status: 429, headers: { 'retry-after': '1' }, body: SECONDARY_LIMIT });
  const run = await runAction(repo, github, { payload: pullRequestPayload(base, fixedHead), head: fixedHead });
  expect(run.code).toBe(0);
  // The listing is retried; after posting, the thread is listed once more to find duplicates.
  expect(
    commentRequests(github)
      .filter((r) => r.method === 'GET')
      .map((r) => r.status),
  ).toEqual([429, 200, 200]);
  expect(run.stdout).toMatch(/^GitHub API secondary rate limit on GET \S*\/repos\/acme\/agents\/issues\/12\/comments\S*: retrying after 1s\.$/m);
  expect(ours(github)).toHaveLength(1);
  expect(ours(github)[0]!.body).toContain('Rollout gate: passed');
});

node24Test("a fork's read-only token (403): a warning and a summary note, and the status still carries the verdict", async () => {
  const blocked = await runAction(repo, github, { payload: pullRequestPayload(base, blockedHead, true), head: blockedHead, token: FORK_TOKEN });
  expect(blocked.code).toBe(1);
  expect(blocked.stdout).toMatch(/^::warning::The pull-request comment could not be posted \(HTTP 403\)/m);
  expect(blocked.summary).toContain('> [!WARNING]\n> The pull-request comment could not be posted (HTTP 403)');
  expect(blocked.outputs['verdict']).toBe('block');

  const passing = await runAction(repo, github, { payload: pullRequestPayload(base, fixedHead, true), head: fixedHead, token: FORK_TOKEN });
  expect(passing.code).toBe(0);
  expect(passing.stdout).toMatch(/^::warning::The pull-request comment could not be posted \(HTTP 403\)/m);
  expect(github.commentsOn(PR)).toEqual([]);
  expectNoSecrets(blocked, FORK_TOKEN);
  expectNoSecrets(passing, FORK_TOKEN);
});

node24Test('comment: on-failure posts nothing for a passing change', async () => {
  const run = await runAction(repo, github, { payload: pullRequestPayload(base, fixedHead), head: fixedHead, inputs: { comment: 'on-failure' } });
  expect(run.code).toBe(0);
  expect(github.commentsOn(PR)).toEqual([]);
  expect(commentRequests(github).filter((r) => r.method !== 'GET')).toEqual([]);
});

node24Test('a pull request that touches no rollout file starts no comment, but corrects an earlier one', async () => {
  const docs = repo.commitFiles({ 'docs/unrelated.md': '# Notes\n' }, 'unrelated docs change');
  try {
    const quiet = await runAction(repo, github, { payload: pullRequestPayload(fixedHead, docs), head: docs });
    expect(quiet.code).toBe(0);
    expect(quiet.summary).toContain('No rollout manifest changed');
    expect(github.commentsOn(PR)).toEqual([]);

    const stale = github.addComment(PR, `${COMMENT_MARKER}\n## ⛔ Rollout gate: blocked`, ACTIONS_BOT, 'github-actions');
    await runAction(repo, github, { payload: pullRequestPayload(fixedHead, docs), head: docs });
    expect(ours(github).map((c) => c.id)).toEqual([stale.id]);
    expect(ours(github)[0]!.body).toContain('No rollout manifest changed');
  } finally {
    repo.git('reset', '-q', '--hard', fixedHead);
  }
});

node24Test('comment: never starts no comment, but corrects an existing one, as action.yml promises', async () => {
  const run = await runAction(repo, github, { payload: pullRequestPayload(base, blockedHead), head: blockedHead, inputs: { comment: 'never' } });
  expect(run.code).toBe(1);
  expect(github.commentsOn(PR)).toEqual([]);
  expect(commentRequests(github).filter((r) => r.method !== 'GET')).toEqual([]);

  // An earlier run (before the workflow switched to `never`) left a "passed" comment: it must not linger.
  const stale = github.addComment(PR, `${COMMENT_MARKER}\n## ✅ Rollout gate: passed`, ACTIONS_BOT, 'github-actions');
  const again = await runAction(repo, github, { payload: pullRequestPayload(base, blockedHead), head: blockedHead, inputs: { comment: 'never' } });
  expect(again.code).toBe(1);
  expect(ours(github).map((c) => c.id)).toEqual([stale.id]);
  expect(ours(github)[0]!.body).toContain('## ⛔ Rollout gate: blocked');
});

node24Test('without a token, no API call at all', async () => {
  const run = await runAction(repo, github, { payload: pullRequestPayload(base, blockedHead), head: blockedHead, token: '' });
  expect(run.code).toBe(1);
  expect(run.outputs['verdict']).toBe('block');
  expect(run.stdout).toMatch(/^::warning::No github-token was given, so no pull-request comment was posted\./m);
  expect(run.stdout).toContain('::error title=Observability%3A trace_coverage,file=rollouts/triage.yml,line=22');
  expect(github.requests).toEqual([]);
});

node24Test('a push: compared with `before`, no comment, the report in the job summary', async () => {
  const run = await runAction(repo, github, { event: 'push', payload: { before: base, after: blockedHead, ref: 'refs/heads/main' }, head: blockedHead });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(`rollout-gate: push: base ${base.slice(0, 12)} → head ${blockedHead.slice(0, 12)}`);
  expect(run.summary).toContain('## ⛔ Rollout gate: blocked');
  // No comment on a push; only the check run is tried (this token cannot create one).
  expect(github.requests.map((r) => [r.method, r.path, r.status])).toEqual([['POST', '/repos/acme/agents/check-runs', 403]]);
});

node24Test('fail-on warn fails the step on warnings too', async () => {
  const warnPolicy = repo.commitFiles({ 'policies/rollout.yml': `${POLICY}  severity:\n    trace_coverage: warn\n` }, 'policy: trace coverage only warns');
  const pr = repo.commitFiles({ 'rollouts/triage.yml': manifest(25, null) }, 'ramp without trace evidence');
  try {
    const lenient = await runAction(repo, github, { payload: pullRequestPayload(warnPolicy, pr), head: pr, inputs: { comment: 'never' } });
    expect(lenient.outputs['verdict']).toBe('warn');
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/^::warning title=Observability%3A trace_coverage,file=rollouts\/triage.yml/m);
    expect(lenient.stdout).not.toContain('::error');

    const strict = await runAction(repo, github, { payload: pullRequestPayload(warnPolicy, pr), head: pr, inputs: { comment: 'never', 'fail-on': 'warn' } });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^::error::Rollout gate: 1 warning, and fail-on is "warn"/m);
  } finally {
    repo.git('reset', '-q', '--hard', fixedHead);
  }
});

node24Test('a base missing from the clone fails closed, telling the user to fetch full history', async () => {
  const missing = 'f'.repeat(40);
  const run = await runAction(repo, github, { payload: pullRequestPayload(missing, fixedHead), head: fixedHead });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^::error::rollout-gate could not check this change: .*fetch-depth: 0/m);
  expect(run.outputs['verdict']).toBe('error');
  expect(run.summary).toContain('## ⛔ Rollout gate: could not check this change');
  // The pull request learns about it too, so an earlier "passed" comment cannot linger.
  expect(ours(github)).toHaveLength(1);
  expect(ours(github)[0]!.body).toContain('could not check this change');
});

node24Test('a bad input fails the step with a message naming the input', async () => {
  const run = await runAction(repo, github, { payload: pullRequestPayload(base, fixedHead), head: fixedHead, inputs: { comment: 'sometimes' } });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('::error::Input "comment" must be one of "always", "on-failure", "never"; got "sometimes".');
  expect(github.requests).toEqual([]);
});

node24Test('an unusable event payload fails the step rather than passing', async () => {
  const run = await runAction(repo, github, { payload: { pull_request: { number: PR } }, head: fixedHead });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^::error::rollout-gate cannot tell which commits to compare: the event payload has no valid pull_request\.base\.sha/m);
  expect(run.outputs['verdict']).toBe('error');
});
