// JSON and YAML evidence as plain data with positions. Small files that are strict JSON are read by the
// JSON scanner (parse/jsonSource.ts); other small files, and JSON that scanner leaves to it, go through
// the manifest parser, which locates every value and bounds nesting; larger JSON (eval results carry
// every output) is read with JSON.parse, its nesting checked without recursion, and located at the start
// of the file.
import type { SourceLocation } from '../model/location.js';
import { parseStrictJson } from '../parse/jsonSource.js';
import { MAX_DEPTH, MAX_SOURCE_BYTES, parseYamlSource, type ValuePath } from '../parse/yamlSource.js';
import { evidenceText, locationAt, unreadable, type EvidenceReading } from './reading.js';

export interface StructuredEvidence {
  readonly value: unknown;
  at(path: ValuePath): SourceLocation;
}

export function readStructured(file: string, bytes: Buffer): { ok: true; doc: StructuredEvidence } | { ok: false; reading: EvidenceReading } {
  const text = evidenceText(file, bytes);
  if (!text.ok) return text;
  if (bytes.length <= MAX_SOURCE_BYTES) {
    const json = /^\s*[[{]/.test(text.text) ? parseStrictJson(file, text.text) : null;
    if (json) return { ok: true, doc: { value: json.value, at: (path) => json.at(path) } };
    const parsed = parseYamlSource(file, text.text);
    if (!parsed.ok) {
      const p = parsed.problems[0]!;
      return { ok: false, reading: unreadable(p, `evidence is not valid JSON or YAML: ${p.message}`, p.hint) };
    }
    return { ok: true, doc: { value: parsed.doc.value, at: (path) => parsed.doc.at(path) } };
  }
  const start: SourceLocation = { file, line: 1, column: 1 };
  let value: unknown;
  try {
    value = JSON.parse(text.text);
  } catch (error) {
    const m = /position (\d+)/.exec(String(error));
    const at = m ? locationAt(file, text.text, Number(m[1])) : start;
    return {
      ok: false,
      reading: unreadable(at, `evidence is not valid JSON: ${String(error).replace(/^SyntaxError: /, '')}`, 'regenerate the file with the tool that wrote it'),
    };
  }
  if (deeperThan(value, MAX_DEPTH))
    return { ok: false, reading: unreadable(start, `evidence nesting is deeper than ${MAX_DEPTH} levels`, 'flatten the document') };
  return { ok: true, doc: { value, at: () => start } };
}

/** Whether a parsed JSON value nests deeper than `limit`, walked with an explicit stack (no recursion). */
function deeperThan(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The value at a JSON Pointer, with its path; null when the pointer leads nowhere. */
export function atPointer(root: unknown, pointer: string): { value: unknown; path: string[] } | null {
  if (pointer !== '' && !pointer.startsWith('/')) return null;
  const path =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let v = root;
  for (const seg of path) {
    if (Array.isArray(v) && /^(0|[1-9][0-9]*)$/.test(seg) && Number(seg) < v.length) v = v[Number(seg)];
    else if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, seg)) v = (v as Record<string, unknown>)[seg];
    else return null;
  }
  return { value: v, path };
}

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A finite number, or a string that is exactly one (Model Card Toolkit writes values as strings). */
export function numberOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^\s*-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?\s*$/.test(v)) return Number(v);
  return null;
}
