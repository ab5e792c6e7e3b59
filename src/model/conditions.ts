// Stop conditions and rollback triggers are written as `metric operator threshold` so that a gate can
// compare them across commits (is a threshold loosened?) and reject ones nobody could evaluate.
export const OPERATORS = ['>', '>=', '<', '<=', '==', '!='] as const;
export type Operator = (typeof OPERATORS)[number];
export type ThresholdUnit = '$' | '%' | 'ms' | 's' | 'm' | 'h' | null;

export interface ParsedCondition {
  readonly metric: string;
  readonly operator: Operator;
  readonly threshold: number;
  readonly unit: ThresholdUnit;
}

export type ConditionParse = { readonly ok: true; readonly condition: ParsedCondition } | { readonly ok: false; readonly reason: string };

const FORM = /^\s*([A-Za-z_][A-Za-z0-9_.]{0,127})\s*(>=|<=|==|!=|>|<)\s*(\$)?\s*(-?[0-9]{1,15}(?:\.[0-9]{1,15})?)\s*(%|ms|s|m|h)?\s*$/;

export function parseCondition(text: string): ConditionParse {
  const m = FORM.exec(text);
  if (!m) {
    return {
      ok: false,
      reason: `"${text.length > 80 ? text.slice(0, 77) + '...' : text}" is not of the form \`metric operator threshold\` (e.g. \`false_positive_rate > 0.20\`, \`cost_per_account > $1.50\`)`,
    };
  }
  const [, metric, operator, dollar, number, suffix] = m;
  if (dollar && suffix) return { ok: false, reason: `"${text}" has both a currency sign and a unit` };
  const threshold = Number(number);
  const unit = (dollar ? '$' : (suffix ?? null)) as ThresholdUnit;
  if (unit === '%' && (threshold < 0 || threshold > 100)) return { ok: false, reason: `"${text}" has a percentage outside 0..100` };
  return { ok: true, condition: { metric: metric!, operator: operator as Operator, threshold, unit } };
}

/** Which way a threshold moves to fire later: `>`/`>=` fire later when raised, `<`/`<=` when lowered. */
export function loosenedBy(before: ParsedCondition, after: ParsedCondition): 'loosened' | 'tightened' | 'same' | 'changed' {
  if (before.metric !== after.metric || before.unit !== after.unit) return 'changed';
  if (before.operator === after.operator && before.threshold === after.threshold) return 'same';
  const upward = (op: Operator) => op === '>' || op === '>=';
  const downward = (op: Operator) => op === '<' || op === '<=';
  if (upward(before.operator) && upward(after.operator)) {
    if (after.threshold > before.threshold || (after.threshold === before.threshold && after.operator === '>' && before.operator === '>=')) return 'loosened';
    return 'tightened';
  }
  if (downward(before.operator) && downward(after.operator)) {
    if (after.threshold < before.threshold || (after.threshold === before.threshold && after.operator === '<' && before.operator === '<=')) return 'loosened';
    return 'tightened';
  }
  return 'changed';
}

export function formatCondition(c: ParsedCondition): string {
  const value = c.unit === '$' ? `$${c.threshold}` : c.unit ? `${c.threshold}${c.unit}` : String(c.threshold);
  return `${c.metric} ${c.operator} ${value}`;
}
