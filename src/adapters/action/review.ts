// One pull-request review per head commit, with an inline comment on each blocking finding whose line is
// on the right side of the pull request's diff (GitHub refuses comments elsewhere); the other findings are
// listed in the review's body. The review never approves: the status check carries the verdict, and a
// review that requested changes is dismissed once the gate no longer blocks.
import type { Finding, Verdict } from '../../core/report/model.js';
import { code, escapeInlineWithCode, truncateText } from '../../core/render/escape.js';
import type { Identity } from './comment.js';
import { collectPages, tokenRefused, type GitHubClient } from './octokit.js';

export const REVIEW_MODES = ['off', 'comment', 'request-changes'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

/** At most this many inline comments per review; the rest are listed in the body. */
export const MAX_INLINE_COMMENTS = 50;
/** GitHub's limit on a review's body. */
export const MAX_REVIEW_BODY_CHARS = 65_536;
/** Changed files are read 100 at a time; GitHub lists at most 3,000 (30 pages). */
const MAX_FILE_PAGES = 30;
const MAX_REVIEW_PAGES = 20;

/** The hidden marker that starts every review body this action writes. */
export const REVIEW_MARKER = '<!-- rollout-gate:review -->';
export const DISMISS_MESSAGE = 'rollout-gate no longer blocks this pull request: the changes it requested are made.';

/**
 * The head-side (RIGHT) line numbers a unified-diff patch shows: added and context lines of every hunk.
 * A missing patch (a binary or too large file) shows none.
 */
export function rightSideLines(patch: string | null | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      next = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || line.startsWith('\\')) continue;
    if (line.startsWith('-')) continue;
    if (line.startsWith('+') || line.startsWith(' ') || line === '') {
      // An empty line can only be the trailing newline of the patch text or a context line without its space.
      lines.add(next);
      next += 1;
    }
  }
  return lines;
}

/** The head-side lines in the diff, by file path. */
export type DiffLines = ReadonlyMap<string, ReadonlySet<number>>;

export function diffLinesOf(files: readonly { readonly filename: string; readonly patch?: string | null }[]): DiffLines {
  return new Map(files.map((f) => [f.filename, rightSideLines(f.patch)]));
}

export interface InlineComment {
  readonly path: string;
  readonly line: number;
  readonly side: 'RIGHT';
  readonly body: string;
}

export interface ReviewPlan {
  readonly event: 'COMMENT' | 'REQUEST_CHANGES';
  readonly body: string;
  readonly comments: readonly InlineComment[];
}

const severityLabel = (f: Finding): string => (f.severity === 'block' ? '⛔ blocking' : '⚠️ warning');

/** The inline comment on a finding: repository text escaped as in the sticky comment. */
export function inlineBody(f: Finding): string {
  return `**${severityLabel(f)}: ${code(f.check)}**\n\n${escapeInlineWithCode(f.message)}\n\n${escapeInlineWithCode(f.remediation)}`;
}

function listItem(f: Finding): string {
  return `- ${severityLabel(f)} ${code(`${f.file}:${f.line}`)} ${code(f.check)}: ${escapeInlineWithCode(f.message)}`;
}

/**
 * The review for these findings, or null when there is nothing to review (no finding). Blocking findings on
 * a diff line are commented inline (at most `maxInline`); the others, and those past the bound, are listed
 * in the body, which is cut to GitHub's limit.
 */
export function planReview(
  findings: readonly Finding[],
  diff: DiffLines,
  options: { readonly mode: Exclude<ReviewMode, 'off'>; readonly verdict: Verdict; readonly maxInline?: number },
): ReviewPlan | null {
  if (findings.length === 0) return null;
  const maxInline = options.maxInline ?? MAX_INLINE_COMMENTS;
  const inline: Finding[] = [];
  const rest: Finding[] = [];
  for (const f of findings) {
    const onDiff = f.severity === 'block' && diff.get(f.file)?.has(f.line) === true;
    if (onDiff && inline.length < maxInline) inline.push(f);
    else rest.push(f);
  }
  const blocking = findings.filter((f) => f.severity === 'block').length;
  const headline =
    options.verdict === 'block'
      ? `**⛔ Rollout gate: blocked**, ${blocking} blocking finding${blocking === 1 ? '' : 's'}.`
      : `**Rollout gate: ${options.verdict === 'warn' ? '⚠️ passed with warnings' : '✅ passed'}**.`;
  const parts = [REVIEW_MARKER, headline];
  if (inline.length > 0)
    parts.push(`${inline.length} finding${inline.length === 1 ? ' is' : 's are'} commented on ${inline.length === 1 ? 'its line' : 'their lines'}.`);
  if (rest.length > 0) parts.push(`Findings outside the changed lines${inline.length === maxInline ? ' or past the first ' + String(maxInline) : ''}:`);
  const head = parts.join('\n\n');
  const footer = '\n\nThe full report is in the sticky comment and the job summary.';
  let body = head;
  let listed = 0;
  for (const f of rest) {
    const item = `\n${listItem(f)}`;
    const more = `\n- … and ${rest.length - listed} more`;
    if (body.length + item.length + more.length + footer.length > MAX_REVIEW_BODY_CHARS) {
      body += more;
      break;
    }
    body += item;
    listed += 1;
  }
  body = truncateText(body + footer, MAX_REVIEW_BODY_CHARS);
  return {
    event: options.mode === 'request-changes' && options.verdict === 'block' ? 'REQUEST_CHANGES' : 'COMMENT',
    body,
    comments: inline.map((f) => ({ path: f.file, line: f.line, side: 'RIGHT', body: inlineBody(f) })),
  };
}

