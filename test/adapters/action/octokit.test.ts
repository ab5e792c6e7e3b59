import {
  createClient,
  MAX_RATE_LIMIT_RETRIES,
  MAX_SERVER_ERROR_RETRIES,
  retryAfterSeconds,
  retryBaseMs,
  shouldRetryRateLimit,
} from '../../../src/adapters/action/octokit.js';
import { ACTIONS_BOT, FakeGitHub, type Fault } from '../../helpers/fakeGitHub.js';

const TOKEN = 'ghs_octokitTest00000000000000000000000000';
const SECONDARY = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' };

let github: FakeGitHub;
let log: string[];

beforeEach(async () => {
  github = await FakeGitHub.start();
  github.addToken(TOKEN, { user: ACTIONS_BOT, installation: { appSlug: 'github-actions' } });
  log = [];
});
afterEach(() => github.close());

/** Lists comments through a client built as the action builds it, retry delays in units of 10 ms. */
async function listAfter(fault: Fault): Promise<{ ok: boolean; status?: number; message?: string; statuses: number[] }> {
  github.fail(fault);
  const client = createClient(TOKEN, { GITHUB_API_URL: github.url, ROLLOUT_GATE_RETRY_BASE_MS: '10' }, { info: (m) => log.push(m), debug: () => {} });
  try {
    await client.rest.issues.listComments({ owner: 'acme', repo: 'agents', issue_number: 12 });
    return { ok: true, statuses: github.requests.map((r) => r.status) };
  } catch (error) {
    const e = error as { status?: number; message?: string };
    return { ok: false, status: e.status, message: e.message, statuses: github.requests.map((r) => r.status) };
  }
}

test('talks to GITHUB_API_URL with the token in the Authorization header only', async () => {
  expect(await listAfter({ status: 200, times: 0 })).toMatchObject({ ok: true, statuses: [200] });
  const [request] = github.requests;
  expect(request!.headers.authorization).toBe(`token ${TOKEN}`);
  expect(request!.path).toBe('/repos/acme/agents/issues/12/comments');
});

test('a 502 is retried and then succeeds', async () => {
  expect(await listAfter({ status: 502 })).toMatchObject({ ok: true, statuses: [502, 200] });
});

test('server errors are retried a bounded number of times', async () => {
  const result = await listAfter({ status: 502, times: 100 });
  expect(result).toMatchObject({ ok: false, status: 502 });
  expect(result.statuses).toHaveLength(1 + MAX_SERVER_ERROR_RETRIES);
});

test('a 429 secondary rate limit waits for retry-after, once, then succeeds', async () => {
  const started = Date.now();
  const result = await listAfter({ status: 429, headers: { 'retry-after': '1' }, body: SECONDARY });
  expect(result).toMatchObject({ ok: true, statuses: [429, 200] });
  expect(Date.now() - started).toBeGreaterThanOrEqual(10); // retry-after 1 × the 10 ms test unit
  expect(log).toEqual(['GitHub API secondary rate limit on GET /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying after 1s.']);
});

test('rate limits are retried a bounded number of times, never by both plugins', async () => {
  const result = await listAfter({ status: 429, headers: { 'retry-after': '1' }, body: SECONDARY, times: 100 });
  expect(result).toMatchObject({ ok: false, status: 429 });
  expect(result.statuses).toHaveLength(1 + MAX_RATE_LIMIT_RETRIES);
});

test('any other 429 waits for its retry-after, then succeeds', async () => {
  const started = Date.now();
  const result = await listAfter({ status: 429, headers: { 'retry-after': '3' }, body: { message: 'Too Many Requests' } });
  expect(result).toMatchObject({ ok: true, statuses: [429, 200] });
  expect(Date.now() - started).toBeGreaterThanOrEqual(30); // retry-after 3 × the 10 ms test unit
  expect(log).toEqual(['GitHub API answered 429 (too many requests) on GET /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying after 3s.']);
});

test('a 429 whose retry-after is an HTTP date waits until then', async () => {
  const soon = new Date(Date.now() + 2000).toUTCString();
  const result = await listAfter({ status: 429, headers: { 'retry-after': soon }, body: { message: 'Too Many Requests' } });
  expect(result).toMatchObject({ ok: true, statuses: [429, 200] });
  expect(log[0]).toMatch(/: retrying after [1-3]s\.$/);
});

