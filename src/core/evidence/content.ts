// What the engine learned about typed evidence before the pure judgement: each file's reading, and from
// git history when each path (evidence, sources) last changed. Commit ids and commit order come from
// git, so a replay of the same commits gives the same answer.
import type { EvidenceSpec } from '../model/typedEvidence.js';
import type { EvidenceReading } from './reading.js';

export interface LastChange {
  readonly commit: string;
  /** Committer date of that commit. */
  readonly time: Date;
}

/** When a path last changed at the evaluated commit, or why that is unknown. */
export type ChangeInfo = { readonly kind: 'changed'; readonly last: LastChange } | { readonly kind: 'unknown'; readonly because: 'no_history' | 'shallow' };

export interface EvidenceContent {
  /** The reading of a typed evidence file at head; null when the path is no readable file (reported elsewhere). */
  reading(path: string, spec: EvidenceSpec): EvidenceReading | null;
  /** When the path (a file or a directory) last changed on the evaluated commit's first-parent history. */
  lastChange(path: string): ChangeInfo;
  /** Whether `later`'s last change comes after `earlier`'s in history (by ancestry, not by date). */
  changedAfter(later: string, earlier: string): boolean;
  /** Whether the change under review touches the path (a file, or anything under a directory). */
  changedHere(path: string): boolean;
}
