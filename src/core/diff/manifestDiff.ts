// Semantic differences between the base and head versions of one manifest: what a reviewer must know
// (more exposure, a new pattern, a weaker control), each located at the new value (or the old one if gone).
import type { Capability, Condition, Manifest, Owner, Stage, Waiver } from '../model/manifest.js';
import { OWNER_CATEGORIES } from '../model/vocabulary.js';
import { actionStrength, loosenedBy } from '../model/conditions.js';
import { classifyMove, exposureOf, roundPoints, shareOf, type ExposureField } from '../model/exposure.js';
import {
  CAPABILITY_FIELDS,
  type ApprovalBound,
  type CapabilityEdit,
  type CapabilityField,
  type Change,
  type ChangeKind,
  type ConditionList,
  type ConditionRef,
  type NumericExposure,
  type OwnerRef,
  type StageExposure,
  type StageSide,
} from '../report/model.js';

/**
 * Kinds that only ever narrow what users are exposed to: a rollback or a pause. The diff emits each only
 * with its proof: a demotion only when exposure (or, where exposure cannot tell, the base ladder's ranks)
 * shows the new live rung is no wider; a decrease only for a number that fell; a removed rung only in a
 * plan with no live stage. Anything it cannot show to fall is release-bearing instead.
 */
export const REDUCTION_KINDS: ReadonlySet<ChangeKind> = new Set([
  'stage_demoted',
  'stage_taken_down',
  'exposure_decreased',
  'stage_removed',
  'source_exposure_decreased',
]);

export interface ManifestPair {
  readonly file: string;
  readonly previousFile: string | null;
  readonly base: Manifest | null;
  readonly head: Manifest | null;
}

/** The fields every change starts with, in the same order everywhere (the JSON report's key order). */
type At = <K extends ChangeKind>(
  kind: K,
  line: number,
  subject: string,
  releaseBearing: boolean,
) => { kind: K; file: string; line: number; subject: string; releaseBearing: boolean };

export function diffManifest(pair: ManifestPair): Change[] {
  const { base, head } = pair;
  const out: Change[] = [];
  const file = pair.file;
  const at: At = (kind, line, subject, releaseBearing) => ({ kind, file, line, subject, releaseBearing });

  if (!base && head) {
    out.push({ ...at('manifest_added', head.at.line, 'manifest', true), path: file, workflow: head.workflow });
    if (head.currentStage)
      out.push({ ...at('stage_went_live', liveLine(head, head.currentStage), 'current_stage', true), from: null, to: sideOf(head.currentStage) });
    for (const p of head.orchestration)
      if (p.pattern !== 'fixed_workflow')
        out.push({ ...at('pattern_added', p.at.line, `orchestration.${p.name}`, true), path: p.name, from: null, to: p.pattern });
    for (const c of head.capabilities)
      if (c.access === 'write')
        out.push({ ...at('write_capability_added', c.at.line, `capabilities.${c.name}`, true), capability: c.name, accessBefore: null, accessAfter: 'write' });
    out.push(...diffWaivers(null, head, at));
    return out;
  }
  if (base && !head) {
    out.push({ ...at('manifest_removed', 1, 'manifest', false), path: file, workflow: base.workflow });
    return out;
  }
  if (!base || !head) return out;
  if (pair.previousFile && pair.previousFile !== pair.file)
    out.push({ ...at('manifest_renamed', head.at.line, 'manifest', false), previousPath: pair.previousFile, path: file });
  // One parse of one unchanged blob (the usual case in a full check): nothing else can differ.
  if (base === head) return out;

  out.push(...diffStage(base, head, at));
  out.push(...diffWaivers(base, head, at));
  out.push(...diffPatterns(base, head, at));
  out.push(...diffCapabilities(base, head, at));
  out.push(...diffOwners(base, head, at));
  out.push(...diffConditions('stop_conditions', base.stopConditions, head.stopConditions, head, at));
  out.push(...diffConditions('rollback_triggers', base.rollbackTriggers, head.rollbackTriggers, head, at));
  if (base.rollback?.plan && !head.rollback?.plan)
    out.push({ ...at('rollback_plan_removed', (head.rollback?.at ?? head.at).line, 'rollback.plan', true), from: base.rollback.plan.path, to: null });
  out.push(
    ...diffApprovalBound(
      { field: 'timeout', unit: 'ms' },
      base.approval?.timeoutMs ?? null,
      head.approval?.timeoutMs ?? null,
      (head.approval?.at ?? head.at).line,
      at,
    ),
  );
  out.push(
    ...diffApprovalBound(
      { field: 'backlog_threshold', unit: 'runs' },
      base.approval?.backlogThreshold ?? null,
      head.approval?.backlogThreshold ?? null,
      (head.approval?.at ?? head.at).line,
      at,
    ),
  );
  const modeBefore = base.authorization?.mode ?? null;
  const modeAfter = head.authorization?.mode ?? null;
  // Writing down the service mode a manifest never stated documents it; every other move can switch who acts.
  const documentsService = modeBefore === null && modeAfter === 'service';
  if (modeBefore !== modeAfter && !documentsService)
    out.push({ ...at('authorization_mode_changed', (head.authorization?.at ?? head.at).line, 'authorization.mode', true), from: modeBefore, to: modeAfter });
  return out;
}

