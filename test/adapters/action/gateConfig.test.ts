// Which workflow file is running, and reading it from git objects at the merge base and at head.
import { checkGateConfig, MAX_WORKFLOW_BYTES, runningWorkflow } from '../../../src/adapters/action/gateConfig.js';
import { createRepo, type TestRepo } from '../../helpers/repo.js';

describe('the running workflow, from GITHUB_WORKFLOW_REF', () => {
  const env = (ref: string | undefined, repository = 'acme/agents') => ({ GITHUB_WORKFLOW_REF: ref, GITHUB_REPOSITORY: repository });
  test.each([
    ['acme/agents/.github/workflows/rollout-gate.yml@refs/pull/12/merge', { kind: 'here', path: '.github/workflows/rollout-gate.yml' }],
    ['acme/agents/.github/workflows/gate.yaml@refs/heads/main', { kind: 'here', path: '.github/workflows/gate.yaml' }],
    ['ACME/Agents/.github/workflows/gate.yml@refs/heads/gh-readonly-queue/main/pr-1-abc', { kind: 'here', path: '.github/workflows/gate.yml' }],
    [
      'acme/policies/.github/workflows/required.yml@refs/heads/main',
      { kind: 'elsewhere', repository: 'acme/policies', path: '.github/workflows/required.yml' },
    ],
  ])('%s', (ref, expected) => {
    expect(runningWorkflow(env(ref))).toEqual(expected);
  });

  test.each([
    ['acme/agents/.github/workflows/gate.yml'],
    ['acme/agents/.github/workflows/sub/gate.yml@refs/heads/main'],
    ['acme/agents/docs/gate.yml@refs/heads/main'],
    ['acme/agents/.github/workflows/gate.txt@refs/heads/main'],
    ['acme/agents/.github/workflows/../../x.yml@refs/heads/main'],
    ['gate.yml@refs/heads/main'],
  ])('%s names no workflow file', (ref) => {
    expect(runningWorkflow(env(ref))).toEqual({
      kind: 'unknown',
      why: `GITHUB_WORKFLOW_REF (${JSON.stringify(ref)}) does not name a file in .github/workflows/`,
    });
  });

  test('unset', () => {
    expect(runningWorkflow(env(undefined))).toEqual({ kind: 'unknown', why: 'GITHUB_WORKFLOW_REF is not set' });
    expect(runningWorkflow(env(''))).toEqual({ kind: 'unknown', why: 'GITHUB_WORKFLOW_REF is not set' });
  });
});

describe('reading the workflow at the merge base and at head', () => {
  const FILE = '.github/workflows/gate.yml';
  const ENV = { GITHUB_WORKFLOW_REF: `acme/agents/${FILE}@refs/pull/1/merge`, GITHUB_REPOSITORY: 'acme/agents' };
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

  test('a push or a manual run (no event base) checks nothing', async () => {
    const head = headWith({ [FILE]: WORKFLOW.replace('policies', 'elsewhere') });
    expect(await checkGateConfig(repo.dir, ENV, null, head)).toEqual({ findings: [], notes: [] });
  });

  test('the same blob on both sides is not even read', async () => {
    const head = headWith({ 'docs/x.md': 'x\n' });
    expect(await checkGateConfig(repo.dir, ENV, base, head)).toEqual({ findings: [], notes: [] });
  });

  test.each([
    ['a symbolic link', { [FILE]: { symlink: '../../evil.yml' } }, 'it is a symbolic link'],
    ['an oversized file', { [FILE]: `${WORKFLOW}#${'x'.repeat(MAX_WORKFLOW_BYTES)}\n` }, `it is over ${MAX_WORKFLOW_BYTES} bytes`],
    ['a binary file', { [FILE]: Buffer.from([0x6f, 0x6e, 0x00, 0x01]) }, 'it is binary'],
    ['a file that is not UTF-8', { [FILE]: Buffer.from([0x6f, 0x6e, 0x3a, 0xff, 0xfe, 0x0a]) }, 'it is not UTF-8'],
  ])('%s at head blocks', async (_name, files, reason) => {
    const { findings } = await checkGateConfig(repo.dir, ENV, base, headWith(files));
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
    const { findings, notes } = await checkGateConfig(repo.dir, ENV, base, headWith({ [FILE]: WORKFLOW.replace('policies', 'elsewhere') }));
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
    const { findings } = await checkGateConfig(repo.dir, ENV, base, headWith({ [FILE]: `# The gate.\n${WORKFLOW}` }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warn', line: 1, remediation: expect.stringMatching(/^Review the change/) })]);
  });
});
