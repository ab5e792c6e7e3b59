// Validates parsed YAML against the published JSON Schemas (ajv, strict mode) and turns ajv's errors into
// located problems with did-you-mean suggestions for unknown keys.
import type { ErrorObject, ValidateFunction } from 'ajv';
import manifestSchema from '../../../schemas/manifest.schema.json' with { type: 'json' };
import policySchema from '../../../schemas/policy.schema.json' with { type: 'json' };
import { problem, type InputProblem } from '../model/location.js';
import { pathOfPointer, type ParsedYaml } from '../parse/yamlSource.js';
import { didYouMean } from '../util/suggest.js';
// Compiled ahead of time (scripts/compile-schemas.mjs) with { strict, allErrors, verbose, allowUnionTypes }:
// describeErrors relies on allErrors (every wrong field reported) and verbose (parentSchema, data).
import * as compiled from './compiledValidators.js';

export type SchemaName = 'manifest' | 'policy';

const validators: Record<SchemaName, ValidateFunction> = {
  manifest: compiled.manifest as unknown as ValidateFunction,
  policy: compiled.policy as unknown as ValidateFunction,
};

export { manifestSchema, policySchema };

export function validateAgainstSchema(name: SchemaName, doc: ParsedYaml): InputProblem[] {
  const validate = validators[name];
  if (validate(doc.value)) return [];
  return describeErrors(validate.errors ?? [], doc);
}

/** Turns raw ajv errors into one readable, located problem per real mistake. */
export function describeErrors(errors: readonly ErrorObject[], doc: ParsedYaml): InputProblem[] {
  // An anyOf failure also reports every branch's own errors; keep only the anyOf summary.
  const alternatives = errors.filter((e) => e.keyword === 'anyOf');
  // Except (issue #5, every wrong field gets its own location): when the value is a mapping and the
  // mapping branch found errors inside it, those name the wrong field and its line, where the summary
  // would only point at the whole item ("stop_conditions[0] has the wrong shape").
  const inside = (e: ErrorObject, a: ErrorObject) =>
    e.instancePath.startsWith(a.instancePath + '/') || (e.instancePath === a.instancePath && MAPPING_KEYWORDS.has(e.keyword));
  const precise = alternatives.filter((a) => isMapping(a.data) && errors.some((e) => e.keyword !== 'anyOf' && inside(e, a)));
  const kept = errors.filter((e) => {
    if (e.keyword === 'anyOf') return !precise.includes(e);
    if (precise.some((a) => inside(e, a))) return true;
    // The other branches' complaint that a mapping is not a string (or not one of an enum) is noise then.
    if (precise.some((a) => e.instancePath === a.instancePath)) return false;
    return !alternatives.some((a) => e.schemaPath.startsWith(a.schemaPath.replace(/\/anyOf$/, '/anyOf/')) && e.instancePath.startsWith(a.instancePath));
  });
  const seen = new Set<string>();
  const out: InputProblem[] = [];
  for (const e of kept) {
    const p = describeOne(e, doc);
    const key = `${p.line}:${p.column}:${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}

const MAPPING_KEYWORDS = new Set(['additionalProperties', 'required', 'propertyNames', 'minProperties']);
const isMapping = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);

function fieldName(pointer: string): string {
  if (pointer === '') return 'the document';
  return pathOfPointer(pointer)
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}

function describeOne(e: ErrorObject, doc: ParsedYaml): InputProblem {
  const field = fieldName(e.instancePath);
  const at = doc.at(pathOfPointer(e.instancePath));
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(((e.parentSchema ?? {}) as { properties?: Record<string, unknown> }).properties ?? {});
      return problem(
        doc.keyAt([...pathOfPointer(e.instancePath), key]),
        `unknown key "${key}" in ${field}`,
        known.length > 0 ? `${didYouMean(key, known)} (remove the key or fix its spelling)` : 'remove the key',
      );
    }
    case 'required':
      return problem(
        at,
        `${field} is missing required key "${(e.params as { missingProperty: string }).missingProperty}"`,
        'add the key; see the schema reference in README.md',
      );
    case 'type':
      return problem(
        at,
        `${field} must be ${article((e.params as { type: string | string[] }).type)}, got ${describeValue(e.data)}`,
        'change the value to the expected type',
      );
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return problem(
        at,
        `${field} is ${describeValue(e.data)}, which is not one of ${allowed.join(', ')}`,
        typeof e.data === 'string' ? didYouMean(e.data, allowed) : `use one of ${allowed.join(', ')}`,
      );
    }
    case 'anyOf': {
      const description = ((e.parentSchema ?? {}) as { description?: string }).description;
      return problem(at, `${field} has the wrong shape (got ${describeValue(e.data)})`, description ?? 'see the schema reference in README.md');
    }
    case 'pattern': {
      const description = ((e.parentSchema ?? {}) as { description?: string }).description;
      return problem(
        at,
        `${field} is ${describeValue(e.data)}, which does not have the expected form`,
        description ?? `it must match ${(e.params as { pattern: string }).pattern}`,
      );
    }
    case 'propertyNames':
      return problem(at, `${field} has a key that is not a valid name`, 'names start with a letter and use letters, digits, _ and -');
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'minProperties':
      return problem(at, `${field} ${e.message ?? 'is out of range'} (got ${describeValue(e.data)})`, 'change the value to fit the limit');
    default:
      return problem(at, `${field} ${e.message ?? 'is invalid'}`, 'see the schema reference in README.md');
  }
}

function article(type: string | string[]): string {
  const types = Array.isArray(type) ? type : type.split(',');
  return types.map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`)).join(' or ');
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  // What is left of parsed YAML here is a number or a boolean.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return `${typeof value} ${String(value)}`;
}
