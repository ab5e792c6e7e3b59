// A report the action wrote, replayed from git by `rollout-gate replay`: the findings of the action's check
// of the workflow that runs it are derived again from the workflow file at the recorded commits, not
// copied from the report, so a report edited to drop one no longer replays identical. The reviews are not
// in git: the record carries what they answered, and a report whose approvals say otherwise differs.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/adapters/cli/main.js';
import type { Report } from '../../../src/core/report/model.js';
import { ActionRunner, BUNDLE, node24Test, type ActionRun } from '../../helpers/actionRun.js';
import { fakeGitHubPerTest, pullRequestPayload, triageManifest } from '../../helpers/actionFixtures.js';
import { ACTIONS_BOT, type FakeGitHub, type FakeUser } from '../../helpers/fakeGitHub.js';
import { EVIDENCE_FILES, readyManifest } from '../../fixtures/seeds.js';
import { createRepo, type TestRepo } from '../../helpers/repo.js';

const TOKEN = 'ghs_e2eInstallationToken0123456789abcdef';
const PR = 21;
const WORKFLOW_FILE = '.github/workflows/rollout-gate.yml';
const WORKFLOW_REF = `acme/agents/${WORKFLOW_FILE}@refs/pull/${PR}/merge`;

const POLICY = 'rollout:\n  require: [trace_coverage, rollback_plan, stop_conditions_defined]\n  pacing:\n    max_step_pct: 25\n';

const WORKFLOW = `name: Rollout gate
on:
  pull_request:
jobs:
  rollout-gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          fetch-depth: 0
      - uses: acme/rollout-gate@v1
        with:
          manifests: |
            rollouts/**/*.yml
          policy-dir: policies
`;

const runner = new ActionRunner();
const scratch: string[] = [];
let repo: TestRepo;
let base: string;
/** Ramps the triage assistant 5% -> 20% with its trace evidence: passes. */
let rampHead: string;
/** The same ramp, and the pull request narrows the gate's `manifests:` input: gate_config_changed blocks. */
let narrowedHead: string;
let github: FakeGitHub;

