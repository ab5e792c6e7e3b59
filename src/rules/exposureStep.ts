import { percentPointStep } from '../diff/manifestDiff.js';
import { exposureSides } from '../report/phrases.js';
import { defineRule } from './rule.js';
import { upperBound } from './setting.js';

export const MAX_STEP_PCT = upperBound(
  ['pacing', 'max_step_pct'],
  { type: 'number', exclusiveMinimum: 0, maximum: 100, description: 'Largest allowed increase of a percentage exposure in one change, in percentage points.' },
  { strict: 25, loose: 50 },
);

export const exposureStepWithinLimit = defineRule({
  id: 'exposure_step_within_limit',
  kind: 'mode',
  readinessBlock: 'ownership_and_rollback',
  title: 'Exposure step',
  description: 'One change raises a percentage exposure (within a stage, or from one stage to the next) by at most `pacing.max_step_pct` points.',
  remediation: 'Raise exposure in smaller steps, one change per step.',
  owner: 'product',
  settings: [MAX_STEP_PCT],
  needs: ['changes'],
  active: (policy) => policy.get(MAX_STEP_PCT) !== null,
  evaluate: (c) => {
    const max = c.policy.get(MAX_STEP_PCT);
    if (max === null) return [];
    return c.changes
      .filter((x) => x.kind === 'exposure_increased' || x.kind === 'stage_promoted')
      .flatMap((x) => {
        const step = percentPointStep(x);
        return step !== null && step > max
          ? [{ at: { file: x.file, line: x.line, column: 1 }, message: `${x.subject} rises by ${step} points (${exposureSides(x)}), more than the ${max}-point step the policy allows` }]
          : [];
      });
  },
});
