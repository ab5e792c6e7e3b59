// Kubernetes files often hold several YAML documents; a bound source must hold exactly one, so the gate
// reads the object the manifest names and nothing a later document could shadow.
import { problem, type InputProblem } from '../model/location.js';
import { obj, type Raw } from '../model/raw.js';
import { parseYamlSource, type ParsedYaml } from '../parse/yamlSource.js';

/** A problem when the text holds more than one YAML document (a `---` line with content after it). */
export function singleDocumentProblem(file: string, bytes: Buffer | string, kind: string, object: string): InputProblem | null {
  const lines = (typeof bytes === 'string' ? bytes : bytes.toString('utf8')).split('\n');
  let content = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^---\s*$/.test(line)) {
      if (content && lines.slice(i + 1).some((l) => l.trim() !== '' && !l.trimStart().startsWith('#')))
        return problem(
          { file, line: i + 1, column: 1 },
          `${kind}: the file holds more than one YAML document`,
          `keep the ${object} in a file of its own, so the gate reads exactly the object the manifest binds`,
        );
    } else if (line.trim() !== '' && !line.trimStart().startsWith('#')) content = true;
  }
  return null;
}

/** What a Kubernetes-style source must be: one document holding the object of this apiVersion, kind and name. */
export interface ObjectIdentity {
  /** The binding kind, as messages start (`argo_rollout`). */
  readonly source: string;
  readonly apiVersion: string;
  /** The object's `kind` (`Rollout`). */
  readonly kind: string;
  /** The `metadata.name` the binding names. */
  readonly name: string;
}

/**
 * The one document of a Kubernetes-style source file, parsed, when it holds the object the binding names;
 * otherwise the located problems (several documents, a parse error, another kind, another name).
 */
export function objectDocument(
  file: string,
  bytes: Buffer | string,
  want: ObjectIdentity,
): { readonly ok: true; readonly doc: ParsedYaml; readonly root: Raw } | { readonly ok: false; readonly problems: readonly InputProblem[] } {
  const several = singleDocumentProblem(file, bytes, want.source, want.kind);
  if (several) return { ok: false, problems: [several] };
  const parsed = parseYamlSource(file, bytes);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const doc = parsed.doc;
  const root = obj(doc.value);
  if (root['apiVersion'] !== want.apiVersion || root['kind'] !== want.kind)
    return {
      ok: false,
      problems: [
        problem(doc.at([]), `${want.source}: ${file} is not a ${want.kind} (apiVersion ${want.apiVersion})`, `bind the file that holds the ${want.kind}`),
      ],
    };
  const name = obj(root['metadata'])['name'];
  if (name !== want.name)
    return {
      ok: false,
      problems: [
        problem(
          doc.at(['metadata', 'name']),
          `${want.source}: the ${want.kind} in ${file} is named ${JSON.stringify(name ?? null)}, not "${want.name}"`,
          `bind the ${want.kind} by its metadata.name`,
        ),
      ],
    };
  return { ok: true, doc, root };
}
