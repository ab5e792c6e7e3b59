// One wording per change, shared by every renderer (the text output, the Markdown comment and summary,
// and the check messages that quote a change): both values, their units, and signed differences. The
// switch has no default, so the compiler proves that every kind has a phrase. Phrases are plain text;
// a renderer escapes them for its medium.
import { formatCondition } from '../model/conditions.js';
import { formatDuration } from '../model/duration.js';
import { describeSourceChange } from './sourcePhrases.js';
import type {
  CapabilityEdit,
  Change,
  ChangeOf,
  ConditionList,
  ConditionRef,
  EvaluatedState,
  Finding,
  ManifestResult,
  NumericExposure,
  OwnerRef,
  StageSide,
} from './model.js';

/** What the reports say of a manifest whose change only lowers exposure: its readiness checks did not run. */
export const EXPOSURE_ONLY_LOWERED = 'exposure only lowered: readiness not re-checked';

/** Whether the gate ran a manifest's readiness checks; not for a removed manifest nor for a rollback. */
export function readinessChecked(m: ManifestResult): boolean {
  return m.status !== 'removed' && !m.exposureReductionOnly;
}

export function describeChange(c: Change): string {
  switch (c.kind) {
    case 'manifest_added':
      return `new rollout manifest (${c.workflow})`;
    case 'manifest_removed':
      return `rollout manifest removed (${c.workflow})`;
    case 'manifest_renamed':
      return `manifest renamed from ${c.previousPath} to ${c.path}`;
    case 'stage_promoted':
      return `live stage promoted: ${stageMove(c)}`;
    case 'stage_demoted':
      return `live stage demoted: ${stageMove(c)}`;
    case 'stage_went_live':
      return `goes live at ${stage(c.to)}`;
    case 'stage_taken_down':
      return `taken down from ${stage(c.from)}: no stage is live`;
    case 'stage_added':
      return `stage added to the plan: ${stage(c.to)}`;
    case 'stage_removed':
      return `stage removed from the plan: ${stage(c.from)}`;
    case 'exposure_increased':
      if (c.to === null) return `${c.stage} ${LIMIT_WORDS[c.field]} limit removed: ${amount(c, c.from)} -> unbounded`;
      if (c.from === null) return `${c.subject} set to ${amount(c, c.to)} (not set before), ${difference(c, c.from, c.to, c.delta)}`;
      return `${c.subject} ${amount(c, c.from)} -> ${amount(c, c.to)}, ${difference(c, c.from, c.to, c.delta)}`;
    case 'exposure_decreased':
      return `${c.subject} ${amount(c, c.from)} -> ${amount(c, c.to)}, ${difference(c, c.from, c.to, c.delta)}`;
    case 'exposure_changed':
      return `${c.subject} ${segment(c.from)} -> ${segment(c.to)}`;
    case 'pattern_changed':
      return `pattern changed: ${c.subject} ${c.from} -> ${c.to}`;
    case 'pattern_added':
      return `pattern added: ${c.subject} ${c.to}`;
    case 'pattern_removed':
      return `pattern removed: ${c.subject} (was ${c.from})`;
    case 'capability_added':
    case 'write_capability_added':
      return `new ${c.accessAfter} capability ${c.capability}`;
    case 'capability_changed':
      return `read capability ${c.capability}: ${edits(c)}`;
    case 'write_capability_changed':
      return `write capability ${c.capability}: ${edits(c)}`;
    case 'capability_removed':
      return `${c.accessBefore} capability ${c.capability} removed`;
    case 'owner_removed':
      return c.to === null ? `${c.subject} removed (was ${c.from.name})` : `${c.subject} replaced by the placeholder "${c.to.name}" (was ${c.from.name})`;
    case 'owner_changed': {
      // Show the handles only when they are what changed, so the two sides never read the same.
      const handles = c.from.github !== c.to.github;
      return `${c.subject} changed: ${owner(c.from, handles)} -> ${owner(c.to, handles)}`;
    }
    case 'stop_condition_removed':
    case 'rollback_trigger_removed':
      return `${LIST_WORDS[c.list]} removed: ${conditionText(c.from)}`;
    case 'stop_condition_loosened':
    case 'rollback_trigger_loosened':
      return `${LIST_WORDS[c.list]} loosened: ${conditionText(c.from)} -> ${conditionText(c.to)}`;
    case 'stop_condition_tightened':
      return `${LIST_WORDS[c.list]} tightened: ${conditionText(c.from)} -> ${conditionText(c.to)}`;
    case 'stop_condition_added':
      return `${LIST_WORDS[c.list]} added: ${conditionText(c.to)}`;
    case 'rollback_plan_removed':
      return `rollback plan removed (was ${c.from})`;
    case 'approval_bound_removed':
      return `${c.subject} removed: ${boundText(c.unit, c.from)} -> unbounded`;
    case 'approval_bound_loosened':
      return `${c.subject} raised: ${boundText(c.unit, c.from)} -> ${boundText(c.unit, c.to)}`;
    case 'authorization_mode_changed':
      return `authorization mode changed: ${c.from ?? 'not set'} -> ${c.to ?? 'not set'}`;
    case 'waiver_added':
      return c.from === null
        ? `waiver for ${c.check} added: approved by ${c.to.approver}, until ${c.to.expires}`
        : `waiver for ${c.check} changed: approved by ${c.from.approver} until ${c.from.expires} -> approved by ${c.to.approver} until ${c.to.expires}`;
    case 'source_exposure_increased':
    case 'source_exposure_decreased':
    case 'source_exposure_changed':
    case 'source_guard_removed':
    case 'source_ramp_loosened':
    case 'source_template_changed':
    case 'source_removed':
    case 'source_unbound':
    case 'source_bound':
      return describeSourceChange(c);
    case 'policy_changed':
      if (c.status === 'renamed') return `policy renamed from ${c.previousPath} to ${c.path}`;
      if (c.status === 'copied') return `policy ${c.path} copied from ${c.previousPath}`;
      return `policy ${c.path} ${c.status}`;
  }
}

