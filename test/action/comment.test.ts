import { getOctokit } from '@actions/github';
import { isOwnComment, resolveIdentity, upsertComment, MAX_COMMENT_PAGES, type Identity } from '../../src/action/comment.js';
import type { GitHubClient } from '../../src/action/octokit.js';
import { COMMENT_MARKER } from '../../src/render/markdown.js';
import { ACTIONS_BOT, FakeGitHub, openApiProblems, type FakeUser } from '../helpers/fakeGitHub.js';

const APP_TOKEN = 'ghs_fakeInstallationToken000000000000000';
const PAT = 'ghp_fakePersonalToken0000000000000000000';
const HUMAN: FakeUser = { login: 'mallory', id: 7, type: 'User' };
const MAINTAINER: FakeUser = { login: 'release-bot-user', id: 8, type: 'User' };
const OTHER_APP: FakeUser = { login: 'other-app[bot]', id: 9, type: 'Bot' };
const target = { owner: 'acme', repo: 'agents', issueNumber: 12 };
const app: Identity = { kind: 'app' };

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
    github.addComment(12, body('old'), ACTIONS_BOT, 'github-actions');
    github.fail({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 404, body: { message: 'Not Found' } });
    const outcome = await upsertComment(client, target, app, body('new'));
    expect(outcome.action).toBe('created');
    expect(github.commentsOn(12).map((c) => c.body)).toEqual([body('old'), body('new')]);
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

  test('reads comments page by page, but only a bounded number of pages', async () => {
    for (let i = 0; i < 100 * MAX_COMMENT_PAGES + 50; i++) github.addComment(12, `chatter ${i}`, HUMAN);
    await upsertComment(client, target, app, body('x'));
    const listed = github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/12/comments'));
    expect(listed).toHaveLength(MAX_COMMENT_PAGES);
    expect(listed.every((r) => r.query['per_page'] === '100')).toBe(true);
  });
});

describe('identity', () => {
  test('an installation token (ghs_) is an app without asking the API', async () => {
    expect(await resolveIdentity(client, APP_TOKEN)).toEqual({ kind: 'app' });
    expect(github.requests).toEqual([]);
  });

  test('a personal token is asked who it is, and its own comments are found by login', async () => {
    const pat = getOctokit(PAT, { baseUrl: github.url });
    const identity = await resolveIdentity(pat, PAT);
    expect(identity).toEqual({ kind: 'user', login: 'release-bot-user' });
    github.addComment(12, body('quoted by a human'), HUMAN);
    await upsertComment(pat, target, identity, body('first'));
    await upsertComment(pat, target, identity, body('second'));
    expect(github.commentsOn(12).map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', body('quoted by a human')],
      ['release-bot-user', body('second')],
    ]);
  });

  test('a token that cannot read /user (another app\'s installation token) counts as an app', async () => {
    const other = 'v1.fakeAppToken';
    github.addToken(other, { user: OTHER_APP, installation: { appSlug: 'other-app' } });
    expect(await resolveIdentity(getOctokit(other, { baseUrl: github.url }), other)).toEqual({ kind: 'app' });
  });
});

describe('isOwnComment', () => {
  const c = (login: string, type: string, text = body('x'), slug: string | null = null) => ({
    id: 1,
    body: text,
    created_at: '2026-01-01T00:00:00Z',
    user: { login, type },
    performed_via_github_app: slug ? { slug } : null,
  });

  test.each([
    ['GitHub Actions bot with the marker', c('github-actions[bot]', 'Bot'), app, true],
    ['an app bot made through its own app', c('my-app[bot]', 'Bot', body('x'), 'my-app'), app, true],
    ['a bot whose login does not match the app it came through', c('my-app[bot]', 'Bot', body('x'), 'other'), app, false],
    ['a user named like the bot', c('github-actions[bot]', 'User'), app, false],
    ['our bot without the marker', c('github-actions[bot]', 'Bot', 'hello'), app, false],
    ['the marker quoted mid-comment', c('github-actions[bot]', 'Bot', `> ${COMMENT_MARKER}`), app, false],
    ['a user token, same login (any case)', c('Release-Bot-User', 'User'), { kind: 'user', login: 'release-bot-user' } as Identity, true],
    ['a user token, another login', c('mallory', 'User'), { kind: 'user', login: 'release-bot-user' } as Identity, false],
  ])('%s', (_name, comment, identity, expected) => expect(isOwnComment(comment, identity)).toBe(expected));
});
