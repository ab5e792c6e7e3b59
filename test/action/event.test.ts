import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventError, readEventPayload, resolveRevisions } from '../../src/action/event.js';

const BASE = '1'.repeat(40);
const HEAD = '2'.repeat(40);
const NEW = '3'.repeat(40);
const ZERO = '0'.repeat(40);

function pullRequest(fork = false) {
  return {
    action: 'synchronize',
    number: 12,
    pull_request: {
      number: 12,
      base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/agents', fork: false } },
      head: { sha: HEAD, ref: 'ramp', repo: { full_name: fork ? 'mallory/agents' : 'acme/agents', fork } },
    },
    repository: { name: 'agents', owner: { login: 'acme' } },
  };
}

test('pull_request: the pull request\'s base.sha and head.sha', () => {
  const r = resolveRevisions({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/agents', GITHUB_SHA: NEW }, pullRequest());
  expect(r).toEqual({
    eventName: 'pull_request',
    head: HEAD,
    base: BASE,
    pullRequest: { number: 12, baseSha: BASE, headSha: HEAD, fromFork: false },
    repository: { owner: 'acme', repo: 'agents' },
    description: `pull request #12: base ${BASE.slice(0, 12)} → head ${HEAD.slice(0, 12)}`,
  });
});

test('pull_request_target from a fork: same commits, marked as a fork', () => {
  const r = resolveRevisions({ GITHUB_EVENT_NAME: 'pull_request_target' }, pullRequest(true));
  expect(r).toMatchObject({ head: HEAD, base: BASE, pullRequest: { fromFork: true }, repository: { owner: 'acme', repo: 'agents' } });
});

test('push: compared with `before`', () => {
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'push' }, { before: BASE, after: HEAD })).toMatchObject({ head: HEAD, base: BASE, pullRequest: null });
});

test('push of a new branch (all-zero before): compared with the first parent', () => {
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'push' }, { before: ZERO, after: HEAD, created: true })).toMatchObject({ head: HEAD, base: undefined });
});

test('workflow_dispatch and other events: GITHUB_SHA against its first parent', () => {
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: NEW }, {})).toMatchObject({ head: NEW, base: undefined, pullRequest: null });
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'schedule' }, {})).toMatchObject({ head: 'HEAD', base: undefined });
});

test('merge_group: the queue\'s base and head', () => {
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'merge_group' }, { merge_group: { base_sha: BASE, head_sha: HEAD } })).toMatchObject({ head: HEAD, base: BASE });
});

test('the base input overrides the event\'s base', () => {
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'pull_request' }, pullRequest(), 'origin/release').base).toBe('origin/release');
  expect(resolveRevisions({ GITHUB_EVENT_NAME: 'push' }, { before: ZERO, after: HEAD }, NEW).base).toBe(NEW);
});

test.each([
  [{}, 'a pull_request event payload without "pull_request"'],
  [{ pull_request: { number: 0, base: { sha: BASE }, head: { sha: HEAD } } }, 'no valid number'],
  [{ pull_request: { number: 3, base: { sha: 'main' }, head: { sha: HEAD } } }, 'no valid pull_request.base.sha'],
])('a pull_request payload without what is needed is an error: %p', (payload, message) => {
  expect(() => resolveRevisions({ GITHUB_EVENT_NAME: 'pull_request' }, payload)).toThrow(EventError);
  expect(() => resolveRevisions({ GITHUB_EVENT_NAME: 'pull_request' }, payload)).toThrow(message);
});

describe('readEventPayload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-event-'));

  test('reads the JSON file the runner wrote', () => {
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify(pullRequest()));
    expect(readEventPayload(path)).toEqual(pullRequest());
  });

  test('no GITHUB_EVENT_PATH (a local run): an empty payload', () => {
    expect(readEventPayload(undefined)).toEqual({});
  });

  test('a missing or broken file is an error that names it', () => {
    expect(() => readEventPayload(join(dir, 'absent.json'))).toThrow(/cannot read the event payload at GITHUB_EVENT_PATH/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{');
    expect(() => readEventPayload(broken)).toThrow(/is not valid JSON/);
  });
});
