// The REST client: @actions/github's Octokit with the retry and throttling plugins, so a 502 or a rate
// limit costs a short, bounded wait instead of the pull-request comment.
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

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
  info(message: string): void;
  debug(message: string): void;
}

/** Whether a rate-limited request is worth another try: a bounded number of times, and never a long wait. */
export function shouldRetryRateLimit(retryAfterSeconds: number, retryCount: number): boolean {
  return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfterSeconds <= MAX_RATE_LIMIT_WAIT_SECONDS;
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
      // 429 is left to the throttling plugin, which honours retry-after and the rate-limit reset time; the
      // retry plugin's hook runs first and would otherwise retry it on its own schedule.
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
    retry,
    throttling,
  );
}

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
