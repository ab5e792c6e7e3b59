// The typed rollout checklist policy, built from schema-valid YAML. Unknown or misplaced check ids and
// broken custom-check schemas are located problems, so a policy can never name a check that does not run.
import { Ajv, type ValidateFunction } from 'ajv';
import { checkIds, findCheck } from '../checks/catalog.js';
import { parseDuration } from '../model/duration.js';
import { problem, type InputProblem, type SourceLocation } from '../model/location.js';
import { obj } from '../model/raw.js';
import type { OwnerCategory, ReadinessBlock, Severity } from '../model/vocabulary.js';
import type { ParsedYaml } from '../parse/yamlSource.js';
import { didYouMean } from '../util/suggest.js';

export interface CustomCheck {
  readonly id: string;
  readonly block: ReadinessBlock;
  readonly message: string;
  readonly remediation: string;
  readonly owner: OwnerCategory | null;
  readonly when: ValidateFunction | null;
  readonly schema: ValidateFunction;
  readonly at: SourceLocation;
}

export interface StageRequirements {
  readonly require: readonly string[];
  readonly owners: readonly OwnerCategory[];
}

export interface Policy {
  readonly file: string;
  readonly appliesTo: readonly string[] | null;
  readonly require: readonly string[];
  readonly blockIf: readonly string[];
  readonly initialStage: string | null;
  readonly maxTenantExposurePct: number | null;
  readonly requireShadowPeriod: boolean;
  readonly owners: readonly OwnerCategory[];
  readonly stages: Readonly<Record<string, StageRequirements>>;
  readonly maxStepPct: number | null;
  readonly minDwellMs: number | null;
  readonly severity: Readonly<Record<string, Severity>>;
  readonly approvals: { readonly orchestrationPatternChange: readonly OwnerCategory[] };
  readonly customChecks: readonly CustomCheck[];
  /** The plain data, for describing what a policy change loosens. */
  readonly raw: unknown;
}

export type PolicyBuild = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly problems: readonly InputProblem[] };

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function buildPolicy(doc: ParsedYaml): PolicyBuild {
  const problems: InputProblem[] = [];
  const r = obj(obj(doc.value)['rollout']);
  const at = (...path: (string | number)[]) => doc.at(['rollout', ...path]);

  const ids = (key: string, list: unknown, kind: 'requirement' | 'hazard' | 'either', ...path: (string | number)[]): string[] =>
    strings(list).filter((id, i) => {
      const check = findCheck(id) ?? customIds.has(id);
      if (!check) {
        problems.push(problem(at(...path, i), `unknown check id "${id}" in ${key}`, `${didYouMean(id, [...checkIds(), ...customIds])}; run \`rollout-gate explain\` to list the checks`));
        return false;
      }
      if (check !== true && kind !== 'either' && check.kind !== kind && check.kind !== 'mode') {
        const home = check.kind === 'requirement' ? 'require' : 'block_if';
        problems.push(problem(at(...path, i), `"${id}" is a ${check.kind} check and belongs under ${home}, not ${key}`, `move it to rollout.${home}`));
        return false;
      }
      return true;
    });

  const customChecks: CustomCheck[] = [];
  const customIds = new Set<string>();
  // Unknown keywords are errors (a typo must not silently pass); required-without-properties is ordinary in fragments.
  // Created on first use: an Ajv instance compiles its meta-schema, which policies without custom checks never need.
  let ajv: Ajv | undefined;
  (Array.isArray(r['custom_checks']) ? r['custom_checks'] : []).forEach((item, i) => {
    const c = obj(item);
    const id = String(c['id']);
    if (findCheck(id) || customIds.has(id)) {
      problems.push(problem(at('custom_checks', i, 'id'), `custom check id "${id}" is already taken`, 'choose another id'));
      return;
    }
    const compile = (key: 'when' | 'schema'): ValidateFunction | null => {
      if (c[key] === undefined) return null;
      const regexes = regexKeywordsIn(c[key]);
      for (const path of regexes) {
        const keyword = String(path[path.length - 1]);
        problems.push(
          problem(
            doc.keyAt(['rollout', 'custom_checks', i, key, ...path]),
            `custom check "${id}": ${key} uses \`${keyword}\`; regular expressions are not allowed in custom checks (a backtracking pattern could stall the gate)`,
            'match with enum, const, minLength/maxLength or required instead',
          ),
        );
      }
      if (regexes.length > 0) return null;
      try {
        ajv ??= new Ajv({ strict: true, strictRequired: false, strictTypes: false, allErrors: false });
        return ajv.compile(c[key] as object);
      } catch (error) {
        problems.push(problem(at('custom_checks', i, key), `custom check "${id}": ${key} is not a valid JSON Schema: ${(error as Error).message}`, 'fix the schema fragment (strict JSON Schema draft-07)'));
        return null;
      }
    };
    const schema = compile('schema');
    const when = compile('when');
    if (!schema) return;
    customIds.add(id);
    customChecks.push({
      id,
      block: c['block'] as ReadinessBlock,
      message: String(c['message']),
      remediation: typeof c['remediation'] === 'string' ? c['remediation'] : 'Change the manifest so that it satisfies the policy\'s custom check.',
      owner: (c['owner'] as OwnerCategory | undefined) ?? null,
      when,
      schema,
      at: at('custom_checks', i),
    });
  });

  const appliesTo = Array.isArray(r['applies_to']) ? strings(r['applies_to']) : null;
  (appliesTo ?? []).forEach((glob, i) => {
    const why = unsafeGlob(glob);
    if (why) problems.push(problem(at('applies_to', i), `applies_to glob "${glob}" ${why}`, 'use plain globs: *, ** and ? wildcards, [classes] and short {a,b} lists'));
  });

  const require = ids('require', r['require'], 'requirement', 'require');
  const blockIf = ids('block_if', r['block_if'], 'hazard', 'block_if');
  const mode = obj(r['rollout_mode']);
  const pacing = obj(r['pacing']);
  const stagesRaw = obj(r['stages']);
  // Keys come from YAML: a prototype-free map keeps a stage named "__proto__" an ordinary key.
  const stages: Record<string, StageRequirements> = Object.create(null) as Record<string, StageRequirements>;
  for (const name of Object.keys(stagesRaw)) {
    const s = obj(stagesRaw[name]);
    stages[name] = { require: ids(`stages.${name}.require`, s['require'], 'either', 'stages', name, 'require'), owners: strings(s['owners']) as OwnerCategory[] };
  }
  const severityRaw = obj(r['severity']);
  const severity: Record<string, Severity> = Object.create(null) as Record<string, Severity>;
  for (const id of Object.keys(severityRaw)) {
    if (!findCheck(id) && !customIds.has(id)) {
      problems.push(problem(doc.keyAt(['rollout', 'severity', id]), `unknown check id "${id}" in severity`, didYouMean(id, [...checkIds(), ...customIds])));
      continue;
    }
    severity[id] = severityRaw[id] as Severity;
  }
  const approvals = obj(r['approvals']);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    policy: {
      file: doc.file,
      appliesTo,
      require,
      blockIf,
      initialStage: typeof mode['initial'] === 'string' ? mode['initial'] : null,
      maxTenantExposurePct: typeof mode['max_tenant_exposure_pct'] === 'number' ? mode['max_tenant_exposure_pct'] : null,
      requireShadowPeriod: mode['require_shadow_period'] === true,
      owners: strings(r['owners']) as OwnerCategory[],
      stages,
      maxStepPct: typeof pacing['max_step_pct'] === 'number' ? pacing['max_step_pct'] : null,
      minDwellMs: typeof pacing['min_dwell'] === 'string' ? parseDuration(pacing['min_dwell']) : null,
      severity,
      approvals: {
        orchestrationPatternChange: strings(approvals['orchestration_pattern_change']) as OwnerCategory[],
      },
      customChecks,
      raw: doc.value,
    },
  };
}

