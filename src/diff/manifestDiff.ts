// Semantic differences between the base and head versions of one manifest: what a reviewer must know
// (more exposure, a new pattern, a weaker control), each located at the new value (or the old one if gone).
import { formatCondition, loosenedBy } from '../model/conditions.js';
import { formatDuration } from '../model/duration.js';
import type { Capability, Condition, Manifest, Stage } from '../model/manifest.js';
import { OWNER_CATEGORIES } from '../model/vocabulary.js';
import type { Change, ChangeKind } from '../report/model.js';

/** Kinds that only ever narrow what users are exposed to: a rollback or a pause. */
export const REDUCTION_KINDS: ReadonlySet<ChangeKind> = new Set(['stage_demoted', 'stage_taken_down', 'exposure_decreased']);

export interface ManifestPair {
  readonly file: string;
  readonly previousFile: string | null;
  readonly base: Manifest | null;
  readonly head: Manifest | null;
}

export function diffManifest(pair: ManifestPair): Change[] {
  const { base, head } = pair;
  const out: Change[] = [];
  const file = pair.file;
  const add = (kind: ChangeKind, line: number, subject: string, from: string | null, to: string | null, releaseBearing: boolean, step: number | null = null) =>
    out.push({ kind, file, line, subject, from, to, step, releaseBearing });

  if (!base && head) {
    add('manifest_added', head.at.line, 'manifest', null, head.workflow, true);
    if (head.currentStage) add('stage_went_live', head.currentStage.at.line, 'current_stage', null, head.currentStage.name, true);
    for (const p of head.orchestration) if (p.pattern !== 'fixed_workflow') add('pattern_added', p.at.line, `orchestration.${p.name}`, null, p.pattern, true);
    for (const c of head.capabilities) if (c.access === 'write') add('write_capability_added', c.at.line, `capabilities.${c.name}`, null, 'write', true);
    return out;
  }
  if (base && !head) {
    add('manifest_removed', 1, 'manifest', base.workflow, null, false);
    return out;
  }
  if (!base || !head) return out;
  if (pair.previousFile && pair.previousFile !== pair.file) add('manifest_renamed', head.at.line, 'manifest', pair.previousFile, pair.file, false);
  // One parse of one unchanged blob (the usual case in a full check): nothing else can differ.
  if (base === head) return out;

  diffStage(base, head, add);
  diffPatterns(base, head, add);
  diffCapabilities(base, head, add);
  diffOwners(base, head, add);
  diffConditions('stop_conditions', base.stopConditions, head.stopConditions, head, add);
  diffConditions('rollback_triggers', base.rollbackTriggers, head.rollbackTriggers, head, add);
  if (base.rollback?.plan && !head.rollback?.plan) add('rollback_plan_removed', (head.rollback?.at ?? head.at).line, 'rollback.plan', base.rollback.plan.path, null, true);
  if (base.approval?.timeoutMs != null && head.approval?.timeoutMs == null) add('approval_bound_removed', (head.approval?.at ?? head.at).line, 'approval.timeout', formatDuration(base.approval.timeoutMs), null, true);
  if (base.approval?.backlogThreshold != null && head.approval?.backlogThreshold == null) add('approval_bound_removed', (head.approval?.at ?? head.at).line, 'approval.backlog_threshold', String(base.approval.backlogThreshold), null, true);
  const modeBefore = base.authorization?.mode ?? null;
  const modeAfter = head.authorization?.mode ?? null;
  if (modeBefore !== modeAfter) add('authorization_mode_changed', (head.authorization?.at ?? head.at).line, 'authorization.mode', modeBefore, modeAfter, true);
  return out;
}

type Add = (kind: ChangeKind, line: number, subject: string, from: string | null, to: string | null, releaseBearing: boolean, step?: number | null) => void;

function diffStage(base: Manifest, head: Manifest, add: Add): void {
  const before = base.currentStage;
  const after = head.currentStage;
  if (!before && after) add('stage_went_live', after.at.line, 'current_stage', null, after.name, true);
  else if (before && !after) add('stage_taken_down', head.at.line, 'current_stage', before.name, null, false);
  else if (before && after && before.name !== after.name) {
    const ladder = head.stages.map((s) => s.name);
    const from = ladder.indexOf(before.name);
    // A stage missing from the new ladder cannot be ordered; treat the move as a promotion (fail closed).
    const promoted = from < 0 || after.index > from;
    // Across stages, fields are not comparable one by one; the step is the change of percentage exposure.
    const a = percentExposure(before);
    const b = percentExposure(after);
    const step = a !== null && b !== null ? round(Math.abs(b - a)) : null;
    add(promoted ? 'stage_promoted' : 'stage_demoted', after.at.line, 'current_stage', before.name, after.name, promoted, step);
  } else if (before && after) diffExposure(before, after, add);
}

