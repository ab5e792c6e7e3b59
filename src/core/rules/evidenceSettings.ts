// The policy settings of typed evidence: minimum criteria per evidence kind (and per stage, so GA can ask
// more than canary), a maximum age per evidence kind, and whether unverified stage criteria block.
// Several policies combine strictest first: every policy's criteria apply, the shortest age wins.
import { formatDuration, parseDuration } from '../model/duration.js';
import { loosenedBy, parseCondition, type ParsedCondition } from '../model/conditions.js';
import { problem } from '../model/location.js';
import { EVIDENCE_KINDS, type EvidenceKind } from '../model/vocabulary.js';
import { flag, type Setting } from './setting.js';

export interface PolicyCriterion extends ParsedCondition {
  readonly text: string;
  /** Where the policy writes it. */
  readonly file: string;
  readonly line: number;
}

/** Criteria of one evidence kind: for every stage, and for named stages on top. */
export interface KindThresholds {
  readonly all: readonly PolicyCriterion[];
  readonly stages: Readonly<Record<string, readonly PolicyCriterion[]>>;
}

export type Thresholds = Readonly<Partial<Record<EvidenceKind, KindThresholds>>>;

/** The start of `metric operator`: the full grammar is checked when the policy is read, with its location. */
const CONDITION_START = '^\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*(>=|<=|==|!=|>|<)';
const conditionList = { type: 'array', items: { type: 'string', minLength: 1, maxLength: 256, pattern: CONDITION_START }, maxItems: 50 };
/** An object keyed by evidence kind (the value schema given once, not once per kind). */
const perKind = (value: Record<string, unknown>) => ({
  type: 'object',
  propertyNames: { enum: [...EVIDENCE_KINDS] },
  additionalProperties: value,
});
const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/**
 * How a criterion moves from `before` to `after`. A criterion must hold where a stop condition must not
 * fire, so the directions are the stop condition's turned round: lowering `pass_rate >= 0.95` loosens it.
 */
export function criterionMove(before: ParsedCondition, after: ParsedCondition): ReturnType<typeof loosenedBy> {
  const move = loosenedBy(before, after);
  return move === 'loosened' ? 'tightened' : move === 'tightened' ? 'loosened' : move;
}

/**
 * Adds a criterion to a list that must all hold, strictest first: one the list already bounds as tightly
 * or tighter adds nothing, a tighter one replaces the looser bound of the same metric, any other joins.
 */
function addStrictest(list: PolicyCriterion[], c: PolicyCriterion): void {
  if (list.some((x) => ['same', 'loosened'].includes(criterionMove(x, c)))) return;
  const looser = list.findIndex((x) => criterionMove(x, c) === 'tightened');
  if (looser >= 0) list[looser] = c;
  else list.push(c);
}

