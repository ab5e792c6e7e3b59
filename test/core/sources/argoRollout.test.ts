// The Argo Rollouts reader, as a table: how far a Rollout takes a new template by itself. Every accepted
// fixture passes the Rollout CRD's schema (the models generated from it).
import { argoRolloutReader } from '../../../src/core/sources/argoRollout.js';
import type { ArgoRolloutBinding } from '../../../src/core/sources/binding.js';
import { CANARY_STEPS, ROLLOUT_FILE, rolloutFile } from '../../fixtures/sources.js';
import { lineOf } from '../../helpers/gate.js';

const binding: ArgoRolloutBinding = { kind: 'argo_rollout', path: ROLLOUT_FILE, name: 'renewal-risk', at: { file: 'rollouts/r.yaml', line: 30, column: 7 } };
const read = (text: string, b: ArgoRolloutBinding = binding) => argoRolloutReader.read(ROLLOUT_FILE, text, b, { now: new Date('2026-06-01T00:00:00Z') });
const served = (text: string) => {
  const r = read(text);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.served;
};
const blueGreen = (extra: string) => rolloutFile().replace(/ {4}canary:\n[\s\S]*$/, `    blueGreen:\n      activeService: renewal-risk\n${extra}`);

describe('the Argo Rollouts reader', () => {
  test.each([
    ['the weight before the first indefinite pause', CANARY_STEPS(5), 5],
    ['the largest weight before it, when weights go down', '        - setWeight: 20\n        - setWeight: 10\n        - pause: {}\n', 20],
    ['timed pauses do not stop it', '        - setWeight: 5\n        - pause: { duration: 1h }\n        - setWeight: 30\n        - pause: {}\n', 30],
    ['no indefinite pause: it runs to 100%', '        - setWeight: 5\n        - pause: { duration: 1h }\n', 100],
    [
      'an experiment weight counts',
      '        - experiment:\n            templates:\n              - name: canary\n                specRef: canary\n                weight: 15\n        - pause: {}\n',
      15,
    ],
  ])('%s', (_name, steps, share) => {
    expect(served(rolloutFile({ steps }))).toMatchObject({ low: share, high: share });
  });

  test('maxTrafficWeight scales the weights', () => {
    expect(served(rolloutFile({ maxTrafficWeight: 1000, steps: CANARY_STEPS(50) }))).toMatchObject({ low: 5, high: 5 });
  });

  test('a header route is a segment of unknown size: the share is open up to 100%', () => {
    const steps =
      '        - setHeaderRoute:\n            name: beta\n            match:\n              - headerName: x-beta\n                headerValue:\n                  exact: "1"\n        - setWeight: 5\n        - pause: {}\n';
    expect(served(rolloutFile({ maxTrafficWeight: 100, steps }))).toMatchObject({ low: 5, high: 100, segments: ['setHeaderRoute "beta"'] });
  });

  test('every guard is listed, also those after the first indefinite pause', () => {
    expect(served(rolloutFile()).guards.map((g) => `${g.kind}: ${g.name}`)).toEqual([
      'indefinite_pause: first indefinite pause',
      'timed_pause: pause 10m at step 4',
      'analysis: analysis success-rate',
      'timed_pause: pause 10m at step 7',
    ]);
  });

  test('the share is located at the setWeight that decides it', () => {
    const text = rolloutFile();
    expect(served(text).at.line).toBe(lineOf(text, 'setWeight: 5'));
  });

  test('blue-green promotes by itself unless autoPromotionEnabled is false', () => {
    expect(served(blueGreen(''))).toMatchObject({ low: 100, high: 100 });
    expect(served(blueGreen('      autoPromotionEnabled: false\n'))).toMatchObject({
      low: 0,
      high: 0,
      guards: [expect.objectContaining({ kind: 'manual_promotion' })],
    });
  });

  test.each([
    ['another Rollout', rolloutFile({ name: 'other' }), /named "other", not "renewal-risk"/],
    ['not a Rollout', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: renewal-risk\n', /is not a Rollout \(apiVersion argoproj.io\/v1alpha1\)/],
    ['a weight the CRD schema refuses', rolloutFile({ steps: '        - setWeight: five\n' }), /^argo_rollout: .*setWeight/],
    ['several documents in one file', rolloutFile() + '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: x\n', /more than one YAML document/],
  ])('refuses %s, with a located message', (_name, text, message) => {
    const r = read(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(message);
  });
});
