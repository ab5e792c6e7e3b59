// Typed evidence in a manifest: `offline_eval: { path, format, pointer?, require: { pass_rate: ">= 0.95" } }`.
// Each `require` entry is a criterion in the stop-condition grammar, its metric the key.
import { EVIDENCE_FORMATS, type EvidenceFormat } from '../evidence/reading.js';
import { parseCondition, type ParsedCondition } from './conditions.js';
import { problem, type InputProblem, type SourceLocation } from './location.js';

export interface Criterion extends ParsedCondition {
  /** As written: `pass_rate >= 0.95`. */
  readonly text: string;
  readonly at: SourceLocation;
}

export interface EvidenceSpec {
  readonly format: EvidenceFormat;
  /** A JSON Pointer to the metrics (the `metrics` format only); null to look in the usual places. */
  readonly pointer: string | null;
  readonly require: readonly Criterion[];
}

/** A path the manifest names as a source of the workflow's behaviour (prompts, model config). */
export interface SourcePath {
  readonly path: string;
  readonly at: SourceLocation;
}

/** The spec of one typed evidence entry (already schema-valid); its criteria that do not parse are problems. */
export function evidenceSpecOf(
  raw: object,
  field: string,
  at: (...path: (string | number)[]) => SourceLocation,
  problems: InputProblem[],
): { path: string; spec: EvidenceSpec } {
  const o = raw as Record<string, unknown>;
  const format = (EVIDENCE_FORMATS as readonly string[]).includes(String(o['format'])) ? (o['format'] as EvidenceFormat) : 'metrics';
  const require: Criterion[] = [];
  const req = typeof o['require'] === 'object' && o['require'] !== null ? (o['require'] as Record<string, unknown>) : {};
  for (const metric of Object.keys(req)) {
    const bound = String(req[metric]);
    const text = `${metric} ${bound}`;
    const parsed = parseCondition(text);
    if (!parsed.ok || parsed.condition.metric !== metric) {
      problems.push(
        problem(
          at('require', metric),
          `${field}.require.${metric}: "${bound}" is not an operator and a number`,
          'write the bound as `operator number`, e.g. ">= 0.95" or "== 0", with operator one of > >= < <= == !=',
        ),
      );
      continue;
    }
    require.push({ ...parsed.condition, text, at: at('require', metric) });
  }
  return { path: String(o['path']), spec: { format, pointer: typeof o['pointer'] === 'string' ? o['pointer'] : null, require } };
}
