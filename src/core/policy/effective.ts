// Several policy files can apply to one manifest; each setting combines its values so that the strictest wins.
import { Minimatch } from 'minimatch';
import { ALL_SETTINGS } from '../rules/registry.js';
import type { Setting } from '../rules/setting.js';
import { settingValues, type Policy, type SettingValues } from './policy.js';

/** The settings of the policies that apply to one manifest, combined. */
export type EffectivePolicy = SettingValues;

/**
 * A policy's applies_to, compiled once per policy (policies are loaded once per run): `policiesFor` runs for
 * every manifest against every policy, and Minimatch.match costs far more than a string comparison.
 */
const matchers = new WeakMap<Policy, (file: string) => boolean>();

/**
 * Whether `file` (a repository path) matches `glob`, exactly as Minimatch.match with `dot` says. match()
 * compares a pattern's literal segments with the path's, position by position, so a path that does not
 * begin with the literal leading directories of any of the glob's alternatives (`rollouts/team-07` for
 * `rollouts/team-07/**`) cannot match: that test rules out most paths cheaply, and match() decides the
 * rest. A negated glob, or one with an alternative that begins with a wildcard, goes to match() alone.
 */
export function globMatcher(glob: string): (file: string) => boolean {
  const m = new Minimatch(glob, { dot: true });
  const prefixes = m.negate || m.set.length === 0 ? [] : m.set.map(literalLead);
  if (prefixes.length === 0 || prefixes.some((p) => p === '')) return (file) => m.match(file);
  return (file) => prefixes.some((p) => file === p || file.startsWith(`${p}/`)) && m.match(file);
}

/** The literal segments an alternative of a compiled glob begins with, joined by '/'. */
function literalLead(alternative: readonly unknown[]): string {
  const lead: string[] = [];
  for (const segment of alternative) {
    if (typeof segment !== 'string') break;
    lead.push(segment);
  }
  return lead.join('/');
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
