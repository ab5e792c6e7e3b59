// The action's own inputs come from the workflow file, and on a pull request that file is the pull
// request's own. These runs of the committed bundle check that a pull request cannot widen the gate that
// way: a `base` it chooses is refused.
import { existsSync, readFileSync } from 'node:fs';
import { COMMENT_MARKER } from '../../src/render/markdown.js';
import { ActionRunner, BUNDLE, type ActionRun, type ActionRunOptions } from '../helpers/actionRun.js';
import { ACTIONS_BOT, FakeGitHub, openApiProblems } from '../helpers/fakeGitHub.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

const TOKEN = 'ghs_e2eInstallationToken0123456789abcdef';
const PR = 12;
const WORKFLOW_FILE = '.github/workflows/rollout-gate.yml';
const WORKFLOW_REF = `acme/agents/${WORKFLOW_FILE}@refs/pull/${PR}/merge`;

const POLICY = `rollout:
  require: [trace_coverage, rollback_plan, stop_conditions_defined]
  owners: [technical, risk]
  pacing:
    max_step_pct: 25
`;

function manifest(workflow: string, trafficPercent: number, traceEvidence: string): string {
  return `rollout_plan:
  workflow: "${workflow}"
  current_stage: canary
  stages:
    limited_beta:
      accounts: 20
      exit: ["precision_at_top_10 >= 0.85"]
    canary:
      traffic_percent: ${trafficPercent}
      entry: ["limited beta exit met"]
      exit: ["error_rate < 0.01 for 7d"]
  stop_conditions:
    - "cost_per_account > $1.50"
  owners:
    technical: { name: "AI Platform on-call", github: "@platform-lead" }
    risk: { name: "Trust steward", github: "@acme/trust" }
    rollback: "AI Platform on-call"
  rollback:
    plan: docs/rollback.md
  evidence:
    trace_coverage: ${traceEvidence}
`;
}

const WORKFLOW = `name: Rollout gate

on:
  pull_request:
  merge_group:

permissions:
  contents: read
  pull-requests: write

jobs:
  rollout-gate:
    name: rollout-gate
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          fetch-depth: 0
          persist-credentials: false
      # The gate: every manifest under rollouts/.
      - uses: acme/rollout-gate@v1
        with:
          manifests: |
            rollouts/**/*.yml
          policy-dir: policies
`;

/** The workflow's inputs as the runner passes them (the runner reads them from the file that runs). */
const INPUTS = { manifests: 'rollouts/**/*.yml', 'policy-dir': 'policies' };

const runner = new ActionRunner();
let repo: TestRepo;
let older: string;
let base: string;
/** Ramps the triage assistant 5% -> 25% pointing at trace evidence it never committed: blocked. */
let blockedHead: string;
/** The same ramp with its evidence: passes. */
let passingHead: string;
let github: FakeGitHub;

/** A commit on top of `parent` (detached: the work tree is irrelevant, the action reads git objects). */
function commitOn(parent: string, files: Record<string, string>, message: string): string {
  repo.git('checkout', '-q', '--detach', parent);
  return repo.commitFiles(files, message);
}

function pullRequestPayload(baseSha: string, headSha: string) {
  return {
    action: 'synchronize',
    number: PR,
    pull_request: {
      number: PR,
      state: 'open',
      base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/agents', fork: false } },
      head: { sha: headSha, ref: 'ramp-canary', repo: { full_name: 'acme/agents', fork: false } },
    },
    repository: { name: 'agents', full_name: 'acme/agents', owner: { login: 'acme' } },
  };
}

type PullRequestRun = Partial<ActionRunOptions> & { readonly head: string };

/** A pull_request run of the workflow at WORKFLOW_REF, against `base` unless the payload says otherwise. */
function runPullRequest(options: PullRequestRun): Promise<ActionRun> {
  return runner.run(repo, github, {
    payload: pullRequestPayload(base, options.head),
    token: TOKEN,
    ...options,
    inputs: { ...INPUTS, comment: 'never', ...options.inputs },
    env: { GITHUB_WORKFLOW_REF: WORKFLOW_REF, ...options.env },
  });
}

