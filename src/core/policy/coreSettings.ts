// The settings every policy has, whatever rules exist: which checks are required or blocking, per-stage
// extras, severities and custom checks. Declared like the rules' own settings (schema, combination,
// loosening), so the policy schema and the loosening diff treat them alike.
import { Ajv, type ValidateFunction } from 'ajv';
import { problem } from '../model/location.js';
import { obj } from '../model/raw.js';
import { OWNER_CATEGORIES, READINESS_BLOCKS, type OwnerCategory, type ReadinessBlock, type Severity } from '../model/vocabulary.js';
import { droppedFrom, OWNER_CATEGORY_SCHEMA, unionOf, type Setting, type SettingReadContext } from '../rules/setting.js';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A list of check ids where every listed check applies: the union wins; dropping one loosens. */
function checkList(key: string, description: string, examples: { strict: string[]; loose: string[] }): Setting<readonly string[]> {
  return {
    path: [key],
    schema: { type: 'array', items: { type: 'string' }, description },
    unset: [],
    read: (raw) => strings(raw),
    combine: (values) => unionOf(values),
    loosening: (before, after) => droppedFrom(key, before, after),
    examples,
  };
}

export const REQUIRE = checkList('require', 'Requirement checks that must hold.', { strict: ['slo_defined', 'trace_coverage'], loose: ['slo_defined'] });
export const BLOCK_IF = checkList('block_if', 'Hazard checks that block when they fire.', {
  strict: ['owner_removed', 'stop_condition_loosened'],
  loose: ['owner_removed'],
});

export interface StageRequirements {
  readonly require: readonly string[];
  readonly owners: readonly OwnerCategory[];
}
export type StageMap = Readonly<Record<string, StageRequirements>>;

/** Keys come from YAML: a prototype-free map keeps a stage named "__proto__" an ordinary key. */
const emptyMap = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export const STAGES: Setting<StageMap> = {
  path: ['stages'],
  schema: {
    type: 'object',
    description: 'Extra requirements for manifests whose live stage has this name.',
    additionalProperties: {
      type: 'object',
      additionalProperties: false,
      properties: { require: { type: 'array', items: { type: 'string' } }, owners: { type: 'array', items: OWNER_CATEGORY_SCHEMA } },
    },
  },
  unset: emptyMap<StageRequirements>(),
  read: (raw) => {
    const out = emptyMap<StageRequirements>();
    const stages = obj(raw);
    for (const name of Object.keys(stages)) {
      const s = obj(stages[name]);
      out[name] = {
        require: strings(s['require']),
        owners: strings(s['owners']).filter((c): c is OwnerCategory => (OWNER_CATEGORIES as readonly string[]).includes(c)),
      };
    }
    return out;
  },
  combine: (values) => {
    const out = emptyMap<StageRequirements>();
    for (const stages of values) {
      for (const [name, s] of Object.entries(stages)) {
        const prev = out[name];
        out[name] = prev ? { require: unionOf([prev.require, s.require]), owners: unionOf([prev.owners, s.owners]) } : s;
      }
    }
    return out;
  },
  loosening: (before, after) =>
    Object.entries(before).flatMap(([stage, req]) => [
      ...droppedFrom(`stages.${stage}.require`, req.require, after[stage]?.require ?? []),
      ...droppedFrom(`stages.${stage}.owners`, req.owners, after[stage]?.owners ?? []),
    ]),
  examples: { strict: { ga: { require: ['runbook_present'], owners: ['on_call'] } }, loose: { ga: { require: [], owners: [] } } },
};

export const SEVERITY: Setting<Readonly<Record<string, Severity>>> = {
  path: ['severity'],
  schema: { type: 'object', additionalProperties: { enum: ['block', 'warn'] }, description: 'Severity per check id; default block.' },
  unset: emptyMap<Severity>(),
  read: (raw) => {
    const out = emptyMap<Severity>();
    const levels = obj(raw);
    for (const id of Object.keys(levels)) out[id] = levels[id] as Severity;
    return out;
  },
  // Strictest first: a check only warns when every applicable policy says so; one that leaves it out keeps the default, block.
  combine: (values) => {
    const out = emptyMap<Severity>();
    const ids = new Set(values.flatMap((levels) => Object.keys(levels)));
    for (const id of ids) if (values.every((levels) => levels[id] === 'warn')) out[id] = 'warn';
    return out;
  },
  loosening: (before, after) =>
    Object.entries(after).flatMap(([id, level]) => (level === 'warn' && before[id] !== 'warn' ? [`${id} is downgraded to warn`] : [])),
  // Unset, every check blocks: the strictest severity is saying nothing.
  examples: { strict: {}, loose: { trace_coverage: 'warn' } },
};

