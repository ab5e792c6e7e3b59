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

const UNITS = ['%', 'ms', 's', 'm', 'h'] as const;
const MAX_METRIC = 128;
const MAX_DIGITS = 15;

/** A condition's pieces as written, before their values are judged. */
interface ConditionParts {
  readonly metric: string;
  readonly operator: Operator;
  readonly dollar: boolean;
  readonly number: string;
  readonly suffix: (typeof UNITS)[number] | null;
}

const isBlank = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isMetricStart = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z_]/.test(ch);
const isMetricPart = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9_.]/.test(ch);

/**
 * Splits a condition into its pieces, or null when it does not follow the grammar below. A hand-written
 * scanner rather than a regular expression: it reads each character a bounded number of times, so a hostile
 * condition (`a >` and a quarter of a million spaces) is rejected in linear time; the regular expression it
 * replaces could trade blanks between adjacent optional groups and backtracked for minutes.
 *
 * Grammar (blanks are any run of JavaScript `\s`, possibly empty):
 *   blanks metric blanks operator blanks ['$' blanks] number blanks [unit] blanks
 *   metric   = [A-Za-z_] [A-Za-z0-9_.]{0,127}
 *   operator = >= | <= | == | != | > | <
 *   number   = ['-'] digit{1,15} ['.' digit{1,15}]
 *   unit     = % | ms | s | m | h
 */
function scan(text: string): ConditionParts | null {
  let i = 0;
  const skipBlanks = () => {
    while (isBlank(text[i])) i += 1;
  };
  const run = (accepts: (ch: string | undefined) => boolean): string => {
    const from = i;
    while (accepts(text[i])) i += 1;
    return text.slice(from, i);
  };

  skipBlanks();
  if (!isMetricStart(text[i])) return null;
  const metric = run(isMetricPart);
  if (metric.length > MAX_METRIC) return null;
  skipBlanks();

  const two = text.slice(i, i + 2);
  const operator = (['>=', '<=', '==', '!='] as const).find((op) => op === two) ?? (['>', '<'] as const).find((op) => op === text[i]);
  if (operator === undefined) return null;
  i += operator.length;
  skipBlanks();

  const dollar = text[i] === '$';
  if (dollar) {
    i += 1;
    skipBlanks();
  }

  const from = i;
  if (text[i] === '-') i += 1;
  const whole = run(isDigit);
  if (whole.length < 1 || whole.length > MAX_DIGITS) return null;
  if (text[i] === '.') {
    i += 1;
    const fraction = run(isDigit);
    if (fraction.length < 1 || fraction.length > MAX_DIGITS) return null;
  }
  const number = text.slice(from, i);
  skipBlanks();

  const suffix = text.startsWith('ms', i) ? 'ms' : (UNITS.find((u) => u.length === 1 && u === text[i]) ?? null);
  if (suffix !== null) i += suffix.length;
  skipBlanks();

  return i === text.length ? { metric, operator, dollar, number, suffix } : null;
}

export function parseCondition(text: string): ConditionParse {
  const parts = scan(text);
  if (!parts) {
    return {
      ok: false,
      reason: `"${text.length > 80 ? text.slice(0, 77) + '...' : text}" is not of the form \`metric operator threshold\` (e.g. \`false_positive_rate > 0.20\`, \`cost_per_account > $1.50\`)`,
    };
  }
  const { metric, operator, dollar, number, suffix } = parts;
  if (dollar && suffix) return { ok: false, reason: `"${text}" has both a currency sign and a unit` };
  const threshold = Number(number);
  const unit: ThresholdUnit = dollar ? '$' : suffix;
  if (unit === '%' && (threshold < 0 || threshold > 100)) return { ok: false, reason: `"${text}" has a percentage outside 0..100` };
  return { ok: true, condition: { metric, operator, threshold, unit } };
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

/** What a stop condition or rollback trigger can do when it fires, from the strongest response to the weakest. */
export const CONDITION_ACTIONS = ['rollback', 'pause', 'narrow_exposure', 'reduce_autonomy', 'page'] as const;
export type ConditionAction = (typeof CONDITION_ACTIONS)[number];

/**
 * How strong a condition's response is (higher is stronger). A condition without an action does what its
 * list implies: a rollback trigger rolls back, a stop condition stops (pauses) the rollout.
 */
export function actionStrength(list: 'stop_conditions' | 'rollback_triggers', action: string | null): number {
  const effective = action ?? (list === 'rollback_triggers' ? 'rollback' : 'pause');
  const index = (CONDITION_ACTIONS as readonly string[]).indexOf(effective);
  // An action outside the vocabulary cannot be shown to be as strong as any: the weakest.
  return index < 0 ? 0 : CONDITION_ACTIONS.length - index;
}
