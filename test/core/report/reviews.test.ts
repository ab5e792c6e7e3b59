// The reviews a verdict used, as its record keeps them, and the index a replay judges with from the record.
import { recordingReviews, reviewsFromRecord } from '../../../src/core/report/reviews.js';
import type { ApprovalIndex } from '../../../src/core/rules/rule.js';

const HEAD = 'a'.repeat(40);
const stateOf = (index: ApprovalIndex, handle: string) => (index.kind === 'reviews' ? index.stateOf(handle) : 'unchecked');
const commitOf = (index: ApprovalIndex, handle: string) => (index.kind === 'reviews' ? index.commitOf?.(handle) : undefined);

describe('recordingReviews', () => {
  test('answers as the reviews do and records every handle asked, in handle order, with the commit reviewed', () => {
    const reviews: ApprovalIndex = {
      kind: 'reviews',
      stateOf: (h) => (h === '@lead' ? 'approved' : h.includes('/') ? 'unverifiable' : 'missing'),
      commitOf: (h) => (h === '@lead' ? HEAD : h === '@odd' ? 'not-a-commit' : null),
    };
    const recording = recordingReviews(reviews);
    expect(['@lead', '@acme/risk', '@odd', '@lead'].map((h) => stateOf(recording.index, h))).toEqual(['approved', 'unverifiable', 'missing', 'approved']);
    expect(recording.recorded()).toEqual({
      kind: 'reviews',
      outcomes: [
        { handle: '@acme/risk', state: 'unverifiable', commit: null },
        { handle: '@lead', state: 'approved', commit: HEAD },
        // What is not a full object id is not kept: the record is read back strictly.
        { handle: '@odd', state: 'missing', commit: null },
      ],
    });
  });

  test('reviews that say nothing of commits record none', () => {
    const recording = recordingReviews({ kind: 'reviews', stateOf: () => 'approved' });
    stateOf(recording.index, '@lead');
    expect(recording.recorded()).toEqual({ kind: 'reviews', outcomes: [{ handle: '@lead', state: 'approved', commit: null }] });
  });

  test('reviews that could not be read are recorded as such, and the index is passed on as it is', () => {
    const unavailable: ApprovalIndex = { kind: 'unavailable', reason: 'no token' };
    const recording = recordingReviews(unavailable);
    expect(recording.index).toBe(unavailable);
    expect(recording.recorded()).toEqual({ kind: 'unavailable' });
  });
});

describe('reviewsFromRecord', () => {
  test('answers each recorded handle as recorded, and a handle the record does not name as missing', () => {
    const index = reviewsFromRecord({ kind: 'reviews', outcomes: [{ handle: '@lead', state: 'stale', commit: HEAD }] });
    expect([stateOf(index, '@lead'), commitOf(index, '@lead')]).toEqual(['stale', HEAD]);
    expect([stateOf(index, '@other'), commitOf(index, '@other')]).toEqual(['missing', null]);
  });

  test('reviews that could not be read stay unavailable', () => {
    expect(reviewsFromRecord({ kind: 'unavailable' })).toMatchObject({ kind: 'unavailable' });
  });
});
