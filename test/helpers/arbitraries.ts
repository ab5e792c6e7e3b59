// Inputs for hostile and property tests: schema-driven examples (a valid value for every field the schema
// has, and a wrong-typed value for each), and fast-check arbitraries that start from the seed manifest and
// policy and mutate them: deleted keys, changed types, unknown keys, random strings, damaged YAML syntax,
// plus fully random YAML values and bytes.
import fc from 'fast-check';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { manifestSchema, policySchema } from '../../src/core/schema/validate.js';
import { DEFAULT_POLICY_YAML } from '../../src/core/policy/defaultPolicy.js';
import { ruleIds } from '../../src/core/rules/registry.js';
import { EVIDENCE_FILES, readyManifest, SEED_POLICY, SEED_ROLLOUT_PLAN } from '../fixtures/seeds.js';

// ---------------------------------------------------------------------------------------------------------
// Schema-driven examples

export type PathSegment = string | number;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: Json[];
  $ref?: string;
  pattern?: string;
  propertyNames?: { enum?: Json[] };
  minimum?: number;
  exclusiveMinimum?: number;
}

interface SchemaRoot extends SchemaNode {
  definitions?: Record<string, SchemaNode>;
}

/** One place in a document the schema describes, with the (unresolved) schema that governs it. */
export interface SchemaField {
  readonly path: readonly PathSegment[];
  readonly schema: SchemaNode;
}

function resolve(root: SchemaRoot, node: SchemaNode): SchemaNode {
  let n = node;
  for (let guard = 0; n.$ref && guard < 16; guard++) {
    const name = n.$ref.replace('#/definitions/', '');
    const target = root.definitions?.[name];
    if (!target) throw new Error(`unresolved $ref ${n.$ref}`);
    n = target;
  }
  return n;
}

function typesOf(node: SchemaNode): string[] {
  return node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
}

/** A name every `propertyNames` pattern of both schemas accepts, used for maps such as stages or capabilities. */
export const SAMPLE_KEY = 'sample';

function exampleString(key: PathSegment, node: SchemaNode): string {
  const p = node.pattern ?? '';
  if (p.includes('(ms|s|m|h|d)')) return '5s';
  if (p.startsWith('^@')) return '@octo-team';
  if (p.startsWith('^[0-9]{4}-')) return '2030-01-31';
  if (key === 'condition') return 'latency_ms > 1500';
  // Typed evidence: a JSON Pointer, a bound for a metric, a criterion.
  if (p.startsWith('^(/')) return '/metrics';
  if (p.startsWith('^\\s*(>=')) return '>= 1';
  if (p.startsWith('^\\s*[A-Za-z_]')) return 'pass_rate >= 0.9';
  return 'text';
}

function walk(root: SchemaRoot, raw: SchemaNode, path: PathSegment[], fields: SchemaField[]): Json {
  if (path.length > 0) fields.push({ path, schema: raw });
  const node = resolve(root, raw);
  if (node.anyOf) {
    const branch = node.anyOf.find((b) => typesOf(resolve(root, b)).includes('object')) ?? node.anyOf[0]!;
    // Children of the object branch are fields too; the anyOf itself was recorded above.
    return walkResolved(root, resolve(root, branch), path, fields);
  }
  return walkResolved(root, node, path, fields);
}

function walkResolved(root: SchemaRoot, node: SchemaNode, path: PathSegment[], fields: SchemaField[]): Json {
  if (node.enum) return node.enum[0] ?? null;
  const types = typesOf(node).filter((t) => t !== 'null');
  const type = types[0];
  const key = path[path.length - 1] ?? '';
  switch (type) {
    case 'object': {
      const out: { [key: string]: Json } = {};
      for (const [k, child] of Object.entries(node.properties ?? {})) out[k] = walk(root, child, [...path, k], fields);
      if (node.additionalProperties && typeof node.additionalProperties === 'object') {
        // A map whose keys are a closed set (evidence kinds) gets its first key instead of the sample.
        const first = node.propertyNames?.enum?.[0];
        const mapKey = typeof first === 'string' ? first : SAMPLE_KEY;
        out[mapKey] = walk(root, node.additionalProperties, [...path, mapKey], fields);
      }
      return out;
    }
    case 'array':
      return node.items ? [walk(root, node.items, [...path, 0], fields)] : [];
    case 'string':
      return exampleString(key, node);
    case 'number':
    case 'integer':
      return node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : (node.minimum ?? 0) + 1;
    case 'boolean':
      return true;
    default:
      return 'text';
  }
}