const reportOf = (run: ActionRun) => JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as { verdict: string; base: string; findings: { check: string; severity: string; file: string; line: number; message: string }[] };

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run build` first.');
  repo = createRepo();
  older = repo.commitFiles(
    {
      'policies/rollout.yml': POLICY,
      'rollouts/triage.yml': manifest('Support triage assistant', 5, 'docs/traces.md'),
      'rollouts/other/notes.yml': manifest('Meeting notes assistant', 5, 'docs/traces.md'),
      'docs/rollback.md': '# Rollback\nFlip the flag off.\n',
      'docs/traces.md': '# Trace coverage\n100% of runs carry a trace_id.\n',
      [WORKFLOW_FILE]: WORKFLOW,
    },
    'two assistants at 5% canary, gated',
  );
  base = repo.commitFiles({ 'docs/rollback.md': '# Rollback\nFlip the flag off, then page the on-call.\n' }, 'rollback: page the on-call');
  blockedHead = commitOn(base, { 'rollouts/triage.yml': manifest('Support triage assistant', 25, 'docs/traces-canary.md') }, 'ramp triage to 25%');
  passingHead = repo.commitFiles({ 'docs/traces-canary.md': '# Trace coverage at 25%\nAll canary runs traced.\n' }, 'add canary trace coverage');
});

afterAll(() => {
  repo.cleanup();
  runner.cleanup();
});

beforeEach(async () => {
  github = await FakeGitHub.start();
  github.addToken(TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' } });
});

afterEach(async () => {
  for (const request of github.requests) expect(openApiProblems(request)).toEqual([]);
  await github.close();
});

describe('the `base` input', () => {
  test("a pull request's own head as `base` is refused: the run fails closed and says what to do", async () => {
    const run = await runPullRequest({ head: blockedHead, inputs: { base: blockedHead, comment: 'always' } });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ verdict: 'error', 'unmet-blocks': '', 'report-path': '', 'changed-manifests': '[]' });
    expect(run.stdout).toContain(
      `::error::rollout-gate could not check this change: the \`base\` input ("${blockedHead}") is not the event's base commit ${base} or an ancestor of it.`,
    );
    expect(run.stdout).toContain('To fix: remove the `base` input');
    expect(run.summary).toContain('## ⛔ Rollout gate: could not check this change');
    // The pull request hears about it, so no earlier "passed" comment lingers.
    const ours = github.commentsOn(PR).filter((c) => c.user.login === ACTIONS_BOT.login && c.body.startsWith(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('is not the event');
  });

  test('a merge queue run refuses a `base` beyond the group\'s base too', async () => {
    const payload = { merge_group: { head_sha: blockedHead, head_ref: `refs/heads/gh-readonly-queue/main/pr-${PR}-${blockedHead}`, base_sha: base, base_ref: 'refs/heads/main' } };
    const run = await runPullRequest({ event: 'merge_group', payload, head: blockedHead, inputs: { base: blockedHead } });
    expect(run.code).toBe(1);
    expect(run.outputs['verdict']).toBe('error');
    expect(run.stdout).toContain(`is not the event's base commit ${base} or an ancestor of it`);
  });

  test('a `base` that names no commit fails closed as a missing commit, not as "not an ancestor"', async () => {
    const run = await runPullRequest({ head: blockedHead, inputs: { base: 'e'.repeat(40) } });
    expect(run.code).toBe(1);
    expect(run.outputs['verdict']).toBe('error');
    expect(run.stdout).toMatch(/^::error::rollout-gate could not check this change: revision "e{40}" does not name a commit/m);
  });

  test('an older ancestor of the base is accepted and compared with', async () => {
    const run = await runPullRequest({ head: passingHead, inputs: { base: older } });
    expect(run.code).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    expect(reportOf(run)).toMatchObject({ verdict: 'pass', base: older });
  });

  test('the base itself is accepted', async () => {
    const run = await runPullRequest({ head: passingHead, inputs: { base } });
    expect(run.code).toBe(0);
    expect(reportOf(run)).toMatchObject({ verdict: 'pass', base });
  });

  test('on a push the input is honoured as given, whatever it is', async () => {
    const run = await runner.run(repo, github, { event: 'push', payload: { before: base, after: passingHead, ref: 'refs/heads/main' }, head: passingHead, token: TOKEN, inputs: { ...INPUTS, base: blockedHead } });
    expect(run.code).toBe(0);
    expect(reportOf(run)).toMatchObject({ base: blockedHead });
  });
});
