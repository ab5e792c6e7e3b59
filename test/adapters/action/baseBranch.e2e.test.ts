// The `base` input where teams run the action: in a clone made as actions/checkout makes it, no local branch
// exists but the one checked out, so `base: main` has to mean origin/main; and when a revision names
// nothing, the message advises fetching more history only where the clone is shallow.
import { readFileSync } from 'node:fs';
import { ActionRunner, node24Test, type ActionRun } from '../../helpers/actionRun.js';
import { checkout, createUpstream, type Checkout, type Upstream } from '../../helpers/checkout.js';
import { fakeGitHubPerTest, triageManifest } from '../../helpers/actionFixtures.js';
import { ACTIONS_BOT, type FakeGitHub } from '../../helpers/fakeGitHub.js';

const TOKEN = 'ghs_e2eBaseBranchToken0123456789abcdefgh';
const CHECKS_TOKEN = 'ghs_e2eBaseBranchChecks0123456789abcdefg';
const POLICY = 'rollout:\n  require: [rollback_plan]\n  owners: [technical]\n';

const manifest = (trafficPercent: number): string => triageManifest({ trafficPercent });

const runner = new ActionRunner();
let upstream: Upstream;
let older: string;
let main: string;
/** A push to a release branch: the workflow compares with `base: main`. */
let release: string;
let full: Checkout;
let shallow: Checkout;
let github: FakeGitHub;

beforeAll(() => {
  upstream = createUpstream();
  const repo = upstream.repo;
  older = repo.commitFiles({ 'policies/rollout.yml': POLICY, 'rollouts/triage.yml': manifest(5), 'docs/rollback.md': '# Rollback\n' }, 'triage at 5%');
  main = repo.commitFiles({ 'rollouts/triage.yml': manifest(10) }, 'triage at 10%');
  repo.git('checkout', '-q', '-b', 'release/2.x');
  release = repo.commitFiles({ 'rollouts/triage.yml': manifest(20) }, 'triage at 20% on the release branch');
  repo.git('checkout', '-q', 'main');
  full = checkout(upstream, { ref: 'refs/heads/release/2.x', sha: release, fetchDepth: 0 });
  shallow = checkout(upstream, { ref: 'refs/heads/release/2.x', sha: release, fetchDepth: 1 });
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
  g.addToken(CHECKS_TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' }, checksWrite: true });
});

function runPush(clone: Checkout, base: string, token = TOKEN): Promise<ActionRun> {
  return runner.run(clone, github, {
    event: 'push',
    payload: { ref: 'refs/heads/release/2.x', before: main, after: release },
    head: release,
    token,
    inputs: { base },
    env: { GITHUB_REF: 'refs/heads/release/2.x' },
  });
}

const reportOf = (run: ActionRun) =>
  JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as { verdict: string; base: string; changes: { kind: string; from: number; to: number }[] };

test('the clones are laid out as actions/checkout leaves them for a push to release/2.x', () => {
  expect(full.git('branch', '--format=%(refname)').trim()).toBe('refs/heads/release/2.x');
  expect(full.git('rev-parse', 'refs/remotes/origin/main').trim()).toBe(main);
  expect(full.git('rev-parse', '--is-shallow-repository').trim()).toBe('false');
  expect(shallow.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
  expect(() => shallow.git('rev-parse', '--verify', '-q', 'refs/remotes/origin/main')).toThrow();
});

node24Test('`base: main` is origin/main where no local main exists', async () => {
  const run = await runPush(full, 'main');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`The \`base\` input "main" is commit ${main}.`);
  expect(reportOf(run)).toMatchObject({ base: main });
  expect(reportOf(run).changes).toContainEqual(expect.objectContaining({ kind: 'exposure_increased', from: 10, to: 20 }));
});

node24Test('a local branch of that name still wins over origin/<name>', async () => {
  full.git('branch', 'main', older);
  try {
    const run = await runPush(full, 'main');
    expect(reportOf(run)).toMatchObject({ base: older });
  } finally {
    full.git('branch', '-D', 'main');
  }
});

node24Test('in a complete clone, a base that names nothing says to check the spelling, not to fetch more history', async () => {
  const run = await runPush(full, 'mian', CHECKS_TOKEN);
  expect(run.code).toBe(1);
  expect(run.outputs['verdict']).toBe('error');
  expect(run.stdout).toContain(
    `::error::rollout-gate could not check this change: revision "mian" does not name a commit in ${full.dir}, and neither does "origin/mian". To fix: the clone has its full history, so fetching more will not help: check the spelling (a branch, a tag or a commit id).`,
  );
  expect(run.stdout).not.toContain('fetch-depth');
  // The failure is a failed check run too, saying why.
  expect(github.checkRuns).toEqual([
    expect.objectContaining({
      name: 'rollout-gate',
      head_sha: release,
      conclusion: 'failure',
      output: expect.objectContaining({ title: 'Could not check this change' }),
    }),
  ]);
  expect(github.checkRuns[0]!.output.summary).toContain('neither does');
});

node24Test('in a shallow clone it advises fetch-depth: 0', async () => {
  const run = await runPush(shallow, 'main');
  expect(run.code).toBe(1);
  expect(run.outputs['verdict']).toBe('error');
  expect(run.stdout).toMatch(
    /^::error::rollout-gate could not check this change: revision "main" does not name a commit in \S+, and neither does "origin\/main"\. To fix: this is a shallow clone, .*`fetch-depth: 0`/m,
  );
});
