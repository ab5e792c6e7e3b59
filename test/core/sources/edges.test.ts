// Edges of the readers, one behaviour each: what a file that is not what the binding expects says, and
// the shapes the main tables do not reach.
import { argoRolloutReader } from '../../../src/core/sources/argoRollout.js';
import { flaggerCanaryReader } from '../../../src/core/sources/flagger.js';
import { goFeatureFlagReader } from '../../../src/core/sources/goFeatureFlag.js';
import { CANARY_ANALYSIS, CANARY_FILE, canaryFile, FLAG, GOFF_FILE, goffFile, ROLLOUT_FILE, rolloutFile } from '../../fixtures/sources.js';

const now = new Date('2026-06-01T00:00:00Z');
const at = { file: 'rollouts/r.yaml', line: 1, column: 1 };
const rollout = (text: string) => argoRolloutReader.read(ROLLOUT_FILE, text, { kind: 'argo_rollout', path: ROLLOUT_FILE, name: 'renewal-risk', at }, { now });
const canary = (text: string) => flaggerCanaryReader.read(CANARY_FILE, text, { kind: 'flagger_canary', path: CANARY_FILE, name: 'renewal-risk', at }, { now });
const goff = (text: string) =>
  goFeatureFlagReader.read(GOFF_FILE, text, { kind: 'go_feature_flag', path: GOFF_FILE, flag: FLAG, variation: 'enabled', at }, { now });
const problems = (r: ReturnType<typeof rollout>) => (r.ok ? [] : r.problems.map((p) => p.message));
const served = (r: ReturnType<typeof rollout>) => (r.ok ? r.served : null);

describe('reader edges', () => {
  test.each([
    ['a Rollout that does not parse', rollout('apiVersion: [argoproj.io\n'), /./],
    ['a Rollout without a name', rollout(rolloutFile().replace('  name: renewal-risk\n', '  labels: {}\n')), /named null, not "renewal-risk"/],
    ['a Canary that does not parse', canary('kind: [Canary\n'), /./],
    ['not a Canary', canary(rolloutFile()), /is not a Canary \(apiVersion flagger.app\/v1beta1\)/],
    ['a GO Feature Flag file that does not parse', goff('flag: [\n'), /./],
    [
      'a GO Feature Flag flag without a defaultRule',
      goff(goffFile().replace(/ {2}defaultRule:\n {4}percentage:\n {6}enabled: 5\n {6}disabled: 95\n/, '')),
      /defaultRule/,
    ],
  ])('%s is refused', (_name, r, message) => {
    expect(r.ok).toBe(false);
    expect(problems(r).join('\n')).toMatch(message);
  });

  test('a canary without steps goes to 100% at once', () => {
    expect(served(rollout(rolloutFile({ steps: '' }).replace('      steps:\n', '')))).toMatchObject({
      low: 100,
      high: 100,
      basis: 'canary with no steps goes to 100% at once',
    });
  });

  test('a second indefinite pause is a guard of its own; the share stops at the first', () => {
    const s = served(rollout(rolloutFile({ steps: '        - setWeight: 5\n        - pause: {}\n        - setWeight: 50\n        - pause: {}\n' })));
    expect(s).toMatchObject({ low: 5, high: 5 });
    expect(s?.guards.map((g) => g.name)).toEqual(['first indefinite pause', 'indefinite pause at step 4']);
  });

  test('a timed pause written as a number of seconds keeps its duration in its name', () => {
    const s = served(rollout(rolloutFile({ steps: '        - setWeight: 5\n        - pause: { duration: 600 }\n        - pause: {}\n' })));
    expect(s?.guards.map((g) => g.name)).toContain('pause 600 at step 2');
  });

  test('Flagger blue-green held by confirm-promotion serves nothing until a person promotes', () => {
    const analysis =
      '    interval: 1m\n    threshold: 2\n    iterations: 10\n    webhooks:\n      - name: gate\n        type: confirm-promotion\n        url: http://flagger-loadtester.test/gate/check\n';
    expect(served(canary(canaryFile({ analysis })))).toMatchObject({ low: 0, high: 0 });
  });

  test('Flagger confirm-traffic-increase with stepWeights stops at the first of them', () => {
    const analysis = CANARY_ANALYSIS.replace('    stepWeight: 1\n', '    stepWeights: [2, 10, 40]\n').replace(
      'type: confirm-promotion',
      'type: confirm-traffic-increase',
    );
    expect(served(canary(canaryFile({ analysis })))).toMatchObject({ low: 2, high: 2 });
  });

  test('a GO Feature Flag rule that the schedule adds under a new name is appended', () => {
    const steps =
      '  scheduledRollout:\n    - date: 2026-07-01T00:00:00Z\n      targeting:\n        - name: beta\n          query: tier eq "beta"\n          variation: enabled\n';
    expect(served(goff(goffFile(undefined, steps)))).toMatchObject({ low: 5, high: 100 });
  });
});