/** What a stage stands for in a change: its largest share, else its accounts, else its segment (see src/core/model/exposure.ts). */
export function sideOf(stage: Stage): StageSide {
  const e = exposureOf(stage);
  if (e.kind === 'measured') {
    const exposure: StageExposure = e.share
      ? { field: e.share.field, unit: 'percent', value: e.share.value }
      : { field: 'accounts', unit: 'accounts', value: e.accounts };
    return { stage: stage.name, exposure };
  }
  return { stage: stage.name, exposure: e.segment === null ? null : { field: 'users', unit: 'segment', value: e.segment } };
}

/** A move of the live stage is located at the `current_stage:` value, the line the pull request changed. */
const liveLine = (m: Manifest, live: Stage): number => (m.currentStageAt ?? live.at).line;

/** An exposure change is located at the field's own value; a removed field at its stage. */
const fieldLine = (stage: Stage, field: ExposureField | 'users'): number => (stage.exposureAt[field] ?? stage.at).line;

function diffStage(base: Manifest, head: Manifest, at: At): Change[] {
  const before = base.currentStage;
  const after = head.currentStage;
  if (!before && !after) return diffPlan(base, head, at);
  if (!before && after) return [{ ...at('stage_went_live', liveLine(head, after), 'current_stage', true), from: null, to: sideOf(after) }];
  if (before && !after) return [{ ...at('stage_taken_down', head.at.line, 'current_stage', false), from: sideOf(before), to: null }];
  if (before && after && before.name !== after.name) {
    // Exposure decides, then the base ladder's ranks; never the order the pull request lists its rungs in.
    const promoted = classifyMove(before, after, base.stages) === 'promotion';
    const a = shareOf(before);
    const b = shareOf(after);
    const delta = a !== null && b !== null ? roundPoints(b - a) : null;
    return [
      {
        ...at(promoted ? 'stage_promoted' : 'stage_demoted', liveLine(head, after), 'current_stage', promoted),
        from: sideOf(before),
        to: sideOf(after),
        delta,
      },
    ];
  }
  if (before && after) return diffExposure(before, after, at);
  return [];
}

/**
 * A plan with no live stage (the seed format): the plan is the exposure, so every rung's planned exposure is
 * diffed, rungs matched by name. A new rung is release-bearing; a removed one lowers the plan.
 */
function diffPlan(base: Manifest, head: Manifest, at: At): Change[] {
  const out: Change[] = [];
  for (const rung of head.stages) {
    const was = base.stages.find((s) => s.name === rung.name);
    if (was) out.push(...diffExposure(was, rung, at));
    else out.push({ ...at('stage_added', rung.at.line, `stages.${rung.name}`, true), from: null, to: sideOf(rung) });
  }
  for (const was of base.stages) {
    if (!head.stages.some((s) => s.name === was.name))
      out.push({ ...at('stage_removed', head.at.line, `stages.${was.name}`, false), from: sideOf(was), to: null });
  }
  return out;
}

function diffExposure(before: Stage, after: Stage, at: At): Change[] {
  const out: Change[] = [];
  const numeric: [NumericExposure, number | null, number | null][] = [
    [{ field: 'traffic_percent', unit: 'percent' }, before.trafficPercent, after.trafficPercent],
    [{ field: 'tenant_percent', unit: 'percent' }, before.tenantPercent, after.tenantPercent],
    [{ field: 'accounts', unit: 'accounts' }, before.accounts, after.accounts],
  ];
  for (const [measure, a, b] of numeric) {
    if (a === b) continue;
    const subject = `stages.${after.name}.${measure.field}`;
    const line = fieldLine(after, measure.field);
    // A limit that disappears is unbounded exposure: an increase. (The base has the limit: a !== b.)
    if (b === null) out.push({ ...at('exposure_increased', line, subject, true), stage: after.name, ...measure, from: a!, to: null, delta: null });
    else if (a === null || b > a)
      out.push({
        ...at('exposure_increased', line, subject, true),
        stage: after.name,
        ...measure,
        from: a,
        to: b,
        delta: a === null ? b : roundPoints(b - a),
      });
    else out.push({ ...at('exposure_decreased', line, subject, false), stage: after.name, ...measure, from: a, to: b, delta: roundPoints(b - a) });
  }
  // A segment cannot be measured: a changed one is release-bearing, whichever way it reads.
  if (before.users !== after.users) {
    out.push({
      ...at('exposure_changed', fieldLine(after, 'users'), `stages.${after.name}.users`, true),
      stage: after.name,
      field: 'users',
      unit: 'segment',
      from: before.users,
      to: after.users,
    });
  }
  return out;
}

