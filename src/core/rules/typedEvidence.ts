// What the typed-evidence rules share: which typed evidence a manifest has (the head's, and the base's
// where the change drops or downgrades it: what judges comes from the base), the criteria each must meet
// (the manifest's own, the base's, the policy's for the live stage), the metrics the files state, and
// the report lines of what was measured.
import type { EvidenceContent } from '../evidence/content.js';
import { describeMeasurement, judgeCriterion } from '../evidence/criteria.js';
import type { EvidenceReading, Metric } from '../evidence/reading.js';
import type { ParsedCondition } from '../model/conditions.js';
import { isBroadestRung } from '../model/exposure.js';
import type { SourceLocation } from '../model/location.js';
import type { EvidenceSpec } from '../model/typedEvidence.js';
import { EVIDENCE_KINDS, type EvidenceKind } from '../model/vocabulary.js';
import type { EvidenceCheck } from '../report/evidenceCheck.js';
import { EVIDENCE_THRESHOLDS } from './evidenceSettings.js';
import type { JudgeContext, Violation } from './rule.js';
import { TOP_STAGE_NAMES } from './stageRequirements.js';
import { evidenceCause } from './support.js';

const DAY_MS = 86_400_000;

export interface CriterionSource extends ParsedCondition {
  readonly text: string;
  /** `evidence.offline_eval`, `evidence.offline_eval at the base`, `policy evidence_thresholds.offline_eval`. */
  readonly subject: string;
  readonly file: string;
  readonly line: number;
}

export interface TypedRef {
  readonly kind: EvidenceKind;
  /** The head's path; null when the change removed an entry that was typed at the base. */
  readonly path: string | null;
  readonly spec: EvidenceSpec | null;
  /**
   * The base's declaration when the head reads the file otherwise (another format or pointer): the file
   * must also read, and meet the criteria, as the base declares it, so a change cannot swap a tool's
   * results for a hand-written metrics file.
   */
  readonly baseSpec: EvidenceSpec | null;
  /** Where a finding about this evidence goes: the head's entry, else the manifest. */
  readonly at: SourceLocation;
  readonly criteria: readonly CriterionSource[];
}

/** The policy's criteria for one kind at the manifest's live stage (`ga` also at the top of the ladder). */
function policyCriteria(ctx: JudgeContext, kind: EvidenceKind): CriterionSource[] {
  const t = ctx.policy.get(EVIDENCE_THRESHOLDS)[kind];
  if (!t) return [];
  const live = ctx.manifest.currentStage;
  const top = live !== null && isBroadestRung(live, ctx.base ? ctx.base.stages : null);
  const stageLists = Object.entries(t.stages).flatMap(([name, list]) =>
    live && (name === live.name || (top && TOP_STAGE_NAMES.includes(name)))
      ? list.map((c) => ({ c, subject: `policy evidence_thresholds.${kind}.stages.${name}` }))
      : [],
  );
  return [...t.all.map((c) => ({ c, subject: `policy evidence_thresholds.${kind}` })), ...stageLists].map(({ c, subject }) => ({ ...c, subject }));
}

/** Whether two declarations read a file the same way. */
export const readsAlike = (a: EvidenceSpec, b: EvidenceSpec): boolean => a.format === b.format && a.pointer === b.pointer;

/** Every evidence kind the typed-evidence rules judge for this manifest. */
export function typedRefsOf(ctx: JudgeContext): TypedRef[] {
  const m = ctx.manifest;
  const base = ctx.base;
  const out: TypedRef[] = [];
  for (const kind of EVIDENCE_KINDS) {
    const head = m.evidence[kind];
    const was = base?.evidence[kind];
    const fromPolicy = policyCriteria(ctx, kind);
    if (!head?.spec && !was?.spec && fromPolicy.length === 0) continue;
    const own = (head?.spec?.require ?? []).map((c) => ({ ...c, subject: `evidence.${kind}`, file: c.at.file, line: c.at.line }));
    // The base's criteria still apply: a change cannot lower the bar it is judged by.
    const kept = (was?.spec?.require ?? [])
      .filter((c) => !own.some((o) => o.text === c.text))
      .map((c) => ({ ...c, subject: `evidence.${kind} at the base`, file: m.file, line: (head?.at ?? m.at).line }));
    out.push({
      kind,
      path: head?.path ?? null,
      // A plain path where the base had typed evidence is still read as the base declared it.
      spec: head?.spec ?? was?.spec ?? null,
      baseSpec: head?.spec && was?.spec && !readsAlike(head.spec, was.spec) ? was.spec : null,
      at: head?.at ?? m.at,
      criteria: [...own, ...kept, ...fromPolicy],
    });
  }
  return out;
}

/** The reading of a typed ref; null when there is nothing to read (no path, no spec, or a file reported elsewhere). */
export function readingOf(content: EvidenceContent | undefined, ref: TypedRef): EvidenceReading | 'not_read' | null {
  if (ref.path === null || ref.spec === null) return null;
  if (!content) return 'not_read';
  return content.reading(ref.path, ref.spec);
}

