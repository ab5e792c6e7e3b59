// Which `stages.<name>` entries of a policy apply to a manifest's live rung. One helper, read by the judge
// (the extra checks a stage requires) and by owners_named (the extra owners), so both always agree.
import type { Manifest } from '../model/manifest.js';
import { compareExposure, exposureOf, isBroadestRung } from '../model/exposure.js';
import type { OwnerCategory } from '../model/vocabulary.js';
import { STAGES, type StageRequirements } from '../policy/coreSettings.js';
import type { SettingValues } from '../policy/policy.js';
import { unionOf } from './setting.js';

/** The conventional names of the top of the ladder: their requirements also apply to whatever rung is the top. */
export const TOP_STAGE_NAMES: readonly string[] = ['ga', 'general_availability'];

/** The names of the policy's stage entries that apply to the live rung, in the policy's order. */
export function applicableStageNames(policy: SettingValues, manifest: Manifest, base: Manifest | null): string[] {
  const live = manifest.currentStage;
  if (!live) return [];
  const ladder = base ? base.stages : null;
  const isNew = base !== null && !base.stages.some((s) => s.name === live.name);
  const top = isBroadestRung(live, ladder);
  return Object.keys(policy.get(STAGES)).filter((name) => {
    if (name === live.name) return true;
    if (top && TOP_STAGE_NAMES.includes(name)) return true;
    // A rung the pull request names anew is ranked by its exposure: it takes on the requirements of every
    // base rung it is not shown to be narrower than, so renaming a rung never sheds them.
    const ranked = isNew ? base.stages.find((s) => s.name === name) : undefined;
    return ranked !== undefined && compareExposure(exposureOf(ranked), exposureOf(live), ladder) !== 'narrower';
  });
}

/**
 * The extra requirements and owners for the live rung: `stages.<name>` for the rung of that name; for
 * `ga` and `general_availability` also for the top of the ladder, whatever it is called (the base
 * ladder's broadest rung, or a rung exposing 100%); and for a rung new in this change, those of every base
 * rung it is not shown to be narrower than.
 */
export function stageRequirementsFor(policy: SettingValues, manifest: Manifest, base: Manifest | null): StageRequirements {
  const stages = policy.get(STAGES);
  const entries = applicableStageNames(policy, manifest, base).map((name) => stages[name]!);
  return {
    require: unionOf(entries.map((s) => s.require)),
    owners: unionOf<OwnerCategory>(entries.map((s) => s.owners)),
  };
}
