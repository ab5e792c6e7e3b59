// What a policy change loosens, in words a reviewer can check. Every setting declares how it loosens, so
// this walks the registry's settings: a new setting cannot be forgotten here. The change does not apply
// to the pull request that makes it (policy is read from the base), but it gates everything after it merges.
import { ALL_SETTINGS } from '../rules/registry.js';
import { combinePolicies, policiesFor } from './effective.js';
import type { Policy, SettingValues } from './policy.js';

/** What going from `before` to `after` loosens, setting by setting, in registry order. */
export function settingsLoosening(before: SettingValues, after: SettingValues): string[] {
  return ALL_SETTINGS.flatMap((s) => s.loosening(before.get(s), after.get(s)));
}

// ---------------------------------------------------------------------------------------------------------
// A policy change judged by its effect: what the policies that gate a manifest loosen, taken together.
// A manifest is gated by the policy files whose applies_to matches it, combined (strictest wins), or by the
// embedded default policy when none matches; a file that does not load is replaced, for every manifest, by
// the embedded default. So adding a first policy file replaces the default, and renaming a file out of the
// policy files, or narrowing its applies_to, hands its manifests to the others (or to the default).

/** The policy files on one side of a change. */
export interface PolicySide {
  readonly valid: readonly Policy[];
  /** Paths of the files that do not load. */
  readonly invalid: readonly string[];
}

/** The policies in force on one side: the valid files, and the embedded default standing in for any invalid ones. */
export function policiesInForce(side: PolicySide, fallback: Policy): Policy[] {
  return side.invalid.length > 0 ? [...side.valid, fallback] : [...side.valid];
}

/** The policies that gate `file`: those in force whose applies_to matches it, else the embedded default. */
export function gatingPolicies(file: string, inForce: readonly Policy[], fallback: Policy): Policy[] {
  const applicable = policiesFor(file, inForce);
  return applicable.length > 0 ? applicable : [fallback];
}

/** One version of a policy file; `policy` null when the file does not load. */
export interface PolicyVersion {
  readonly path: string;
  readonly policy: Policy | null;
}

/** A policy file the change touches: the version before and after (null where it is not a policy file). */
export interface PolicyFileChange {
  readonly before: PolicyVersion | null;
  readonly after: PolicyVersion | null;
}

/**
 * Which manifests a loosening concerns: those the file gates before and after (`gated`), those it starts
 * to gate (`newly_gated`: an added file, or a wider applies_to), and those it stops gating
 * (`no_longer_gated`: a removed file, one renamed out of the policy files, or a narrower applies_to).
 */
export type ChangeScope = 'gated' | 'newly_gated' | 'no_longer_gated';

export interface ScopedLoosening {
  readonly scope: ChangeScope;
  /** True when these manifests were gated by the embedded default policy before the change. */
  readonly fromDefault: boolean;
  readonly loosens: readonly string[];
}

type Coverage = 'none' | 'all' | readonly string[];

function coverage(v: PolicyVersion | null): Coverage {
  if (!v) return 'none';
  // An invalid file's stand-in, the default, gates every manifest.
  if (!v.policy || v.policy.appliesTo === null) return 'all';
  return v.policy.appliesTo;
}

/** Whether `after` reaches manifests `before` did not (globs compared as written: a rewritten glob counts). */
function widens(before: Coverage, after: Coverage): boolean {
  if (after === 'none' || before === 'all') return false;
  if (before === 'none' || after === 'all') return true;
  return after.some((g) => !before.includes(g));
}

function without(side: PolicySide, v: PolicyVersion | null): PolicySide {
  if (!v) return side;
  return { valid: side.valid.filter((p) => p !== v.policy), invalid: side.invalid.filter((p) => p !== v.path) };
}

const contribution = (v: PolicyVersion | null, fallback: Policy): Policy[] => (!v ? [] : v.policy ? [v.policy] : [fallback]);

/**
 * What one policy file's change loosens, for the manifests it gates, starts to gate and stops gating.
 * Such a manifest is also gated by every policy that gates all manifests (no applies_to), on each side;
 * other scoped files may gate some of them too, which this does not know without their paths, so it
 * judges as if they did not (a loosening they would mask is reported all the same). Pure; the default
 * policy stands in where nothing gates.
 */
export function fileChangeLoosening(change: PolicyFileChange, base: PolicySide, head: PolicySide, fallback: Policy): ScopedLoosening[] {
  const globals = (side: PolicySide) => policiesInForce(side, fallback).filter((p) => p.appliesTo === null);
  const othersBefore = globals(without(base, change.before));
  const othersAfter = globals(without(head, change.after));
  const compare = (scope: ChangeScope, before: Policy[], after: Policy[]): ScopedLoosening[] => {
    const b = before.length > 0 ? before : [fallback];
    const a = after.length > 0 ? after : [fallback];
    const loosens = settingsLoosening(combinePolicies(b), combinePolicies(a));
    return loosens.length > 0 ? [{ scope, fromDefault: before.length === 0 || b.every((p) => p === fallback), loosens }] : [];
  };
  const before = coverage(change.before);
  const after = coverage(change.after);
  const out: ScopedLoosening[] = [];
  if (change.before && change.after)
    out.push(...compare('gated', [...othersBefore, ...contribution(change.before, fallback)], [...othersAfter, ...contribution(change.after, fallback)]));
  if (change.after && widens(before, after)) out.push(...compare('newly_gated', othersBefore, [...othersAfter, ...contribution(change.after, fallback)]));
  // An invalid file's stand-in gated everything only because the file was broken: repairing it into a
  // scoped policy does not count as narrowing (the repair is judged against the default above).
  const repaired = change.before !== null && change.before.policy === null && change.after !== null;
  if (change.before && !repaired && widens(after, before))
    out.push(...compare('no_longer_gated', [...othersBefore, ...contribution(change.before, fallback)], othersAfter));
  return out;
}

/**
 * The effective policy of manifests on each side of a change, compared: one combination per distinct set
 * of gating policies, so thousands of manifests under a few policies cost a few comparisons.
 */
export class PolicySetComparison {
  private readonly ids = new WeakMap<Policy, number>();
  private nextId = 0;
  private readonly cache = new Map<string, { readonly loosens: readonly string[]; readonly before: readonly Policy[]; readonly after: readonly Policy[] }>();

  constructor(
    private readonly base: readonly Policy[],
    private readonly head: readonly Policy[],
    private readonly fallback: Policy,
  ) {}

  /** What the policies gating the manifest at `beforePath` (base) and at `afterPath` (head) loosen. */
  compare(
    beforePath: string,
    afterPath: string,
  ): { readonly loosens: readonly string[]; readonly before: readonly Policy[]; readonly after: readonly Policy[] } {
    const before = gatingPolicies(beforePath, this.base, this.fallback);
    const after = gatingPolicies(afterPath, this.head, this.fallback);
    const key = `${before.map((p) => this.id(p)).join(',')}>${after.map((p) => this.id(p)).join(',')}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = { loosens: settingsLoosening(combinePolicies(before), combinePolicies(after)), before, after };
      this.cache.set(key, hit);
    }
    return hit;
  }

  private id(p: Policy): number {
    let n = this.ids.get(p);
    if (n === undefined) {
      n = this.nextId++;
      this.ids.set(p, n);
    }
    return n;
  }
}