/**
 * Hardening (issue #5): custom checks are JSON Schema written by the policy author and run against
 * manifests written by whoever opens the pull request. ajv compiles `pattern` and `patternProperties` to
 * JavaScript regular expressions, which backtrack: `^(a+)+$` against a 26-character "aaa…!" already takes
 * 0.6 s and every further character doubles it; even `^a*a*$` is quadratic on a 256 KiB string. Screening
 * patterns for nested quantifiers would miss ambiguous alternations such as `(a|a)*` and the polynomial
 * cases, so regular expressions are refused in custom checks altogether, as a located policy error; so is
 * `format` (ajv's format validators are regular expressions too). enum, const, lengths and required cover
 * what custom checks are for. Returns the path (inside the fragment) of every such keyword.
 */
const REGEX_KEYWORDS = new Set(['pattern', 'patternProperties', 'format']);
/** Keywords whose value is a schema, a list of schemas, or a map from names to schemas (draft-07). */
const SCHEMA_VALUED = new Set(['items', 'additionalItems', 'contains', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'allOf', 'anyOf', 'oneOf']);
const SCHEMA_MAPS = new Set(['properties', 'definitions', '$defs', 'dependencies']);

function regexKeywordsIn(fragment: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  // Iterative walk: the parser bounds depth, but a stack keeps this independent of that bound.
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: fragment, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (!isObject(node)) continue;
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (REGEX_KEYWORDS.has(key)) found.push([...path, key]);
      else if (SCHEMA_VALUED.has(key)) {
        if (Array.isArray(value)) value.forEach((v, i) => stack.push({ node: v, path: [...path, key, i] }));
        else stack.push({ node: value, path: [...path, key] });
      } else if (SCHEMA_MAPS.has(key) && isObject(value)) {
        for (const name of Object.keys(value)) stack.push({ node: value[name], path: [...path, key, name] });
      }
    }
  }
  return found.sort((a, b) => (a.join('/') < b.join('/') ? -1 : 1));
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
  if (glob.split('/').some((segment) => segment !== '**' && (segment.match(/\*+/g) ?? []).length > 2)) return 'has more than two * wildcards in one path segment';
  return null;
}
