// The REST client: @actions/github's Octokit with the retry and throttling plugins, so a 502 or a rate
// limit costs a short, bounded wait instead of the pull-request comment.
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;
type OctokitPlugin = NonNullable<Parameters<typeof getOctokit>[2]>;

/** How often a rate-limited request is tried again, and the longest wait (in seconds) worth spending on it. */
export const MAX_RATE_LIMIT_RETRIES = 2;
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/** Server errors (5xx) and network failures are retried this many times, after 1, 4 and 9 base units. */
export const MAX_SERVER_ERROR_RETRIES = 3;
/** Every API call of one run must finish within this long; the gate's verdict never waits on GitHub. */
export const API_DEADLINE_MS = 3 * 60_000;

/**
 * The unit of every retry delay, in milliseconds: 1000 (a `retry-after: 1` waits one second).
 * `ROLLOUT_GATE_RETRY_BASE_MS` overrides it FOR TESTS ONLY, so fault-injection tests run in milliseconds.
 */
export function retryBaseMs(env: NodeJS.ProcessEnv): number {
  const raw = env['ROLLOUT_GATE_RETRY_BASE_MS'];
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 1000 ? value : 1000;
}

export interface ClientLog {
  readonly info: (message: string) => void;
  readonly debug: (message: string) => void;
}

/** Whether a rate-limited request is worth another try: a bounded number of times, and never a long wait. */
export function shouldRetryRateLimit(retryAfterSeconds: number, retryCount: number): boolean {
  return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfterSeconds <= MAX_RATE_LIMIT_WAIT_SECONDS;
}

/**
 * The wait a `retry-after` header asks for, in whole seconds: its delay-seconds form, or its HTTP-date form
 * counted from `now` (a date in the past is no wait). Null when the header is absent or unreadable.
 */
export function retryAfterSeconds(value: string | undefined, now: number = Date.now()): number | null {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '' || !/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

interface RequestErrorLike {
  readonly status?: number;
  readonly message?: string;
  readonly request?: { request?: unknown };
  readonly response?: { readonly headers?: Record<string, string | number | undefined>; readonly data?: unknown };
}

/** The throttling plugin's own test for the two rate limits it waits out (a secondary limit, an exhausted quota). */
function isThrottlingCase(error: RequestErrorLike): boolean {
  const errors = (error.response?.data as { errors?: ({ type?: string } | null)[] } | undefined)?.errors;
  return (
    /\bsecondary rate\b/i.test(error.message ?? '') ||
    error.response?.headers?.['x-ratelimit-remaining'] === '0' ||
    (Array.isArray(errors) && errors.some((e) => e?.type === 'RATE_LIMITED'))
  );
}

interface RetryApi {
  readonly retry: { retryRequest(error: unknown, retries: number, retryAfterSeconds: number): unknown };
}

/**
 * Any other 429 (a proxy's, GitHub Enterprise Server's, an abuse limit without the usual message) is left
 * alone by the throttling plugin, and the retry plugin would not read its `retry-after`. This plugin runs
 * inside the retry plugin and hands such a 429 back to it with the wait the answer asks for, through the
 * retry plugin's own `retryRequest`, so the retry schedule stays in one place.
 */
function tooManyRequests(log: ClientLog): OctokitPlugin {
  return (octokit) => {
    octokit.hook.error('request', (thrown, options) => {
      const error = thrown as RequestErrorLike;
      if (error.status !== 429 || error.request === undefined || isThrottlingCase(error)) throw thrown;
      const retryCount = Number((options.request as { retryCount?: unknown } | undefined)?.retryCount ?? 0) || 0;
      const header = error.response?.headers?.['retry-after'];
      const asked = retryAfterSeconds(header === undefined ? undefined : String(header));
      const wait = asked ?? (retryCount + 1) ** 2;
      const again = shouldRetryRateLimit(wait, retryCount);
      log.info(`GitHub API answered 429 (too many requests) on ${options.method} ${options.url}: ${again ? `retrying after ${wait}s` : 'not retrying'}.`);
      if (!again) throw thrown;
      throw (octokit as unknown as RetryApi).retry.retryRequest(thrown, MAX_RATE_LIMIT_RETRIES, wait);
    });
  };
}

/**
 * A client for `baseUrl` (GITHUB_API_URL on a runner, which differs on GitHub Enterprise Server).
 * The token goes only into the Authorization header; Octokit redacts it from errors.
 */
export function createClient(token: string, env: NodeJS.ProcessEnv, log: ClientLog): GitHubClient {
  const base = retryBaseMs(env);
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = shouldRetryRateLimit(retryAfter, retryCount);
      log.info(`GitHub API ${kind} on ${options.method} ${options.url}: ${again ? `retrying after ${retryAfter}s` : 'not retrying'}.`);
      return again;
    };
  return getOctokit(
    token,
    {
      baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
      // Keep @actions/github's proxy-aware fetch (Octokit merges `request` shallowly) and add a deadline.
      request: { ...actionsDefaults.request, signal: AbortSignal.timeout(API_DEADLINE_MS) },
      // The retry plugin never retries a 429 on its own schedule: the throttling plugin waits out GitHub's two
      // rate limits (retry-after, the quota's reset time), and tooManyRequests every other 429 (its retry-after).
      retry: { retries: MAX_SERVER_ERROR_RETRIES, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        retryAfterBaseValue: base,
        // Without a retry-after header GitHub's guidance is to wait at least a minute; that is the cap.
        fallbackSecondaryRateRetryAfter: MAX_RATE_LIMIT_WAIT_SECONDS,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
      log: { debug: log.debug, info: log.debug, warn: log.info, error: log.info },
    },
    // Plugins apply in order and each wraps the ones before it: tooManyRequests must sit inside the retry plugin.
    tooManyRequests(log),
    retry,
    throttling,
  );
}

/** What a 401 means, for every message that reports one: the token itself, never the repository or a fork. */
export const tokenRefused =
  'GitHub refused the token (HTTP 401: bad credentials): it is invalid, expired or revoked. Check the `github-token` input: a personal or app token may have expired, or the secret holds the wrong value';

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The items of at most `maxPages` pages of a paginated listing: a huge thread costs a bounded number of calls. */
export async function collectPages<T>(pages: AsyncIterable<{ data: unknown }>, maxPages: number): Promise<T[]> {
  const items: T[] = [];
  let count = 0;
  for await (const page of pages) {
    items.push(...(page.data as T[]));
    count += 1;
    if (count >= maxPages) break;
  }
  return items;
}
