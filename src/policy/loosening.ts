// What a policy change loosens, in words a reviewer can check. Every setting declares how it loosens, so
// this walks the registry's settings: a new setting cannot be forgotten here. The change does not apply
// to the pull request that makes it (policy is read from the base), but it gates everything after it merges.
import { ALL_SETTINGS } from '../rules/registry.js';
import type { Policy, SettingValues } from './policy.js';

/** What going from `before` to `after` loosens, setting by setting, in registry order. */
export function settingsLoosening(before: SettingValues, after: SettingValues): string[] {
  return ALL_SETTINGS.flatMap((s) => s.loosening(before.get(s), after.get(s)));
}

/** What a change to one policy file loosens: the file removed, the manifests it selects, or any setting. */
export function describeLoosening(before: Policy | null, after: Policy | null): string[] {
  if (!before) return [];
  if (!after) return [`policy ${before.file} is removed`];
  const out = settingsLoosening(before, after);
  if (JSON.stringify(before.appliesTo) !== JSON.stringify(after.appliesTo)) out.push('applies_to changes which manifests the policy gates');
  return out;
}