function setIn(doc: Json, path: readonly PathSegment[], value: Json): void {
  let cur = doc as { [key: string]: Json } | Json[];
  for (const seg of path.slice(0, -1)) cur = (cur as Record<string | number, Json>)[seg] as { [key: string]: Json } | Json[];
  (cur as Record<string | number, Json>)[path[path.length - 1]!] = value;
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A schema-valid document that sets every property the schema defines (one `sample` entry in each open
 * map, one item in each list, the object branch of each anyOf), and the list of all its fields.
 */
export function fullExample(name: 'manifest' | 'policy'): { doc: Json; fields: SchemaField[] } {
  const root = (name === 'manifest' ? manifestSchema : policySchema) as unknown as SchemaRoot;
  const fields: SchemaField[] = [];
  const doc = walk(root, root, [], fields);
  // Semantics beyond the schema, so that the example also builds: a live stage that exists, known check ids.
  if (name === 'manifest') {
    setIn(doc, ['rollout_plan', 'current_stage'], SAMPLE_KEY);
    setIn(doc, ['rollout_plan', 'waivers', 0, 'check'], 'trace_coverage');
  } else {
    setIn(doc, ['rollout', 'require'], ['trace_coverage']);
    setIn(doc, ['rollout', 'block_if'], ['direct_tool_access_present']);
    setIn(doc, ['rollout', 'stages', SAMPLE_KEY, 'require'], ['slo_defined']);
    setIn(doc, ['rollout', 'severity'], { trace_coverage: 'warn' });
    setIn(doc, ['rollout', 'rollout_mode', 'initial'], 'canary');
    setIn(doc, ['rollout', 'applies_to'], ['rollouts/**']);
    setIn(doc, ['rollout', 'custom_checks', 0, 'id'], 'custom_one');
  }
  return { doc, fields };
}

/** A value the schema at `field` rejects on type (or enum / anyOf shape). */
export function wrongValueFor(name: 'manifest' | 'policy', field: SchemaField): Json {
  const root = (name === 'manifest' ? manifestSchema : policySchema) as unknown as SchemaRoot;
  const node = resolve(root, field.schema);
  if (node.anyOf || node.enum) return 12345;
  const types = typesOf(node);
  if (types.includes('string')) return types.includes('number') ? [1] : 12345;
  if (types.includes('number') || types.includes('integer') || types.includes('boolean')) return 'twelve';
  if (types.includes('object')) return 'not a mapping';
  if (types.includes('array')) return 'not a list';
  return 12345;
}

/** The field name as the gate's messages spell it: `rollout_plan.stop_conditions[0].condition`. */
export function fieldLabel(path: readonly PathSegment[]): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Serializes `doc` with `path` set to `value`, and says where that value starts (1-based line and column),
 * computed by the yaml library independently of the gate's own parser.
 */
/** A plain value as YAML text (what a person would write, block style). */
export function yamlOf(doc: Json): string {
  return stringify(doc ?? null, { lineWidth: 0 });
}

export function withValueAt(doc: Json, path: readonly PathSegment[], value: Json, eol: '\n' | '\r\n' = '\n'): { text: string; line: number; column: number } {
  const copy = clone(doc);
  setIn(copy, path, value);
  const lf = stringify(copy, { lineWidth: 0 });
  const text = eol === '\n' ? lf : lf.replace(/\n/g, eol);
  const lc = new LineCounter();
  const parsed = parseDocument(text, { lineCounter: lc });
  const node = parsed.getIn(path as PathSegment[], true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) throw new Error(`no node at ${fieldLabel(path)}`);
  const pos = lc.linePos(node.range[0]);
  return { text, line: pos.line, column: pos.col };
}

// ---------------------------------------------------------------------------------------------------------
// fast-check arbitraries

export const READY_MANIFEST = readyManifest();
export const READY_DOC = parseDocument(READY_MANIFEST).toJS() as Json;
export const SEED_POLICY_DOC = parseDocument(SEED_POLICY).toJS() as Json;
export const DEFAULT_POLICY_DOC = parseDocument(DEFAULT_POLICY_YAML).toJS() as Json;

/** Paths to every node of a plain value (root excluded), in document order. */
export function pathsOf(value: Json, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  const visit = (key: PathSegment, v: Json) => {
    out.push([...prefix, key]);
    pathsOf(v, [...prefix, key], out);
  };
  if (Array.isArray(value)) value.forEach((v, i) => visit(i, v));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(k, v);
  return out;
}

function getIn(doc: Json, path: readonly PathSegment[]): Json | undefined {
  let cur: Json | undefined = doc;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, Json>)[seg];
  }
  return cur;
}

/** Interesting keys: real field names, check ids, and names that are special to JavaScript objects. */
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'rollout_plan',
  'rollout',
  'stages',
  'current_stage',
  'owners',
  'evidence',
  'require',
  'severity',
  'custom_checks',
  'waivers',
  '<<',
  '',
  ' ',
  '~',
  'a/b',
  '0',
  'sample',
  ...ruleIds().slice(0, 4),
];

const STRINGS = [
  '',
  ' ',
  'TBD',
  '?',
  'canary',
  'ga',
  'dogfood',
  'x > 1',
  'latency_ms > 1e309',
  '$1.50',
  '../../etc/passwd',
  '/proc/self/environ',
  '~/.ssh/id_rsa',
  'evidence\\slo.md',
  'evidence/slo.md',
  '2026-02-30',
  '2020-01-01',
  '@octo',
  'block',
  'warn',
  '^(a+)+$',
  '\u0000',
  '\u202e',
  '\ud800',
  'NaN',
  'Infinity',
  '-0',
  '99999999999999999999',
  '${{ secrets.X }}',
  '<script>',
  '`rm -rf`',
  '\r\n',
  '\t',
];