export const EVIDENCE_THRESHOLDS: Setting<Thresholds> = {
  path: ['evidence_thresholds'],
  schema: {
    ...perKind({
      type: 'object',
      additionalProperties: false,
      properties: {
        require: { ...conditionList, description: 'Criteria that hold at every stage, e.g. "pass_rate >= 0.90".' },
        stages: {
          type: 'object',
          additionalProperties: conditionList,
          description: 'Further criteria per stage name (ga also applies to the top of the ladder).',
        },
      },
    }),
    description:
      'Minimum criteria per evidence kind, checked against the metrics of its typed evidence, e.g. `offline_eval: { require: ["pass_rate >= 0.90"], stages: { ga: ["pass_rate >= 0.97"] } }`. Evidence a threshold applies to must be typed.',
  },
  unset: {},
  read: (raw, ctx) => {
    const out: Partial<Record<EvidenceKind, KindThresholds>> = {};
    const kinds = (raw ?? {}) as Record<string, { require?: string[]; stages?: Record<string, string[]> }>;
    for (const kind of Object.keys(kinds) as EvidenceKind[]) {
      const parse = (texts: readonly string[] | undefined, ...path: (string | number)[]): PolicyCriterion[] =>
        (texts ?? []).flatMap((text, i) => {
          const at = ctx.at(kind, ...path, i);
          const parsed = parseCondition(text);
          if (!parsed.ok) {
            ctx.report(problem(at, `evidence_thresholds.${kind}: ${parsed.reason}`, 'write it as `metric operator number`, e.g. "pass_rate >= 0.95"'));
            return [];
          }
          return [{ ...parsed.condition, text, file: at.file, line: at.line }];
        });
      const stages = record<readonly PolicyCriterion[]>();
      for (const stage of Object.keys(kinds[kind]?.stages ?? {})) stages[stage] = parse(kinds[kind]!.stages![stage], 'stages', stage);
      out[kind] = { all: parse(kinds[kind]?.require, 'require'), stages };
    }
    return out;
  },
  combine: (values) => {
    const out: Partial<Record<EvidenceKind, { all: PolicyCriterion[]; stages: Record<string, PolicyCriterion[]> }>> = {};
    for (const v of values) {
      for (const kind of Object.keys(v) as EvidenceKind[]) {
        const into = (out[kind] ??= { all: [], stages: record<PolicyCriterion[]>() });
        for (const c of v[kind]!.all) addStrictest(into.all, c);
        for (const [stage, list] of Object.entries(v[kind]!.stages)) for (const c of list) addStrictest((into.stages[stage] ??= []), c);
      }
    }
    return out;
  },
  loosening: (before, after) => {
    const out: string[] = [];
    const compare = (label: string, was: readonly PolicyCriterion[], now: readonly PolicyCriterion[]) => {
      for (const c of was) {
        // Kept when the same metric is bounded the same way or tighter.
        const kept = now.some((n) => ['same', 'tightened'].includes(criterionMove(c, n)));
        if (!kept) out.push(`${label}: "${c.text}" is ${now.some((n) => n.metric === c.metric) ? 'loosened' : 'removed'}`);
      }
    };
    for (const kind of Object.keys(before) as EvidenceKind[]) {
      const b = before[kind]!;
      const a = after[kind];
      compare(`evidence_thresholds.${kind}`, b.all, a?.all ?? []);
      for (const [stage, list] of Object.entries(b.stages)) compare(`evidence_thresholds.${kind}.stages.${stage}`, list, a?.stages[stage] ?? []);
    }
    return out;
  },
  examples: { strict: { offline_eval: { require: ['pass_rate >= 0.95'] } }, loose: { offline_eval: { require: ['pass_rate >= 0.80'] } } },
};

export const EVIDENCE_MAX_AGE: Setting<Readonly<Partial<Record<EvidenceKind, number>>>> = {
  path: ['evidence_max_age'],
  schema: {
    ...perKind({ type: 'string', pattern: '^[0-9]{1,9}(ms|s|m|h|d)$' }),
    description:
      'Maximum age per evidence kind (`offline_eval: 14d`): evidence whose file last changed longer ago than that, by git history, is stale; typed evidence that states an older run time is as old as that run.',
  },
  unset: {},
  read: (raw) => {
    const out: Partial<Record<EvidenceKind, number>> = {};
    for (const [kind, d] of Object.entries((raw ?? {}) as Record<string, string>)) {
      const ms = parseDuration(d);
      if (ms !== null) out[kind as EvidenceKind] = ms;
    }
    return out;
  },
  combine: (values) => {
    const out: Partial<Record<EvidenceKind, number>> = {};
    for (const v of values) for (const [kind, ms] of Object.entries(v) as [EvidenceKind, number][]) out[kind] = Math.min(out[kind] ?? Infinity, ms);
    return out;
  },
  loosening: (before, after) =>
    (Object.entries(before) as [EvidenceKind, number][]).flatMap(([kind, ms]) => {
      const now = after[kind];
      return now === undefined || now > ms
        ? [`evidence_max_age.${kind} rises from ${formatDuration(ms)} to ${now === undefined ? 'no limit' : formatDuration(now)}`]
        : [];
    }),
  examples: { strict: { offline_eval: '7d' }, loose: { offline_eval: '30d' } },
};

export const BLOCK_UNVERIFIED_CRITERIA = flag(['block_unverified_criteria'], {
  type: 'boolean',
  description: 'Stage criteria written as conditions that no typed evidence can measure block instead of warning.',
});
