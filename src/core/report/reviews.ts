// The reviews a verdict used, kept in its decision record. The pull request's reviews are not in git, so
// what the rules asked of them and what they answered is written down, and a replay answers the same from it.
import { isOid } from '../../git/oid.js';
import type { ApprovalIndex } from '../rules/rule.js';
import type { RecordedReview, RecordedReviews } from './record.js';

/** An index that answers as `index` does and remembers every handle it was asked about, for the record. */
export function recordingReviews(index: ApprovalIndex): { readonly index: ApprovalIndex; recorded(): RecordedReviews } {
  if (index.kind === 'unavailable') return { index, recorded: () => ({ kind: 'unavailable' }) };
  const asked = new Map<string, RecordedReview>();
  const commitOf = (handle: string): string | null => {
    const commit = index.commitOf?.(handle) ?? null;
    // Only a full object id is kept: the record is read back strictly.
    return commit !== null && isOid(commit) ? commit : null;
  };
  return {
    index: {
      kind: 'reviews',
      stateOf: (handle) => {
        const state = index.stateOf(handle);
        asked.set(handle, { handle, state, commit: commitOf(handle) });
        return state;
      },
      commitOf,
    },
    // Each handle once (a map's keys), so no two compare equal.
    recorded: () => ({ kind: 'reviews', outcomes: [...asked.values()].sort((a, b) => (a.handle < b.handle ? -1 : 1)) }),
  };
}

/** The index a replay judges with: the recorded outcome, handle for handle (a handle not recorded has none). */
export function reviewsFromRecord(reviewed: RecordedReviews): ApprovalIndex {
  if (reviewed.kind === 'unavailable') return { kind: 'unavailable', reason: 'the reviews could not be read when the report was written' };
  const byHandle = new Map(reviewed.outcomes.map((o) => [o.handle, o]));
  return { kind: 'reviews', stateOf: (handle) => byHandle.get(handle)?.state ?? 'missing', commitOf: (handle) => byHandle.get(handle)?.commit ?? null };
}
