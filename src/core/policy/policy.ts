// The typed rollout checklist policy, built from schema-valid YAML. Every setting is read by its own
// declaration (the rule registry and the core settings); unknown or misplaced check ids and broken custom
// checks are located problems, so a policy can never name a check that does not run.
import { problem, type InputProblem } from '../model/location.js';
import { obj } from '../model/raw.js';
import type { ParsedYaml } from '../parse/yamlSource.js';
import { ALL_CHECK_IDS, ALL_SETTINGS, findRule } from '../rules/registry.js';
import type { Setting, SettingReadContext } from '../rules/setting.js';
import { didYouMean } from '../util/suggest.js';
import { BLOCK_IF, CUSTOM_CHECKS, REQUIRE, SEVERITY, STAGES } from './coreSettings.js';

/** Typed access to setting values: each setting's own type comes back. */
export interface SettingValues {
  get<T>(setting: Setting<T>): T;
}

export interface Policy extends SettingValues {
  readonly file: string;
  /** Globs of the manifests the policy gates; null: every manifest. */
  readonly appliesTo: readonly string[] | null;
}

export type PolicyBuild = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** Setting values held in a map keyed by the setting itself; an absent setting reads as its `unset` value. */
export function settingValues(values: ReadonlyMap<Setting<unknown>, unknown>): SettingValues {
  return { get: <T>(s: Setting<T>): T => (values.has(s) ? (values.get(s) as T) : s.unset) };
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

export function buildPolicy(doc: ParsedYaml): PolicyBuild {
  const problems: InputProblem[] = [];
  const rollout = obj(obj(doc.value)['rollout']);
  const takenIds: ReadonlySet<string> = new Set(ALL_CHECK_IDS);
  const values = new Map<Setting<unknown>, unknown>();
  for (const s of ALL_SETTINGS) {
    const ctx: SettingReadContext = {
      at: (...path) => doc.at(['rollout', ...s.path, ...path]),
      keyAt: (...path) => doc.keyAt(['rollout', ...s.path, ...path]),
      report: (p) => problems.push(p),
      takenIds,
    };
    values.set(s, s.read(valueAt(rollout, s.path), ctx));
  }
  const read = settingValues(values);

  // Check ids: each must exist, and requirements and hazards go where they belong.
  const customIds = new Set(read.get(CUSTOM_CHECKS).map((c) => c.id));
  const known = [...ALL_CHECK_IDS, ...customIds];
  const at = (...path: (string | number)[]) => doc.at(['rollout', ...path]);
  const checkIds = (list: readonly string[], key: string, kind: 'requirement' | 'hazard' | 'either', ...path: (string | number)[]) =>
    list.forEach((id, i) => {
      if (customIds.has(id)) return;
      const rule = findRule(id);
      if (!rule) {
        problems.push(
          problem(at(...path, i), `unknown check id "${id}" in ${key}`, `${didYouMean(id, known)}; run \`rollout-gate explain\` to list the checks`),
        );
      } else if (kind !== 'either' && rule.kind !== kind && rule.kind !== 'mode') {
        const home = rule.kind === 'requirement' ? 'require' : 'block_if';
        problems.push(problem(at(...path, i), `"${id}" is a ${rule.kind} check and belongs under ${home}, not ${key}`, `move it to rollout.${home}`));
      }
    });
  checkIds(read.get(REQUIRE), 'require', 'requirement', 'require');
  checkIds(read.get(BLOCK_IF), 'block_if', 'hazard', 'block_if');
  for (const [name, s] of Object.entries(read.get(STAGES))) checkIds(s.require, `stages.${name}.require`, 'either', 'stages', name, 'require');
  for (const id of Object.keys(read.get(SEVERITY))) {
    if (!findRule(id) && !customIds.has(id))
      problems.push(problem(doc.keyAt(['rollout', 'severity', id]), `unknown check id "${id}" in severity`, didYouMean(id, known)));
  }

  const appliesTo = Array.isArray(rollout['applies_to']) ? (rollout['applies_to'] as unknown[]).filter((g): g is string => typeof g === 'string') : null;
  (appliesTo ?? []).forEach((glob, i) => {
    const why = unsafeGlob(glob);
    if (why)
      problems.push(
        problem(at('applies_to', i), `applies_to glob "${glob}" ${why}`, 'use plain globs: *, ** and ? wildcards, [classes] and short {a,b} lists'),
      );
  });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, policy: { file: doc.file, appliesTo, get: <T>(s: Setting<T>): T => read.get(s) } };
}

/**
 * Hardening (issue #5): `applies_to` globs are matched with minimatch against every evaluated manifest's
 * path, which the pull request chooses. minimatch turns an extglob such as `+(a|a)b` into a backtracking
 * regular expression (exponential on "aaa…!"), expands a brace range such as `{1..100000}` into one
 * pattern per value (a second per match), and each further `*` in one path segment multiplies the work by
 * the length of the name (three took 0.8 s on a 255-character name). Returns why a glob is refused.
 */
function unsafeGlob(glob: string): string | null {
  if (/[@!?*+]\(/.test(glob)) return 'uses an extglob such as +(...) or @(...), which is not supported';
  if (/\{[^{}]*\.\.[^{}]*\}/.test(glob)) return 'uses a brace range such as {1..9}, which is not supported';
  let alternatives = 1;
  let depth = 0;
  let group = 1;
  for (const ch of glob) {
    if (ch === '{') {
      if (depth === 0) group = 1;
      depth += 1;
    } else if (ch === '}' && depth > 0) {
      depth -= 1;
      if (depth === 0) alternatives *= group;
    } else if (ch === ',' && depth > 0) group += 1;
  }
  if (alternatives > 64) return `expands to ${alternatives > 1e6 ? 'over a million' : alternatives} patterns; at most 64 are allowed`;
  if (glob.split('/').some((segment) => segment !== '**' && (segment.match(/\*+/g) ?? []).length > 2))
    return 'has more than two * wildcards in one path segment';
  return null;
}