/** The other checks a finding covers, in one line: `also fails oncall_owner (on-call owner ...), owner_removed`. */
export function alsoFails(f: Finding): string | null {
  if (f.covers.length === 0) return null;
  return `also fails ${[...new Set(f.covers.map((c) => c.check))].join(', ')}`;
}

/** Both sides of an exposure rise, with their units, e.g. `50% -> 100%` or `canary 4% -> ga 100%`. */
export function exposureSides(c: ChangeOf<'exposure_increased' | 'stage_promoted'>): string {
  if (c.kind === 'stage_promoted') return `${stage(c.from)} -> ${stage(c.to)}`;
  return `${amount(c, c.from)} -> ${c.to === null ? 'unbounded' : amount(c, c.to)}`;
}

const LIMIT_WORDS: Record<NumericExposure['field'], string> = { traffic_percent: 'traffic', tenant_percent: 'tenant', accounts: 'accounts' };
/** A condition as written, with the action it triggers when the manifest names one. */
const conditionText = (c: ConditionRef): string => `${formatCondition(c)}${c.action !== null ? ` (${c.action})` : ''}`;

const boundText = (unit: 'ms' | 'runs', value: number): string =>
  unit === 'ms' ? formatDuration(value) : `${formatNumber(value)} paused ${value === 1 ? 'run' : 'runs'}`;

const LIST_WORDS: Record<ConditionList, string> = { stop_conditions: 'stop condition', rollback_triggers: 'rollback trigger' };

/** A value of a rung's field; the field's name (in the subject) already says what an account count counts. */
function amount(measure: NumericExposure, value: number | null): string {
  if (value === null) return 'not set';
  return measure.unit === 'percent' ? `${formatNumber(value)}%` : formatNumber(value);
}

/**
 * How far a rung's field moved: percentages in signed points; accounts as a factor, since they span orders
 * of magnitude (a plain count when there is no base to multiply, or when the factor would round to 1).
 */
function difference(measure: NumericExposure, from: number | null, to: number, delta: number): string {
  if (measure.unit === 'percent') return `${signed(delta)} ${Math.abs(delta) === 1 ? 'point' : 'points'}`;
  const factor = from !== null && from > 0 ? Number((to / from).toPrecision(3)) : null;
  if (factor !== null && factor !== 1) return `x${formatNumber(factor)}`;
  return `${signed(delta)} ${Math.abs(delta) === 1 ? 'account' : 'accounts'}`;
}

function stage(side: StageSide): string {
  const e = side.exposure;
  if (e === null) return side.stage;
  switch (e.unit) {
    case 'percent':
      return `${side.stage} ${formatNumber(e.value)}%`;
    case 'accounts':
      return `${side.stage} ${formatNumber(e.value)} ${e.value === 1 ? 'account' : 'accounts'}`;
    case 'segment':
      return `${side.stage} (${e.value})`;
  }
}

function stageMove(c: ChangeOf<'stage_promoted' | 'stage_demoted'>): string {
  const points = c.delta === null ? '' : `, ${signed(c.delta)} ${Math.abs(c.delta) === 1 ? 'point' : 'points'}`;
  return `${stage(c.from)} -> ${stage(c.to)}${points}`;
}

const segment = (users: string | null): string => (users === null ? 'not set' : `"${users}"`);

function edits(c: ChangeOf<'capability_changed' | 'write_capability_changed'>): string {
  if (c.edits.length === 0) return 'changed';
  return c.edits.map((e) => (e.field === 'access' ? `access ${c.accessBefore} -> ${c.accessAfter}` : `${e.field} ${EDIT_WORDS[e.edit]}`)).join(', ');
}

const EDIT_WORDS: Record<CapabilityEdit['edit'], string> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  turned_on: 'turned on',
  turned_off: 'turned off',
};

const owner = (o: OwnerRef, withHandle: boolean): string => (withHandle ? `${o.name} (${o.github ?? 'no GitHub handle'})` : o.name);

/** `+95`, `-15`, `0`. */
function signed(n: number): string {
  if (n > 0) return `+${formatNumber(n)}`;
  if (n < 0) return `-${formatNumber(-n)}`;
  return '0';
}

/** A number with thousands separators (`1,000,000,000`), never in exponent form. */
export function formatNumber(n: number): string {
  if (n < 0) return `-${formatNumber(-n)}`;
  const text = /e/i.test(String(n)) ? n.toFixed(20).replace(/\.?0+$/, '') : String(n);
  const [whole, fraction] = text.split('.');
  const grouped = (whole ?? text).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Where the evidence was read, as the reports state it (plain text; trees named by their short id). */
export function evaluatedAt(e: EvaluatedState): string {
  switch (e.kind) {
    case 'head':
      return 'evidence read at head';
    case 'merge':
      return `evidence read at the merge into the base (tree ${e.tree.slice(0, 12)})`;
    case 'head_instead':
      return e.why === 'conflicts' ? 'evidence read at head: the merge into the base conflicts' : 'evidence read at head: this git cannot compute the merge';
  }
}
