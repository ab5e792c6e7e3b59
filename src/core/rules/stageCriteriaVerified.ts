// Exit and entry criteria checked by machine on a promotion. A criterion written as a condition
// (`precision_at_top_10 >= 0.85`) is judged against the metrics the manifest's typed evidence states:
// the exit criteria of every rung the rollout leaves or skips, and the entry criteria of the rung it
// enters, as the base writes them and as the head does (a change cannot edit the bar it is judged by).
// One with no metric behind it is unverified; free text stays for people to judge.
import { judgeCriterion } from '../evidence/criteria.js';
import { parseCondition } from '../model/conditions.js';
import type { SourceLocation } from '../model/location.js';
import type { Stage } from '../model/manifest.js';
import type { EvidenceCheck } from '../report/evidenceCheck.js';
import { BLOCK_UNVERIFIED_CRITERIA } from './evidenceSettings.js';
import { defineRule, type JudgeContext, type Violation } from './rule.js';
import { measured, measurementText, metricsOf, typedRefsOf } from './typedEvidence.js';

interface StageCriterion {
  readonly subject: string;
  readonly text: string;
  readonly at: SourceLocation;
}

const PROMOTIONS: ReadonlySet<string> = new Set(['stage_promoted', 'stage_went_live']);

/**
 * The criteria a promotion must meet, as the base and the head write them, without repeats: on the base's
 * ladder the rung left and every rung up to the one entered, on the head's ladder the same (so renaming
 * the live rung, or jumping over one, in the promoting change sheds none), and the entry criteria of the
 * rung entered.
 */
function promotionCriteria(ctx: JudgeContext): StageCriterion[] {
  const m = ctx.manifest;
  const live = m.currentStage;
  if (!live || !ctx.changes.some((c) => PROMOTIONS.has(c.kind))) return [];
  const byName = (stages: readonly Stage[] | undefined, name: string): Stage | undefined => stages?.find((s) => s.name === name);
  const out: StageCriterion[] = [];
  const add = (name: string, list: 'exit' | 'entry') => {
    const subject = `stages.${name}.${list}`;
    const at = byName(m.stages, name)?.at ?? m.currentStageAt ?? m.at;
    for (const text of [...(byName(ctx.base?.stages, name)?.[list] ?? []), ...(byName(m.stages, name)?.[list] ?? [])])
      if (!out.some((c) => c.subject === subject && c.text === text)) out.push({ subject, text, at });
  };
  const left = ctx.base?.currentStage ?? null;
  if (ctx.base && left) {
    const to = ctx.base.stages.findIndex((s) => s.name === live.name);
    for (const s of ctx.base.stages.slice(left.index, to > left.index ? to : left.index + 1)) add(s.name, 'exit');
    const from = m.stages.findIndex((s) => s.name === left.name);
    if (from >= 0) for (const s of m.stages.slice(from, live.index)) add(s.name, 'exit');
  }
  add(live.name, 'entry');
  return out;
}

function judgeStageCriteria(ctx: JudgeContext): { unmet: Violation[]; unverified: Violation[]; checks: EvidenceCheck[] } {
  const out = { unmet: [] as Violation[], unverified: [] as Violation[], checks: [] as EvidenceCheck[] };
  // Machine checks start once the manifest (or its base) has typed evidence to check against.
  if (!typedRefsOf(ctx).some((r) => r.spec !== null)) return out;
  const criteria = promotionCriteria(ctx);
  if (criteria.length === 0) return out;
  const metrics = metricsOf(ctx);
  const file = ctx.manifest.file;
  for (const c of criteria) {
    const parsed = parseCondition(c.text);
    if (!parsed.ok) {
      out.checks.push({ file, line: c.at.line, subject: c.subject, criterion: c.text, state: 'human', measured: null });
      continue;
    }
    const found = metrics.get(parsed.condition.metric);
    const outcome = found ? judgeCriterion(parsed.condition, new Map([[found.metric.name, found.metric]])) : ({ kind: 'unverified' } as const);
    if (outcome.kind === 'unverified') {
      out.checks.push({ file, line: c.at.line, subject: c.subject, criterion: c.text, state: 'unverified', measured: null });
      out.unverified.push({ at: c.at, message: `${c.subject}: "${c.text}" is unverified: no typed evidence states ${parsed.condition.metric}` });
      continue;
    }
    out.checks.push({
      file,
      line: c.at.line,
      subject: c.subject,
      criterion: c.text,
      state: outcome.kind,
      measured: measured(ctx, outcome.metric, found!.path),
    });
    if (outcome.kind === 'unmet')
      out.unmet.push({ at: c.at, message: `${c.subject}: "${c.text}" does not hold: ${measurementText(ctx, parsed.condition, outcome.metric, found!.path)}` });
  }
  return out;
}

export const stageCriteriaMet = defineRule({
  id: 'stage_criteria_met',
  kind: 'mode',
  readinessBlock: 'eval_and_slo',
  title: 'Stage criteria met',
  description:
    'On a promotion, the exit criteria of every rung left or skipped and the entry criteria of the rung entered that are written as conditions hold against the metrics of the typed evidence (checked once the manifest or its base has typed evidence); free-text criteria are listed for people to judge.',
  remediation: 'Promote once the evidence shows the criteria hold, or commit the evidence that shows it.',
  owner: 'product',
  settings: [],
  needs: ['evidence', 'base', 'changes'],
  active: () => true,
  evaluate: (c) => judgeStageCriteria(c).unmet,
  evidenceChecks: (c) => judgeStageCriteria(c).checks,
});

export const stageCriteriaUnverified = defineRule({
  id: 'stage_criteria_unverified',
  kind: 'mode',
  readinessBlock: 'eval_and_slo',
  title: 'Stage criteria unverified',
  description:
    'On a promotion, a stage criterion written as a condition that no typed evidence measures is reported: a warning by default, blocking with `block_unverified_criteria: true`.',
  remediation: 'Add typed evidence that states the metric, or write the criterion as free text for people to judge.',
  owner: 'product',
  settings: [BLOCK_UNVERIFIED_CRITERIA],
  needs: ['evidence', 'base', 'changes'],
  active: () => true,
  defaultSeverity: (policy) => (policy.get(BLOCK_UNVERIFIED_CRITERIA) ? 'block' : 'warn'),
  evaluate: (c) => judgeStageCriteria(c).unverified,
});
