// A criterion is a condition in the stop-condition grammar (`pass_rate >= 0.95`), judged against the
// metrics evidence states. The threshold's unit is not converted: the metric must be stated in the unit
// the criterion is written in (a pass rate of 0.97 meets `pass_rate >= 0.95`, not `pass_rate >= 95%`).
import { formatCondition, type Operator, type ParsedCondition } from '../model/conditions.js';
import type { Metric } from './reading.js';

export type CriterionOutcome =
  | { readonly kind: 'met' | 'unmet'; readonly metric: Metric }
  /** No evidence states the metric: the criterion cannot be checked by machine. */
  | { readonly kind: 'unverified' };

export function holds(operator: Operator, value: number, threshold: number): boolean {
  switch (operator) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '==':
      return value === threshold;
    case '!=':
      return value !== threshold;
  }
}

export function judgeCriterion(criterion: ParsedCondition, metrics: ReadonlyMap<string, Metric>): CriterionOutcome {
  const metric = metrics.get(criterion.metric);
  if (!metric) return { kind: 'unverified' };
  return { kind: holds(criterion.operator, metric.value, criterion.threshold) ? 'met' : 'unmet', metric };
}

/** The measured value next to the threshold: `pass_rate 0.97 >= 0.95` when it holds, `pass_rate 0.4, not >= 0.95` when not. */
export function describeMeasurement(criterion: ParsedCondition, metric: Metric): string {
  const bound = formatCondition(criterion).slice(criterion.metric.length + 1);
  return holds(criterion.operator, metric.value, criterion.threshold)
    ? `${criterion.metric} ${metric.value} ${bound}`
    : `${criterion.metric} ${metric.value}, not ${bound}`;
}
