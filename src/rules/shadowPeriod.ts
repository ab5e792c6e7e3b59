import { defineRule, type Violation } from './rule.js';
import { flag } from './setting.js';
import { requireArtifact } from './support.js';

export const REQUIRE_SHADOW_PERIOD = flag(['rollout_mode', 'require_shadow_period'], { type: 'boolean', description: 'Require a shadow period of at least a day, with evidence, before live exposure.' });

export const shadowPeriodCompleted = defineRule({
  id: 'shadow_period_completed',
  kind: 'mode',
  readinessBlock: 'eval_and_slo',
  title: 'Shadow period',
  description: 'Before live exposure, the workflow ran in shadow mode for at least a day, with evidence of the comparison.',
  remediation: 'Add `shadow_period: { days: N, evidence: path }` with the shadow comparison report.',
  owner: 'eval',
  settings: [REQUIRE_SHADOW_PERIOD],
  needs: ['evidence'],
  active: (policy) => policy.get(REQUIRE_SHADOW_PERIOD),
  evaluate: (c) => {
    const s = c.manifest.shadowPeriod;
    if (!s) return [{ at: c.manifest.at, message: 'the policy requires a shadow period and none is declared' }];
    const out: Violation[] = s.days < 1 ? [{ at: s.at, message: `shadow period of ${s.days} days is shorter than one day` }] : [];
    return [...out, ...requireArtifact(c, s.evidence, 'shadow period evidence', 'shadow_period.evidence', s.at)];
  },
});
