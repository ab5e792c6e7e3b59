// Which workflow file is running, and what the action asks the engine to check of it.
import { gateConfigPlan, runningWorkflow } from '../../../src/adapters/action/gateConfig.js';

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

describe('what the action asks the engine to check', () => {
  const BASE = 'b'.repeat(40);
  const env = (ref: string | undefined) => ({ GITHUB_WORKFLOW_REF: ref, GITHUB_REPOSITORY: 'acme/agents' });
  const HERE = 'acme/agents/.github/workflows/gate.yml@refs/pull/1/merge';

  test('a pull request: the running file, compared from the event base', () => {
    expect(gateConfigPlan(env(HERE), BASE)).toEqual({ workflow: { path: '.github/workflows/gate.yml', eventBase: BASE }, notes: [] });
  });

  test('a push or a manual run (no event base) checks nothing', () => {
    expect(gateConfigPlan(env(HERE), null)).toEqual({ workflow: null, notes: [] });
  });

  test('a required workflow of another repository checks nothing: this pull request cannot change it', () => {
    expect(gateConfigPlan(env('acme/policies/.github/workflows/required.yml@refs/heads/main'), BASE)).toEqual({ workflow: null, notes: [] });
  });

  test('an unknown workflow checks nothing and says so', () => {
    expect(gateConfigPlan(env(undefined), BASE)).toEqual({
      workflow: null,
      notes: ['GITHUB_WORKFLOW_REF is not set, so whether this change alters the workflow that runs the gate was not checked.'],
    });
  });
});
