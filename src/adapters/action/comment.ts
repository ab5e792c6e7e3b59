// One sticky comment per pull request. The action recognises its own comment by the hidden marker AND by
// its author being the action's own identity: anybody can paste the marker into a comment, and such a
// comment must be neither edited nor deleted.
import { COMMENT_MARKER } from '../../core/render/markdown.js';
import { collectPages, httpStatus, type GitHubClient } from './octokit.js';

/** Comments are read 100 at a time; past this many pages (2,000 comments) the search stops. */
export const MAX_COMMENT_PAGES = 20;

/**
 * Who the token acts as: the login GitHub records as the author of the comments it makes. For GITHUB_TOKEN
 * that is GitHub Actions' bot, `github-actions[bot]`; for another GitHub App's installation token, that
 * app's bot, `<slug>[bot]`; for a personal or OAuth token, the user's login.
 */
export interface Identity {
  readonly login: string;
}

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

/** The one GraphQL query the action makes: the REST API has no "who am I" for installation tokens. */
export const VIEWER_QUERY = 'query { viewer { login } }';

/**
 * The token's own login. REST's `GET /user` answers 403 to installation tokens (GITHUB_TOKEN is one), and
 * `GET /app` needs the app's private key, but GraphQL's `viewer` answers every kind of token: the user for
 * a personal token, the app's bot (`github-actions[bot]` for GITHUB_TOKEN) for an installation token. A
 * failure (401: the token is invalid or expired) is thrown for the caller to report.
 */
export async function resolveIdentity(client: GitHubClient): Promise<Identity> {
  const data = await client.graphql<{ viewer?: { login?: unknown } | null }>(VIEWER_QUERY);
  const login = data.viewer?.login;
  if (typeof login !== 'string' || login === '') throw new Error('GitHub did not say which account the token belongs to (GraphQL `viewer` has no login).');
  return { login };
}

/**
 * True when the comment is one this action wrote: the body starts with the marker and its author is the
 * token's own account. Logins are unique and only apps' bots carry `[bot]`, so another app's bot
 * (`evil-app[bot]`) or a person quoting the marker never matches.
 */
export function isOwnComment(comment: IssueComment, identity: Identity): boolean {
  if (!(comment.body ?? '').trimStart().startsWith(COMMENT_MARKER)) return false;
  return (comment.user?.login ?? '').toLowerCase() === identity.login.toLowerCase();
}

/** This action's comments on the issue, oldest first (reads at most MAX_COMMENT_PAGES pages). */
export async function findOwnComments(client: GitHubClient, target: CommentTarget, identity: Identity): Promise<IssueComment[]> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const comments = await collectPages<IssueComment>(pages, MAX_COMMENT_PAGES);
  return comments.filter((c) => isOwnComment(c, identity)).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}

export interface UpsertOptions {
  /** False when there is nothing to ask of anyone (mode `on-failure` and the step passes, or nothing was gated): an existing comment is still corrected, but none is started. */
  readonly create: boolean;
}

/**
 * Creates the comment or updates the oldest of ours in place; extras (left by concurrent runs) are deleted.
 * After creating, the thread is listed again under the author GitHub recorded for the new comment: a POST
 * whose answer was lost and then retried, or a run that overlapped this one, may have left a second
 * comment, and only the oldest is kept (it gets this run's text). A comment deleted between listing and
 * updating (404) is created anew. Other errors (403 on a read-only fork token, exhausted retries) are thrown
 * for the caller to report.
 */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  identity: Identity,
  body: string,
  options: UpsertOptions = { create: true },
): Promise<CommentOutcome> {
  const [keep, ...extras] = await findOwnComments(client, target, identity);
  if (keep === undefined) {
    if (!options.create) return { action: 'skipped' };
    return createAndSettle(client, target, body);
  }
  let written: { action: 'updated' | 'unchanged'; id: number };
  try {
    written = await write(client, target, keep, body);
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
    return createAndSettle(client, target, body);
  }
  return { ...written, duplicatesDeleted: await deleteAll(client, target, extras) };
}

/** Updates the comment unless it already says `body` (an edit would only wake subscribers for nothing). */
async function write(
  client: GitHubClient,
  target: CommentTarget,
  comment: IssueComment,
  body: string,
): Promise<{ action: 'updated' | 'unchanged'; id: number }> {
  if (comment.body === body) return { action: 'unchanged', id: comment.id };
  await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: comment.id, body });
  return { action: 'updated', id: comment.id };
}

async function createAndSettle(client: GitHubClient, target: CommentTarget, body: string): Promise<CommentOutcome> {
  const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  // The author of the comment just made is the token's identity as GitHub itself records it.
  const author = data.user?.login;
  if (!author) return { action: 'created', id: data.id, duplicatesDeleted: 0 };
  const ours = await findOwnComments(client, target, { login: author });
  const [oldest, ...rest] = ours.some((c) => c.id === data.id) ? ours : [...ours, { ...data, body }];
  if (oldest === undefined || oldest.id === data.id) return { action: 'created', id: data.id, duplicatesDeleted: await deleteAll(client, target, rest) };
  // An older comment of ours appeared meanwhile: it stays, with this run's text, and the rest go.
  try {
    const written = await write(client, target, oldest, body);
    return { ...written, duplicatesDeleted: await deleteAll(client, target, rest) };
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
    // The older one was deleted meanwhile (by the run that made it): the new one stays instead.
    return {
      action: 'created',
      id: data.id,
      duplicatesDeleted: await deleteAll(
        client,
        target,
        rest.filter((c) => c.id !== data.id),
      ),
    };
  }
}

/** Deletes the comments; one already deleted (by a concurrent run) is the outcome wanted, not an error. */
async function deleteAll(client: GitHubClient, target: CommentTarget, comments: readonly IssueComment[]): Promise<number> {
  let deleted = 0;
  for (const comment of comments) {
    try {
      await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: comment.id });
      deleted += 1;
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
  return deleted;
}
