// Argo Rollouts `Rollout` objects: how far the controller takes a new template by itself. A canary runs its
// steps in order and stops only at a pause without a duration, where a person must promote it; the share it
// reaches by then (the largest setWeight or experiment weight, out of `maxTrafficWeight`) is what it serves.
// Without such a pause it runs to 100%. A blue-green rollout serves the new version to everyone unless
// `autoPromotionEnabled: false` keeps it in preview. The strategy is validated against the Rollout CRD's
// own schema (the models generated from it), which executes nothing from the file.
import { RolloutStrategy } from '@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1/RolloutStrategy';
import type { ErrorObject } from 'ajv';
import { roundPoints } from '../model/exposure.js';
import { problem, type SourceLocation } from '../model/location.js';
import { obj, type Raw } from '../model/raw.js';
import type { ParsedYaml } from '../parse/yamlSource.js';
import { describeErrors } from '../schema/validate.js';
import type { ArgoRolloutBinding } from './binding.js';
import { objectDocument } from './documents.js';
import { failed, type Guard, type SourceRead, type SourceReader } from './source.js';

const SCHEMA_HINT = 'see the Rollout specification, https://argo-rollouts.readthedocs.io/en/stable/features/specification/';

export const argoRolloutReader: SourceReader<ArgoRolloutBinding> = {
  kind: 'argo_rollout',
  read(file, bytes, binding) {
    const found = objectDocument(file, bytes, { source: 'argo_rollout', apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: binding.name });
    return found.ok ? readRollout(found.doc, found.root) : failed(...found.problems);
  },
};

function readRollout(doc: ParsedYaml, root: Raw): SourceRead {
  const spec = obj(root['spec']);
  const strategyValue = spec['strategy'];
  try {
    new RolloutStrategy(strategyValue as never).validate();
  } catch (error) {
    const errors = (error as { errors?: ErrorObject[] }).errors ?? [];
    const located = errors.map((e) => ({ ...e, instancePath: `/spec/strategy${e.instancePath}` }));
    const problems = describeErrors(located, doc).map((p) => ({ ...p, message: `argo_rollout: ${p.message}`, hint: SCHEMA_HINT }));
    return failed(...(problems.length > 0 ? problems : [problem(doc.at(['spec', 'strategy']), 'argo_rollout: spec.strategy is invalid', SCHEMA_HINT)]));
  }
  const strategy = obj(strategyValue);
  const deploys = spec['template'] === undefined ? null : JSON.stringify(spec['template']);
  if (strategy['blueGreen'] !== undefined) {
    const bg = obj(strategy['blueGreen']);
    const manual = bg['autoPromotionEnabled'] === false;
    const at = doc.at(['spec', 'strategy', 'blueGreen', ...(manual ? ['autoPromotionEnabled'] : [])]);
    const guards: Guard[] = manual ? [{ kind: 'manual_promotion', name: 'autoPromotionEnabled: false', at }] : [];
    const basis = manual ? 'blue-green, kept in preview until promoted (autoPromotionEnabled: false)' : 'blue-green, promoted by itself';
    return {
      ok: true,
      served: { carriesExposure: true, low: manual ? 0 : 100, high: manual ? 0 : 100, at, basis, segments: [], guards, deploys, ramp: [], metrics: [] },
    };
  }
  if (strategy['canary'] === undefined)
    return failed(problem(doc.at(['spec', 'strategy']), 'argo_rollout: spec.strategy has neither canary nor blueGreen', SCHEMA_HINT));
  return { ok: true, served: { carriesExposure: true, ...canary(doc, obj(strategy['canary'])), deploys, ramp: [], metrics: [] } };
}

function canary(doc: ParsedYaml, c: Record<string, unknown>) {
  const base = ['spec', 'strategy', 'canary'] as const;
  const routing = obj(c['trafficRouting']);
  const max = typeof routing['maxTrafficWeight'] === 'number' && routing['maxTrafficWeight'] > 0 ? routing['maxTrafficWeight'] : 100;
  const steps = Array.isArray(c['steps']) ? (c['steps'] as unknown[]) : [];
  // Every guard counts (a later analysis still aborts a later step); the share stops at the first indefinite pause.
  const guards: Guard[] = [];
  const segments: string[] = [];
  let peak = 0;
  let peakAt: SourceLocation = doc.at([...base]);
  let stoppedAt: string | null = null;
  const raise = (w: unknown, at: SourceLocation) => {
    if (stoppedAt === null && typeof w === 'number' && w > peak) {
      peak = w;
      peakAt = at;
    }
  };
  for (let i = 0; i < steps.length; i++) {
    const step = obj(steps[i]);
    const at = doc.at([...base, 'steps', i]);
    const name = `step ${i + 1}`;
    raise(step['setWeight'], doc.at([...base, 'steps', i, 'setWeight']));
    if (step['experiment'] !== undefined) {
      guards.push({ kind: 'experiment', name, at });
      const templates = obj(step['experiment'])['templates'];
      for (const t of Array.isArray(templates) ? (templates as unknown[]) : []) raise(obj(t)['weight'], at);
    }
    if (step['analysis'] !== undefined) {
      const templates = obj(step['analysis'])['templates'];
      const names = (Array.isArray(templates) ? (templates as unknown[]) : []).map((t) => {
        const n = obj(t)['templateName'] ?? obj(t)['clusterTemplateName'];
        return typeof n === 'string' ? n : '?';
      });
      guards.push({ kind: 'analysis', name: `analysis ${names.join(', ')}`, at });
    }
    if (step['setHeaderRoute'] !== undefined && stoppedAt === null)
      segments.push(`setHeaderRoute ${JSON.stringify(obj(step['setHeaderRoute'])['name'] ?? '')}`);
    if (step['pause'] !== undefined) {
      const duration = obj(step['pause'])['duration'];
      if (duration === undefined) {
        guards.push({ kind: 'indefinite_pause', name: stoppedAt === null ? 'first indefinite pause' : `indefinite pause at ${name}`, at });
        stoppedAt ??= name;
      } else
        guards.push({
          kind: 'timed_pause',
          name: `pause ${typeof duration === 'string' || typeof duration === 'number' ? String(duration) : JSON.stringify(duration)} at ${name}`,
          at,
        });
    }
  }
  if (stoppedAt !== null) {
    const p = percent(peak, max);
    const basis = `canary reaches ${p}% (setWeight ${peak}${max !== 100 ? ` of maxTrafficWeight ${max}` : ''}) before the indefinite pause at ${stoppedAt}`;
    // A header route sends the users who carry the header to the canary: a segment of unknown size.
    return { low: p, high: segments.length > 0 ? 100 : p, at: peakAt, basis, segments, guards };
  }
  const basis = steps.length === 0 ? 'canary with no steps goes to 100% at once' : 'canary has no indefinite pause, so its steps run to 100%';
  return { low: 100, high: 100, at: steps.length === 0 ? doc.at([...base]) : doc.at([...base, 'steps']), basis, segments, guards };
}

const percent = (w: number, max: number) => roundPoints(Math.min(100, (w * 100) / max));
