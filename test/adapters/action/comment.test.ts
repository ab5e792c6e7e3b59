import { getOctokit } from '@actions/github';
import { isOwnComment, resolveIdentity, upsertComment, MAX_COMMENT_PAGES, type Identity } from '../../../src/adapters/action/comment.js';
import type { GitHubClient } from '../../../src/adapters/action/octokit.js';
import { COMMENT_MARKER } from '../../../src/core/render/markdown.js';
import { ACTIONS_BOT, FakeGitHub, openApiProblems, type FakeUser } from '../../helpers/fakeGitHub.js';

const APP_TOKEN = 'ghs_fakeInstallationToken000000000000000';
const PAT = 'ghp_fakePersonalToken0000000000000000000';
const HUMAN: FakeUser = { login: 'mallory', id: 7, type: 'User' };
const MAINTAINER: FakeUser = { login: 'release-bot-user', id: 8, type: 'User' };
const OTHER_APP: FakeUser = { login: 'other-app[bot]', id: 9, type: 'Bot' };
const EVIL_APP: FakeUser = { login: 'evil-app[bot]', id: 10, type: 'Bot' };
const target = { owner: 'acme', repo: 'agents', issueNumber: 12 };
const app: Identity = { login: 'github-actions[bot]' };

let github: FakeGitHub;
let client: GitHubClient;

