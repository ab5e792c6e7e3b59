// parse -> validate -> build, for the two file formats. Pure: bytes in, typed value or located problems out.
import { buildManifest, type Manifest } from '../model/manifest.js';
import type { InputProblem } from '../model/location.js';
import { parseYamlSource } from '../parse/yamlSource.js';
import { validateAgainstSchema } from '../schema/validate.js';
import { buildPolicy, type Policy } from '../policy/policy.js';

export type Loaded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly InputProblem[] };

export function loadManifest(file: string, bytes: Buffer | string, options: { readonly keepRaw?: boolean } = {}): Loaded<Manifest> {
  const parsed = parseYamlSource(file, bytes);
  if (!parsed.ok) return parsed;
  const schemaProblems = validateAgainstSchema('manifest', parsed.doc);
  if (schemaProblems.length > 0) return { ok: false, problems: schemaProblems };
  const built = buildManifest(parsed.doc, options);
  return built.ok ? { ok: true, value: built.manifest } : built;
}

export function loadPolicy(file: string, bytes: Buffer | string): Loaded<Policy> {
  const parsed = parseYamlSource(file, bytes);
  if (!parsed.ok) return parsed;
  const schemaProblems = validateAgainstSchema('policy', parsed.doc);
  if (schemaProblems.length > 0) return { ok: false, problems: schemaProblems };
  const built = buildPolicy(parsed.doc);
  return built.ok ? { ok: true, value: built.policy } : built;
}
