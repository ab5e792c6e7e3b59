// A policy setting: where it lives in a policy file, its JSON Schema, how several policies combine it
// (strictest first) and what counts as loosening it. Rules own their settings; the policy schema, the
// policy builder, the effective policy and the loosening diff are all derived from these declarations,
// so a setting cannot be added without saying how it combines and how it loosens.
import { parseDuration, formatDuration } from '../model/duration.js';
import type { InputProblem, SourceLocation } from '../model/location.js';
import { CANONICAL_LADDER, OWNER_CATEGORIES, type OwnerCategory } from '../model/vocabulary.js';

export type JsonSchema = Readonly<Record<string, unknown>>;
export type PolicyPath = readonly [string, ...string[]];

/** What a setting's reader may use: locations inside the policy file and a place to report problems. */
export interface SettingReadContext {
  /** Location of the value at `path` (relative to `rollout`). */
  at(...path: (string | number)[]): SourceLocation;
  /** Location of the key at `path` (relative to `rollout`). */
  keyAt(...path: (string | number)[]): SourceLocation;
  report(p: InputProblem): void;
  /** The ids the rule registry and the always-on checks take (custom checks may not reuse them). */
  readonly takenIds: ReadonlySet<string>;
}

export interface Setting<T> {
  /** Where the setting lives under `rollout:` in a policy file. */
  readonly path: PolicyPath;
  /** The JSON Schema fragment of the value (with its description, which the README reference shows). */
  readonly schema: JsonSchema;
  /** The value when no policy sets it. */
  readonly unset: T;
  /** The typed value one policy file gives (`raw` is schema-valid, or undefined when absent). */
  read(raw: unknown, ctx: SettingReadContext): T;
  /** Several policies apply to one manifest: the strictest value wins. */
  combine(values: readonly T[]): T;
  /** What going from `before` to `after` loosens, in words a reviewer can check; [] when nothing does. */
  loosening(before: T, after: T): string[];
  /** Raw values a policy file could hold, one stricter than the other; the table tests pin combine and loosening with them. */
  readonly examples: { readonly strict: unknown; readonly loose: unknown };
}

export const settingLabel = (s: Setting<unknown>): string => s.path.join('.');

/** The identity function for a reader whose schema already guarantees the type. */
const as = <T>(raw: unknown, fallback: T): T => (raw === undefined ? fallback : (raw as T));

/** A number that bounds something from above: the smallest wins; raising or removing it loosens. */
export function upperBound(path: PolicyPath, schema: JsonSchema, examples: { strict: number; loose: number }): Setting<number | null> {
  const label = path.join('.');
  return {
    path,
    schema,
    unset: null,
    read: (raw) => as<number | null>(raw, null),
    combine: (values) => values.reduce<number | null>((a, b) => (b === null ? a : a === null ? b : Math.min(a, b)), null),
    loosening: (before, after) => (before !== null && (after === null || after > before) ? [`${label} rises from ${before} to ${after ?? 'no limit'}`] : []),
    examples,
  };
}

/** A duration that must pass first (`3d`): the longest wins; shortening or removing it loosens. */
export function minimumDuration(path: PolicyPath, schema: JsonSchema, examples: { strict: string; loose: string }): Setting<number | null> {
  const label = path.join('.');
  return {
    path,
    schema,
    unset: null,
    read: (raw) => (typeof raw === 'string' ? parseDuration(raw) : null),
    combine: (values) => values.reduce<number | null>((a, b) => (b === null ? a : a === null ? b : Math.max(a, b)), null),
    loosening: (before, after) =>
      before !== null && (after === null || after < before)
        ? [`${label} is shortened from ${formatDuration(before)} to ${after === null ? 'nothing' : formatDuration(after)}`]
        : [],
    examples,
  };
}

/** A switch that turns a requirement on: any policy switching it on wins; switching it off loosens. */
export function flag(path: PolicyPath, schema: JsonSchema): Setting<boolean> {
  const label = path.join('.');
  return {
    path,
    schema,
    unset: false,
    read: (raw) => raw === true,
    combine: (values) => values.some((v) => v),
    loosening: (before, after) => (before && !after ? [`${label} is switched off`] : []),
    examples: { strict: true, loose: false },
  };
}

export const OWNER_CATEGORY_SCHEMA: JsonSchema = { $ref: '#/definitions/ownerCategory' };

/** A list of owner categories that must all act: the union wins; dropping one loosens. */
export function ownerCategories(path: PolicyPath, description: string): Setting<readonly OwnerCategory[]> {
  const label = path.join('.');
  return {
    path,
    schema: { type: 'array', items: OWNER_CATEGORY_SCHEMA, description },
    unset: [],
    read: (raw) => as<OwnerCategory[]>(raw, []).filter((c) => (OWNER_CATEGORIES as readonly string[]).includes(c)),
    combine: (values) => unionOf(values),
    loosening: (before, after) => droppedFrom(label, before, after),
    examples: { strict: ['technical', 'risk'], loose: ['technical'] },
  };
}

/**
 * A stage name that bounds how far up the ladder something may start: the earliest on the conventional
 * ladder wins (names it does not know keep the first given); moving it up the ladder, to a name that
 * cannot be compared, or removing it loosens.
 */
export function stageBound(path: PolicyPath, schema: JsonSchema, examples: { strict: string; loose: string }): Setting<string | null> {
  const label = path.join('.');
  return {
    path,
    schema,
    unset: null,
    read: (raw) => as<string | null>(raw, null),
    combine: (values) => values.reduce<string | null>((a, b) => (b === null ? a : a === null ? b : canonicalBeyond(a, b) === true ? b : a), null),
    loosening: (before, after) =>
      before !== null && before !== after && canonicalBeyond(before, after ?? '') !== true ? [`${label} changes from ${before} to ${after ?? 'none'}`] : [],
    examples,
  };
}

/** Compares two stage names on the conventional ladder; null when either name is not a conventional one. */
export function canonicalBeyond(name: string, limit: string): boolean | null {
  const a = CANONICAL_LADDER[name.toLowerCase()];
  const b = CANONICAL_LADDER[limit.toLowerCase()];
  if (a === undefined || b === undefined) return null;
  return a > b;
}

export const unionOf = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

export function droppedFrom(label: string, before: readonly string[], after: readonly string[]): string[] {
  const gone = before.filter((x) => !after.includes(x));
  return gone.length > 0 ? [`${label} no longer lists ${gone.join(', ')}`] : [];
}
