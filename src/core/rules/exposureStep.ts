import type { Manifest, Stage } from '../model/manifest.js';
import { exposureOf, risesBetween, type Exposure, type Rise, type Share } from '../model/exposure.js';
import type { Change } from '../report/model.js';
import { describeChange, exposureSides, formatNumber } from '../report/phrases.js';
import { servedText } from '../report/sourcePhrases.js';
import { defineRule, type Violation } from './rule.js';
import { upperBound } from './setting.js';

export const MAX_STEP_PCT = upperBound(
  ['pacing', 'max_step_pct'],
  { type: 'number', exclusiveMinimum: 0, maximum: 100, description: 'Largest allowed increase of a percentage exposure in one change, in percentage points.' },
  { strict: 25, loose: 50 },
);

export const MAX_STEP_RATIO = upperBound(
  ['pacing', 'max_step_ratio'],
  {
    type: 'number',
    minimum: 1,
    maximum: 1000000000,
    description: 'Largest allowed increase of an account count in one change, as a factor: head accounts divided by base accounts.',
  },
  { strict: 2, loose: 10 },
);

/** One step pacing judges: the change that reports it and how it raises exposure. */
interface Step {
  readonly change: Change;
  readonly rises: readonly Rise[];
}

const named = (m: Manifest, name: string): Stage | undefined => m.stages.find((s) => s.name === name);

/** What a plan with no live stage exposed before the change: its largest share and its largest account count. */
function planExposure(plan: Manifest): Exposure {
  let share: Share | null = null;
  let accounts: number | null = null;
  for (const stage of plan.stages) {
    const e = exposureOf(stage);
    if (e.kind !== 'measured') continue;
    if (e.share && (share === null || e.share.value > share.value)) share = e.share;
    if (e.accounts !== null) accounts = Math.max(accounts ?? 0, e.accounts);
  }
  if (share) return { kind: 'measured', share, accounts };
  if (accounts !== null) return { kind: 'measured', share: null, accounts };
  return { kind: 'unknown', segment: null };
}

/**
 * The steps of one change, one per rung whose exposure rises: a promotion (from the base's live rung to the
 * head's), a live rung (or, with no live stage, any rung of the plan) whose numbers or segment changed, and
 * a rung added to a plan (from what the plan exposed before). A new manifest has no step: the initial stage
 * and the cap judge it.
 */
function stepsOf(base: Manifest | null, head: Manifest, changes: readonly Change[]): Step[] {
  if (!base) return [];
  const ladder = base.stages;
  const steps: Step[] = [];
  const rungs = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'stage_promoted') {
      const from = named(base, change.from.stage);
      const to = named(head, change.to.stage);
      if (from && to) steps.push({ change, rises: risesBetween(exposureOf(from), exposureOf(to), ladder, { from: from.name, to: to.name }) });
    } else if (change.kind === 'exposure_increased' || change.kind === 'exposure_changed') {
      const from = named(base, change.stage);
      const to = named(head, change.stage);
      if (!from || !to || rungs.has(to.name)) continue;
      rungs.add(to.name);
      steps.push({ change, rises: risesBetween(exposureOf(from), exposureOf(to), ladder, { from: from.name, to: to.name }) });
    } else if (change.kind === 'source_exposure_increased') {
      // What the source serves is a share of traffic: the step counts from what it served at the base.
      const from: Share | null = change.from === null ? null : { field: 'traffic_percent', value: change.from.high };
      steps.push({ change, rises: [{ kind: 'points', points: change.delta, from, to: { field: 'traffic_percent', value: change.to.high } }] });
    } else if (change.kind === 'stage_added') {
      const to = named(head, change.to.stage);
      if (to) steps.push({ change, rises: risesBetween(planExposure(base), exposureOf(to), ladder, { from: 'the plan', to: to.name }) });
    }
  }
  return steps;
}

const pct = (s: Share) => `${formatNumber(s.value)}%`;
const factor = (n: number) => `x${formatNumber(Number(n.toPrecision(3)))}`;

