import type { Manifest } from '../model/manifest.js';
import type { OwnerCategory } from '../model/vocabulary.js';
import type { SourceLocation } from '../model/location.js';
import type { Change } from '../report/model.js';
import type { EffectivePolicy } from '../policy/effective.js';

/** What the repository at the evaluated commit says about one evidence path. */
export type EvidenceStatus =
  | { readonly kind: 'ok'; readonly oid: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'symlink' }
  | { readonly kind: 'not_a_file' }
  | { readonly kind: 'outside_repo'; readonly reason: string };

export interface EvidenceIndex {
  /** Status of a path at the evaluated (head) commit. */
  status(path: string): EvidenceStatus;
  /** The blob id of a path at the base commit, or null; used to tell a fresh review record from a stale one. */
  baseOid(path: string): string | null;
}

/** Since when the base's live stage and exposure have held, from the manifest's history on the base branch. */
export interface DwellInfo {
  /**
   * Commit time of the first base commit with today's stage and exposure, or of a later such commit once it
   * is already old enough for the policy's minimum dwell (the history walk stops there: older commits could
   * only make the hold longer); null when history does not say.
   */
  readonly since: Date | null;
  /** Why `since` is unknown: the file has no history on the base branch, or a shallow clone cut it off. */
  readonly unknownBecause?: 'no_history' | 'shallow';
}

export interface CheckContext {
  readonly manifest: Manifest;
  /** The same manifest at the base commit (after renames), null when new. */
  readonly base: Manifest | null;
  readonly changes: readonly Change[];
  readonly policy: EffectivePolicy;
  readonly evidence: EvidenceIndex;
  readonly now: Date;
  readonly dwell: DwellInfo | null;
}

export interface Violation {
  readonly at: SourceLocation;
  readonly message: string;
  /** Whom to notify for this violation, when it is not the check's usual owner category. */
  readonly ownerCategory?: OwnerCategory;
}
