// Argo Rollouts `AnalysisTemplate` objects: the metrics a Rollout's analysis checks, and the range each
// accepts, from its `successCondition` and `failureCondition`. It serves no share of its own; a manifest
// binds it so that its stop conditions are matched against the runtime guard, and loosening a condition
// counts as loosening the stop condition. Conditions are read, never evaluated: only the simple forms
// `result <op> number` and `result[0] <op> number` are understood; any other leaves the metric without a
// range, which matches no stop condition. Validated against the AnalysisTemplate CRD's schema.
import { AnalysisTemplate } from '@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1/AnalysisTemplate';
import type { ErrorObject } from 'ajv';
import { problem } from '../model/location.js';
import { obj } from '../model/raw.js';
import { describeErrors } from '../schema/validate.js';
import type { ArgoAnalysisTemplateBinding } from './binding.js';
import { objectDocument } from './documents.js';
import { failed, type Guard, type RampSetting, type SourceMetric, type SourceReader } from './source.js';

const SCHEMA_HINT = 'see the analysis reference, https://argo-rollouts.readthedocs.io/en/stable/features/analysis/';

/** `result[0] <= 0.2` -> { op: '<=', value: 0.2 }; null for any other form. */
export function simpleCondition(text: unknown): { readonly op: '<' | '<=' | '>' | '>='; readonly value: number } | null {
  if (typeof text !== 'string') return null;
  const m = /^\s*result(?:\[0\])?\s*(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  return m ? { op: m[1] as '<' | '<=' | '>' | '>=', value: Number(m[2]) } : null;
}

export const argoAnalysisTemplateReader: SourceReader<ArgoAnalysisTemplateBinding> = {
  kind: 'argo_analysis_template',
  read(file, bytes, binding) {
    const found = objectDocument(file, bytes, {
      source: 'argo_analysis_template',
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'AnalysisTemplate',
      name: binding.name,
    });
    if (!found.ok) return failed(...found.problems);
    const { doc, root } = found;
    try {
      new AnalysisTemplate(root as never).validate();
    } catch (error) {
      const errors = (error as { errors?: ErrorObject[] }).errors ?? [];
      const problems = describeErrors(errors, doc).map((p) => ({ ...p, message: `argo_analysis_template: ${p.message}`, hint: SCHEMA_HINT }));
      return failed(...(problems.length > 0 ? problems : [problem(doc.at(['spec']), 'argo_analysis_template: the AnalysisTemplate is invalid', SCHEMA_HINT)]));
    }
    const metricsValue = obj(root['spec'])['metrics'];
    const list = Array.isArray(metricsValue) ? (metricsValue as unknown[]).map(obj) : [];
    const metrics: SourceMetric[] = [];
    const guards: Guard[] = [];
    const ramp: RampSetting[] = [];
    for (const [i, m] of list.entries()) {
      const at = doc.at(['spec', 'metrics', i]);
      const metricName = typeof m['name'] === 'string' ? m['name'] : `metrics[${i}]`;
      // The accepted range: values a success condition passes, or a failure condition does not fail.
      let min: { value: number; inclusive: boolean } | null = null;
      let max: { value: number; inclusive: boolean } | null = null;
      const narrowMax = (value: number, inclusive: boolean) => {
        if (max === null || value < max.value || (value === max.value && !inclusive)) max = { value, inclusive };
      };
      const narrowMin = (value: number, inclusive: boolean) => {
        if (min === null || value > min.value || (value === min.value && !inclusive)) min = { value, inclusive };
      };
      const success = simpleCondition(m['successCondition']);
      if (success) {
        if (success.op === '<' || success.op === '<=') narrowMax(success.value, success.op === '<=');
        else narrowMin(success.value, success.op === '>=');
      }
      const failure = simpleCondition(m['failureCondition']);
      if (failure) {
        if (failure.op === '>' || failure.op === '>=') narrowMax(failure.value, failure.op === '>');
        else narrowMin(failure.value, failure.op === '<');
      }
      const lo = min as { value: number; inclusive: boolean } | null;
      const hi = max as { value: number; inclusive: boolean } | null;
      metrics.push({
        name: metricName,
        min: lo?.value ?? null,
        max: hi?.value ?? null,
        minInclusive: lo?.inclusive ?? true,
        maxInclusive: hi?.inclusive ?? true,
        at,
      });
      guards.push({ kind: 'metric', name: metricName, at });
      if (lo) ramp.push({ field: `metrics.${metricName}.min`, value: lo.value, looser: 'lower', at });
      if (hi) ramp.push({ field: `metrics.${metricName}.max`, value: hi.value, looser: 'higher', at });
      if (typeof m['failureLimit'] === 'number') ramp.push({ field: `metrics.${metricName}.failureLimit`, value: m['failureLimit'], looser: 'higher', at });
    }
    return {
      ok: true,
      served: {
        carriesExposure: false,
        low: 0,
        high: 0,
        at: doc.at(['spec', 'metrics']),
        basis: 'an analysis template: metrics only',
        segments: [],
        guards,
        deploys: null,
        ramp,
        metrics,
      },
    };
  },
};
