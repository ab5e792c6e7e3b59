// Pure evaluation of one manifest against its effective policy: which checks run, what they find,
// waivers, severities. No I/O: evidence, history and the diff are resolved before this is called.
import type { OwnerCategory, Severity } from '../model/vocabulary.js';
import { problem } from '../model/location.js';
import type { Finding, FindingBlock } from '../report/model.js';
import { didYouMean } from '../util/suggest.js';
import { BUILTIN_CHECKS, checkIds, findCheck, type BuiltinCheckId } from './catalog.js';
import type { CheckContext } from './context.js';
import { describeEvidenceProblem } from './evidence.js';
import { evidenceRefsOf } from '../model/manifest.js';

/** The ids that run for this manifest: listed ones, stage ones, and those the policy's settings switch on. */
export function activeCheckIds(ctx: CheckContext): string[] {
  const p = ctx.policy;
  const stage = ctx.manifest.currentStage?.name;
  const ids = [...p.require, ...p.blockIf, ...(stage ? (p.stages[stage]?.require ?? []) : [])];
  if (p.owners.length > 0 || Object.values(p.stages).some((s) => s.owners.length > 0)) ids.push('owners_named');
  if (p.initialStage) ids.push('initial_stage_respected');
  if (p.maxTenantExposurePct !== null) ids.push('tenant_exposure_within_cap');
  if (p.requireShadowPeriod) ids.push('shadow_period_completed');
  if (p.maxStepPct !== null) ids.push('exposure_step_within_limit');
  if (p.minDwellMs !== null) ids.push('dwell_time_met');
  if (p.patternChangeApprovers.length > 0) ids.push('orchestration_pattern_change_approval');
  return [...new Set(ids)];
}

function ownerToPing(ctx: CheckContext, category: OwnerCategory | null): Finding['owner'] {
  if (!category) return null;
  const o = ctx.manifest.owners[category];
  return o && !o.placeholder ? { category, name: o.name, github: o.github } : null;
}

export function builtinFinding(id: BuiltinCheckId, at: { file: string; line: number; column: number }, message: string, remediation?: string, severity: Severity = 'block'): Finding {
  const def = BUILTIN_CHECKS[id];
  return {
    check: id,
    severity,
    block: def.block as FindingBlock,
    file: at.file,
    line: at.line,
    column: at.column,
    message,
    remediation: remediation ?? def.remediation,
    owner: null,
    ownerCategory: null,
  };
}

export function evaluateManifest(ctx: CheckContext): Finding[] {
  const m = ctx.manifest;
  const findings: Finding[] = [];
  const today = ctx.now.toISOString().slice(0, 10);
  const known = [...checkIds(), ...ctx.policy.customChecks.map((c) => c.id)];

  // Every referenced artifact must be valid, whether or not a listed check needs it.
  for (const ref of evidenceRefsOf(m)) {
    const trouble = describeEvidenceProblem(ref.path, ctx.evidence.status(ref.path));
    if (trouble) findings.push(builtinFinding('evidence_invalid', ref.at, `${ref.field}: ${trouble}`));
  }

  const activeWaivers = new Set<string>();
  for (const w of m.waivers) {
    if (!known.includes(w.check)) {
      findings.push(builtinFinding('manifest_invalid', w.at, `waiver names unknown check "${w.check}"`, `${didYouMean(w.check, known)}`));
    } else if (w.expires < today) {
      findings.push(builtinFinding('waiver_expired', w.at, `waiver for "${w.check}" expired on ${w.expires} (approved by ${w.approver})`));
    } else if (w.approver.trim() === '' || /^(tbd|todo|\?+)$/i.test(w.approver.trim())) {
      findings.push(builtinFinding('manifest_invalid', w.at, `waiver for "${w.check}" has no named approver`, 'name who approved the waiver'));
    } else {
      activeWaivers.add(w.check);
    }
  }

  for (const id of activeCheckIds(ctx)) {
    if (activeWaivers.has(id)) continue;
    const def = findCheck(id);
    if (!def) continue;
    const severity = ctx.policy.severity[id] ?? 'block';
    for (const v of def.evaluate(ctx)) {
      findings.push({
        check: id,
        severity,
        block: def.block,
        file: v.at.file,
        line: v.at.line,
        column: v.at.column,
        message: v.message,
        remediation: def.remediation,
        owner: ownerToPing(ctx, v.ownerCategory ?? def.owner),
        ownerCategory: v.ownerCategory ?? def.owner,
      });
    }
  }

  for (const custom of ctx.policy.customChecks) {
    // The engine keeps the plain data whenever a policy has custom checks; without it a custom check would
    // judge nothing, so that is a bug to surface, not a pass.
    if (m.raw === null) throw new Error(`custom check "${custom.id}": manifest ${m.file} was loaded without its plain data`);
    if (activeWaivers.has(custom.id)) continue;
    if (custom.when && !custom.when(m.raw)) continue;
    if (custom.schema(m.raw)) continue;
    const at = problem(m.at, custom.message, custom.remediation);
    findings.push({
      check: custom.id,
      severity: ctx.policy.severity[custom.id] ?? 'block',
      block: custom.block,
      file: at.file,
      line: at.line,
      column: at.column,
      message: custom.message,
      remediation: custom.remediation,
      owner: ownerToPing(ctx, custom.owner),
      ownerCategory: custom.owner,
    });
  }
  return findings;
}
