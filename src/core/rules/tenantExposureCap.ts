import { accountsWithin, exposureOf, SHARE_FIELDS } from '../model/exposure.js';
import { formatNumber } from '../report/phrases.js';
import { defineRule, type Violation } from './rule.js';
import { upperBound } from './setting.js';
import { INITIAL_STAGE, placeAgainstInitial } from './initialStage.js';

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
  description:
    'Unless the live stage is shown to be past the initial stage, its exposure (the largest of tenant_percent and traffic_percent, and any account count) stays within `rollout_mode.max_tenant_exposure_pct`; an exposure that cannot be measured against the cap blocks.',
  remediation: "Lower the live stage's exposure to the cap, declare it as a percentage, or promote past the initial stage through the ladder.",
  owner: 'product',
  settings: [MAX_TENANT_EXPOSURE_PCT],
  needs: ['base'],
  active: (policy) => policy.get(MAX_TENANT_EXPOSURE_PCT) !== null,
  evaluate: (c) => {
    const cap = c.policy.get(MAX_TENANT_EXPOSURE_PCT);
    const live = c.manifest.currentStage;
    if (cap === null || !live) return [];
    const limit = c.policy.get(INITIAL_STAGE);
    // Only a stage shown to be past the initial stage escapes the cap; one that cannot be placed stays under it.
    if (limit && placeAgainstInitial(live, c.manifest, c.base, limit).kind === 'beyond') return [];
    const e = exposureOf(live);
    const declare = `declare ${SHARE_FIELDS.join(' or ')} on stage ${live.name}`;
    if (e.kind === 'unknown') {
      const states = e.segment === null ? 'states no exposure limit' : `states only the user segment "${e.segment}"`;
      return [{ at: live.at, message: `stage "${live.name}" ${states}, which cannot be measured against the ${cap}% cap; ${declare} so it can be measured` }];
    }
    const out: Violation[] = [];
    if (e.share && e.share.value > cap)
      out.push({ at: live.at, message: `stage "${live.name}" exposes ${formatNumber(e.share.value)}%, above the ${cap}% cap for the initial rollout` });
    if (e.accounts !== null && !accountsWithin(e.accounts, cap, c.base?.stages ?? null)) {
      out.push({
        at: live.at,
        message: `stage "${live.name}" states ${formatNumber(e.accounts)} accounts, which cannot be measured against the ${cap}% cap; ${declare} so it can be measured`,
      });
    }
    return out;
  },
});
