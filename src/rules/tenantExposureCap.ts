import { percentExposure } from '../diff/manifestDiff.js';
import { defineRule } from './rule.js';
import { upperBound } from './setting.js';
import { beyondStage, INITIAL_STAGE } from './initialStage.js';

export const MAX_TENANT_EXPOSURE_PCT = upperBound(
  ['rollout_mode', 'max_tenant_exposure_pct'],
  { type: 'number', minimum: 0, maximum: 100, description: 'Largest exposure, in percent, while at or before the initial stage.' },
  { strict: 5, loose: 50 },
);

export const tenantExposureWithinCap = defineRule({
  id: 'tenant_exposure_within_cap',
  kind: 'mode',
  readinessBlock: 'ownership_and_rollback',
  title: 'Initial exposure cap',
  description: 'While at or before the initial stage, the live exposure (tenant_percent, else traffic_percent) stays within `rollout_mode.max_tenant_exposure_pct`.',
  remediation: "Lower the live stage's exposure to the cap, or promote past the initial stage through the ladder.",
  owner: 'product',
  settings: [MAX_TENANT_EXPOSURE_PCT],
  needs: [],
  active: (policy) => policy.get(MAX_TENANT_EXPOSURE_PCT) !== null,
  evaluate: (c) => {
    const cap = c.policy.get(MAX_TENANT_EXPOSURE_PCT);
    const live = c.manifest.currentStage;
    const pct = live ? percentExposure(live) : null;
    if (cap === null || !live || pct === null) return [];
    const limit = c.policy.get(INITIAL_STAGE);
    if (limit && beyondStage(c.manifest, live.name, limit) === true) return [];
    return pct > cap ? [{ at: live.at, message: `stage "${live.name}" exposes ${pct}%, above the ${cap}% cap for the initial rollout` }] : [];
  },
});
