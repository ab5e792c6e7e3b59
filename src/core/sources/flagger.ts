// Flagger `Canary` objects: how far Flagger takes a new version by itself. It shifts traffic by
// `stepWeight` (or along `stepWeights`) every `interval` up to `maxWeight` and then promotes to 100% on
// its own, unless a `confirm-promotion` webhook waits for a person (then it stops at `maxWeight`), a
// `confirm-traffic-increase` webhook gates every step (it stops at the first), or `confirm-rollout` gates
// the start (it stops at 0%). `skipAnalysis: true` promotes at once. With `iterations` (A/B testing,
// blue-green) traffic moves only at promotion; a `match` sends a header or cookie segment to the canary.
// Validated against the Canary CRD's own schema, as Flagger publishes it; nothing in the file is executed.
import type { ErrorObject } from 'ajv';
import { parseDuration } from '../model/duration.js';
import { roundPoints } from '../model/exposure.js';
import { problem } from '../model/location.js';
import { obj } from '../model/raw.js';
import type { ParsedYaml } from '../parse/yamlSource.js';
import { describeErrors } from '../schema/validate.js';
import type { FlaggerCanaryBinding } from './binding.js';
import * as compiled from './compiledSources.js';
import { failed, type Guard, type RampSetting, type SourceMetric, type SourceReader } from './source.js';
import { objectDocument } from './documents.js';

const validateCanary = compiled.flaggerCanary as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const SCHEMA_HINT = 'see the Canary reference, https://docs.flagger.app/usage/how-it-works#canary-resource';
const ANALYSIS = ['spec', 'analysis'] as const;

export const flaggerCanaryReader: SourceReader<FlaggerCanaryBinding> = {
  kind: 'flagger_canary',
  read(file, bytes, binding) {
    const found = objectDocument(file, bytes, { source: 'flagger_canary', apiVersion: 'flagger.app/v1beta1', kind: 'Canary', name: binding.name });
    if (!found.ok) return failed(...found.problems);
    const { doc } = found;
    if (!validateCanary(doc.value)) {
      const problems = describeErrors(validateCanary.errors ?? [], doc).map((p) => ({ ...p, message: `flagger_canary: ${p.message}`, hint: SCHEMA_HINT }));
      return failed(...(problems.length > 0 ? problems : [problem(doc.at(['spec']), 'flagger_canary: the Canary is invalid', SCHEMA_HINT)]));
    }
    return { ok: true, served: readCanary(doc) };
  },
};

function readCanary(doc: ParsedYaml) {
  const spec = obj(obj(doc.value)['spec']);
  const a = obj(spec['analysis']);
  const at = (...path: (string | number)[]) => doc.at([...ANALYSIS, ...path]);
  const webhooks = (Array.isArray(a['webhooks']) ? (a['webhooks'] as unknown[]) : []).map(obj);
  const guards: Guard[] = [];
  const hook = (type: string) => webhooks.findIndex((w) => w['type'] === type);
  for (const [i, w] of webhooks.entries())
    if (typeof w['type'] === 'string' && w['type'].startsWith('confirm-'))
      guards.push({ kind: 'confirm_webhook', name: `${w['type']} ${typeof w['name'] === 'string' ? w['name'] : ''}`.trim(), at: at('webhooks', i) });
  const metrics: SourceMetric[] = (Array.isArray(a['metrics']) ? (a['metrics'] as unknown[]) : []).map((m, i) => {
    const o = obj(m);
    const range = obj(o['thresholdRange']);
    return {
      name: typeof o['name'] === 'string' ? o['name'] : `metrics[${i}]`,
      min: typeof range['min'] === 'number' ? range['min'] : null,
      max: typeof range['max'] === 'number' ? range['max'] : null,
      minInclusive: true,
      maxInclusive: true,
      at: at('metrics', i),
    };
  });
  for (const m of metrics) guards.push({ kind: 'metric', name: m.name, at: m.at });
  const ramp: RampSetting[] = [];
  const setting = (field: string, value: unknown, looser: RampSetting['looser'], path: (string | number)[]) => {
    if (typeof value === 'number') ramp.push({ field, value, looser, at: at(...path) });
  };
  setting('analysis.stepWeight', a['stepWeight'], 'higher', ['stepWeight']);
  setting('analysis.maxWeight', a['maxWeight'], 'higher', ['maxWeight']);
  setting('analysis.threshold', a['threshold'], 'higher', ['threshold']);
  setting('analysis.iterations', a['iterations'], 'lower', ['iterations']);
  if (typeof a['interval'] === 'string') {
    const ms = parseDuration(a['interval']);
    if (ms !== null) ramp.push({ field: 'analysis.interval (ms)', value: ms, looser: 'lower', at: at('interval') });
  }
  for (const m of metrics) {
    if (m.min !== null) ramp.push({ field: `metrics.${m.name}.thresholdRange.min`, value: m.min, looser: 'lower', at: m.at });
    if (m.max !== null) ramp.push({ field: `metrics.${m.name}.thresholdRange.max`, value: m.max, looser: 'higher', at: m.at });
  }
  const common = { carriesExposure: true, guards, ramp, metrics, deploys: null, segments: [] as string[] };
  const whole = (low: number, high: number, where: ReturnType<typeof at>, basis: string) => ({ ...common, low, high, at: where, basis });

  if (spec['skipAnalysis'] === true) return whole(100, 100, doc.at(['spec', 'skipAnalysis']), 'skipAnalysis: true promotes a new version at once');
  if (hook('confirm-rollout') >= 0)
    return whole(0, 0, at('webhooks', hook('confirm-rollout')), 'a confirm-rollout webhook holds a new version until a person confirms');
  const promotionGate = hook('confirm-promotion');
  if (typeof a['iterations'] === 'number') {
    // A/B testing routes a segment by header or cookie; blue-green moves all traffic at promotion only.
    if (Array.isArray(a['match']) && a['match'].length > 0)
      return {
        ...common,
        segments: ['analysis.match'],
        low: 0,
        high: 100,
        at: at('match'),
        basis: 'A/B testing sends the users analysis.match selects to the canary',
      };
    return promotionGate >= 0
      ? whole(0, 0, at('webhooks', promotionGate), 'blue-green held before promotion by a confirm-promotion webhook')
      : whole(100, 100, at('iterations'), 'blue-green promotes by itself after its iterations');
  }
  const stepWeights = Array.isArray(a['stepWeights']) ? (a['stepWeights'] as unknown[]).filter((w): w is number => typeof w === 'number') : [];
  const stepWeight = typeof a['stepWeight'] === 'number' ? a['stepWeight'] : null;
  const maxWeight = typeof a['maxWeight'] === 'number' ? a['maxWeight'] : 100;
  if (hook('confirm-traffic-increase') >= 0) {
    const first = roundPoints(Math.min(100, stepWeights[0] ?? stepWeight ?? maxWeight));
    return whole(
      first,
      first,
      at(stepWeights.length > 0 ? 'stepWeights' : 'stepWeight'),
      'a confirm-traffic-increase webhook holds the first step until a person confirms',
    );
  }
  if (promotionGate >= 0) {
    const top = roundPoints(Math.min(100, stepWeights.length > 0 ? Math.max(...stepWeights) : maxWeight));
    return whole(top, top, at(stepWeights.length > 0 ? 'stepWeights' : 'maxWeight'), `steps to ${top}%, then a confirm-promotion webhook waits for a person`);
  }
  return whole(100, 100, doc.at([...ANALYSIS]), 'no confirmation webhook: Flagger promotes to 100% once the analysis passes');
}