/** A random scalar or small structure, biased towards values that have broken parsers before. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Json>(...STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom<Json>(0, -0, 1, -1, 5, 25, 100, 101, 0.5, 1e308, -1e308, 2 ** 53, 1e-320, null, true, false) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { maxKeys: 3 }) },
);

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'set'; at: number; value: Json }
  | { kind: 'insert'; at: number; key: string; value: Json }
  | { kind: 'rename'; at: number; key: string }
  | { kind: 'duplicate_item'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })), value: hostileValue }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant('duplicate_item' as const), at: fc.nat() }),
);

/** Applies structural mutations to a copy of `doc`; `at` picks a node among all current nodes. */
export function applyMutations(doc: Json, mutations: readonly Mutation[]): Json {
  let out = clone(doc);
  for (const m of mutations) {
    const paths = pathsOf(out);
    if (paths.length === 0) {
      if (m.kind === 'set') out = m.value;
      continue;
    }
    const path = paths[m.at % paths.length]!;
    const parentPath = path.slice(0, -1);
    const last = path[path.length - 1]!;
    const parent = (parentPath.length === 0 ? out : getIn(out, parentPath)) as Record<string | number, Json> | Json[];
    const target = getIn(out, path);
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete (parent as Record<string, Json>)[last as string];
        break;
      case 'set':
        (parent as Record<string | number, Json>)[last] = m.value;
        break;
      case 'insert':
        // Own data property even for "__proto__" (plain assignment would set the prototype of the copy).
        if (target !== null && typeof target === 'object' && !Array.isArray(target))
          Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        else if (Array.isArray(target)) target.push(m.value);
        break;
      case 'rename':
        if (!Array.isArray(parent) && typeof last === 'string') {
          const value = (parent as Record<string, Json>)[last] as Json;
          delete (parent as Record<string, Json>)[last];
          Object.defineProperty(parent, m.key, { value, enumerable: true, writable: true, configurable: true });
        }
        break;
      case 'duplicate_item':
        if (Array.isArray(target) && target.length > 0) target.push(clone(target[0] as Json));
        break;
    }
  }
  return out;
}

/** Fragments that damage YAML syntax in interesting ways when spliced into a document. */
const DAMAGE = [
  '&a ',
  '*a',
  '<<: ',
  '<<: *a\n',
  '---\n',
  '...\n',
  '[',
  ']',
  '{',
  '}',
  '\t',
  '"',
  "'",
  ': ',
  '- ',
  '? ',
  '!!binary ',
  '!!js/function ',
  '%YAML 1.1\n',
  '\r',
  '\u0000',
  '\ufeff',
  '#',
  '|',
  '>-\n',
  '\n  ',
  '\n',
  'key: value\n',
  '[[[[[[[[',
  '{a: {b: {c: ',
  ' *',
  '& ',
  '\\',
  '\u2028',
  '@',
  '`',
];

type Damage = { at: number; remove: number; insert: string };

const damage: fc.Arbitrary<Damage> = fc.record({
  at: fc.nat(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(8) }),
  insert: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...DAMAGE) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constant('') },
  ),
});

export function applyDamage(text: string, edits: readonly Damage[]): string {
  let out = text;
  for (const d of edits) {
    const at = out.length === 0 ? 0 : d.at % (out.length + 1);
    out = out.slice(0, at) + d.insert + out.slice(at + d.remove);
  }
  return out;
}

function serialize(doc: Json): string {
  // A top-level undefined (everything deleted) still serializes as a document.
  return stringify(doc ?? null, { lineWidth: 0 });
}

// Schema-valid random documents: every shape the schemas allow, with values chosen to probe the checks
// (stage names such as "constructor" or "ga", placeholder owners, odd evidence paths, extreme numbers).

const NAMES = [
  'canary',
  'ga',
  'dogfood',
  'shadow',
  'pilot',
  'beta',
  'internal',
  'limited_beta',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'Stage-1',
  'x',
  'triage',
  'create_ticket',
];
const nameArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/) });
const PATHS = [
  ...Object.keys(EVIDENCE_FILES),
  'evidence/missing.md',
  'evidence',
  '../outside.md',
  '/etc/passwd',
  '~/x',
  'evidence\\slo.md',
  './evidence/slo.md',
  'evidence//slo.md',
  'evidence/./slo.md',
];
const evidencePathArb = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PATHS) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) });
const ownerNameArb = fc.oneof(
  fc.constantFrom('CS Ops', 'TBD', 'todo: someone', '?', '', ' ', 'n/a', 'Risk Lead @risk-team', '@octo/team'),
  fc.string({ maxLength: 20 }),
);
const metricArb = fc.stringMatching(/^[a-z_][a-z0-9_.]{0,12}$/);
const conditionArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        metricArb,
        fc.constantFrom('>', '>=', '<', '<=', '==', '!='),
        fc.constantFrom('', '$'),
        fc.oneof(
          fc.integer({ min: -999, max: 999 }),
          fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => Math.round(x * 100) / 100),
        ),
        fc.constantFrom('', '%', 'ms', 's', 'm', 'h'),
      )
      .map(([m, op, cur, n, unit]) => `${m} ${op} ${cur}${n}${cur ? '' : unit}`),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