beforeEach(async () => {
  github = await FakeGitHub.start();
  github.addToken(APP_TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' } });
  github.addToken(PAT, { user: MAINTAINER });
  // The retry and throttling plugins are octokit.test.ts's subject; here a plain client keeps tests fast.
  client = getOctokit(APP_TOKEN, { baseUrl: github.url });
});

afterEach(async () => {
  for (const r of github.requests) expect(openApiProblems(r)).toEqual([]);
  await github.close();
});

const body = (text: string): string => `${COMMENT_MARKER}\n${text}`;

describe('upsertComment', () => {
  test('creates the comment when the pull request has none of ours', async () => {
    const outcome = await upsertComment(client, target, app, body('blocked'));
    expect(outcome).toMatchObject({ action: 'created', duplicatesDeleted: 0 });
    expect(github.commentsOn(12).map((c) => [c.user.login, c.body])).toEqual([['github-actions[bot]', body('blocked')]]);
  });

  test('updates our comment in place on the next run', async () => {
    const first = await upsertComment(client, target, app, body('blocked'));
    const second = await upsertComment(client, target, app, body('passed'));
    expect(second).toEqual({ action: 'updated', id: (first as { id: number }).id, duplicatesDeleted: 0 });
    expect(github.commentsOn(12).map((c) => c.body)).toEqual([body('passed')]);
  });

  test('leaves an identical comment alone', async () => {
    await upsertComment(client, target, app, body('same'));
    const writes = github.requests.filter((r) => r.method !== 'GET').length;
    expect(await upsertComment(client, target, app, body('same'))).toMatchObject({ action: 'unchanged' });
    expect(github.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
  });

  test('ignores a human comment that quotes the marker, even when it is the oldest', async () => {
    const quote = github.addComment(12, body('## ✅ All checks passed (fake)'), HUMAN);
    const otherBot = github.addComment(12, body('another bot'), OTHER_APP);
    await upsertComment(client, target, app, body('blocked'));
    await upsertComment(client, target, app, body('still blocked'));
    const comments = github.commentsOn(12);
    expect(comments.find((c) => c.id === quote.id)?.body).toBe(body('## ✅ All checks passed (fake)'));
    expect(comments.find((c) => c.id === otherBot.id)?.body).toBe(body('another bot'));
    expect(comments.filter((c) => c.user.login === 'github-actions[bot]').map((c) => c.body)).toEqual([body('still blocked')]);
  });

  test('with two of ours (concurrent runs) it updates the oldest and deletes the extra', async () => {
    const oldest = github.addComment(12, body('run 1'), ACTIONS_BOT, 'github-actions');
    github.addComment(12, body('run 2'), ACTIONS_BOT, 'github-actions');
    const outcome = await upsertComment(client, target, app, body('run 3'));
    expect(outcome).toEqual({ action: 'updated', id: oldest.id, duplicatesDeleted: 1 });
    expect(github.commentsOn(12).map((c) => [c.id, c.body])).toEqual([[oldest.id, body('run 3')]]);
  });

  test('an extra already deleted by a concurrent run (404) is not an error', async () => {
    github.addComment(12, body('run 1'), ACTIONS_BOT, 'github-actions');
    github.addComment(12, body('run 2'), ACTIONS_BOT, 'github-actions');
    github.fail({ method: 'DELETE', status: 404, body: { message: 'Not Found' } });
    await expect(upsertComment(client, target, app, body('run 3'))).resolves.toMatchObject({ action: 'updated', duplicatesDeleted: 0 });
  });

  test('when our comment was deleted after listing (404 on update), a new one is created', async () => {
    const old = github.addComment(12, body('old'), ACTIONS_BOT, 'github-actions');
    // Someone deletes it just as this run edits it.
    github.beforeHandle = ({ method }) => {
      if (method === 'PATCH') github.comments.splice(github.comments.indexOf(old), 1);
    };
    const outcome = await upsertComment(client, target, app, body('new'));
    expect(outcome.action).toBe('created');
    expect(github.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([404]);
    expect(github.commentsOn(12).map((c) => c.body)).toEqual([body('new')]);
  });

  test('a read-only token (fork pull request) surfaces the 403 to the caller', async () => {
    const fork = 'ghs_forkReadOnlyToken0000000000000000000';
    github.addToken(fork, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' }, readOnly: true });
    await expect(upsertComment(getOctokit(fork, { baseUrl: github.url }), target, app, body('x'))).rejects.toMatchObject({ status: 403 });
    expect(github.commentsOn(12)).toEqual([]);
  });

  test('create: false (mode on-failure, gate passed) corrects an existing comment but never starts one', async () => {
    expect(await upsertComment(client, target, app, body('passed'), { create: false })).toEqual({ action: 'skipped' });
    expect(github.commentsOn(12)).toEqual([]);
    github.addComment(12, body('blocked'), ACTIONS_BOT, 'github-actions');
    expect(await upsertComment(client, target, app, body('passed'), { create: false })).toMatchObject({ action: 'updated' });
    expect(github.commentsOn(12).map((c) => c.body)).toEqual([body('passed')]);
  });

  test("another app's bot comment with the marker is never taken for ours", async () => {
    const evil = github.addComment(12, body('## ✅ passed (says evil-app)'), EVIL_APP, 'evil-app');
    expect(await upsertComment(client, target, app, body('blocked'))).toMatchObject({ action: 'created', duplicatesDeleted: 0 });
    expect(github.commentsOn(12).map((c) => [c.user.login, c.body])).toEqual([
      ['evil-app[bot]', evil.body],
      ['github-actions[bot]', body('blocked')],
    ]);
  });

  test('a POST whose answer was lost and that was retried leaves one comment: the duplicate is deleted', async () => {
    github.fail({ method: 'POST', status: 502, afterEffect: true });
    // A client that retries, as the action's does.
    const retrying = getOctokit(APP_TOKEN, { baseUrl: github.url, request: { retries: 1, retryAfter: 0 } }, (await import('@octokit/plugin-retry')).retry);
    const outcome = await upsertComment(retrying, target, app, body('blocked'));
    expect(github.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([502, 201]);
    const [kept] = github.commentsOn(12);
    expect(github.commentsOn(12).map((c) => c.body)).toEqual([body('blocked')]);
    expect(outcome).toEqual({ action: 'unchanged', id: kept!.id, duplicatesDeleted: 1 });
  });

  test("a run that posted just before this one (between its listing and its POST) keeps its comment, with this run's text", async () => {
    let other: { id: number } | undefined;
    github.beforeHandle = ({ method }) => {
      if (method === 'POST' && other === undefined) other = github.addComment(12, body('the other run'), ACTIONS_BOT, 'github-actions');
    };
    const outcome = await upsertComment(client, target, app, body('this run'));
    expect(outcome).toEqual({ action: 'updated', id: other!.id, duplicatesDeleted: 1 });
    expect(github.commentsOn(12).map((c) => [c.id, c.body])).toEqual([[other!.id, body('this run')]]);
  });

  test("comments are kept apart by author: a personal token never takes the bot's comment, nor the bot the person's", async () => {
    github.addComment(12, body('made with GITHUB_TOKEN'), ACTIONS_BOT, 'github-actions');
    const pat = getOctokit(PAT, { baseUrl: github.url });
    await upsertComment(pat, target, { login: 'release-bot-user' }, body('made with the PAT'));
    expect(github.commentsOn(12).map((c) => [c.user.login, c.body])).toEqual([
      ['github-actions[bot]', body('made with GITHUB_TOKEN')],
      ['release-bot-user', body('made with the PAT')],
    ]);
  });

  test('reads comments page by page, but only a bounded number of pages (twice when it creates: the check for duplicates)', async () => {
    for (let i = 0; i < 100 * MAX_COMMENT_PAGES + 50; i++) github.addComment(12, `chatter ${i}`, HUMAN);
    await upsertComment(client, target, app, body('x'));
    const listed = github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/12/comments'));
    expect(listed).toHaveLength(2 * MAX_COMMENT_PAGES);
    expect(listed.every((r) => r.query['per_page'] === '100')).toBe(true);
  });
});

describe('identity', () => {
  test("GITHUB_TOKEN is GitHub Actions' bot, asked through GraphQL `viewer` (GET /user refuses installation tokens)", async () => {
    expect(await resolveIdentity(client)).toEqual({ login: 'github-actions[bot]' });
    expect(github.requests.map((r) => [r.method, r.path])).toEqual([['POST', '/graphql']]);
  });

  test("another app's installation token is that app's bot", async () => {
    const other = 'ghs_otherAppInstallation000000000000000';
    github.addToken(other, { user: OTHER_APP, installation: { appSlug: 'other-app' } });
    expect(await resolveIdentity(getOctokit(other, { baseUrl: github.url }))).toEqual({ login: 'other-app[bot]' });
  });

  test('a personal token is its user', async () => {
    expect(await resolveIdentity(getOctokit(PAT, { baseUrl: github.url }))).toEqual({ login: 'release-bot-user' });
  });

  test('a token GitHub refuses (401) is an error, not a guess', async () => {
    await expect(resolveIdentity(getOctokit('ghs_revoked000000000000000000000000000', { baseUrl: github.url }))).rejects.toMatchObject({ status: 401 });
  });
});

describe('isOwnComment', () => {
  const c = (login: string, type: string, text = body('x')) => ({ id: 1, body: text, created_at: '2026-01-01T00:00:00Z', user: { login, type } });
  const me = (login: string): Identity => ({ login });

  test.each([
    ['GitHub Actions bot with the marker, for GITHUB_TOKEN', c('github-actions[bot]', 'Bot'), me('github-actions[bot]'), true],
    ['another app with the marker, for GITHUB_TOKEN', c('evil-app[bot]', 'Bot'), me('github-actions[bot]'), false],
    ["GitHub Actions bot, for another app's token", c('github-actions[bot]', 'Bot'), me('my-app[bot]'), false],
    ["the app's own bot, for its token", c('my-app[bot]', 'Bot'), me('my-app[bot]'), true],
    ['our bot without the marker', c('github-actions[bot]', 'Bot', 'hello'), me('github-actions[bot]'), false],
    ['the marker quoted mid-comment', c('github-actions[bot]', 'Bot', `> ${COMMENT_MARKER}`), me('github-actions[bot]'), false],
    ['a user token, same login (any case)', c('Release-Bot-User', 'User'), me('release-bot-user'), true],
    ['a user token, another login', c('mallory', 'User'), me('release-bot-user'), false],
  ])('%s', (_name, comment, identity, expected) => expect(isOwnComment(comment, identity)).toBe(expected));
});