function diffPatterns(base: Manifest, head: Manifest, at: At): Change[] {
  const out: Change[] = [];
  for (const p of head.orchestration) {
    const b = base.orchestration.find((x) => x.name === p.name);
    const subject = `orchestration.${p.name}`;
    if (!b) out.push({ ...at('pattern_added', p.at.line, subject, p.pattern !== 'fixed_workflow'), path: p.name, from: null, to: p.pattern });
    else if (b.pattern !== p.pattern) out.push({ ...at('pattern_changed', p.at.line, subject, true), path: p.name, from: b.pattern, to: p.pattern });
  }
  for (const b of base.orchestration) {
    if (!head.orchestration.some((x) => x.name === b.name))
      out.push({ ...at('pattern_removed', head.at.line, `orchestration.${b.name}`, false), path: b.name, from: b.pattern, to: null });
  }
  return out;
}

/** The value of each compared capability field; two capabilities differ when any of these differs. */
const CAPABILITY_VALUES: Record<CapabilityField, (c: Capability) => unknown> = {
  access: (c) => c.access,
  owner: (c) => c.owner?.name ?? null,
  transport: (c) => c.transport,
  timeout: (c) => c.timeoutMs,
  retry: (c) => c.retryMaxAttempts,
  idempotency: (c) => c.idempotency,
  unknown_side_effect: (c) => c.unknownSideEffect,
  telemetry: (c) => c.telemetry,
  via_gateway: (c) => c.viaGateway,
  requires_approval: (c) => c.requiresApproval,
  session: (c) => c.session,
};

function capabilityEdits(before: Capability, after: Capability): CapabilityEdit[] {
  return CAPABILITY_FIELDS.flatMap((field): CapabilityEdit[] => {
    const a = CAPABILITY_VALUES[field](before);
    const b = CAPABILITY_VALUES[field](after);
    if (JSON.stringify(a) === JSON.stringify(b)) return [];
    if (typeof b === 'boolean') return [{ field, edit: b ? 'turned_on' : 'turned_off' }];
    return [{ field, edit: a === null ? 'added' : b === null ? 'removed' : 'changed' }];
  });
}

function diffCapabilities(base: Manifest, head: Manifest, at: At): Change[] {
  const out: Change[] = [];
  for (const c of head.capabilities) {
    const b = base.capabilities.find((x) => x.name === c.name);
    const subject = `capabilities.${c.name}`;
    if (!b) {
      out.push({
        ...at(c.access === 'write' ? 'write_capability_added' : 'capability_added', c.at.line, subject, true),
        capability: c.name,
        accessBefore: null,
        accessAfter: c.access,
      });
      continue;
    }
    const edits = capabilityEdits(b, c);
    if (edits.length > 0) {
      const write = c.access === 'write' || b.access === 'write';
      out.push({
        ...at(write ? 'write_capability_changed' : 'capability_changed', c.at.line, subject, write || !c.viaGateway),
        capability: c.name,
        accessBefore: b.access,
        accessAfter: c.access,
        edits,
      });
    }
  }
  for (const b of base.capabilities) {
    if (!head.capabilities.some((x) => x.name === b.name))
      out.push({ ...at('capability_removed', head.at.line, `capabilities.${b.name}`, false), capability: b.name, accessBefore: b.access, accessAfter: null });
  }
  return out;
}

const ownerRef = (o: Owner): OwnerRef => ({ name: o.name, github: o.github });

function diffOwners(base: Manifest, head: Manifest, at: At): Change[] {
  const out: Change[] = [];
  for (const category of OWNER_CATEGORIES) {
    const b = base.owners[category];
    const h = head.owners[category];
    if (!b || b.placeholder) continue;
    const subject = `owners.${category}`;
    if (!h || h.placeholder)
      out.push({ ...at('owner_removed', (h?.at ?? head.ownersAt).line, subject, true), category, from: ownerRef(b), to: h ? ownerRef(h) : null });
    else if (h.name !== b.name || h.github !== b.github)
      out.push({ ...at('owner_changed', h.at.line, subject, false), category, from: ownerRef(b), to: ownerRef(h) });
  }
  return out;
}

const conditionRef = (c: Condition): ConditionRef => ({
  text: c.text,
  metric: c.metric,
  operator: c.operator,
  threshold: c.threshold,
  unit: c.unit,
  action: c.action,
});