const durationArb = fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom('ms', 's', 'm', 'h', 'd')).map(([n, u]) => `${n}${u}`);
const dayArb = fc.oneof(
  fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-13-01', '2026-06-01', '2026-05-31', '0000-00-00'),
);

function stringArb(key: PathSegment, def: string, node: SchemaNode): fc.Arbitrary<string> {
  const p = node.pattern ?? '';
  if (p.includes('(ms|s|m|h|d)')) return durationArb;
  if (p.startsWith('^@')) return fc.constantFrom('@octo', '@octo/team', '@a-b');
  if (p.startsWith('^[0-9]{4}-')) return dayArb;
  if (p.startsWith('^[a-z]')) return fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
  if (def === 'condition' || key === 'condition') return conditionArb;
  if (def === 'evidencePath') return evidencePathArb;
  if (def === 'owner') return ownerNameArb;
  if (key === 'current_stage' || key === 'initial') return nameArb;
  if (key === 'check') return fc.oneof(fc.constantFrom(...ruleIds()), fc.string({ minLength: 1, maxLength: 12 }));
  const min = (node as { minLength?: number }).minLength ?? 0;
  return fc
    .oneof(fc.constantFrom('text', 'TBD', 'stop the run', 'idempotency_key = request_id'), fc.string({ minLength: min, maxLength: 24 }))
    .filter((x) => x.length >= min);
}

function numberArb(node: SchemaNode & { maximum?: number; exclusiveMinimum?: number }, integer: boolean): fc.Arbitrary<number> {
  const min = node.exclusiveMinimum !== undefined ? node.exclusiveMinimum : (node.minimum ?? -1e9);
  const max = node.maximum ?? 1e9;
  const edges = [min, max, 0, 1, 5, 25, 100].filter(
    (x) => x >= min && x <= max && (node.exclusiveMinimum === undefined || x > node.exclusiveMinimum) && (!integer || Number.isInteger(x)),
  );
  const range = integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return fc.oneof(fc.constantFrom(...edges), range).filter((x) => node.exclusiveMinimum === undefined || x > node.exclusiveMinimum);
}

function validArb(root: SchemaRoot, raw: SchemaNode, key: PathSegment, def: string, depth: number): fc.Arbitrary<Json> {
  let node = raw;
  let defName = def;
  while (node.$ref) {
    defName = node.$ref.replace('#/definitions/', '');
    node = resolve(root, { $ref: node.$ref });
  }
  if (node.anyOf) return fc.oneof(...node.anyOf.map((b) => validArb(root, b, key, defName, depth)));
  if (node.enum) return fc.constantFrom(...node.enum);
  const types = typesOf(node);
  const nonNull = types.filter((t) => t !== 'null');
  let arb: fc.Arbitrary<Json>;
  switch (nonNull[0]) {
    case 'object': {
      const props = Object.entries(node.properties ?? {});
      const required = (node as { required?: string[] }).required ?? [];
      const known = fc.record(Object.fromEntries(props.map(([k, v]) => [k, validArb(root, v, k, '', depth + 1)])), { requiredKeys: required });
      const ap = node.additionalProperties;
      if (ap && typeof ap === 'object' && depth < 6) {
        const minKeys = (node as { minProperties?: number }).minProperties ?? 0;
        const extra = fc.dictionary(nameArb, validArb(root, ap, SAMPLE_KEY, '', depth + 1), { minKeys, maxKeys: 4 });
        arb = fc.tuple(known, extra).map(([a, b]) => ({ ...b, ...a }));
      } else arb = known;
      break;
    }
    case 'array':
      arb = node.items ? fc.array(validArb(root, node.items, key, '', depth + 1), { maxLength: 3 }) : fc.constant([]);
      break;
    case 'string':
      arb = stringArb(key, defName, node);
      break;
    case 'number':
    case 'integer':
      arb = numberArb(node, nonNull[0] === 'integer');
      break;
    case 'boolean':
      arb = fc.boolean();
      break;
    default:
      arb = fc.constant('text');
  }
  return types.includes('null') ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: arb }) : arb;
}

/** Schema-valid manifests (random shapes), usually with a live stage that is one of its stages. */
export const validManifestDoc: fc.Arbitrary<Json> = fc
  .tuple(validArb(manifestSchema as unknown as SchemaRoot, manifestSchema as unknown as SchemaNode, '', '', 0), fc.nat(), fc.boolean())
  .map(([doc, pick, live]) => {
    const plan = (doc as { rollout_plan: { stages: Record<string, Json>; current_stage?: string } }).rollout_plan;
    const names = Object.keys(plan.stages);
    if (live && names.length > 0) plan.current_stage = names[pick % names.length]!;
    return doc;
  });

