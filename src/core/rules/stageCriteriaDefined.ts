import { compareExposure, exposureOf } from '../model/exposure.js';
import type { Stage } from '../model/manifest.js';
import { defineRule } from './rule.js';

/**
 * The rung that needs no exit criteria: the last one, unless another rung is shown to be wider. Moving a
 * rung without criteria to the end of the list does not make it the top of the ladder.
 */
function topRung(stages: readonly Stage[]): Stage | null {
  const last = stages[stages.length - 1];
  if (!last) return null;
  const mine = exposureOf(last);
  const outranked = stages.some((s) => s !== last && compareExposure(mine, exposureOf(s), null) === 'wider');
  return outranked ? null : last;
}

export const stageCriteriaDefined = defineRule({
  id: 'stage_criteria_defined',
  kind: 'requirement',
  readinessBlock: 'eval_and_slo',
  title: 'Stage exit criteria',
  description:
    'Every rung of the ladder but its top (the last rung, when no other rung is wider) has exit criteria that say what evidence moves the rollout on.',
  remediation: 'Add `exit` criteria to each stage.',
  owner: 'product',
  settings: [],
  needs: [],
  evaluate: (c) => {
    const top = topRung(c.manifest.stages);
    return c.manifest.stages
      .filter((s) => s !== top && s.exit.length === 0)
      .map((s) => ({
        at: s.at,
        message:
          s === c.manifest.stages[c.manifest.stages.length - 1]
            ? `stage "${s.name}" has no exit criteria, and it is not the widest rung, so it is not the top of the ladder`
            : `stage "${s.name}" has no exit criteria`,
      }));
  },
});
