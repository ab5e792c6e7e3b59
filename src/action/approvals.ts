// Owner approvals a policy asks for (its `approvals:` section), read from the pull request's reviews before
// the gate runs: the reviews are an input of the judgement, so the verdict is decided once, by the rules.
import type { ApprovalIndex } from '../rules/rule.js';
import { collectPages, type GitHubClient } from './octokit.js';

/** Reviews are read 100 at a time; a pull request with more than 1,000 reviews is read no further. */
export const MAX_REVIEW_PAGES = 10;

export interface PullRequestTarget {
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  readonly headSha: string;
}

/** The fields of a REST pull-request review this module reads. */
export interface Review {
  readonly user: { readonly login: string } | null;
  readonly state: string;
  readonly commit_id?: string | null;
  readonly submitted_at?: string | null;
}

const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/**
 * Whether each handle approved the head commit. A user's latest decisive review (APPROVED,
 * CHANGES_REQUESTED or DISMISSED; a later plain comment does not withdraw an approval, as on GitHub)
 * counts when it approves the head commit; an approval of an earlier commit is stale. Team handles cannot
 * be checked: reading team membership needs `read:org`, which the workflow's GITHUB_TOKEN never has.
 */
export function approvalIndex(reviews: readonly Review[], headSha: string): ApprovalIndex {
  const latest = new Map<string, Review>();
  // The API lists reviews oldest first; a later one replaces an earlier one.
  for (const review of reviews) {
    const login = review.user?.login.toLowerCase();
    if (login !== undefined && DECISIVE.has(review.state)) latest.set(login, review);
  }
  return {
    kind: 'reviews',
    stateOf: (handle) => {
      if (handle.includes('/')) return 'unverifiable';
      const review = latest.get(handle.replace(/^@/, '').toLowerCase());
      if (review?.state !== 'APPROVED') return 'missing';
      return review.commit_id?.toLowerCase() === headSha.toLowerCase() ? 'approved' : 'stale';
    },
  };
}

/** Reads the pull request's reviews (bounded). */
export async function readReviews(client: GitHubClient, target: PullRequestTarget): Promise<Review[]> {
  const pages = client.paginate.iterator(client.rest.pulls.listReviews, { owner: target.owner, repo: target.repo, pull_number: target.pullNumber, per_page: 100 });
  return collectPages<Review>(pages, MAX_REVIEW_PAGES);
}