function diffExposure(before: Stage, after: Stage, add: Add): void {
  const numeric: [string, number | null, number | null, string][] = [
    ['traffic_percent', before.trafficPercent, after.trafficPercent, '%'],
    ['tenant_percent', before.tenantPercent, after.tenantPercent, '%'],
    ['accounts', before.accounts, after.accounts, ''],
  ];
  for (const [field, a, b, unit] of numeric) {
    if (a === b) continue;
    const subject = `stages.${after.name}.${field}`;
    const from = a === null ? null : `${a}${unit}`;
    const to = b === null ? null : `${b}${unit}`;
    // A limit that disappears is unbounded exposure: an increase.
    if (b === null) add('exposure_increased', after.at.line, subject, from, 'unbounded', true, null);
    else if (a === null || b > a) add('exposure_increased', after.at.line, subject, from, to, true, a === null ? b : round(b - a));
    else add('exposure_decreased', after.at.line, subject, from, to, false, round(a - b));
  }
  if (before.users !== after.users) add('exposure_changed', after.at.line, `stages.${after.name}.users`, before.users, after.users, true);
}

/** The share of tenants (else of traffic) a stage exposes, in percent. */
export function percentExposure(stage: Stage): number | null {
  return stage.tenantPercent ?? stage.trafficPercent;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function diffPatterns(base: Manifest, head: Manifest, add: Add): void {
  for (const p of head.orchestration) {
    const b = base.orchestration.find((x) => x.name === p.name);
    if (!b) add('pattern_added', p.at.line, `orchestration.${p.name}`, null, p.pattern, p.pattern !== 'fixed_workflow');
    else if (b.pattern !== p.pattern) add('pattern_changed', p.at.line, `orchestration.${p.name}`, b.pattern, p.pattern, true);
  }
  for (const b of base.orchestration) {
    if (!head.orchestration.some((x) => x.name === b.name)) add('pattern_removed', head.at.line, `orchestration.${b.name}`, b.pattern, null, false);
  }
}

function capabilityShape(c: Capability): string {
  return JSON.stringify([c.access, c.owner?.name ?? null, c.transport, c.timeoutMs, c.retryMaxAttempts, c.idempotency, c.unknownSideEffect, c.telemetry, c.viaGateway, c.requiresApproval, c.session]);
}

function diffCapabilities(base: Manifest, head: Manifest, add: Add): void {
  for (const c of head.capabilities) {
    const b = base.capabilities.find((x) => x.name === c.name);
    const subject = `capabilities.${c.name}`;
    if (!b) add(c.access === 'write' ? 'write_capability_added' : 'capability_added', c.at.line, subject, null, c.access, true);
    else if (capabilityShape(b) !== capabilityShape(c)) {
      const write = c.access === 'write' || b.access === 'write';
      add(write ? 'write_capability_changed' : 'capability_changed', c.at.line, subject, b.access, c.access, write || !c.viaGateway);
    }
  }
  for (const b of base.capabilities) {
    if (!head.capabilities.some((x) => x.name === b.name)) add('capability_removed', head.at.line, `capabilities.${b.name}`, b.access, null, false);
  }
}

function diffOwners(base: Manifest, head: Manifest, add: Add): void {
  for (const category of OWNER_CATEGORIES) {
    const b = base.owners[category];
    const h = head.owners[category];
    if (!b || b.placeholder) continue;
    const subject = `owners.${category}`;
    if (!h || h.placeholder) add('owner_removed', (h?.at ?? head.ownersAt).line, subject, b.name, h?.name ?? null, true);
    else if (h.name !== b.name || h.github !== b.github) add('owner_changed', h.at.line, subject, b.name, h.name, false);
  }
}

function diffConditions(key: 'stop_conditions' | 'rollback_triggers', before: readonly Condition[], after: readonly Condition[], head: Manifest, add: Add): void {
  const removed: ChangeKind = key === 'stop_conditions' ? 'stop_condition_removed' : 'rollback_trigger_removed';
  const loosened: ChangeKind = key === 'stop_conditions' ? 'stop_condition_loosened' : 'rollback_trigger_loosened';
  const matched = new Set<Condition>();
  for (const b of before) {
    // Pair by metric and direction; an exact match wins so reordering is not a change.
    const candidates = after.filter((a) => !matched.has(a) && a.metric === b.metric);
    const exact = candidates.find((a) => loosenedBy(b, a) === 'same');
    const partner = exact ?? candidates.find((a) => loosenedBy(b, a) !== 'changed') ?? null;
    if (!partner) {
      add(removed, head.at.line, key, formatCondition(b), null, true);
      continue;
    }
    matched.add(partner);
    const how = loosenedBy(b, partner);
    if (how === 'loosened') add(loosened, partner.at.line, key, formatCondition(b), formatCondition(partner), true);
    else if (how === 'tightened' && key === 'stop_conditions') add('stop_condition_tightened', partner.at.line, key, formatCondition(b), formatCondition(partner), false);
  }
  if (key === 'stop_conditions') {
    for (const a of after) if (!matched.has(a)) add('stop_condition_added', a.at.line, key, null, formatCondition(a), false);
  }
}

/** True when the changes narrow exposure and do nothing release-bearing: such a change is never blocked. */
export function isExposureReductionOnly(changes: readonly Change[]): boolean {
  return changes.some((c) => REDUCTION_KINDS.has(c.kind)) && !changes.some((c) => c.releaseBearing);
}

/** The change that raises exposure (a larger share or a later stage), if any: what pacing judges. */
export function exposureIncreaseIn(changes: readonly Change[]): Change | undefined {
  return changes.find((c) => c.kind === 'exposure_increased' || c.kind === 'stage_promoted');
}