export interface CustomCheck {
  readonly id: string;
  readonly readinessBlock: ReadinessBlock;
  readonly message: string;
  readonly remediation: string;
  readonly owner: OwnerCategory | null;
  readonly when: ValidateFunction | null;
  readonly schema: ValidateFunction;
  /** The check as written (canonical JSON): a change to it cannot be shown to be stricter. */
  readonly source: string;
  readonly file: string;
  readonly line: number;
}

// Created on first use: an Ajv instance compiles its meta-schema, which policies without custom checks never need.
let ajv: Ajv | undefined;
/** Compiled custom-check fragments by their JSON text (a fragment's meaning is its text). */
const compiledFragments = new Map<string, ValidateFunction>();

export const CUSTOM_CHECKS: Setting<readonly CustomCheck[]> = {
  path: ['custom_checks'],
  schema: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'block', 'message', 'schema'],
      properties: {
        id: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
        block: { enum: [...READINESS_BLOCKS] },
        message: { type: 'string', minLength: 1 },
        remediation: { type: 'string' },
        owner: OWNER_CATEGORY_SCHEMA,
        when: { type: 'object', description: 'JSON Schema fragment: the check applies only to manifests that match it.' },
        schema: { type: 'object', description: 'JSON Schema fragment over the manifest (the whole document, with `rollout_plan`) that must match.' },
      },
    },
  },
  unset: [],
  read: (raw, ctx) => readCustomChecks(raw, ctx),
  combine: (values) => values.flat(),
  loosening: (before, after) =>
    before.flatMap((b) => {
      const a = after.find((x) => x.id === b.id);
      if (!a) return [`custom_checks no longer lists ${b.id}`];
      return a.source !== b.source ? [`custom check ${b.id} changes (a changed check cannot be shown to be stricter)`] : [];
    }),
  examples: {
    strict: [{ id: 'named_workflow', block: 'runtime_correctness', message: 'name the workflow', schema: { required: ['rollout_plan'] } }],
    loose: [],
  },
};

function readCustomChecks(raw: unknown, ctx: SettingReadContext): CustomCheck[] {
  const out: CustomCheck[] = [];
  (Array.isArray(raw) ? raw : []).forEach((item, i) => {
    const c = obj(item);
    const id = String(c['id']);
    if (ctx.takenIds.has(id) || out.some((x) => x.id === id)) {
      ctx.report(problem(ctx.at(i, 'id'), `custom check id "${id}" is already taken`, 'choose another id'));
      return;
    }
    const compile = (key: 'when' | 'schema'): ValidateFunction | null => {
      if (c[key] === undefined) return null;
      const regexes = regexKeywordsIn(c[key]);
      for (const path of regexes) {
        const keyword = String(path[path.length - 1]);
        ctx.report(
          problem(
            ctx.keyAt(i, key, ...path),
            `custom check "${id}": ${key} uses \`${keyword}\`; regular expressions are not allowed in custom checks (a backtracking pattern could stall the gate)`,
            'match with enum, const, minLength/maxLength or required instead',
          ),
        );
      }
      if (regexes.length > 0) return null;
      try {
        // Unknown keywords are errors (a typo must not silently pass); required-without-properties is ordinary in fragments.
        ajv ??= new Ajv({ strict: true, strictRequired: false, strictTypes: false, allErrors: false });
        // Team policies often carry the same fragment: compile it once, so one function runs hot for all of them.
        const text = JSON.stringify(c[key]);
        const known = compiledFragments.get(text);
        if (known) return known;
        const validate = ajv.compile(c[key] as object);
        compiledFragments.set(text, validate);
        return validate;
      } catch (error) {
        ctx.report(
          problem(
            ctx.at(i, key),
            `custom check "${id}": ${key} is not a valid JSON Schema: ${(error as Error).message}`,
            'fix the schema fragment (strict JSON Schema draft-07)',
          ),
        );
        return null;
      }
    };
    const schema = compile('schema');
    const when = compile('when');
    if (!schema) return;
    const at = ctx.at(i);
    out.push({
      id,
      readinessBlock: c['block'] as ReadinessBlock,
      message: String(c['message']),
      remediation: typeof c['remediation'] === 'string' ? c['remediation'] : "Change the manifest so that it satisfies the policy's custom check.",
      owner: (c['owner'] as OwnerCategory | undefined) ?? null,
      when,
      schema,
      source: JSON.stringify(item),
      file: at.file,
      line: at.line,
    });
  });
  return out;
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
const SCHEMA_VALUED = new Set([
  'items',
  'additionalItems',
  'contains',
  'additionalProperties',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
]);
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

/** In the order the schema and the reference list them. */
export const CORE_SETTINGS: readonly Setting<unknown>[] = [REQUIRE, BLOCK_IF, STAGES, SEVERITY, CUSTOM_CHECKS];
