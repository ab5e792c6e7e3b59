// Stop conditions against current metrics: where typed evidence states a metric a stop condition or
// rollback trigger names (a canary report), a condition already crossed blocks any change that widens
// exposure. The base's conditions count too, so removing a crossed one does not clear it.
import { holds } from '../evidence/criteria.js';
import { INCREASE_KINDS } from '../diff/manifestDiff.js';
import type { Condition } from '../model/manifest.js';
import { defineRule, type JudgeContext, type Violation } from './rule.js';
import { evidenceCause } from './support.js';
import { measurementText, metricsOf } from './typedEvidence.js';

function crossed(ctx: JudgeContext): Violation[] {
  if (!ctx.changes.some((c) => INCREASE_KINDS.has(c.kind) || c.kind === 'stage_went_live')) return [];
  const metrics = metricsOf(ctx);
  if (metrics.size === 0) return [];
  const m = ctx.manifest;
  const lists: [string, readonly Condition[], readonly Condition[]][] = [
    ['stop condition', m.stopConditions, ctx.base?.stopConditions ?? []],
    ['rollback trigger', m.rollbackTriggers, ctx.base?.rollbackTriggers ?? []],
  ];
  const out: Violation[] = [];
  for (const [what, head, base] of lists) {
    const all = [...head, ...base.filter((b) => !head.some((h) => h.text === b.text))];
    for (const c of all) {
      const found = metrics.get(c.metric);
      if (!found || !holds(c.operator, found.metric.value, c.threshold)) continue;
      const inHead = head.includes(c);
      out.push({
        at: inHead ? c.at : m.at,
        message: `${what} "${c.text}"${inHead ? '' : ' (at the base)'} is already crossed: ${measurementText(ctx, c, found.metric, found.path)}; exposure cannot widen while it holds`,
        causes: [evidenceCause(found.path)],
      });
    }
  }
  return out;
}

export const stopConditionsClear = defineRule({
  id: 'stop_conditions_clear',
  kind: 'mode',
  readinessBlock: 'ownership_and_rollback',
  title: 'Stop conditions clear',
  description:
    "No stop condition or rollback trigger (the head's or the base's) is already crossed by a metric the typed evidence states, when the change widens exposure.",
  remediation: 'Act on the crossed condition (pause or roll back) instead of widening exposure, or commit current metrics that show it clear.',
  owner: 'on_call',
  settings: [],
  needs: ['evidence', 'base', 'changes'],
  active: () => true,
  evaluate: crossed,
});
