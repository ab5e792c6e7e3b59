import { defineRule, type Violation } from './rule.js';
import { flag, type Setting } from './setting.js';
import { requireArtifact } from './support.js';

export const REQUIRE_SHADOW_PERIOD = flag(['rollout_mode', 'require_shadow_period'], {
  type: 'boolean',
  description: 'Require a shadow period of at least a day, with evidence, before live exposure.',
});

/** How many days of shadow running the policy asks for: the longest wins; shortening or removing it loosens. */
export const MIN_SHADOW_DAYS: Setting<number | null> = {
  path: ['rollout_mode', 'min_shadow_days'],
  schema: {
    type: 'integer',
    minimum: 1,
    maximum: 365,
    description: 'Days the workflow must run in shadow mode before live exposure (default 1), with `require_shadow_period`.',
  },
  unset: null,
  read: (raw) => (typeof raw === 'number' ? raw : null),
  combine: (values) => values.reduce<number | null>((a, b) => (b === null ? a : a === null ? b : Math.max(a, b)), null),
  loosening: (before, after) =>
    before !== null && (after === null || after < before) ? [`rollout_mode.min_shadow_days falls from ${before} to ${after ?? 'the default of 1'}`] : [],
  examples: { strict: 14, loose: 7 },
};

export const shadowPeriodCompleted = defineRule({
  id: 'shadow_period_completed',
  kind: 'mode',
  readinessBlock: 'eval_and_slo',
  title: 'Shadow period',
  description:
    'Before live exposure, the workflow ran in shadow mode for at least `rollout_mode.min_shadow_days` (default one day), with evidence of the comparison.',
  remediation: 'Add `shadow_period: { days: N, evidence: path }` with the shadow comparison report.',
  owner: 'eval',
  settings: [REQUIRE_SHADOW_PERIOD, MIN_SHADOW_DAYS],
  needs: ['evidence'],
  active: (policy) => policy.get(REQUIRE_SHADOW_PERIOD),
  evaluate: (c) => {
    const s = c.manifest.shadowPeriod;
    if (!s) return [{ at: c.manifest.at, message: 'the policy requires a shadow period and none is declared' }];
    const min = c.policy.get(MIN_SHADOW_DAYS) ?? 1;
    const out: Violation[] =
      s.days < min
        ? [{ at: s.at, message: `shadow period of ${s.days} days is shorter than ${min === 1 ? 'one day' : `the ${min} days the policy asks for`}` }]
        : [];
    return [...out, ...requireArtifact(c, s.evidence, 'shadow period evidence', 'shadow_period.evidence', s.at)];
  },
});
