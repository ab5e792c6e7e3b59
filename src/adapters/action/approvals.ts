// Owner approvals a policy asks for (its `approvals:` section), read from the pull request's reviews before
// the gate runs: the reviews are an input of the judgement, so the verdict is decided once, by the rules.
import type { ApprovalIndex } from '../../core/rules/rule.js';
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
    commitOf: (handle) => (handle.includes('/') ? null : (latest.get(handle.replace(/^@/, '').toLowerCase())?.commit_id?.toLowerCase() ?? null)),
  };
}

/** Reads the pull request's reviews (bounded). */
export async function readReviews(client: GitHubClient, target: PullRequestTarget): Promise<Review[]> {
  const pages = client.paginate.iterator(client.rest.pulls.listReviews, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    per_page: 100,
  });
  return collectPages<Review>(pages, MAX_REVIEW_PAGES);
}

/** The pull request a merge-queue run is for, and the commit its reviews must have approved. */
export type QueuedPullRequest = { readonly ok: true; readonly number: number; readonly headSha: string } | { readonly ok: false; readonly reason: string };

export interface MergeGroupTarget {
  readonly owner: string;
  readonly repo: string;
  /** From the queue branch's name; null when it names none. */
  readonly pullRequestNumber: number | null;
  /** The group's head commit: a merge of the queued pull request's head into the group's base. */
  readonly headSha: string;
  /** The branch the group merges into (`refs/heads/main`), when the payload names it. */
  readonly baseRef: string | null;
}

interface PullRequestData {
  readonly number: number;
  readonly state?: string;
  readonly head: { readonly sha: string };
  readonly base: { readonly ref: string };
}

/**
 * Reads the queued pull request: the one the queue branch names (GET /pulls/{n}), else the one open pull
 * request GitHub associates with the group's head commit (GET /commits/{sha}/pulls). Its reviews count
 * only for the head commit it has now, which the queue merged into the group's commit. Not found, several
 * candidates, or one into another branch: the approvals cannot be told, and the reason says why.
 */
export async function readQueuedPullRequest(client: GitHubClient, target: MergeGroupTarget): Promise<QueuedPullRequest> {
  let pr: PullRequestData;
  if (target.pullRequestNumber !== null) {
    pr = (await client.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.pullRequestNumber })).data;
  } else {
    const listed = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: target.owner,
      repo: target.repo,
      commit_sha: target.headSha,
      per_page: 100,
    });
    const open = (listed.data as PullRequestData[]).filter((p) => p.state === 'open');
    if (open.length !== 1) {
      const which = open.length === 0 ? 'no open pull request' : `${open.length} open pull requests (${open.map((p) => `#${p.number}`).join(', ')})`;
      return {
        ok: false,
        reason: `the merge queue's branch names no pull request, and GitHub associates ${which} with the group's head commit ${target.headSha}, so whose reviews count cannot be told`,
      };
    }
    pr = open[0]!;
  }
  const into = target.baseRef?.replace(/^refs\/heads\//, '');
  if (into !== undefined && pr.base.ref !== into) {
    return { ok: false, reason: `pull request #${pr.number} merges into ${pr.base.ref}, not into ${into}, the branch this merge group is for` };
  }
  return { ok: true, number: pr.number, headSha: pr.head.sha.toLowerCase() };
}