const manifest = (trafficPercent: number) => triageManifest({ trafficPercent, entry: true, evidence: { trace_coverage: 'docs/traces.md' } });

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run build` first.');
  repo = createRepo();
  base = repo.commitFiles(
    {
      'policies/rollout.yml': POLICY,
      'rollouts/triage.yml': manifest(5),
      'docs/rollback.md': '# Rollback\nFlip the flag off.\n',
      'docs/traces.md': '# Trace coverage\n100% of runs carry a trace_id.\n',
      [WORKFLOW_FILE]: WORKFLOW,
    },
    'triage at 5% canary, gated',
  );
  repo.git('checkout', '-q', '-b', 'ramp');
  rampHead = repo.commitFiles({ 'rollouts/triage.yml': manifest(20) }, 'ramp triage to 20%');
  narrowedHead = repo.commitFiles({ [WORKFLOW_FILE]: WORKFLOW.replace('rollouts/**/*.yml', 'rollouts/*.yml') }, 'gate only the top level of rollouts/');
});

afterAll(() => {
  repo.cleanup();
  runner.cleanup();
  scratch.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

fakeGitHubPerTest((g) => {
  github = g;
  g.addToken(TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' } });
});

/** The action on a pull_request event for `head`, with the inputs the workflow at head gives the step. */
async function actionReport(head: string, manifests: string): Promise<string> {
  const run: ActionRun = await runner.run(repo, github, {
    payload: pullRequestPayload({ number: PR, base, head }),
    token: TOKEN,
    head,
    inputs: { manifests, 'policy-dir': 'policies', comment: 'never', annotations: 'workflow-commands' },
    env: { GITHUB_WORKFLOW_REF: WORKFLOW_REF },
  });
  expect(run.stderr).toBe('');
  return readFileSync(run.outputs['report-path']!, 'utf8');
}

/** Keeps a report where a CI artifact is downloaded to: outside the repository. */
function artifact(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-artifact-'));
  scratch.push(dir);
  const file = join(dir, 'rollout-gate-report.json');
  writeFileSync(file, text);
  return file;
}

async function replay(text: string, cwd: string = repo.dir) {
  let out = '';
  let err = '';
  const code = await main(['replay', artifact(text)], { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const edit = (text: string, change: (report: Report) => Report) => JSON.stringify(change(JSON.parse(text) as Report), null, 2) + '\n';

describe('a report written by the action replays, with the gate-workflow check derived again from git', () => {
  node24Test('a pull request that leaves the workflow alone: the record names the workflow and the event base, and the replay is identical', async () => {
    const text = await actionReport(rampHead, 'rollouts/**/*.yml');
    const report = JSON.parse(text) as Report;
    expect(report.verdict).toBe('pass');
    expect(report.record.external).toEqual({ reviews: 'not_read', adapterChecks: [], gateWorkflow: { path: WORKFLOW_FILE, eventBase: base } });
    const r = await replay(text);
    expect(r).toEqual({ code: 0, err: '', out: expect.stringMatching(/^replay: identical\. .* verdict pass\.\n$/) });
  });

  describe('a pull request that narrows the `manifests:` input of the gate step', () => {
    // The action runs once, in whichever of these tests comes first (each test has its own API double).
    let made: Promise<string> | undefined;
    const narrowedReport = () => (made ??= actionReport(narrowedHead, 'rollouts/*.yml'));

    node24Test('replays identical: the gate_config_changed finding is derived again, and no note says it was taken from the report', async () => {
      const text = await narrowedReport();
      const report = JSON.parse(text) as Report;
      expect(report.verdict).toBe('block');
      expect(report.findings.map((f) => [f.check, f.severity, f.file, f.line])).toEqual([['gate_config_changed', 'block', WORKFLOW_FILE, 13]]);
      const r = await replay(text);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/^replay: identical\. .* verdict block\.\n$/);
      expect(r.code).toBe(0);
    });

    node24Test('with the gate_config_changed finding deleted from the JSON, the replay differs and names the finding', async () => {
      const text = await narrowedReport();
      const deleted = edit(text, (r) => ({ ...r, findings: r.findings.filter((f) => f.check !== 'gate_config_changed') }));
      const r = await replay(deleted);
      expect(r.code).toBe(1);
      expect(r.out).toContain('replay: DIFFERS.');
      expect(r.out).toContain(
        `  - gate workflow finding gate_config_changed (block) at ${WORKFLOW_FILE}:13, ` +
          '"input `manifests` of the rollout-gate step of job `rollout-gate` changed from \\"rollouts/**/*.yml\\" to \\"rollouts/*.yml\\"": ' +
          'derived again from git, not in the report\n',
      );
      expect(r.out).not.toContain('the inputs agree');
      // Made to look like a pass throughout, it still differs, on the verdict too.
      const passing = edit(deleted, (rep) => ({ ...rep, verdict: 'pass', unmetBlocks: [], counts: { ...rep.counts, block: 0 } }));
      const again = await replay(passing);
      expect(again.code).toBe(1);
      expect(again.out).toContain('  - verdict: recorded pass, replayed block\n');
      expect(again.out).toContain('  - gate workflow finding gate_config_changed (block)');
    });

    node24Test('an edited finding is named both ways: the one in the report and the one git gives', async () => {
      const text = await narrowedReport();
      const softened = edit(text, (r) => ({
        ...r,
        findings: r.findings.map((f) => (f.check === 'gate_config_changed' ? { ...f, severity: 'warn' as const } : f)),
      }));
      const r = await replay(softened);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`  - gate workflow finding gate_config_changed (block) at ${WORKFLOW_FILE}:13, `);
      expect(r.out).toContain(`  - gate workflow finding gate_config_changed (warn) at ${WORKFLOW_FILE}:13, `);
      expect(r.out).toContain(': in the report, not derived from git by the replay\n');
    });

    node24Test(
      'a report in the older format, without record.external.gateWorkflow, replays as before: the findings are taken from it, and a note says so',
      async () => {
        const text = await narrowedReport();
        // What the action wrote before the check was recorded: the check only named among the adapter's checks.
        const older = edit(text, (r) => ({
          ...r,
          record: { ...r.record, external: { reviews: r.record.external.reviews, adapterChecks: ['gate_config_changed'] } },
        }));
        const r = await replay(older);
        expect(r.err).toBe('');
        expect(r.out).toMatch(/^replay: identical\. .* verdict block\.\n/);
        expect(r.out).toContain(
          "  note: the findings of gate_config_changed come from the action's own check of its workflow and were taken from the report\n",
        );
        expect(r.code).toBe(0);
      },
    );
  });
});

describe('the reviews a report used are in its record, and its approvals must agree with them', () => {
  const LEAD: FakeUser = { login: 'ai-platform-lead', id: 501, type: 'User' };
  const REVIEWS_PR = 34;
  let reviewed: TestRepo;
  let reviewedBase: string;
  /** Changes the triage pattern, which the technical owner (@ai-platform-lead) must approve. */
  let routingHead: string;

  beforeAll(() => {
    reviewed = createRepo();
    reviewedBase = reviewed.commitFiles(
      {
        'policies/rollout.yml': 'rollout:\n  approvals:\n    orchestration_pattern_change: [technical]\n',
        'rollouts/renewal-risk.yml': readyManifest(),
        ...EVIDENCE_FILES,
      },
      'renewal-risk at canary',
    );
    reviewed.git('checkout', '-q', '-b', 'routing');
    reviewed.commitFiles({ 'rollouts/renewal-risk.yml': readyManifest({ triagePattern: 'routing' }) }, 'triage: route instead of a fixed workflow');
    routingHead = reviewed.commitFiles({ 'reviews/triage-routing.md': 'Routing on triage reviewed by the technical and risk owners.\n' }, 'review record');
  });
  afterAll(() => reviewed.cleanup());

  async function reviewedReport(token: string = TOKEN): Promise<string> {
    const run = await runner.run(reviewed, github, {
      payload: pullRequestPayload({ number: REVIEWS_PR, base: reviewedBase, head: routingHead }),
      token,
      head: routingHead,
      inputs: { manifests: 'rollouts/**/*.yml', comment: 'never', annotations: 'workflow-commands' },
    });
    return readFileSync(run.outputs['report-path']!, 'utf8');
  }

  node24Test('an approval of the head commit: the record names the reviewer, the state and the commit reviewed, and the replay is identical', async () => {
    github.addReview(REVIEWS_PR, LEAD, 'APPROVED', routingHead);
    const text = await reviewedReport();
    const report = JSON.parse(text) as Report;
    expect(report.verdict).toBe('pass');
    expect(report.record.external).toEqual({
      reviews: 'read',
      reviewed: { kind: 'reviews', outcomes: [{ handle: '@ai-platform-lead', state: 'approved', commit: routingHead }] },
      adapterChecks: [],
    });
    const r = await replay(text, reviewed.dir);
    expect(r.out.split('\n')).toEqual([
      expect.stringMatching(/^replay: identical\. .* is what the gate answers again: verdict pass\.$/),
      "  note: the pull request's reviews are not in git: their outcome was taken from the report's record of them, not read again",
      '',
    ]);
    expect(r.out).toContain(`(head ${routingHead.slice(0, 12)} against base ${reviewedBase.slice(0, 12)}, judged at ${report.record.now})`);
    expect(r.code).toBe(0);
    // Written before the record carried the reviews: their outcome is taken from the approvals, as it was.
    const older = edit(text, (rep) => ({ ...rep, record: { ...rep.record, external: { reviews: rep.record.external.reviews, adapterChecks: [] } } }));
    const again = await replay(older, reviewed.dir);
    expect(again.out).toMatch(/^replay: identical/);
    expect(again.out).toContain("their outcome was taken from the report's approvals, not read again");
    expect(again.code).toBe(0);
  });

  node24Test("approvals edited to say approved, when the record's reviews say missing, are named: the replay differs", async () => {
    const text = await reviewedReport();
    const blocked = JSON.parse(text) as Report;
    expect(blocked.approvals).toEqual([expect.objectContaining({ handle: '@ai-platform-lead', state: 'missing' })]);
    // Made to read as approved and passing throughout, with the record left as written.
    const forged = edit(text, (r) => ({
      ...r,
      verdict: 'pass',
      findings: [],
      unmetBlocks: [],
      counts: { ...r.counts, block: 0 },
      approvals: r.approvals.map((a) => ({ ...a, state: 'approved' as const })),
    }));
    const r = await replay(forged, reviewed.dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain("  - approvals[0] (@ai-platform-lead): the report says approved, the record's reviews say missing\n");
    expect(r.out).toContain('  - verdict: recorded pass, replayed block\n');
  });

  node24Test('reviews that could not be read (no token) replay identical, in the record and in a report written before it carried them', async () => {
    const text = await reviewedReport('');
    const report = JSON.parse(text) as Report;
    expect(report.approvals).toEqual([expect.objectContaining({ state: 'unchecked' })]);
    expect(report.record.external).toEqual({ reviews: 'read', reviewed: { kind: 'unavailable' }, adapterChecks: [] });
    expect(await replay(text, reviewed.dir)).toMatchObject({ code: 0, out: expect.stringMatching(/^replay: identical/) });
    const older = edit(text, (r) => ({ ...r, record: { ...r.record, external: { reviews: r.record.external.reviews, adapterChecks: [] } } }));
    const again = await replay(older, reviewed.dir);
    expect(again.out).toMatch(/^replay: identical/);
    expect(again.out).toContain("their outcome was taken from the report's approvals, not read again");
    expect(again.code).toBe(0);
  });
});