/** The fields of a REST pull-request review this module reads. */
export interface PullReview {
  readonly id: number;
  readonly state: string;
  readonly commit_id?: string | null;
  readonly body?: string | null;
  readonly user: { readonly login: string } | null;
}

/** What publishing did: the review made or skipped, and whether an earlier one was dismissed. */
export interface ReviewOutcome {
  readonly review: { readonly action: 'created'; readonly id: number; readonly inline: number } | { readonly action: 'already-reviewed' | 'nothing-to-review' };
  readonly dismissed: number | null;
}

export interface ReviewTarget {
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  readonly headSha: string;
}

const isOwn = (r: PullReview, identity: Identity): boolean =>
  (r.user?.login ?? '').toLowerCase() === identity.login.toLowerCase() && (r.body ?? '').startsWith(REVIEW_MARKER);

/**
 * Dismisses our latest review when it requested changes and the gate no longer blocks, then submits the
 * review unless ours already covers this head commit. API errors (403 on a fork's read-only token) are
 * thrown for the caller to report.
 */
export async function publishReview(
  client: GitHubClient,
  target: ReviewTarget,
  identity: Identity,
  findings: readonly Finding[],
  options: { readonly mode: Exclude<ReviewMode, 'off'>; readonly verdict: Verdict },
): Promise<ReviewOutcome> {
  const where = { owner: target.owner, repo: target.repo, pull_number: target.pullNumber };
  const reviews = await collectPages<PullReview>(client.paginate.iterator(client.rest.pulls.listReviews, { ...where, per_page: 100 }), MAX_REVIEW_PAGES);
  const own = reviews.filter((r) => isOwn(r, identity));
  const latest = own.at(-1);
  let dismissed: number | null = null;
  if (latest !== undefined && latest.state === 'CHANGES_REQUESTED' && options.verdict !== 'block') {
    await client.rest.pulls.dismissReview({ ...where, review_id: latest.id, message: DISMISS_MESSAGE });
    dismissed = latest.id;
  }
  if (own.some((r) => r.commit_id === target.headSha)) return { review: { action: 'already-reviewed' }, dismissed };
  if (findings.length === 0) return { review: { action: 'nothing-to-review' }, dismissed };
  const files = await collectPages<{ filename: string; patch?: string | null }>(
    client.paginate.iterator(client.rest.pulls.listFiles, { ...where, per_page: 100 }),
    MAX_FILE_PAGES,
  );
  const plan = planReview(findings, diffLinesOf(files), options);
  if (plan === null) return { review: { action: 'nothing-to-review' }, dismissed };
  const { data } = await client.rest.pulls.createReview({
    ...where,
    commit_id: target.headSha,
    event: plan.event,
    body: plan.body,
    comments: plan.comments.map((c) => ({ ...c })),
  });
  return { review: { action: 'created', id: data.id, inline: plan.comments.length }, dismissed };
}

/** Why the review could not be submitted, for the log and the job summary. */
export function reviewProblem(status: number | undefined, message: string): string {
  if (status === 401) return `No pull-request review was submitted: ${tokenRefused}.`;
  if (status === 401 || status === 403 || status === 404)
    return `No pull-request review was submitted (HTTP ${status}): the token cannot review this pull request (a fork's token is read-only; the workflow needs \`permissions: pull-requests: write\`). The findings are in the sticky comment and this summary.`;
  return `The pull-request review could not be submitted: ${message}. The findings are in the sticky comment and this summary.`;
}
