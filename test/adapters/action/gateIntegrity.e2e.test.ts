// The action's own inputs come from the workflow file, and on a pull request that file is the pull
// request's own. These runs of the committed bundle check that a pull request cannot widen the gate that
// way: a `base` it chooses is refused, and a change to the workflow that runs the gate is reported.
import { existsSync, readFileSync } from 'node:fs';
import { COMMENT_MARKER } from '../../../src/core/render/markdown.js';
import { ActionRunner, BUNDLE, type ActionRun, type ActionRunOptions } from '../../helpers/actionRun.js';
import { fakeGitHubPerTest, pullRequestPayload as prPayload, triageManifest } from '../../helpers/actionFixtures.js';
import { ACTIONS_BOT, type FakeGitHub } from '../../helpers/fakeGitHub.js';
import { createRepo, type TestRepo } from '../../helpers/repo.js';

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

const manifest = (workflow: string, trafficPercent: number, traceEvidence: string): string =>
  triageManifest({ workflow, trafficPercent, entry: true, riskOwner: true, evidence: { trace_coverage: traceEvidence } });

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

const pullRequestPayload = (baseSha: string, headSha: string) => prPayload({ number: PR, base: baseSha, head: headSha, headRef: 'ramp-canary' });

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

const reportOf = (run: ActionRun) =>
  JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as {
    verdict: string;
    base: string;
    findings: { check: string; severity: string; file: string; line: number; message: string }[];
  };
const gateFindings = (run: ActionRun) => reportOf(run).findings.filter((f) => f.check === 'gate_config_changed');

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

fakeGitHubPerTest((g) => {
  github = g;
  g.addToken(TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' } });
});

describe('the `base` input', () => {
  test("a pull request's own head as `base` is refused: the run fails closed and says what to do", async () => {
    const run = await runPullRequest({ head: blockedHead, inputs: { base: blockedHead, comment: 'always' } });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ verdict: 'error', 'unmet-blocks': '', 'report-path': '', 'sarif-path': '', 'changed-manifests': '[]' });
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

  test("a merge queue run refuses a `base` beyond the group's base too", async () => {
    const payload = {
      merge_group: {
        head_sha: blockedHead,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-${PR}-${blockedHead}`,
        base_sha: base,
        base_ref: 'refs/heads/main',
      },
    };
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
    const run = await runner.run(repo, github, {
      event: 'push',
      payload: { before: base, after: passingHead, ref: 'refs/heads/main' },
      head: passingHead,
      token: TOKEN,
      inputs: { ...INPUTS, base: blockedHead },
    });
    expect(run.code).toBe(0);
    expect(reportOf(run)).toMatchObject({ base: blockedHead });
  });
});

describe('the workflow that runs the gate', () => {
  test('a pull request that narrows the `manifests:` input is blocked, though the narrowed gate would pass', async () => {
    const narrowed = WORKFLOW.replace('            rollouts/**/*.yml\n', '            rollouts/other/**\n');
    const head = commitOn(blockedHead, { [WORKFLOW_FILE]: narrowed }, 'gate only rollouts/other');
    // The runner passes the inputs of the workflow file that runs: the pull request's.
    const run = await runPullRequest({ head, inputs: { manifests: 'rollouts/other/**', comment: 'always' } });
    expect(run.code).toBe(1);
    expect(run.outputs['verdict']).toBe('block');
    // The narrowed globs miss the blocked triage manifest: the only finding is the gate's own.
    expect(reportOf(run).findings.map((f) => [f.check, f.severity, f.file, f.line])).toEqual([['gate_config_changed', 'block', WORKFLOW_FILE, 23]]);
    expect(gateFindings(run)[0]!.message).toBe(
      'input `manifests` of the rollout-gate step of job `rollout-gate` changed from "rollouts/**/*.yml" to "rollouts/other/**"',
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error title=Safety and policy%3A gate_config_changed,file=${WORKFLOW_FILE.replace(/\./g, '\\.')},line=23,col=\\d+::input \`manifests\``,
        'm',
      ),
    );
    const comment = github.commentsOn(PR).find((c) => c.body.startsWith(COMMENT_MARKER))!;
    expect(comment.body).toContain('gate_config_changed');
    expect(comment.body).toContain('on its own, reviewed by the gate');
    expect(comment.body).toContain('This run used the inputs and triggers as the pull request gives them');
  });

  test('a pull request that edits only a comment in the workflow warns', async () => {
    const head = commitOn(
      passingHead,
      { [WORKFLOW_FILE]: WORKFLOW.replace('# The gate: every manifest under rollouts/.', '# The rollout gate.') },
      'reword a comment',
    );
    const run = await runPullRequest({ head });
    expect(run.code).toBe(0);
    expect(run.outputs['verdict']).toBe('warn');
    expect(gateFindings(run).map((f) => [f.severity, f.line])).toEqual([['warn', 20]]);
    expect(run.stdout).toMatch(
      new RegExp(`^::warning title=Safety and policy%3A gate_config_changed,file=${WORKFLOW_FILE.replace(/\./g, '\\.')},line=20`, 'm'),
    );
  });

  test('an unchanged workflow adds nothing', async () => {
    const run = await runPullRequest({ head: passingHead });
    expect(run.code).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    expect(gateFindings(run)).toEqual([]);
    expect(run.stdout).not.toContain('::warning');
    expect(run.summary).not.toContain('[!WARNING]');
  });

  test("a change to the workflow that reached the base branch after the pull request forked is not the pull request's", async () => {
    const movedBase = commitOn(
      base,
      { [WORKFLOW_FILE]: WORKFLOW.replace('policy-dir: policies', 'policy-dir: policies\n          fail-on: warn') },
      'gate: fail on warnings',
    );
    const run = await runPullRequest({ head: passingHead, payload: pullRequestPayload(movedBase, passingHead), inputs: { 'fail-on': 'warn' } });
    expect(run.code).toBe(0);
    expect(gateFindings(run)).toEqual([]);
  });

  test('a pull request adding a new workflow that runs the gate is blocked, and the summary says there was nothing to compare with', async () => {
    const loose = '.github/workflows/loose-gate.yml';
    const head = commitOn(
      passingHead,
      { [loose]: WORKFLOW.replace('            rollouts/**/*.yml\n', '            nothing-here/**\n') },
      'a second, looser gate',
    );
    const run = await runPullRequest({
      head,
      inputs: { manifests: 'nothing-here/**' },
      env: { GITHUB_WORKFLOW_REF: `acme/agents/${loose}@refs/pull/${PR}/merge` },
    });
    expect(run.code).toBe(1);
    expect(gateFindings(run)).toEqual([
      expect.objectContaining({
        severity: 'block',
        file: loose,
        message: `the workflow ${loose} is new in this change and runs the gate: its inputs and triggers have never been reviewed on the base branch`,
      }),
    ]);
    expect(run.summary).toContain(
      `> [!WARNING]\n> The workflow ${loose} that runs the gate is new in this change, so there is no reviewed version of it to compare with.`,
    );
  });

  test('without GITHUB_WORKFLOW_REF the summary says the workflow was not checked, and the verdict stands', async () => {
    const run = await runPullRequest({ head: passingHead, env: { GITHUB_WORKFLOW_REF: undefined } });
    expect(run.code).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    expect(run.summary).toContain('GITHUB\\_WORKFLOW\\_REF is not set, so whether this change alters the workflow that runs the gate was not checked.');
  });
});