test('any other 429 is retried a bounded number of times, by one plugin only', async () => {
  const result = await listAfter({ status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' }, times: 100 });
  expect(result).toMatchObject({ ok: false, status: 429 });
  expect(result.statuses).toHaveLength(1 + MAX_RATE_LIMIT_RETRIES);
  expect(log.at(-1)).toMatch(/: not retrying\.$/);
});

test('a 429 that asks for a long wait is not waited for', async () => {
  const result = await listAfter({ status: 429, headers: { 'retry-after': '3600' }, body: { message: 'Too Many Requests' } });
  expect(result).toMatchObject({ ok: false, status: 429, statuses: [429] });
  expect(log).toEqual(['GitHub API answered 429 (too many requests) on GET /repos/{owner}/{repo}/issues/{issue_number}/comments: not retrying.']);
});

test('a 429 without retry-after is retried after a short back-off', async () => {
  expect(await listAfter({ status: 429, body: { message: 'Too Many Requests' } })).toMatchObject({ ok: true, statuses: [429, 200] });
  expect(log).toEqual(['GitHub API answered 429 (too many requests) on GET /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying after 1s.']);
});

test('a 401 (a bad or expired token) is not retried', async () => {
  expect(await listAfter({ status: 401, body: { message: 'Bad credentials' } })).toMatchObject({ ok: false, status: 401, statuses: [401] });
});

test('a primary rate limit that resets soon is waited for', async () => {
  const reset = String(Math.floor(Date.now() / 1000));
  expect(
    await listAfter({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } }),
  ).toMatchObject({
    ok: true,
    statuses: [403, 200],
  });
});

test('a primary rate limit that resets in an hour is not waited for', async () => {
  const reset = String(Math.floor(Date.now() / 1000) + 3600);
  const result = await listAfter({
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    body: { message: 'API rate limit exceeded' },
  });
  expect(result).toMatchObject({ ok: false, status: 403, statuses: [403] });
  expect(log[0]).toMatch(/rate limit .*: not retrying\.$/);
});

test('a 403 that is not a rate limit (read-only token) fails at once', async () => {
  expect(await listAfter({ status: 403, body: { message: 'Resource not accessible by integration' } })).toMatchObject({
    ok: false,
    status: 403,
    statuses: [403],
  });
});

test('errors never carry the token', async () => {
  const result = await listAfter({ status: 502, times: 100 });
  expect(JSON.stringify(result)).not.toContain(TOKEN);
});

describe('retryAfterSeconds', () => {
  const now = Date.parse('2026-02-01T10:00:00Z');
  test.each([
    ['5', 5],
    [' 0 ', 0],
    ['Sun, 01 Feb 2026 10:00:30 GMT', 30],
    ['Sun, 01 Feb 2026 09:59:00 GMT', 0],
    ['', null],
    [undefined, null],
    ['-3', null],
    ['1.5', null],
    ['soon-ish', null],
  ])('%p -> %p', (value, expected) => expect(retryAfterSeconds(value, now)).toBe(expected));
});

describe('retryBaseMs (ROLLOUT_GATE_RETRY_BASE_MS, for tests only)', () => {
  test.each([
    [undefined, 1000],
    ['', 1000],
    ['10', 10],
    ['0', 0],
    ['-5', 1000],
    ['5000', 1000],
    ['soon', 1000],
  ])('%p -> %p ms', (value, expected) => expect(retryBaseMs(value === undefined ? {} : { ROLLOUT_GATE_RETRY_BASE_MS: value })).toBe(expected));
});

test('shouldRetryRateLimit: a bounded number of short waits', () => {
  expect(shouldRetryRateLimit(1, 0)).toBe(true);
  expect(shouldRetryRateLimit(60, MAX_RATE_LIMIT_RETRIES - 1)).toBe(true);
  expect(shouldRetryRateLimit(61, 0)).toBe(false);
  expect(shouldRetryRateLimit(1, MAX_RATE_LIMIT_RETRIES)).toBe(false);
});