/** What a rise is said to be of, and both of its sides, in the words of the change that carries it. */
function sidesOf(change: Change, rise: Rise & { kind: 'points' | 'ratio' }): { subject: string; sides: string } {
  if (change.kind === 'stage_promoted') return { subject: change.subject, sides: exposureSides(change) };
  if (change.kind === 'source_exposure_increased')
    return { subject: `${change.source.path} (${change.source.selector})`, sides: `${servedText(change.from)} -> ${servedText(change.to)}` };
  const stage = change.kind === 'stage_added' ? change.to.stage : 'stage' in change ? change.stage : '';
  if (rise.kind === 'ratio')
    return {
      subject: change.kind === 'stage_added' ? change.subject : `stages.${stage}.accounts`,
      sides: `${formatNumber(rise.from)} -> ${formatNumber(rise.to)} accounts`,
    };
  const from = rise.from === null ? 'no share' : rise.from.field === rise.to.field ? pct(rise.from) : `${rise.from.field} ${pct(rise.from)}`;
  const to = rise.from !== null && rise.from.field !== rise.to.field ? `${rise.to.field} ${pct(rise.to)}` : pct(rise.to);
  return { subject: change.kind === 'stage_added' ? change.subject : `stages.${stage}.${rise.to.field}`, sides: `${from} -> ${to}` };
}

function judge(step: Step, maxPoints: number | null, maxRatio: number | null): Violation[] {
  const at = { file: step.change.file, line: step.change.line, column: 1 };
  return step.rises.flatMap((rise): Violation[] => {
    if (rise.kind === 'unmeasured') {
      return [
        {
          at,
          message: `the step cannot be measured (${describeChange(step.change)}): declare ${rise.declare.join(' or ')} on stage ${rise.stage} so the step can be measured`,
        },
      ];
    }
    const { subject, sides } = sidesOf(step.change, rise);
    if (rise.kind === 'points') {
      if (maxPoints === null || rise.points <= maxPoints) return [];
      const base = `${subject} rises by ${rise.from === null ? 'up to ' : ''}${formatNumber(rise.points)} points (${sides}), more than the ${maxPoints}-point step the policy allows`;
      // Counted from 0 because the base side states no share: a declared share there may make the step fit.
      const fromStage = step.change.kind === 'stage_promoted' ? step.change.from.stage : null;
      return [
        {
          at,
          message:
            rise.from === null && fromStage ? `${base}; declare traffic_percent or tenant_percent on stage ${fromStage} so the step can be measured` : base,
        },
      ];
    }
    if (maxRatio === null || rise.ratio <= maxRatio) return [];
    const by = Number.isFinite(rise.ratio) ? `rises ${factor(rise.ratio)}` : 'rises from 0 accounts';
    return [{ at, message: `${subject} ${by} (${sides}), more than the ${factor(maxRatio)} step the policy allows` }];
  });
}

export const exposureStepWithinLimit = defineRule({
  id: 'exposure_step_within_limit',
  kind: 'mode',
  readinessBlock: 'ownership_and_rollback',
  title: 'Exposure step',
  description:
    'One change raises a share (within a stage, or from one stage to the next) by at most `pacing.max_step_pct` points and an account count by at most the factor `pacing.max_step_ratio`; a step that cannot be measured (to a rung left with only a segment or no limit at all, or to an account count nothing bounds) blocks.',
  remediation: 'Raise exposure in smaller steps, one change per step, and state each rung as a share or an account count so the step can be measured.',
  owner: 'product',
  settings: [MAX_STEP_PCT, MAX_STEP_RATIO],
  needs: ['base', 'changes'],
  active: (policy) => policy.get(MAX_STEP_PCT) !== null || policy.get(MAX_STEP_RATIO) !== null,
  evaluate: (c) => {
    const maxPoints = c.policy.get(MAX_STEP_PCT);
    const maxRatio = c.policy.get(MAX_STEP_RATIO);
    return stepsOf(c.base, c.manifest, c.changes).flatMap((step) => judge(step, maxPoints, maxRatio));
  },
});
