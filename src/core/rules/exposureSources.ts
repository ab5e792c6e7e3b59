// The rules that hold a manifest to the exposure its bound sources really serve: what a flag or a Rollout
// serves must be what the live stage declares (in both directions), and a guard the source loses (a pause
// a person must lift, an analysis that aborts the rollout) is a weaker control, like a removed stop condition.
import { shareOf, SHARE_FIELDS } from '../model/exposure.js';
import { servedText, sourceName } from '../report/sourcePhrases.js';
import type { Condition } from '../model/manifest.js';
import type { SourceMetric } from '../sources/source.js';
import { effectiveHead, servedOf, sourceRef } from '../sources/sourceDiff.js';
import { defineRule, type Violation } from './rule.js';

export const exposureSourceMatchesStage = defineRule({
  id: 'exposure_source_matches_stage',
  kind: 'mode',
  readinessBlock: 'ownership_and_rollback',
  title: 'Exposure source matches the live stage',
  description:
    "Every source under `exposure_sources` serves exactly the live stage's share (the larger of traffic_percent and tenant_percent; 0% when no stage is live): a flag or Rollout that serves more, or less, than the manifest declares blocks, and so does one whose share depends on segments the file cannot measure. On whenever a manifest binds a source.",
  remediation:
    'Make the source and the manifest agree in the same change: move current_stage (or its share) with the flag split or Rollout weight, and serve one split to everyone rather than by segment.',
  owner: 'product',
  settings: [],
  needs: ['sources'],
  active: (_policy, manifest) => manifest.exposureSources.length > 0,
  evaluate: (c) => {
    const live = c.manifest.currentStage;
    const declared = live ? shareOf(live) : 0;
    return c.sources.flatMap((s): Violation[] => {
      if (!s.boundAtHead) return [];
      const served = effectiveHead(s);
      // An analysis template guards the rollout but serves nothing of its own.
      if (!served?.carriesExposure) return [];
      const name = sourceName(sourceRef(s.binding, s.head.path));
      const at = served.at;
      const stage = live ? `stage "${live.name}"` : 'the manifest (no stage is live)';
      if (served.low !== served.high) {
        const segments = served.segments.length > 0 ? ` (${served.segments.join('; ')})` : '';
        return [
          {
            at,
            message: `${name} serves ${servedText(served)} depending on segments${segments} whose share the gate cannot measure, so it cannot be compared with ${stage}; serve one split to everyone, or bind one flag per segment`,
          },
        ];
      }
      if (declared === null)
        return [
          {
            at,
            message: `${name} serves ${servedText(served)}, but ${stage} states no share to compare it with; declare ${SHARE_FIELDS.join(' or ')} on stage ${live!.name} so it can be measured`,
          },
        ];
      if (served.high === declared) return [];
      const way = served.high > declared ? 'more' : 'less';
      return [{ at, message: `${name} serves ${servedText(served)} (${served.basis}), ${way} than the ${declared}% ${stage} declares` }];
    });
  },
});

export const exposureSourceGuardRemoved = defineRule({
  id: 'exposure_source_guard_removed',
  kind: 'mode',
  readinessBlock: 'ownership_and_rollback',
  title: 'Exposure source guard removed',
  description:
    "A bound source that loses an indefinite pause, a timed pause, an analysis or experiment step, its manual promotion, a confirmation webhook or an analysis metric, or that widens a metric's accepted range, goes further on its own than the base allowed: it blocks like a removed or loosened stop condition. Always on.",
  remediation: 'Keep the pause or analysis step, or remove it in a change of its own with a waiver approved by the policy’s waiver approvers.',
  owner: 'technical',
  settings: [],
  needs: ['changes'],
  // Also when the head unbinds every source: the change still reports what the unbound source lost.
  active: () => true,
  evaluate: (c) =>
    c.changes.flatMap((ch): Violation[] => {
      const at = { file: ch.file, line: ch.line, column: 1 };
      if (ch.kind === 'source_guard_removed') return [{ at, message: `${sourceName(ch.source)} loses its ${ch.guard.replace('_', ' ')} (${ch.name})` }];
      // A metric's accepted range is the runtime twin of a stop condition: widening it loosens the stop.
      if (ch.kind === 'source_ramp_loosened' && ch.field.startsWith('metrics.'))
        return [{ at, message: `${sourceName(ch.source)} widens ${ch.field} from ${String(ch.from)} to ${ch.to === null ? 'no bound' : String(ch.to)}` }];
      return [];
    }),
});

/** Whether metric range [min, max] aborts the rollout at least wherever the stop condition would stop it. */
function atLeastAsStrict(condition: Condition, metric: SourceMetric): boolean {
  switch (condition.operator) {
    case '>':
      return metric.max !== null && metric.max <= condition.threshold;
    case '>=':
      return metric.max !== null && (metric.max < condition.threshold || (metric.max === condition.threshold && !metric.maxInclusive));
    case '<':
      return metric.min !== null && metric.min >= condition.threshold;
    case '<=':
      return metric.min !== null && (metric.min > condition.threshold || (metric.min === condition.threshold && !metric.minInclusive));
    case '==':
    case '!=':
      return false;
  }
}

export const exposureSourceStopConditionsBound = defineRule({
  id: 'exposure_source_stop_conditions_bound',
  kind: 'mode',
  readinessBlock: 'ownership_and_rollback',
  title: "Stop conditions bound to the source's analysis",
  description:
    "Where a bound source runs an analysis of its own (a Flagger Canary's metrics, an Argo AnalysisTemplate's), each of the manifest's stop conditions has a metric of the same name whose accepted range (`thresholdRange`, or the range `successCondition` and `failureCondition` state) aborts the rollout at least as early: `metric > x` needs a maximum of at most x, `metric < x` a minimum of at least x. A stop condition the controller does not enforce is a promise nobody keeps.",
  remediation:
    "Add the metric to the source's analysis with a threshold range at least as strict as the stop condition, or name the metric as the analysis does.",
  owner: 'technical',
  settings: [],
  needs: ['sources'],
  active: (_policy, manifest) => manifest.exposureSources.length > 0 && manifest.stopConditions.length > 0,
  evaluate: (c) =>
    c.sources.flatMap((s): Violation[] => {
      const served = s.boundAtHead ? servedOf(s.head) : null;
      if (!served || served.metrics.length === 0) return [];
      const name = sourceName(sourceRef(s.binding, s.head.path));
      return c.manifest.stopConditions.flatMap((cond): Violation[] => {
        const metric = served.metrics.find((m) => m.name === cond.metric);
        if (!metric) return [{ at: cond.at, message: `stop condition "${cond.text}" has no metric named ${cond.metric} in the analysis of ${name}` }];
        if (atLeastAsStrict(cond, metric)) return [];
        const range = `${metric.minInclusive ? '[' : '('}${metric.min ?? '-inf'}, ${metric.max ?? '+inf'}${metric.maxInclusive ? ']' : ')'}`;
        return [{ at: metric.at, message: `${name} accepts ${cond.metric} in ${range}, looser than the stop condition "${cond.text}"` }];
      });
    }),
});