/** Schema-valid policies (random shapes; check ids from the catalog, so many also build). */
export const validPolicyDoc: fc.Arbitrary<Json> = validArb(policySchema as unknown as SchemaRoot, policySchema as unknown as SchemaNode, '', '', 0).map(
  (doc) => {
    const r = (doc as { rollout: Record<string, Json> }).rollout;
    for (const key of ['require', 'block_if'] as const)
      if (Array.isArray(r[key])) r[key] = r[key].map((_, i) => ruleIds(key === 'require' ? 'requirement' : 'hazard')[i % 5]!);
    if (r['severity'] && typeof r['severity'] === 'object') r['severity'] = { trace_coverage: 'warn' };
    const stages = r['stages'];
    if (stages && typeof stages === 'object' && !Array.isArray(stages)) {
      for (const s of Object.values(stages))
        if (s && typeof s === 'object' && Array.isArray((s as Record<string, Json>)['require']))
          (s as Record<string, Json>)['require'] = ['slo_defined', 'unknown_side_effect_path_missing'];
    }
    if (Array.isArray(r['applies_to'])) r['applies_to'] = ['rollouts/**'];
    if (Array.isArray(r['custom_checks']))
      r['custom_checks'] = (r['custom_checks'] as { schema: Json }[]).map((c, i) => ({
        ...c,
        id: `custom_${i}`,
        // The two shapes differ, so TypeScript needs the cast to see either as Json.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        schema: (i % 2 ? { required: ['rollout_plan'] } : { type: 'object', properties: { rollout_plan: { type: 'object', required: ['owners'] } } }) as Json,
      }));
    return doc;
  },
);

const templateManifests: Json[] = [READY_DOC, parseDocument(SEED_ROLLOUT_PLAN).toJS() as Json, fullExample('manifest').doc];
const templatePolicies: Json[] = [SEED_POLICY_DOC, DEFAULT_POLICY_DOC, fullExample('policy').doc];

/** A document built from `templates` by structural mutation, then perhaps textual damage; or random. */
function documentText(templates: Json[], randomTop: fc.Arbitrary<Json>): fc.Arbitrary<string | Buffer> {
  const mutated = fc
    .tuple(fc.nat(templates.length - 1), fc.array(mutation, { minLength: 0, maxLength: 4 }), fc.array(damage, { minLength: 0, maxLength: 3 }), fc.boolean())
    .map(([t, ms, ds, crlf]) => {
      const text = applyDamage(serialize(applyMutations(templates[t]!, ms)), ds);
      return crlf ? text.replace(/\n/g, '\r\n') : text;
    });
  return fc.oneof(
    { weight: 8, arbitrary: mutated },
    { weight: 1, arbitrary: randomTop.map(serialize) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)) },
  );
}

/** Manifest sources: mutated seeds, schema-valid random manifests, random YAML values, random text and bytes. */
export const manifestSource: fc.Arbitrary<string | Buffer> = fc.oneof(
  {
    weight: 3,
    arbitrary: documentText(templateManifests, fc.oneof(fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>, fc.record({ rollout_plan: hostileValue }))),
  },
  { weight: 2, arbitrary: validManifestDoc.map(serialize) },
);

/** Policy sources, built the same way from the seed checklist, the default policy and the full example. */
export const policySource: fc.Arbitrary<string | Buffer> = fc.oneof(
  { weight: 3, arbitrary: documentText(templatePolicies, fc.oneof(fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>, fc.record({ rollout: hostileValue }))) },
  { weight: 1, arbitrary: validPolicyDoc.map(serialize) },
);

/** What an in-memory evidence index says about one path. */
export type EvidenceKindName = 'ok' | 'missing' | 'empty' | 'symlink' | 'not_a_file';
export const evidenceStatus: fc.Arbitrary<EvidenceKindName> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('ok' as const) },
  { weight: 1, arbitrary: fc.constantFrom('missing' as const, 'empty' as const, 'symlink' as const, 'not_a_file' as const) },
);

/** The standard evidence files, each with a status (most present). */
export const evidenceStatuses: fc.Arbitrary<Record<string, EvidenceKindName>> = fc.record(
  Object.fromEntries(Object.keys(EVIDENCE_FILES).map((p) => [p, evidenceStatus])),
);

// ---------------------------------------------------------------------------------------------------------
// Exposure reductions

export const LADDER = ['dogfood', 'limited_beta', 'canary', 'ga'] as const;

export interface Exposure {
  readonly stage: (typeof LADDER)[number];
  readonly tenant: number;
  readonly traffic: number;
  readonly accounts: number;
}

