import type { Manifest, Stage } from '../model/manifest.js';
import { compareExposure, exposureOf, SHARE_FIELDS } from '../model/exposure.js';
import { defineRule } from './rule.js';
import { canonicalBeyond, stageBound } from './setting.js';

export const INITIAL_STAGE = stageBound(
  ['rollout_mode', 'initial'],
  { type: 'string', minLength: 1, description: 'The furthest stage a new rollout may go live at.' },
  { strict: 'canary', loose: 'ga' },
);

/** Where a live rung stands against the policy's initial stage, and why when that cannot be told. */
export type Placement =
  { readonly kind: 'within' } | { readonly kind: 'beyond'; readonly because: string } | { readonly kind: 'unknown'; readonly because: string };

/**
 * Where `live` (the head's live rung) stands against the initial stage `limit`, judged by name and by
 * exposure, never by the order the pull request lists its rungs in:
 * - the rung named like the initial stage is within it;
 * - wider than the manifest's rung named like the initial stage (in the head and, when it has one, in the
 *   base) is beyond it;
 * - otherwise the conventional ladder places the name; for an existing manifest only a name the base
 *   ladder already has counts (a rung the pull request names anew is placed by its exposure alone);
 * - a rung whose exposure cannot be measured, or whose name the conventional ladder does not know, cannot
 *   be placed.
 */
export function placeAgainstInitial(live: Stage, head: Manifest, base: Manifest | null, limit: string): Placement {
  if (live.name === limit) return { kind: 'within' };
  const ladder = base ? base.stages : null;
  const refs = [head.stages.find((s) => s.name === limit), base?.stages.find((s) => s.name === limit)].filter((s): s is Stage => s !== undefined);
  const orders = refs.map((r) => compareExposure(exposureOf(r), exposureOf(live), ladder));
  if (orders.length > 0 && orders.every((o) => o === 'wider')) return { kind: 'beyond', because: `it exposes more than the "${limit}" stage` };
  const ranked = base === null || base.stages.some((s) => s.name === live.name);
  const byName = ranked ? canonicalBeyond(live.name, limit) : null;
  if (byName === true) return { kind: 'beyond', because: `"${live.name}" comes after "${limit}" on the conventional ladder` };
  if (orders.includes('wider')) return { kind: 'unknown', because: `it exposes more than one version of the "${limit}" stage and no more than the other` };
  if (exposureOf(live).kind === 'unknown') {
    return { kind: 'unknown', because: `its exposure cannot be measured; declare ${SHARE_FIELDS.join(' or ')} on stage ${live.name}` };
  }
  if (byName === false) return { kind: 'within' };
  return {
    kind: 'unknown',
    because: ranked
      ? `add "${limit}" to the ladder or use conventional stage names`
      : `"${live.name}" is new in this change and exposes no more than "${limit}"; keep the rung's name or add "${limit}" to the ladder`,
  };
}

export const initialStageRespected = defineRule({
  id: 'initial_stage_respected',
  kind: 'mode',
  readinessBlock: 'ownership_and_rollback',
  title: 'Initial stage',
  description:
    "A rollout that goes live for the first time starts no further up the ladder than the policy's `rollout_mode.initial` stage: judged by the live rung's name on the conventional ladder and by its exposure against the manifest's rung of that name, never by the order the rungs are listed in.",
  remediation: 'Go live at the initial stage (or earlier) first and promote in later changes.',
  owner: 'product',
  settings: [INITIAL_STAGE],
  needs: ['base'],
  active: (policy) => policy.get(INITIAL_STAGE) !== null,
  evaluate: (c) => {
    const limit = c.policy.get(INITIAL_STAGE);
    const live = c.manifest.currentStage;
    if (!limit || !live || c.base?.currentStage) return [];
    const place = placeAgainstInitial(live, c.manifest, c.base, limit);
    if (place.kind === 'unknown')
      return [{ at: live.at, message: `cannot tell whether stage "${live.name}" is beyond the initial stage "${limit}": ${place.because}` }];
    return place.kind === 'beyond'
      ? [{ at: live.at, message: `first live stage "${live.name}" is beyond the initial stage "${limit}": ${place.because}` }]
      : [];
  },
});
