// The `base` input on a pull request may only move the event's base back along its history.
import { checkBaseInput } from '../../../src/adapters/action/baseInput.js';
import { createRepo, type TestRepo } from '../../helpers/repo.js';

let repo: TestRepo;
let older: string;
let eventBase: string;
let prHead: string;

beforeAll(() => {
  repo = createRepo();
  older = repo.commitFiles({ 'a.yaml': 'one\n' }, 'older');
  eventBase = repo.commitFiles({ 'a.yaml': 'two\n' }, 'the base branch tip');
  prHead = repo.commitFiles({ 'a.yaml': 'three\n' }, 'the pull request');
});
afterAll(() => repo.cleanup());

test('no input, or no base in the event (a push, a manual run): nothing to check', async () => {
  expect(await checkBaseInput(repo.dir, undefined, eventBase)).toEqual({ ok: true });
  expect(await checkBaseInput(repo.dir, prHead, null)).toEqual({ ok: true });
});

test("the event's base itself, or an older commit of its history, is accepted", async () => {
  expect(await checkBaseInput(repo.dir, eventBase, eventBase)).toEqual({ ok: true });
  expect(await checkBaseInput(repo.dir, older, eventBase)).toEqual({ ok: true });
});

test("the pull request's own head is refused, with what to do", async () => {
  const check = await checkBaseInput(repo.dir, prHead, eventBase);
  expect(check.ok).toBe(false);
  expect(!check.ok && check.message).toMatch(/is not the event's base commit .* or an ancestor of it.*remove the `base` input/);
});
