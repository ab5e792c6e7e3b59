import { describeSpan } from '../model/duration.js';
import { exposureIncreaseIn } from '../diff/manifestDiff.js';
import { defineRule } from './rule.js';
import { minimumDuration } from './setting.js';

export const MIN_DWELL = minimumDuration(
  ['pacing', 'min_dwell'],
  { type: 'string', pattern: '^[0-9]{1,9}(ms|s|m|h|d)$', description: 'How long a stage and exposure must hold before exposure may increase.' },
  { strict: '3d', loose: '1d' },
);

export const dwellTimeMet = defineRule({
  id: 'dwell_time_met',
  kind: 'mode',
  readinessBlock: 'ownership_and_rollback',
  title: 'Dwell time',
  description:
    'Exposure increases (a raised share or account count, a removed limit, a changed segment, a promotion) only after the current stage and exposure have held for `pacing.min_dwell` on the base branch.',
  remediation: 'Wait until the minimum dwell time has passed, then raise exposure.',
  owner: 'product',
  settings: [MIN_DWELL],
  needs: ['base', 'changes', 'history'],
  active: (policy) => policy.get(MIN_DWELL) !== null,
  evaluate: (c) => {
    const min = c.policy.get(MIN_DWELL);
    if (min === null || !c.base?.currentStage) return [];
    // A demotion is decided by exposure and the base ladder's ranks (src/core/model/exposure.ts), so a rollback
    // that also deletes the live rung is no increase here; a segment that changed may be one.
    const increase = exposureIncreaseIn(c.changes);
    if (!increase) return [];
    const where = { file: increase.file, line: increase.line, column: 1 };
    // No history gathered counts as unknown: pacing never passes what it could not measure.
    const dwell = c.dwell ?? { kind: 'unknown', because: 'no_history' };
    if (dwell.kind === 'unknown') {
      const why = dwell.because === 'shallow' ? 'the clone is shallow; set `fetch-depth: 0` on actions/checkout' : 'no history on the base branch';
      return [{ at: where, message: `cannot tell since when the current exposure has held (${why})` }];
    }
    const held = c.now.getTime() - dwell.since.getTime();
    return held < min
      ? [{ at: where, message: `exposure rises after ${describeSpan(Math.max(0, held))} at the current stage; the policy asks for ${describeSpan(min)}` }]
      : [];
  },
});