/** The ready manifest with every stage's exposure set, and `stage` live. */
export function manifestWithExposure(e: Exposure): string {
  const doc = clone(READY_DOC) as { rollout_plan: { current_stage: string; stages: Record<string, Record<string, Json>> } };
  doc.rollout_plan.current_stage = e.stage;
  const live = doc.rollout_plan.stages[e.stage]!;
  live['tenant_percent'] = e.tenant;
  live['traffic_percent'] = e.traffic;
  live['accounts'] = e.accounts;
  return serialize(doc);
}

/** The canary rung's share in the ready manifest (tenant_percent). */
const CANARY_SHARE = 5;

const pct = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
);

/** A live exposure, and one that only lowers it: smaller numbers on the live stage, or an earlier stage. */
export const exposureReduction: fc.Arbitrary<{ before: Exposure; after: Exposure }> = fc
  // tenant > 0, so that something can always be lowered.
  .record({ stage: fc.constantFrom(...LADDER), tenant: pct.filter((x) => x > 0), traffic: pct, accounts: fc.integer({ min: 0, max: 1_000_000 }) })
  .chain((before) => {
    const lower = (x: number) => fc.double({ min: 0, max: x, noNaN: true }).map((y) => Math.min(x, Math.round(y * 1000) / 1000));
    const lowerInt = (x: number) => fc.integer({ min: 0, max: x });
    const lowered = fc
      .record({ tenant: lower(before.tenant), traffic: lower(before.traffic), accounts: lowerInt(before.accounts) })
      .filter((a) => a.tenant < before.tenant || a.traffic < before.traffic || a.accounts < before.accounts)
      .map((a) => ({ before, after: { ...before, ...a } }));
    const index = LADDER.indexOf(before.stage);
    // An earlier rung is a reduction only when it exposes no more: canary's 5% of tenants is more than a
    // live stage at, say, 1%, whatever the list order says (dogfood and limited_beta, a segment and an
    // account count, are ranked below by the base ladder).
    const earlier = LADDER.slice(0, index).filter((stage) => stage !== 'canary' || Math.max(before.tenant, before.traffic) >= CANARY_SHARE);
    if (earlier.length === 0) return lowered;
    const demoted = fc.constantFrom(...earlier).map((stage) => ({ before, after: { ...before, stage } }));
    return fc.oneof(lowered, demoted);
  });

/** Moves the live stage (and only it) of `text` to `stage`, leaving every other byte as it is. */
export function demoteText(text: string, from: string, to: string): string {
  return text.replace(`current_stage: ${from}\n`, `current_stage: ${to}\n`);
}

// ---------------------------------------------------------------------------------------------------------
// Ladder games: pull requests that only reorder, rename or re-list rungs, and changes whose exposure cannot
// be shown to fall.

type Plan = { rollout_plan: { current_stage?: string; stages: Record<string, Json> } };

/** A rung as a property builds it: a name and what it states. */
export interface Rung {
  readonly name: string;
  readonly users?: string;
  readonly accounts?: number;
  readonly traffic?: number;
  readonly tenant?: number;
}

/** The ready manifest with `rungs` as its ladder (each with exit criteria) and `live` live (null: none). */
export function ladderManifest(rungs: readonly Rung[], live: string | null): string {
  const doc = clone(READY_DOC) as unknown as Plan;
  const stages: Record<string, Json> = {};
  for (const r of rungs) {
    const s: Record<string, Json> = {};
    if (r.users !== undefined) s['users'] = r.users;
    if (r.accounts !== undefined) s['accounts'] = r.accounts;
    if (r.traffic !== undefined) s['traffic_percent'] = r.traffic;
    if (r.tenant !== undefined) s['tenant_percent'] = r.tenant;
    s['exit'] = ['the next rung criteria are met'];
    stages[r.name] = s;
  }
  doc.rollout_plan.stages = stages;
  if (live === null) delete doc.rollout_plan.current_stage;
  else doc.rollout_plan.current_stage = live;
  return serialize(doc);
}

/** A rewrite of a manifest's ladder that changes nothing but the rungs' order, names or listing. */
export type LadderEdit =
  | { readonly kind: 'reorder'; readonly order: readonly number[] }
  | { readonly kind: 'rename'; readonly rung: number; readonly name: string }
  | { readonly kind: 'relist'; readonly rung: number; readonly name: string; readonly at: number; readonly goLive: boolean };

/** Names a rewrite may give a rung: new ones, and conventional ones that could place it elsewhere on the ladder. */
const NEW_NAMES = ['canary_v2', 'production', 'general_availability', 'canary_expansion', 'pilot', 'ga', 'shadow', 'everyone'];

export const ladderEdit: fc.Arbitrary<LadderEdit> = fc.oneof(
  fc.array(fc.nat(), { minLength: 8, maxLength: 8 }).map((keys) => ({ kind: 'reorder' as const, order: keys })),
  fc.record({ kind: fc.constant('rename' as const), rung: fc.nat(), name: fc.constantFrom(...NEW_NAMES) }),
  fc.record({ kind: fc.constant('relist' as const), rung: fc.nat(), name: fc.constantFrom(...NEW_NAMES), at: fc.nat(), goLive: fc.boolean() }),
);

