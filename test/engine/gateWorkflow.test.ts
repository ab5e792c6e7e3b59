// Reading the workflow that runs the gate from git objects at the merge base and at head, as the gate does when asked.
import { checkGateWorkflow, MAX_WORKFLOW_BYTES } from '../../src/engine/gateWorkflow.js';
import { runGate } from '../../src/engine/run.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { MANIFEST, NOW } from '../helpers/gate.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

describe('reading the workflow at the merge base and at head', () => {
  const FILE = '.github/workflows/gate.yml';
  const WORKFLOW =
    'on: pull_request\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/rollout-gate@v1\n        with:\n          policy-dir: policies\n';
  let repo: TestRepo;
  let base: string;

  beforeAll(() => {
    repo = createRepo();
    base = repo.commitFiles({ [FILE]: WORKFLOW }, 'gate');
  });
  afterAll(() => repo.cleanup());

  const headWith = (files: Parameters<TestRepo['commitFiles']>[0]) => {
    repo.git('checkout', '-q', '--detach', base);
    return repo.commitFiles(files, 'pull request');
  };

  test('the same blob on both sides is not even read', async () => {
    const head = headWith({ 'docs/x.md': 'x\n' });
    expect(await checkGateWorkflow(repo.dir, { path: FILE, eventBase: base }, head)).toEqual({ findings: [], notes: [] });
  });

  test.each([
    ['a symbolic link', { [FILE]: { symlink: '../../evil.yml' } }, 'it is a symbolic link'],
    ['an oversized file', { [FILE]: `${WORKFLOW}#${'x'.repeat(MAX_WORKFLOW_BYTES)}\n` }, `it is over ${MAX_WORKFLOW_BYTES} bytes`],
    ['a binary file', { [FILE]: Buffer.from([0x6f, 0x6e, 0x00, 0x01]) }, 'it is binary'],
    ['a file that is not UTF-8', { [FILE]: Buffer.from([0x6f, 0x6e, 0x3a, 0xff, 0xfe, 0x0a]) }, 'it is not UTF-8'],
  ])('%s at head blocks', async (_name, files, reason) => {
    const { findings } = await checkGateWorkflow(repo.dir, { path: FILE, eventBase: base }, headWith(files));
    expect(findings).toEqual([
      expect.objectContaining({
        check: 'gate_config_changed',
        severity: 'block',
        file: FILE,
        line: 1,
        message: `the workflow ${FILE} that runs the gate cannot be read at head (${reason}), so what it changes about the gate cannot be checked`,
      }),
    ]);
  });

  test('a changed input becomes a located finding with the remediation to merge it on its own', async () => {
    const { findings, notes } = await checkGateWorkflow(
      repo.dir,
      { path: FILE, eventBase: base },
      headWith({ [FILE]: WORKFLOW.replace('policies', 'elsewhere') }),
    );
    expect(notes).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({
        check: 'gate_config_changed',
        severity: 'block',
        readinessBlock: 'safety_and_policy',
        file: FILE,
        line: 8,
        column: 23,
        message: 'input `policy-dir` of the rollout-gate step of job `gate` changed from "policies" to "elsewhere"',
      }),
    ]);
    expect(findings[0]!.remediation).toMatch(/^Merge the change to the gate's workflow on its own, reviewed by the gate's owners/);
  });

  test('another change to the file is a warning with its own remediation', async () => {
    const { findings } = await checkGateWorkflow(repo.dir, { path: FILE, eventBase: base }, headWith({ [FILE]: `# The gate.\n${WORKFLOW}` }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warn', line: 1, remediation: expect.stringMatching(/^Review the change/) })]);
  });
});

describe('the gate runs the check it is asked for, and records it', () => {
  const FILE = '.github/workflows/gate.yml';
  const WORKFLOW = 'on: pull_request\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/rollout-gate@v1\n';

  test('a workflow new in the pull request blocks; the note goes to the caller and the record names what was compared', async () => {
    const repo = createRepo();
    try {
      const base = repo.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'base');
      const head = repo.commitFiles({ [FILE]: WORKFLOW }, 'a workflow that runs the gate');
      let notes: readonly string[] = [];
      const outcome = await runGate({
        repoDir: repo.dir,
        base,
        head,
        now: NOW,
        gateWorkflow: { path: FILE, eventBase: base },
        gateWorkflowNotes: (n) => (notes = n),
      });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(outcome.report.findings.map((f) => [f.check, f.severity, f.file])).toEqual([['gate_config_changed', 'block', FILE]]);
      expect(outcome.report.verdict).toBe('block');
      expect(notes).toEqual([`The workflow ${FILE} that runs the gate is new in this change, so there is no reviewed version of it to compare with.`]);
      expect(outcome.report.record.external).toEqual({ reviews: 'not_read', adapterChecks: [], gateWorkflow: { path: FILE, eventBase: base } });
    } finally {
      repo.cleanup();
    }
  });

  test('without one, the record carries no gate workflow at all', async () => {
    const repo = createRepo();
    try {
      repo.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'base');
      repo.commitFiles({ [FILE]: WORKFLOW }, 'a workflow that runs the gate');
      const outcome = await runGate({ repoDir: repo.dir, now: NOW });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(outcome.report.findings).toEqual([]);
      expect(outcome.report.record.external).toEqual({ reviews: 'not_read', adapterChecks: [] });
    } finally {
      repo.cleanup();
    }
  });
});
