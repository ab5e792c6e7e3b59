// Several policy files can apply to one manifest; each setting combines its values so that the strictest wins.
import { Minimatch } from 'minimatch';
import { ALL_SETTINGS } from '../rules/registry.js';
import type { Setting } from '../rules/setting.js';
import { settingValues, type Policy, type SettingValues } from './policy.js';

/** The settings of the policies that apply to one manifest, combined. */
export type EffectivePolicy = SettingValues;

/**
 * A policy's applies_to, compiled once per policy (policies are loaded once per run): `policiesFor` runs for
 * every manifest against every policy, and Minimatch.match costs about ten times what a regular expression
 * test does.
 */
const matchers = new WeakMap<Policy, (file: string) => boolean>();

/**
 * Whether `file` (a repository path) matches `glob`, exactly as Minimatch.match with `dot` says. Minimatch's
 * own expression for a glob accepts a little more than match() does (`a/**` also matches `a` itself), never
 * less, so it rules out the many paths that do not match and match() confirms the few that do. A negated
 * glob, or one minimatch cannot express (a comment), goes to match() alone.
 */
export function globMatcher(glob: string): (file: string) => boolean {
  const m = new Minimatch(glob, { dot: true });
  const re = m.negate ? false : m.makeRe();
  return re === false ? (file) => m.match(file) : (file) => re.test(file) && m.match(file);
}

/** A policy without applies_to applies to every manifest. */
function matcherOf(p: Policy): (file: string) => boolean {
  let m = matchers.get(p);
  if (!m) {
    const each = (p.appliesTo ?? []).map(globMatcher);
    m = p.appliesTo === null ? () => true : (file) => each.some((matches) => matches(file));
    matchers.set(p, m);
  }
  return m;
}

export function policiesFor(file: string, policies: readonly Policy[]): Policy[] {
  return policies.filter((p) => matcherOf(p)(file));
}

export function combinePolicies(policies: readonly SettingValues[]): EffectivePolicy {
  const values = new Map<Setting<unknown>, unknown>();
  for (const s of ALL_SETTINGS) values.set(s, s.combine(policies.map((p) => p.get(s))));
  return settingValues(values);
}