/** A threshold that moves the permissive way, or a response that weakens (rollback -> page), loosens the condition. */
function conditionMove(list: ConditionList, b: Condition, a: Condition): 'loosened' | 'tightened' | 'same' | 'changed' {
  const threshold = loosenedBy(b, a);
  if (threshold === 'changed' || threshold === 'loosened') return threshold;
  const before = actionStrength(list, b.action);
  const after = actionStrength(list, a.action);
  if (after < before) return 'loosened';
  if (after > before) return 'tightened';
  return threshold;
}

function diffConditions(
  list: 'stop_conditions' | 'rollback_triggers',
  before: readonly Condition[],
  after: readonly Condition[],
  head: Manifest,
  at: At,
): Change[] {
  const out: Change[] = [];
  const removed = list === 'stop_conditions' ? 'stop_condition_removed' : 'rollback_trigger_removed';
  const loosened = list === 'stop_conditions' ? 'stop_condition_loosened' : 'rollback_trigger_loosened';
  const matched = new Set<Condition>();
  for (const b of before) {
    // Pair by metric and direction; an exact match wins so reordering is not a change.
    const candidates = after.filter((a) => !matched.has(a) && a.metric === b.metric);
    const exact = candidates.find((a) => conditionMove(list, b, a) === 'same');
    const partner = exact ?? candidates.find((a) => conditionMove(list, b, a) !== 'changed') ?? null;
    if (!partner) {
      out.push({ ...at(removed, head.at.line, list, true), list, from: conditionRef(b), to: null });
      continue;
    }
    matched.add(partner);
    const how = conditionMove(list, b, partner);
    if (how === 'loosened') out.push({ ...at(loosened, partner.at.line, list, true), list, from: conditionRef(b), to: conditionRef(partner) });
    else if (how === 'tightened' && list === 'stop_conditions')
      out.push({ ...at('stop_condition_tightened', partner.at.line, list, false), list, from: conditionRef(b), to: conditionRef(partner) });
  }
  if (list === 'stop_conditions') {
    for (const a of after) if (!matched.has(a)) out.push({ ...at('stop_condition_added', a.at.line, list, false), list, from: null, to: conditionRef(a) });
  }
  return out;
}

/** An approval timeout or backlog threshold that disappears (unbounded) or grows lets runs wait longer, or more of them. */
function diffApprovalBound(bound: ApprovalBound, before: number | null, after: number | null, line: number, at: At): Change[] {
  if (before === null) return [];
  const subject = `approval.${bound.field}`;
  if (after === null) return [{ ...at('approval_bound_removed', line, subject, true), ...bound, from: before, to: null }];
  return after > before ? [{ ...at('approval_bound_loosened', line, subject, true), ...bound, from: before, to: after }] : [];
}

/** Waivers whose terms (check, approver, expiry) the base does not have word for word: added or renewed. */
function diffWaivers(base: Manifest | null, head: Manifest, at: At): Change[] {
  return head.waivers.flatMap((w) => {
    if (base?.waivers.some((b) => sameWaiver(b, w))) return [];
    const previous = base?.waivers.find((b) => b.check === w.check) ?? null;
    return [
      {
        ...at('waiver_added', w.at.line, 'waivers', true),
        check: w.check,
        from: previous && { approver: previous.approver, expires: previous.expires },
        to: { approver: w.approver, expires: w.expires },
      },
    ];
  });
}

/** Two waivers with the same terms: the one in the base is still the one in force. */
export const sameWaiver = (a: Waiver, b: Waiver): boolean => a.check === b.check && a.approver === b.approver && a.expires === b.expires;

/**
 * True when the changes narrow exposure and do nothing release-bearing: such a change is never blocked.
 * A proof, not a guess: every measure of what is live (and, with no live stage, of every rung) went down or
 * held, because the diff reports anything else (a raised or removed limit, a changed segment, a move it
 * cannot rank as a demotion, a new rung of a plan) as release-bearing.
 */
export function isExposureReductionOnly(changes: readonly Change[]): boolean {
  return changes.some((c) => REDUCTION_KINDS.has(c.kind)) && !changes.some((c) => c.releaseBearing);
}

/** Kinds that raise (or may raise: a segment cannot be measured) what is exposed; what pacing judges. */
export const INCREASE_KINDS: ReadonlySet<ChangeKind> = new Set([
  'exposure_increased',
  'exposure_changed',
  'stage_promoted',
  'stage_added',
  'source_exposure_increased',
  'source_exposure_changed',
]);

/** The first change that raises exposure (a larger share or count, a changed segment, a promotion, a new rung of a plan), if any. */
export function exposureIncreaseIn(changes: readonly Change[]): Change | undefined {
  return changes.find((c) => INCREASE_KINDS.has(c.kind));
}