/** Every metric the manifest's readable typed evidence states, with the file it is in (the first file wins a name). */
export function metricsOf(ctx: JudgeContext): Map<string, { metric: Metric; path: string }> {
  const out = new Map<string, { metric: Metric; path: string }>();
  for (const ref of typedRefsOf(ctx)) {
    const r = readingOf(ctx.evidence.content, ref);
    if (r === null || r === 'not_read' || !r.ok) continue;
    for (const [name, metric] of r.metrics) if (!out.has(name)) out.set(name, { metric, path: ref.path! });
  }
  return out;
}

export function ageDays(ctx: JudgeContext, path: string): number | null {
  const info = ctx.evidence.content?.lastChange(path);
  return info?.kind === 'changed' ? Math.max(0, Math.floor((ctx.now.getTime() - info.last.time.getTime()) / DAY_MS)) : null;
}

export function measured(ctx: JudgeContext, metric: Metric, path: string): NonNullable<EvidenceCheck['measured']> {
  return { metric: metric.name, value: metric.value, evidence: path, line: metric.at.line, ageDays: ageDays(ctx, path) };
}

/** `pass_rate 0.97 >= 0.95, evals/results.json line 12, 2 days old`. */
export function measurementText(ctx: JudgeContext, c: ParsedCondition, metric: Metric, path: string): string {
  const age = ageDays(ctx, path);
  return `${describeMeasurement(c, metric)}, ${path} line ${metric.at.line}${age === null ? '' : `, ${age === 1 ? '1 day' : `${age} days`} old`}`;
}

/** The criteria of the manifest's typed evidence, judged: violations for unmet, unverified and unreadable ones, and the report lines. */
export function judgeTypedEvidence(ctx: JudgeContext): { violations: Violation[]; checks: EvidenceCheck[] } {
  const violations: Violation[] = [];
  const checks: EvidenceCheck[] = [];
  const file = ctx.manifest.file;
  for (const ref of typedRefsOf(ctx)) {
    const causes = ref.path ? [evidenceCause(ref.path)] : [];
    const label = `evidence.${ref.kind}`;
    if (ref.path === null) {
      violations.push({
        at: ref.at,
        message: `${label} was typed evidence at the base and the change removes it; its criteria (${ref.criteria.map((c) => c.text).join(', ')}) still apply`,
        causes,
      });
      continue;
    }
    if (ref.spec === null) {
      violations.push({
        at: ref.at,
        message: `${label} is a plain document, but the policy asks for ${ref.criteria.map((c) => `"${c.text}"`).join(', ')} on it: a document cannot be measured`,
        causes,
      });
      continue;
    }
    const reading = readingOf(ctx.evidence.content, ref);
    if (reading === null) continue; // missing, empty or refused: evidence_invalid reports the file
    if (reading === 'not_read') {
      violations.push({ at: ref.at, message: `${label}: the typed evidence "${ref.path}" was not read, so its criteria cannot be checked`, causes });
      continue;
    }
    if (!reading.ok) {
      const p = reading.problem;
      violations.push({
        at: ref.at,
        message: `${label}: "${ref.path}" cannot be read as ${ref.spec.format} (line ${p.line}, column ${p.column}): ${p.message}; ${p.hint}`,
        causes,
      });
      continue;
    }
    if (ref.baseSpec) {
      const declared = `as the base declares it (${ref.baseSpec.format}${ref.baseSpec.pointer !== null ? ` at ${ref.baseSpec.pointer}` : ''})`;
      const asBase = ctx.evidence.content?.reading(ref.path, ref.baseSpec) ?? null;
      if (asBase && !asBase.ok)
        violations.push({
          at: ref.at,
          message: `${label}: the change reads "${ref.path}" as ${ref.spec.format}, but it must also read ${declared}: ${asBase.problem.message}`,
          causes,
        });
      if (asBase?.ok)
        for (const c of ref.criteria)
          if (judgeCriterion(c, asBase.metrics).kind !== 'met')
            violations.push({ at: ref.at, message: `${label}: "${c.text}" does not hold when "${ref.path}" is read ${declared}`, causes });
    }
    // A report line points into the manifest: a policy's criterion at the evidence entry it applies to.
    const lineIn = (c: CriterionSource): number => (c.file === file ? c.line : ref.at.line);
    for (const c of ref.criteria) {
      const outcome = judgeCriterion(c, reading.metrics);
      if (outcome.kind === 'unverified') {
        const known = [...reading.metrics.keys()].slice(0, 12).join(', ');
        violations.push({
          at: ref.at,
          message: `${label}: "${ref.path}" states no metric ${c.metric} for "${c.text}" (${c.subject}); it states ${known}`,
          causes,
        });
        checks.push({ file, line: lineIn(c), subject: c.subject, criterion: c.text, state: 'unverified', measured: null });
        continue;
      }
      checks.push({ file, line: lineIn(c), subject: c.subject, criterion: c.text, state: outcome.kind, measured: measured(ctx, outcome.metric, ref.path) });
      if (outcome.kind === 'unmet')
        violations.push({
          at: ref.at,
          message: `${label}: "${c.text}" does not hold (${c.subject}): ${measurementText(ctx, c, outcome.metric, ref.path)}`,
          causes,
        });
    }
  }
  return { violations, checks };
}
