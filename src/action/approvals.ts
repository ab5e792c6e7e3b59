// Owner approvals a policy asks for (its `approvals:` section), checked against the pull request's reviews.
// The engine cannot see reviews, so it reports such a request as a finding whose owner is the approver; the
// action looks the handle up in the reviews and, when that owner approved the head commit, the request is met.
import { buildReport, verdictOf } from '../report/build.js';
import type { Finding, Report } from '../report/model.js';
import type { ApprovalSummary } from '../render/markdown.js';
import { validGithubHandle } from '../render/escape.js';
import { collectPages, type GitHubClient } from './octokit.js';

/** Check ids whose findings ask an owner to approve the pull request. */
export const APPROVAL_CHECK_IDS: ReadonlySet<string> = new Set(['orchestration_pattern_change_approval', 'policy_change_approval']);

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

const isApprovalRequest = (f: Finding): boolean => APPROVAL_CHECK_IDS.has(f.check);

/** The distinct, syntactically valid handles that approval-request findings name, in report order. */
export function requestedApprovers(report: Report): string[] {
  const seen = new Map<string, string>();
  for (const f of report.findings) {
    const handle = isApprovalRequest(f) ? validGithubHandle(f.owner?.github) : null;
    if (handle !== null && !seen.has(handle.toLowerCase())) seen.set(handle.toLowerCase(), handle);
  }
  return [...seen.values()];
}

/**
 * Classifies handles by the reviews. A user's latest decisive review (APPROVED, CHANGES_REQUESTED or
 * DISMISSED; a later plain comment does not withdraw an approval, as on GitHub) counts when it approves the
 * head commit; an approval of an earlier commit is stale. Team handles cannot be checked: reading team
 * membership needs `read:org`, which the workflow's GITHUB_TOKEN never has.
 */
export function classifyApprovals(handles: readonly string[], reviews: readonly Review[], headSha: string): ApprovalSummary {
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    const login = review.user?.login.toLowerCase();
    if (login === undefined || !['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(review.state)) continue;
    // The API lists reviews oldest first; a later one replaces an earlier one.
    latest.set(login, review);
  }
  const summary = { approved: [] as string[], missing: [] as string[], unverifiable: [] as string[], stale: [] as string[] };
  for (const handle of handles) {
    if (handle.includes('/')) {
      summary.unverifiable.push(handle);
      continue;
    }
    const review = latest.get(handle.replace(/^@/, '').toLowerCase());
    if (review?.state === 'APPROVED' && review.commit_id?.toLowerCase() === headSha.toLowerCase()) summary.approved.push(handle);
    else {
      summary.missing.push(handle);
      if (review?.state === 'APPROVED') summary.stale.push(handle);
    }
  }
  return summary;
}

/** Reads the pull request's reviews (bounded) and classifies the required handles. */
export async function checkApprovals(client: GitHubClient, target: PullRequestTarget, handles: readonly string[]): Promise<ApprovalSummary> {
  if (handles.every((h) => h.includes('/'))) return classifyApprovals(handles, [], target.headSha);
  const pages = client.paginate.iterator(client.rest.pulls.listReviews, { owner: target.owner, repo: target.repo, pull_number: target.pullNumber, per_page: 100 });
  return classifyApprovals(handles, await collectPages<Review>(pages, MAX_REVIEW_PAGES), target.headSha);
}

/**
 * The report with every approval request that its owner has met removed, and the verdicts recomputed by
 * the engine's own rules. Unmet and unverifiable requests stay as they are.
 */
export function applyApprovals(report: Report, approvals: ApprovalSummary): Report {
  const approved = new Set(approvals.approved.map((h) => h.toLowerCase()));
  const met = (f: Finding): boolean => isApprovalRequest(f) && approved.has((validGithubHandle(f.owner?.github) ?? '').toLowerCase());
  if (!report.findings.some(met)) return report;
  const findings = report.findings.filter((f) => !met(f));
  const ofManifest = (m: Report['manifests'][number]) => (f: Finding) => f.file === m.file || f.file === m.previousFile;
  const manifests = report.manifests.map((m) =>
    report.findings.some((f) => met(f) && ofManifest(m)(f)) ? { ...m, verdict: verdictOf(findings.filter(ofManifest(m))) } : m,
  );
  const rebuilt = buildReport({ base: report.base, head: report.head, policy: report.policy, manifests, changes: report.changes, findings });
  return { ...rebuilt, tool: report.tool };
}
