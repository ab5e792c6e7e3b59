import type { Manifest } from '../model/manifest.js';
import { defineRule } from './rule.js';
import { canonicalBeyond, stageBound } from './setting.js';

export const INITIAL_STAGE = stageBound(['rollout_mode', 'initial'], { type: 'string', minLength: 1, description: 'The furthest stage a new rollout may go live at.' }, { strict: 'canary', loose: 'ga' });

/** Is stage `name` of manifest `m` beyond the policy's stage `limit`? null when they cannot be compared. */
export function beyondStage(m: Manifest, name: string, limit: string): boolean | null {
  // The manifest's own ladder decides when it has both stages; otherwise the conventional ladder.
  const limitIdx = m.stages.findIndex((s) => s.name === limit);
  const idx = m.stages.findIndex((s) => s.name === name);
  if (limitIdx >= 0 && idx >= 0) return idx > limitIdx;
  return canonicalBeyond(name, limit);
}

export const initialStageRespected = defineRule({
  id: 'initial_stage_respected',
  kind: 'mode',
  readinessBlock: 'ownership_and_rollback',
  title: 'Initial stage',
  description: "A rollout that goes live for the first time starts no further up the ladder than the policy's `rollout_mode.initial` stage.",
  remediation: 'Go live at the initial stage (or earlier) first and promote in later changes.',
  owner: 'product',
  settings: [INITIAL_STAGE],
  needs: ['base'],
  active: (policy) => policy.get(INITIAL_STAGE) !== null,
  evaluate: (c) => {
    const limit = c.policy.get(INITIAL_STAGE);
    const live = c.manifest.currentStage;
    if (!limit || !live || c.base?.currentStage) return [];
    const beyond = beyondStage(c.manifest, live.name, limit);
    if (beyond === null) return [{ at: live.at, message: `cannot tell whether stage "${live.name}" is beyond the initial stage "${limit}"; add "${limit}" to the ladder or use conventional stage names` }];
    return beyond ? [{ at: live.at, message: `first live stage "${live.name}" is beyond the initial stage "${limit}"` }] : [];
  },
});
