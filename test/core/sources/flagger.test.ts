// The Flagger reader, as a table: how far a Canary takes a new version before a person must confirm, and
// the metrics and ramp it runs. Every accepted fixture passes the Canary CRD's schema as Flagger publishes it.
import type { FlaggerCanaryBinding } from '../../../src/core/sources/binding.js';
import { flaggerCanaryReader } from '../../../src/core/sources/flagger.js';
import { CANARY_ANALYSIS, CANARY_FILE, canaryFile } from '../../fixtures/sources.js';
import { lineOf } from '../../helpers/gate.js';

const binding: FlaggerCanaryBinding = { kind: 'flagger_canary', path: CANARY_FILE, name: 'renewal-risk', at: { file: 'rollouts/r.yaml', line: 30, column: 7 } };
const read = (text: string) => flaggerCanaryReader.read(CANARY_FILE, text, binding, { now: new Date('2026-06-01T00:00:00Z') });
const served = (text: string) => {
  const r = read(text);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.served;
};
const withoutWebhooks = CANARY_ANALYSIS.replace(/ {4}webhooks:\n[\s\S]*$/, '');
const withHook = (type: string) =>
  `${withoutWebhooks}    webhooks:\n      - name: gate\n        type: ${type}\n        url: http://flagger-loadtester.test/gate/check\n`;

describe('the Flagger reader', () => {
  test.each([
    ['a confirm-promotion webhook stops it at maxWeight', CANARY_ANALYSIS, 5],
    ['without a confirmation webhook it promotes to 100%', withoutWebhooks, 100],
    ['a confirm-rollout webhook holds it at 0%', withHook('confirm-rollout'), 0],
    ['a confirm-traffic-increase webhook holds it at the first step', withHook('confirm-traffic-increase'), 1],
    [
      'stepWeights: it stops at the largest before promotion',
      withHook('confirm-promotion').replace('    stepWeight: 1\n', '    stepWeights: [1, 2, 10]\n'),
      10,
    ],
    ['blue-green iterations promote by themselves', '    interval: 1m\n    threshold: 2\n    iterations: 10\n', 100],
  ])('%s', (_name, analysis, share) => {
    expect(served(canaryFile({ analysis }))).toMatchObject({ low: share, high: share });
  });

  test('skipAnalysis: true promotes at once', () => {
    expect(served(canaryFile({ skipAnalysis: true }))).toMatchObject({ low: 100, high: 100 });
  });

  test('A/B testing sends a segment of unknown size: open up to 100%', () => {
    const analysis = '    interval: 1m\n    threshold: 2\n    iterations: 10\n    match:\n      - headers:\n          x-canary:\n            exact: insider\n';
    expect(served(canaryFile({ analysis }))).toMatchObject({ low: 0, high: 100, segments: ['analysis.match'] });
  });

  test('metrics, confirmation webhooks and the ramp are read with their places', () => {
    const text = canaryFile();
    const s = served(text);
    expect(s.metrics.map((m) => [m.name, m.min, m.max])).toEqual([
      ['false_positive_rate', null, 0.2],
      ['cost_per_account', null, 1.5],
      ['customer_complaint_count', null, 2],
    ]);
    expect(s.guards.filter((g) => g.kind === 'confirm_webhook').map((g) => g.name)).toEqual(['confirm-promotion ask-the-on-call']);
    expect(s.ramp.map((r) => `${r.field}=${r.value}`)).toEqual(
      expect.arrayContaining(['analysis.stepWeight=1', 'analysis.maxWeight=5', 'analysis.threshold=5', 'analysis.interval (ms)=60000']),
    );
    expect(s.at.line).toBe(lineOf(text, 'maxWeight: 5'));
  });

  test.each([
    ['another Canary', canaryFile().replace('name: renewal-risk\n  namespace', 'name: other\n  namespace'), /named "other"/],
    ['a weight the CRD schema refuses', canaryFile().replace('maxWeight: 5', 'maxWeight: five'), /^flagger_canary: .*maxWeight/],
    ['a webhook type the CRD does not know', canaryFile().replace('type: confirm-promotion', 'type: ask-nicely'), /^flagger_canary: /],
    ['several documents', canaryFile() + '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: x\n', /more than one YAML document/],
  ])('refuses %s', (_name, text, message) => {
    const r = read(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(message);
  });
});
