// What a rollout's bound exposure sources served along its history, as the engine samples it: at each
// commit that changed the manifest or a file it then bound, what each binding served after it. The
// reading is the one the pull-request check makes (sourceDiff.ts), so the history shows what the gate saw.
import type { SourceRef } from '../report/model.js';
import { effectiveHead, sourceRef, type BoundSource } from '../sources/sourceDiff.js';

/** What one source serves after a commit: its bounds in percent, or why they cannot be told (never a guess). */
export type ServedReading =
  | { readonly state: 'measured'; readonly low: number; readonly high: number; readonly basis: string }
  | { readonly state: 'unmeasured'; readonly reason: string };

export interface SourceReading {
  readonly source: SourceRef;
  readonly served: ServedReading;
}

/** One commit on the rollout's first-parent history, with what every source its manifest bound then served. */
export interface SourceSample {
  readonly commit: string;
  /** Committer date, unix seconds. */
  readonly time: number;
  readonly author: string;
  /** Every source the manifest live at this commit binds (one that carries exposure); a source not listed is not bound. */
  readonly readings: readonly SourceReading[];
}

/** The identity of a source on a timeline: kind, file and selector (a binding pointed at another file is another source). */
export const sourceKey = (s: SourceRef): string => `${s.kind}\0${s.path}\0${s.selector}`;

/** What a bound source serves at its head side, read as the pull-request check reads it against the side before. */
export function servedReading(s: BoundSource): SourceReading {
  const source = sourceRef(s.binding, s.head.path);
  if (s.head.state === 'absent') return { source, served: { state: 'unmeasured', reason: `${s.head.path} does not exist at this commit` } };
  if (!s.head.read.ok) return { source, served: { state: 'unmeasured', reason: s.head.read.problems.map((p) => p.message).join('; ') } };
  const served = effectiveHead(s)!;
  return { source, served: { state: 'measured', low: served.low, high: served.high, basis: served.basis } };
}

export const sameReading = (a: ServedReading, b: ServedReading): boolean =>
  a.state === 'measured' ? b.state === 'measured' && a.low === b.low && a.high === b.high : b.state === 'unmeasured' && a.reason === b.reason;
