// Several policy files can apply to one manifest; each setting combines its values so that the strictest wins.
import { Minimatch } from 'minimatch';
import { ALL_SETTINGS } from '../rules/registry.js';
import type { Setting } from '../rules/setting.js';
import { settingValues, type Policy, type SettingValues } from './policy.js';

/** The settings of the policies that apply to one manifest, combined. */
export type EffectivePolicy = SettingValues;

/** Policy globs compiled once: `policiesFor` runs for every manifest. */
const matchers = new WeakMap<Policy, readonly Minimatch[]>();

export function policiesFor(file: string, policies: readonly Policy[]): Policy[] {
  return policies.filter((p) => {
    if (p.appliesTo === null) return true;
    let m = matchers.get(p);
    if (!m) {
      m = p.appliesTo.map((g) => new Minimatch(g, { dot: true }));
      matchers.set(p, m);
    }
    return m.some((x) => x.match(file));
  });
}

export function combinePolicies(policies: readonly SettingValues[]): EffectivePolicy {
  const values = new Map<Setting<unknown>, unknown>();
  for (const s of ALL_SETTINGS) values.set(s, s.combine(policies.map((p) => p.get(s))));
  return settingValues(values);
}
