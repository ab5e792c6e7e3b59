// What a pull-request run of the committed bundle publishes, in a clone laid out as actions/checkout leaves
// it for a pull_request event (the test merge checked out, detached; the base only as origin/main): the
// one sticky comment, recognised by the token's exact identity; retries and token errors; the check run
// with every finding; the SARIF report.
import { readFileSync } from 'node:fs';
import { COMMENT_MARKER } from '../../../src/core/render/markdown.js';
import { ActionRunner, node24Test, type ActionRun, type ActionRunOptions } from '../../helpers/actionRun.js';
import { checkout, createUpstream, type Checkout, type Upstream } from '../../helpers/checkout.js';
import { fakeGitHubPerTest, pullRequestPayload as prPayload, triageManifest } from '../../helpers/actionFixtures.js';
import { ACTIONS_BOT, CHECK_RUN_LIMITS, type FakeGitHub, type FakeUser } from '../../helpers/fakeGitHub.js';

const TOKEN = 'ghs_e2ePublishInstallation0123456789abcd';
const CHECKS_TOKEN = 'ghs_e2eChecksWriteInstallation0123456789';
const FORK_TOKEN = 'ghs_e2eForkReadOnly0123456789abcdefghij';
const APP_TOKEN = 'ghs_e2eRolloutAppInstallation0123456789';
const PAT = 'github_pat_e2eReleaseManager0123456789abcdef';
const PR = 12;
const WIDE = 13;
const EVIL_APP: FakeUser = { login: 'evil-app[bot]', id: 666, type: 'Bot' };
const ROLLOUT_APP: FakeUser = { login: 'rollout-app[bot]', id: 4242, type: 'Bot' };
const RELEASE_MANAGER: FakeUser = { login: 'release-manager', id: 90, type: 'User' };
/** Manifests in the wide pull request: more findings than one check-run request may carry. */
const MANY = 120;

const POLICY = `rollout:
  require: [trace_coverage, rollback_plan, stop_conditions_defined]
  owners: [technical]
  pacing:
    max_step_pct: 25
`;

const manifest = (workflow: string, trafficPercent: number, traceEvidence: string): string =>
  triageManifest({ workflow, trafficPercent, evidence: { trace_coverage: traceEvidence } });

const runner = new ActionRunner();
let upstream: Upstream;
let base: string;
/** Ramps 5% -> 35%, a 30-point step where the policy allows 25: blocked, one finding. */
let head: string;
let wideHead: string;
let clone: Checkout;
let wideClone: Checkout;
let github: FakeGitHub;

beforeAll(() => {
  upstream = createUpstream();
  const repo = upstream.repo;
  const others = Object.fromEntries(
    Array.from({ length: MANY }, (_, i) => [`rollouts/fleet/agent-${String(i).padStart(3, '0')}.yml`, manifest(`Agent ${i}`, 5, 'docs/traces.md')]),
  );
  base = repo.commitFiles(
    {
      'policies/rollout.yml': POLICY,
      'rollouts/triage.yml': manifest('Support triage assistant', 5, 'docs/traces.md'),
      ...others,
      'docs/rollback.md': '# Rollback\n',
      'docs/traces.md': '# Traces\n',
    },
    'assistants at 5% canary',
  );
  repo.git('checkout', '-q', '-b', 'ramp-triage');
  head = repo.commitFiles({ 'rollouts/triage.yml': manifest('Support triage assistant', 35, 'docs/traces.md') }, 'ramp triage to 35%');
  repo.git('checkout', '-q', '-b', 'ramp-fleet', 'main');
  wideHead = repo.commitFiles(
    Object.fromEntries(Object.keys(others).map((path, i) => [path, manifest(`Agent ${i}`, 50, 'docs/missing.md')])),
    'ramp the fleet to 50%',
  );
  repo.git('checkout', '-q', 'main');
  for (const [number, prHead] of [
    [PR, head],
    [WIDE, wideHead],
  ] as const) {
    upstream.setRef(`refs/pull/${number}/head`, prHead);
    upstream.setRef(`refs/pull/${number}/merge`, upstream.merge(base, prHead, `Merge ${prHead} into ${base}`));
  }
  const mergeOf = (n: number) => upstream.repo.git('rev-parse', `refs/pull/${n}/merge`).trim();
  clone = checkout(upstream, { ref: `refs/pull/${PR}/merge`, sha: mergeOf(PR), fetchDepth: 0 });
  wideClone = checkout(upstream, { ref: `refs/pull/${WIDE}/merge`, sha: mergeOf(WIDE), fetchDepth: 0 });
});