/**
 * `text` with its ladder rewritten by `edits`: the same rungs (with the same content) in another order,
 * under other names (current_stage following a renamed live rung), or listed again under a new name
 * (optionally going live at the copy). An edit whose new name is taken is skipped.
 */
export function rewriteLadder(text: string, edits: readonly LadderEdit[]): string {
  const doc = parseDocument(text).toJS() as Plan;
  const plan = doc.rollout_plan;
  for (const edit of edits) {
    const entries = Object.entries(plan.stages);
    if (entries.length === 0) break;
    if (edit.kind === 'reorder') {
      const keyed = entries.map((e, i) => ({ e, key: edit.order[i % edit.order.length]! + i / 100 }));
      plan.stages = Object.fromEntries(keyed.sort((a, b) => a.key - b.key).map((k) => k.e));
      continue;
    }
    if (Object.hasOwn(plan.stages, edit.name)) continue;
    const i = edit.rung % entries.length;
    const [name, rung] = entries[i]!;
    if (edit.kind === 'rename') {
      plan.stages = Object.fromEntries(entries.map(([n, r]) => (n === name ? [edit.name, r] : [n, r])));
      if (plan.current_stage === name) plan.current_stage = edit.name;
    } else {
      const copy: [string, Json] = [edit.name, clone(rung)];
      const at = edit.at % (entries.length + 1);
      plan.stages = Object.fromEntries([...entries.slice(0, at), copy, ...entries.slice(at)]);
      if (edit.goLive && plan.current_stage === name) plan.current_stage = edit.name;
    }
  }
  return serialize(doc);
}

/** Manifests to rewrite: the ready manifest at any stage and share (sometimes not ready), the seed plan, any live exposure. */
export const ladderBase: fc.Arbitrary<string> = fc.oneof(
  fc.record({ stage: fc.constantFrom(...LADDER), tenantPercent: pct, unready: fc.boolean() }).map(({ stage, tenantPercent, unready }) => {
    const text = readyManifest({ stage, tenantPercent });
    return unready ? text.replace('    trace_coverage: evidence/trace-coverage.md\n', '') : text;
  }),
  fc.constant(SEED_ROLLOUT_PLAN),
  fc.record({ stage: fc.constantFrom(...LADDER), tenant: pct, traffic: pct, accounts: fc.integer({ min: 0, max: 1_000_000 }) }).map(manifestWithExposure),
);

/** A change whose exposure cannot be shown to fall, and what it does (for the failure message). */
export interface NonFalling {
  readonly what: string;
  readonly base: string;
  readonly head: string;
}

/** A ladder that widens rung by rung: a segment, an account count, a share of tenants, a larger share of traffic. */
const monotoneLadder = fc
  .record({
    users: fc.constantFrom('customer-success managers only', 'internal staff'),
    accounts: fc.integer({ min: 1, max: 10_000 }),
    low: fc.integer({ min: 1, max: 60 }),
    extra: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ users, accounts, low, extra }): Rung[] => [
    { name: 'dogfood', users },
    { name: 'limited_beta', accounts },
    { name: 'canary', tenant: low },
    { name: 'ga', traffic: low + extra },
  ]);

const shareOfRung = (r: Rung): number | null => (r.tenant === undefined && r.traffic === undefined ? null : Math.max(r.tenant ?? 0, r.traffic ?? 0));

/** Halves the numbers of the rungs at `indices`: a fall that comes along with the rise. */
function lowered(rungs: Rung[], indices: readonly number[]): Rung[] {
  return rungs.map((r, i) =>
    !indices.includes(i)
      ? r
      : {
          ...r,
          ...(r.accounts !== undefined ? { accounts: Math.floor(r.accounts / 2) } : {}),
          ...(r.tenant !== undefined ? { tenant: r.tenant / 2 } : {}),
          ...(r.traffic !== undefined ? { traffic: r.traffic / 2 } : {}),
        },
  );
}

