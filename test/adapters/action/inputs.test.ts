import { envInputReader, InputError, readInputs } from '../../../src/adapters/action/inputs.js';

const WORKSPACE = '/home/runner/work/agents/agents';

/** Inputs as the runner passes them: INPUT_<NAME upper-cased>, hyphens kept. */
function read(inputs: Record<string, string>, env: NodeJS.ProcessEnv = { RUNNER_TEMP: '/home/runner/work/_temp' }) {
  const vars = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return readInputs(envInputReader({ ...env, ...vars }), env, WORKSPACE);
}

test('defaults', () => {
  expect(read({ 'github-token': 'ghs_abc' })).toEqual({
    token: 'ghs_abc',
    manifests: ['rollouts/**/*.yml', 'rollouts/**/*.yaml'],
    policyDir: 'policies',
    comment: 'always',
    failOn: 'block',
    reportPath: '/home/runner/work/_temp/rollout-gate-report.json',
    base: undefined,
    annotations: 'checks',
    sarifPath: null,
    review: 'comment',
    evaluate: 'merge',
  });
});

test('evaluate: merge or head, any case; anything else names the allowed values', () => {
  expect(read({ evaluate: 'HEAD' }).evaluate).toBe('head');
  expect(() => read({ evaluate: 'checkout' })).toThrow('Input "evaluate" must be one of "merge", "head"; got "checkout".');
});

test('annotations: checks or workflow-commands; sarif-path is resolved against the workspace', () => {
  expect(read({ annotations: 'Workflow-Commands' }).annotations).toBe('workflow-commands');
  expect(read({ 'sarif-path': 'out/gate.sarif' }).sarifPath).toBe(`${WORKSPACE}/out/gate.sarif`);
});

test('the token is read from INPUT_GITHUB-TOKEN, hyphen kept, as the runner sets it', () => {
  expect(readInputs(envInputReader({ 'INPUT_GITHUB-TOKEN': 't0k' }), {}, WORKSPACE).token).toBe('t0k');
});

test('without RUNNER_TEMP the report goes to the workspace; a relative report-path is resolved against it', () => {
  expect(read({}, {}).reportPath).toBe(`${WORKSPACE}/rollout-gate-report.json`);
  expect(read({ 'report-path': 'out/gate.json' }).reportPath).toBe(`${WORKSPACE}/out/gate.json`);
});

test('manifests: newline and comma separated, brace globs kept whole', () => {
  expect(read({ manifests: 'rollouts/a/*.yml, rollouts/{b,c}/*.yaml\n\n  ai/**/rollout.yml  ' }).manifests).toEqual([
    'rollouts/a/*.yml',
    'rollouts/{b,c}/*.yaml',
    'ai/**/rollout.yml',
  ]);
});

test('comment and fail-on accept their values in any case', () => {
  expect(read({ comment: 'On-Failure', 'fail-on': 'WARN' })).toMatchObject({ comment: 'on-failure', failOn: 'warn' });
  expect(read({ comment: 'never' }).comment).toBe('never');
});

test.each([
  [{ comment: 'sometimes' }, 'Input "comment" must be one of "always", "on-failure", "never"; got "sometimes".'],
  [{ 'fail-on': 'error' }, 'Input "fail-on" must be one of "block", "warn"; got "error".'],
  [{ 'policy-dir': '../elsewhere' }, 'Input "policy-dir" must be a path inside the repository (relative, without ".."); got "../elsewhere".'],
  [{ 'policy-dir': '/etc' }, 'Input "policy-dir" must be a path inside the repository (relative, without ".."); got "/etc".'],
  [{ manifests: ' , \n' }, 'Input "manifests" lists no glob; leave it unset for the default rollouts/**/*.yml and rollouts/**/*.yaml.'],
  [{ manifests: '../other/*.yml' }, 'Input "manifests" globs are matched against paths inside the repository; "../other/*.yml" is absolute or uses "..".'],
  [{ annotations: 'both' }, 'Input "annotations" must be one of "checks", "workflow-commands"; got "both".'],
  [{ base: '--upload-pack=evil' }, 'Input "base" must name a revision; "--upload-pack=evil" looks like an option.'],
])('bad input %p fails with a clear message', (inputs, message) => {
  expect(() => read(inputs)).toThrow(new InputError(message));
});

test('an input error never echoes the token', () => {
  try {
    read({ 'github-token': 'ghs_secret', comment: 'bogus' });
  } catch (error) {
    expect((error as Error).message).not.toContain('ghs_secret');
  }
});