afterAll(() => {
  clone.cleanup();
  wideClone.cleanup();
  upstream.repo.cleanup();
  runner.cleanup();
});

fakeGitHubPerTest((g) => {
  github = g;
  g.addToken(TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' } });
  g.addToken(CHECKS_TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' }, checksWrite: true });
  g.addToken(FORK_TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' }, readOnly: true });
  g.addToken(APP_TOKEN, { user: ROLLOUT_APP, installation: { appSlug: 'rollout-app' }, checksWrite: true });
  g.addToken(PAT, { user: RELEASE_MANAGER });
});

const payload = (number: number, prHead: string) => prPayload({ number, base, head: prHead });

function runPr(options: Partial<ActionRunOptions> = {}): Promise<ActionRun> {
  return runner.run(clone, github, { payload: payload(PR, head), head, token: TOKEN, ...options });
}

const markerComments = (login: string) => github.commentsOn(PR).filter((c) => c.user.login === login && c.body.startsWith(COMMENT_MARKER));
const commentCalls = () => github.requests.filter((r) => /\/issues\/(?:\d+\/)?comments/.test(r.path));
const reportOf = (run: ActionRun) =>
  JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as {
    findings: { check: string; severity: string; file: string; line: number; column: number }[];
  };

describe("the sticky comment is provably the action's own", () => {
  node24Test("another app's comment carrying the marker is left alone, and ours is kept apart from it", async () => {
    const evil = github.addComment(PR, `${COMMENT_MARKER}\n## ✅ Rollout gate: passed (says evil-app)`, EVIL_APP, 'evil-app');
    const first = await runPr();
    expect(first.code).toBe(1);
    const second = await runPr({ inputs: { 'fail-on': 'warn' } });
    expect(second.code).toBe(1);
    expect(github.comments.find((c) => c.id === evil.id)!.body).toBe(evil.body);
    expect(markerComments(ACTIONS_BOT.login)).toHaveLength(1);
    expect(markerComments(ACTIONS_BOT.login)[0]!.body).toContain('## ⛔ Rollout gate: blocked');
    // The identity comes from GraphQL viewer: GET /user would answer 403 to this installation token.
    // Once per run: the comment and the review share the answer.
    expect(github.requests.filter((r) => r.path === '/graphql')).toHaveLength(2);
    expect(github.requests.some((r) => r.path === '/user')).toBe(false);
  });

  node24Test("another GitHub App's token keeps its own bot's comment, never GitHub Actions'", async () => {
    const actions = github.addComment(PR, `${COMMENT_MARKER}\n## ⛔ Rollout gate: blocked (an older GITHUB_TOKEN run)`, ACTIONS_BOT, 'github-actions');
    await runPr({ token: APP_TOKEN, inputs: { annotations: 'workflow-commands' } });
    await runPr({ token: APP_TOKEN, inputs: { annotations: 'workflow-commands' } });
    expect(markerComments(ROLLOUT_APP.login)).toHaveLength(1);
    expect(github.comments.find((c) => c.id === actions.id)!.body).toBe(actions.body);
  });

  node24Test('a personal token comments as its user and finds that comment again', async () => {
    const first = await runPr({ token: PAT });
    expect(first.code).toBe(1);
    await runPr({ token: PAT });
    expect(markerComments(RELEASE_MANAGER.login)).toHaveLength(1);
    expect(commentCalls().filter((r) => r.method === 'POST')).toHaveLength(1);
    // GitHub refuses check runs to personal tokens: the findings go to the log instead.
    expect(first.stdout).toContain('::error title=Ownership and rollback%3A exposure_step_within_limit,file=rollouts/triage.yml');
  });

  node24Test('a POST whose answer was lost, then retried, leaves one comment: the action deletes its duplicate', async () => {
    github.fail({ method: 'POST', path: /\/issues\/12\/comments$/, status: 502, afterEffect: true });
    const run = await runPr();
    expect(run.code).toBe(1);
    expect(
      commentCalls()
        .filter((r) => r.method === 'POST')
        .map((r) => r.status),
    ).toEqual([502, 201]);
    expect(commentCalls().filter((r) => r.method === 'DELETE')).toHaveLength(1);
    expect(markerComments(ACTIONS_BOT.login)).toHaveLength(1);
    expect(run.stdout).toMatch(/^Pull-request comment unchanged: #\d+ \(removed 1 duplicate\)\.$/m);
  });

  node24Test('two overlapping runs leave one comment', async () => {
    const [a, b] = await Promise.all([runPr(), runPr()]);
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(markerComments(ACTIONS_BOT.login)).toHaveLength(1);
    expect(github.commentsOn(PR)).toHaveLength(1);
  });
});

describe('API errors', () => {
  node24Test('a plain 429 with Retry-After is waited out, then the comment is posted', async () => {
    github.fail({ method: 'GET', path: /\/issues\/12\/comments$/, status: 429, headers: { 'retry-after': '2' }, body: { message: 'Too Many Requests' } });
    const run = await runPr();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^GitHub API answered 429 \(too many requests\) on GET \S*\/repos\/acme\/agents\/issues\/12\/comments\S*: retrying after 2s\.$/m,
    );
    expect(
      commentCalls()
        .filter((r) => r.method === 'GET')
        .map((r) => r.status)
        .slice(0, 2),
    ).toEqual([429, 200]);
    expect(markerComments(ACTIONS_BOT.login)).toHaveLength(1);
    expect(run.stdout).not.toContain('::warning');
  });

  node24Test('a token GitHub refuses (401) is reported as invalid or expired, not as a fork', async () => {
    const run = await runPr({ token: 'ghs_e2eRevokedToken000000000000000000000' });
    expect(run.code).toBe(1);
    expect(run.outputs['verdict']).toBe('block');
    expect(run.stdout).toMatch(
      /^::warning::The pull-request comment could not be posted: GitHub refused the token \(HTTP 401: bad credentials\): it is invalid, expired or revoked\./m,
    );
    expect(run.stdout).not.toMatch(/fork/i);
    expect(run.stdout).toContain('No check run: GitHub refused the token (HTTP 401');
    expect(run.summary).toContain('GitHub refused the token');
  });
});

describe('the check run', () => {
  node24Test('a token with checks: write gets one check run, rollout-gate, with every finding on its manifest line', async () => {
    const run = await runPr({ token: CHECKS_TOKEN });
    expect(run.code).toBe(1);
    expect(github.checkRuns).toHaveLength(1);
    const check = github.checkRuns[0]!;
    expect(check).toMatchObject({ name: 'rollout-gate', head_sha: head, status: 'completed', conclusion: 'failure' });
    expect(check.output.title).toBe('Blocked: 1 unmet readiness block');
    expect(check.output.summary).toBe(
      `1 blocking finding and 0 warnings in 1 manifest checked, base \`${base.slice(0, 12)}\` → head \`${head.slice(0, 12)}\`.`,
    );
    expect(check.output.text).toContain('## ⛔ Rollout gate: blocked');
    expect(check.output.text).not.toContain(COMMENT_MARKER);
    const findings = reportOf(run).findings;
    expect(findings.map((f) => f.check)).toEqual(['exposure_step_within_limit']);
    expect(check.annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual(findings.map((f) => [f.file, f.line, 'failure']));
    expect(check.annotations[0]).toMatchObject({
      title: 'Ownership and rollback: exposure_step_within_limit',
      message: expect.stringContaining('rises by 30 points (5% -> 35%)'),
    });
    // The findings are not annotated a second time through the log.
    expect(run.stdout).not.toMatch(/^::error title=/m);
    expect(run.stdout).toMatch(/^Check run rollout-gate published: #\d+, 1 annotation\.$/m);
  });

  node24Test('more than 50 findings: one run, the first 50 with its creation and the rest 50 at a time', async () => {
    const run = await runner.run(wideClone, github, { payload: payload(WIDE, wideHead), head: wideHead, token: CHECKS_TOKEN, inputs: { comment: 'never' } });
    expect(run.code).toBe(1);
    const findings = reportOf(run).findings;
    expect(findings.length).toBeGreaterThan(2 * 50);
    expect(findings.length % 50).not.toBe(0);
    const check = github.checkRuns[0]!;
    expect(github.checkRuns).toHaveLength(1);
    const requests = Math.ceil(findings.length / 50);
    expect(check.batches).toEqual([...Array<number>(requests - 1).fill(50), findings.length - 50 * (requests - 1)]);
    expect(check.annotations).toHaveLength(findings.length);
    expect(github.requests.filter((r) => r.path.includes('/check-runs')).map((r) => r.method)).toEqual(['POST', ...Array<string>(requests - 1).fill('PATCH')]);
    expect(check.output.text!.length).toBeLessThanOrEqual(CHECK_RUN_LIMITS.outputChars);
    // Workflow-command annotations would have shown 10 of them; the summary needs no "omitted" note.
    expect(run.summary).not.toContain('GitHub shows at most 10 error');
  });

  node24Test("a fork's read-only token falls back to workflow-command annotations", async () => {
    const run = await runPr({ token: FORK_TOKEN });
    expect(run.code).toBe(1);
    expect(github.checkRuns).toEqual([]);
    expect(run.stdout).toContain("No check run: HTTP 403, the token has no `checks: write`: a fork's token is read-only");
    expect(run.stdout).toContain('::error title=Ownership and rollback%3A exposure_step_within_limit,file=rollouts/triage.yml');
  });

  node24Test('annotations: workflow-commands never tries a check run', async () => {
    const run = await runPr({ token: CHECKS_TOKEN, inputs: { annotations: 'workflow-commands' } });
    expect(run.code).toBe(1);
    expect(github.requests.some((r) => r.path.includes('/check-runs'))).toBe(false);
    expect(run.stdout).toContain('::error title=Ownership and rollback%3A exposure_step_within_limit,file=rollouts/triage.yml');
  });

  node24Test('a warning that does not fail the step is a neutral check; with fail-on: warn it fails', async () => {
    const warnPolicy = POLICY + '  severity:\n    exposure_step_within_limit: warn\n';
    const repo = upstream.repo;
    repo.git('checkout', '-q', '-b', 'lenient', 'main');
    const lenientBase = repo.commitFiles({ 'policies/rollout.yml': warnPolicy }, 'policy: warn only');
    const lenientHead = repo.commitFiles({ 'rollouts/triage.yml': manifest('Support triage assistant', 35, 'docs/traces.md') }, 'ramp');
    repo.git('checkout', '-q', 'main');
    upstream.setRef('refs/pull/14/merge', upstream.merge(lenientBase, lenientHead, 'merge'));
    const lenient = checkout(upstream, { ref: 'refs/pull/14/merge', sha: repo.git('rev-parse', 'refs/pull/14/merge').trim(), fetchDepth: 0 });
    try {
      const prPayload = {
        ...payload(14, lenientHead),
        pull_request: { number: 14, base: { sha: lenientBase, ref: 'main' }, head: { sha: lenientHead, ref: 'ramp' } },
      };
      const passing = await runner.run(lenient, github, { payload: prPayload, head: lenientHead, token: CHECKS_TOKEN, inputs: { comment: 'never' } });
      expect(passing.code).toBe(0);
      expect(github.checkRuns.at(-1)).toMatchObject({ conclusion: 'neutral', output: expect.objectContaining({ title: 'Passed with 1 warning' }) });
      const failing = await runner.run(lenient, github, {
        payload: prPayload,
        head: lenientHead,
        token: CHECKS_TOKEN,
        inputs: { comment: 'never', 'fail-on': 'warn' },
      });
      expect(failing.code).toBe(1);
      expect(github.checkRuns.at(-1)).toMatchObject({
        conclusion: 'failure',
        output: expect.objectContaining({ title: 'Failed with 1 warning (fail-on: warn)' }),
      });
      expect(github.checkRuns.at(-1)!.annotations.every((a) => a.annotation_level === 'warning')).toBe(true);
    } finally {
      lenient.cleanup();
    }
  });
});

describe('SARIF', () => {
  node24Test('sarif-path writes the SARIF report, one result per finding, and names it in an output', async () => {
    const run = await runPr({ inputs: { 'sarif-path': 'out/rollout-gate.sarif' } });
    expect(run.code).toBe(1);
    expect(run.outputs['sarif-path']).toBe(`${clone.dir}/out/rollout-gate.sarif`);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-path']!, 'utf8')) as {
      version: string;
      runs: {
        tool: { driver: { name: string } };
        results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const findings = reportOf(run).findings;
    expect(
      sarif.runs[0]!.results.map((r) => [
        r.ruleId,
        r.level,
        r.locations[0]!.physicalLocation.artifactLocation.uri,
        r.locations[0]!.physicalLocation.region.startLine,
      ]),
    ).toEqual(findings.map((f) => [f.check, f.severity === 'block' ? 'error' : 'warning', f.file, f.line]));
  });

  node24Test('without sarif-path no SARIF file is written and the output is empty', async () => {
    const run = await runPr();
    expect(run.outputs['sarif-path']).toBe('');
  });
});
