// One sticky comment per pull request. The action recognises its own comment by the hidden marker AND by
// its author being the action's own identity: anybody can paste the marker into a comment, and such a
// comment must be neither edited nor deleted.
import { COMMENT_MARKER } from '../render/markdown.js';
import { collectPages, httpStatus, type GitHubClient } from './octokit.js';

/** Comments are read 100 at a time; past this many pages (2,000 comments) the search stops. */
export const MAX_COMMENT_PAGES = 20;

/** Who the token acts as. */
export type Identity =
  /** A user token (PAT, OAuth): comments carry this login. */
  | { readonly kind: 'user'; readonly login: string }
  /** A GitHub App installation token (GITHUB_TOKEN is one): comments carry the app's `<slug>[bot]` login. */
  | { readonly kind: 'app' };

export interface CommentTarget {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

/** The fields of a REST issue comment this module reads. */
export interface IssueComment {
  readonly id: number;
  readonly body?: string | null;
  readonly created_at: string;
  readonly user: { readonly login: string; readonly type?: string } | null;
  readonly performed_via_github_app?: { readonly slug?: string | null } | null;
}

export type CommentOutcome =
  | { readonly action: 'created' | 'updated' | 'unchanged'; readonly id: number; readonly duplicatesDeleted: number }
  /** Mode `on-failure` and nothing failed and no earlier comment to correct. */
  | { readonly action: 'skipped' };

/** GitHub Actions' own bot, the author of every comment made with GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * Installation tokens (prefix `ghs_`, which GITHUB_TOKEN has) cannot read `GET /user`, so they are known to
 * be an app without asking. Any other token is asked who it is; a 401/403 there also means an app token.
 */
export async function resolveIdentity(client: GitHubClient, token: string): Promise<Identity> {
  if (token.startsWith('ghs_')) return { kind: 'app' };
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { kind: 'user', login: data.login };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403) return { kind: 'app' };
    throw error;
  }
}

/**
 * True when the comment is one this action wrote: the body starts with the marker and the author is the
 * token's identity. For an app token that is a bot account (type `Bot`, which no person can be) whose
 * login is GitHub Actions' or that of the app the comment was made through.
 */
export function isOwnComment(comment: IssueComment, identity: Identity): boolean {
  if (!(comment.body ?? '').trimStart().startsWith(COMMENT_MARKER)) return false;
  const login = comment.user?.login ?? '';
  if (identity.kind === 'user') return login.toLowerCase() === identity.login.toLowerCase();
  if (comment.user?.type !== 'Bot') return false;
  const slug = comment.performed_via_github_app?.slug;
  return login === ACTIONS_BOT_LOGIN || (typeof slug === 'string' && slug !== '' && login === `${slug}[bot]`);
}

/** This action's comments on the issue, oldest first (reads at most MAX_COMMENT_PAGES pages). */
export async function findOwnComments(client: GitHubClient, target: CommentTarget, identity: Identity): Promise<IssueComment[]> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 });
  const comments = await collectPages<IssueComment>(pages, MAX_COMMENT_PAGES);
  return comments.filter((c) => isOwnComment(c, identity)).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}

export interface UpsertOptions {
  /** False when there is nothing to ask of anyone (mode `on-failure` and the step passes, or nothing was gated): an existing comment is still corrected, but none is started. */
  readonly create: boolean;
}

/**
 * Creates the comment or updates the oldest of ours in place; extras (left by concurrent runs) are deleted.
 * A comment deleted between listing and updating (404) is created anew. Other errors (403 on a read-only
 * fork token, exhausted retries) are thrown for the caller to report.
 */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  identity: Identity,
  body: string,
  options: UpsertOptions = { create: true },
): Promise<CommentOutcome> {
  const [keep, ...extras] = await findOwnComments(client, target, identity);
  const repo = { owner: target.owner, repo: target.repo };

  let written: { action: 'created' | 'updated' | 'unchanged'; id: number };
  if (keep === undefined) {
    if (!options.create) return { action: 'skipped' };
    written = await create(client, target, body);
  } else if (keep.body === body) {
    // Same text: an edit would only bump "edited" and wake subscribers' notifications for nothing.
    written = { action: 'unchanged', id: keep.id };
  } else {
    try {
      await client.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
      written = { action: 'updated', id: keep.id };
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
      written = await create(client, target, body);
    }
  }

  let deleted = 0;
  for (const extra of extras) {
    try {
      await client.rest.issues.deleteComment({ ...repo, comment_id: extra.id });
      deleted += 1;
    } catch (error) {
      // Another run deleted it first: that is the outcome we wanted.
      if (httpStatus(error) !== 404) throw error;
    }
  }
  return { ...written, duplicatesDeleted: deleted };
}

async function create(client: GitHubClient, target: CommentTarget, body: string): Promise<{ action: 'created'; id: number }> {
  const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  return { action: 'created', id: data.id };
}
