// What every evidence reader gives: the metrics a file states, each with where it states it, or one
// located problem. A reader never throws on bad input; the gate turns the problem into a finding.
import { problem, type InputProblem, type SourceLocation } from '../model/location.js';

/** The formats typed evidence can be written in; each has its own reader module. */
export const EVIDENCE_FORMATS = ['promptfoo', 'junit', 'metrics'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

export interface Metric {
  readonly name: string;
  readonly value: number;
  readonly at: SourceLocation;
}

export type EvidenceReading =
  | {
      readonly ok: true;
      readonly format: EvidenceFormat;
      readonly metrics: ReadonlyMap<string, Metric>;
      /** When the file says its run happened (promptfoo's `results.timestamp`, JUnit's `timestamp`), if it says. */
      readonly producedAt: Date | null;
    }
  | { readonly ok: false; readonly problem: InputProblem };

export interface ReadOptions {
  /** A JSON Pointer (RFC 6901) to the metrics inside the file; only the `metrics` format reads it. */
  readonly pointer: string | null;
}

export type EvidenceReader = (file: string, bytes: Buffer, options: ReadOptions) => EvidenceReading;

/**
 * Evidence files larger than this are refused unread: a results file that large is a data dump, and
 * reading it would let one file hold the whole run up.
 */
export const EVIDENCE_MAX_BYTES = 4 * 1024 * 1024;

export const unreadable = (at: SourceLocation, message: string, hint: string): EvidenceReading => ({ ok: false, problem: problem(at, message, hint) });

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The file as text, or why it cannot be read as text (too large, binary, not UTF-8, empty). */
export function evidenceText(file: string, bytes: Buffer): { ok: true; text: string } | { ok: false; reading: EvidenceReading } {
  const start: SourceLocation = { file, line: 1, column: 1 };
  const refuse = (message: string, hint: string) => ({ ok: false as const, reading: unreadable(start, message, hint) });
  if (bytes.length > EVIDENCE_MAX_BYTES)
    return refuse(`file is ${bytes.length} bytes, over the ${EVIDENCE_MAX_BYTES}-byte limit for evidence`, 'commit a summary of the results, not the raw dump');
  if (bytes.includes(0)) return refuse('file is binary (contains NUL bytes), not text', 'commit the results as UTF-8 text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return refuse('file is not valid UTF-8', 're-save the file as UTF-8');
  }
  if (text.trim() === '') return refuse('file is empty', 'commit the results the evidence stands for');
  return { ok: true, text };
}

/** The 1-based line and column of a character offset in `text`. */
export function locationAt(file: string, text: string, offset: number): SourceLocation {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { file, line, column: end - lineStart + 1 };
}

/** A metric name the condition grammar accepts (`[A-Za-z_][A-Za-z0-9_.]*`) made from any label. */
export function metricName(label: string): string {
  const cleaned = label
    .toLowerCase()
    .replace(/[^a-z0-9_.]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  return /^[a-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** A ratio rounded so that 0.97 reads as 0.97, not 0.9700000000000001. */
export const ratio = (part: number, whole: number): number => Math.round((part / whole) * 1e6) / 1e6;

/** A run's timestamp as a tool writes it (ISO 8601; one without a zone is taken as UTC), or null. */
export function timestampOf(v: unknown): Date | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(v)) return null;
  const d = new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(v) ? v : `${v}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}
