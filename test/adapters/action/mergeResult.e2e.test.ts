// What merges is what the action judges: on a pull request whose base deleted an evidence file after the
// branch forked, the checkout's merge commit (refs/pull/N/merge) lacks the file while the head still has
// it. The action computes the merge from git objects, so the verdict does not depend on what the checkout
// left in the work tree, and it says in the summary where the evidence was read.
import { readFileSync } from 'node:fs';
import { ActionRunner, node24Test, type ActionRun } from '../../helpers/actionRun.js';
import { checkout, createUpstream, type Checkout, type Upstream } from '../../helpers/checkout.js';
import { fakeGitHubPerTest, pullRequestPayload, triageManifest } from '../../helpers/actionFixtures.js';
import { ACTIONS_BOT, type FakeGitHub } from '../../helpers/fakeGitHub.js';

const TOKEN = 'ghs_e2eMergeResultToken0123456789abcdefgh';
const PR = 31;
const POLICY = 'rollout:\n  require: [rollback_plan, offline_eval_pass]\n  owners: [technical]\n';

const manifest = (trafficPercent: number): string => triageManifest({ trafficPercent, evidence: { offline_eval: 'evals/triage.md' } });

const runner = new ActionRunner();
let upstream: Upstream;
let base: string;
let head: string;
let merge: string;
let full: Checkout;
let shallow: Checkout;
let github: FakeGitHub;

beforeAll(() => {
  upstream = createUpstream();
  const repo = upstream.repo;
  repo.commitFiles(
    { 'policies/rollout.yml': POLICY, 'rollouts/triage.yml': manifest(5), 'docs/rollback.md': '# Rollback\n', 'evals/triage.md': 'precision 0.91\n' },
    'triage at 5%',
  );
  repo.git('checkout', '-q', '-b', 'ramp');
  head = repo.commitFiles({ 'rollouts/triage.yml': manifest(10) }, 'triage at 10%');
  repo.git('checkout', '-q', 'main');
  base = repo.commitFiles({ 'evals/triage.md': null }, 'retire the triage eval');
  upstream.setRef(`refs/pull/${PR}/head`, head);
  merge = upstream.merge(base, head, `Merge ${head} into ${base}`);
  upstream.setRef(`refs/pull/${PR}/merge`, merge);
  full = checkout(upstream, { ref: `refs/pull/${PR}/merge`, sha: merge, fetchDepth: 0 });
  shallow = checkout(upstream, { ref: `refs/pull/${PR}/merge`, sha: merge, fetchDepth: 1 });
});

afterAll(() => {
  full.cleanup();
  shallow.cleanup();
  upstream.repo.cleanup();
  runner.cleanup();
});

fakeGitHubPerTest((g) => {
  github = g;
  g.addToken(TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' } });
});

function runPullRequest(clone: Checkout, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runner.run(clone, github, {
    payload: pullRequestPayload({ number: PR, base, head }),
    head: merge,
    token: TOKEN,
    inputs: { comment: 'never', review: 'off', annotations: 'workflow-commands', ...inputs },
    env: { GITHUB_REF: `refs/pull/${PR}/merge` },
  });
}

interface ReportJson {
  verdict: string;
  head: string;
  evaluated: { kind: string; tree?: string };
  changes: { kind: string; from: number; to: number }[];
  findings: { check: string; severity: string; file: string; message: string }[];
}
const reportOf = (run: ActionRun) => JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as ReportJson;

test('the checkout is the merge commit, and it lacks the evidence the head still has', () => {
  expect(full.git('rev-parse', 'HEAD').trim()).toBe(merge);
  expect(full.git('ls-tree', '--name-only', '-r', merge, 'evals').trim()).toBe('');
  expect(full.git('ls-tree', '--name-only', '-r', head, 'evals').trim()).toBe('evals/triage.md');
});

node24Test('by default the evidence is read at the merge: the missing eval blocks, and the summary says where it was read', async () => {
  const run = await runPullRequest(full);
  const report = reportOf(run);
  expect(run.code).toBe(1);
  expect(report.head).toBe(head);
  expect(report.evaluated).toEqual({ kind: 'merge', tree: full.git('rev-parse', `${merge}^{tree}`).trim() });
  expect(report.changes).toEqual([expect.objectContaining({ kind: 'exposure_increased', from: 5, to: 10 })]);
  expect(report.findings).toContainEqual(
    expect.objectContaining({ check: 'offline_eval_pass', severity: 'block', message: expect.stringContaining('"evals/triage.md" does not exist') }),
  );
  expect(run.summary).toContain(`evidence read at the merge into the base (tree ${report.evaluated.tree!.slice(0, 12)})`);
});

node24Test('a shallow checkout of the merge commit is deepened and gives the same verdict', async () => {
  const run = await runPullRequest(shallow);
  expect(run.code).toBe(1);
  expect(reportOf(run).evaluated.kind).toBe('merge');
  expect(reportOf(run).findings.map((f) => f.check)).toContain('offline_eval_pass');
});

node24Test('`evaluate: head` reads the evidence at the head commit, and says so', async () => {
  const run = await runPullRequest(full, { evaluate: 'head' });
  expect(reportOf(run)).toMatchObject({ verdict: 'pass', evaluated: { kind: 'head' } });
  expect(run.code).toBe(0);
  expect(run.summary).toContain('evidence read at head');
});

node24Test('an `evaluate` value that is not one of the two fails the step and names the allowed values', async () => {
  const run = await runPullRequest(full, { evaluate: 'checkout' });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('Input "evaluate" must be one of "merge", "head"; got "checkout".');
});