/** With a live stage: the live rung widened, reworded or unbounded, or a move that exposure and the base ranks do not show to be a demotion. */
const liveNonFalling: fc.Arbitrary<NonFalling> = fc
  .record({
    rungs: monotoneLadder,
    live: fc.integer({ min: 0, max: 3 }),
    move: fc.integer({ min: 0, max: 6 }),
    pick: fc.nat(),
    lowerOthers: fc.boolean(),
    reorder: fc.boolean(),
  })
  .map(({ rungs, live, move, pick, lowerOthers, reorder }): NonFalling => {
    const base = ladderManifest(rungs, rungs[live]!.name);
    const from = rungs[live]!;
    const others = rungs.map((_, i) => i).filter((i) => i !== live);
    const head = (next: Rung[], to: string, what: string, target = live): NonFalling => {
      const keep = lowerOthers
        ? lowered(
            next,
            others.filter((i) => i !== target),
          )
        : next;
      return { what: `${what}${lowerOthers ? ', other rungs lowered' : ''}`, base, head: ladderManifest(reorder ? [...keep].reverse() : keep, to) };
    };
    const set = (i: number, r: Rung) => rungs.map((x, j) => (j === i ? r : x));
    const share = shareOfRung(from);
    switch (move) {
      case 0: // raise (or add) a number on the live rung
        if (from.accounts !== undefined) return head(set(live, { ...from, accounts: from.accounts * 2 + 1 }), from.name, 'live accounts raised');
        if (share !== null && share < 100) return head(set(live, { ...from, tenant: Math.min(100, share + 1 + (pick % 10)) }), from.name, 'live share raised');
        return head(set(live, { ...from, accounts: 1 + (pick % 100) }), from.name, 'an account count added to the live rung');
      case 1: // remove the live rung's only limit, or its segment
        return head(set(live, { name: from.name }), from.name, 'the live rung left with no limit');
      case 2: // reword the live segment (or give a numeric rung one)
        return head(set(live, { ...from, users: 'all customers' }), from.name, 'the live segment reworded');
      case 3: {
        // move up the ladder (reversed in the head, sometimes)
        if (live === 3) return head(set(live, { ...from, traffic: undefined, tenant: 100 }), from.name, 'ga moved from traffic to 100% of tenants');
        const to = live + 1 + (pick % (3 - live));
        return head(rungs, rungs[to]!.name, `promoted to ${rungs[to]!.name}`, to);
      }
      case 4: {
        // widen a lower rung past the live one, then "demote" to it
        if (live === 0) return head(set(0, { ...from, users: `${from.users ?? ''} and partners` }), from.name, 'the live segment widened');
        const to = pick % live;
        const target = rungs[to]!;
        // Past the live share (or up to it, at 100%: the same exposure, and a rung the base ranked lower widened).
        const widened: Rung =
          share !== null
            ? { ...target, tenant: Math.min(100, share + 1) }
            : target.accounts !== undefined
              ? { ...target, accounts: target.accounts * 10 }
              : { ...target, users: 'all customers' };
        return head(set(to, widened), target.name, `${target.name} widened and gone live`, to);
      }
      case 5: {
        // go live at a rung new in the head that is no narrower
        const fresh: Rung =
          pick % 3 === 0
            ? { name: 'friends', users: 'friends and family' }
            : pick % 3 === 1
              ? { name: 'wide', traffic: Math.min(100, (share ?? 0) + 1) }
              : { ...from, name: `${from.name}_v2` };
        const next = [...rungs.slice(0, pick % 4), fresh, ...rungs.slice(pick % 4)];
        return { what: `gone live at a new rung ${fresh.name}`, base, head: ladderManifest(reorder ? [...next].reverse() : next, fresh.name) };
      }
      default: {
        // move to a rung the base ranks higher but the head lists first
        const to = live === 3 ? 3 : 3 - (pick % (3 - live));
        const order = [rungs[to]!, ...rungs.filter((_, i) => i !== to)];
        return to === live
          ? head(set(live, { ...from, tenant: 100, traffic: undefined }), from.name, 'ga widened to all tenants')
          : { what: `${rungs[to]!.name} listed first and gone live`, base, head: ladderManifest(order, rungs[to]!.name) };
      }
    }
  });

/** With no live stage (the seed format): a rung raised, reworded, unbounded, renamed or added. */
const planNonFalling: fc.Arbitrary<NonFalling> = fc
  .record({ rungs: monotoneLadder, rung: fc.integer({ min: 0, max: 3 }), edit: fc.integer({ min: 0, max: 4 }), lowerOthers: fc.boolean() })
  .map(({ rungs, rung, edit, lowerOthers }): NonFalling => {
    const r = rungs[rung]!;
    const share = shareOfRung(r);
    const changed: Rung[] =
      edit === 0
        ? [
            r.accounts !== undefined
              ? { ...r, accounts: r.accounts + 1 }
              : share !== null && share < 100
                ? { ...r, traffic: Math.min(100, share + 1) }
                : { ...r, accounts: 5 },
          ]
        : edit === 1
          ? [{ ...r, users: 'all customers' }]
          : edit === 2
            ? [{ name: r.name }]
            : edit === 3
              ? [{ ...r, name: `${r.name}_v2` }]
              : [r, { name: 'everyone', traffic: 100 }];
    const next = [...rungs.slice(0, rung), ...changed, ...rungs.slice(rung + 1)];
    const others = next.map((_, i) => i).filter((i) => i < rung || i > rung + changed.length - 1);
    return {
      what: `plan: ${['raised', 'reworded', 'unbounded', 'renamed', 'extended'][edit] ?? 'edited'} at ${r.name}`,
      base: ladderManifest(rungs, null),
      head: ladderManifest(lowerOthers ? lowered(next, others) : next, null),
    };
  });

export const nonFallingChange: fc.Arbitrary<NonFalling> = fc.oneof({ weight: 3, arbitrary: liveNonFalling }, { weight: 1, arbitrary: planNonFalling });
