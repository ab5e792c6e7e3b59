import { getOctokit } from '@actions/github';
import { approvalIndex, readReviews, type Review } from '../../../src/adapters/action/approvals.js';
import type { ApprovalIndex } from '../../../src/core/rules/rule.js';
import { FakeGitHub, openApiProblems, type FakeUser } from '../../helpers/fakeGitHub.js';
import { HEAD_SHA } from './reportFixtures.js';

const OLD_SHA = 'c'.repeat(40);
const review = (login: string, state: string, commit = HEAD_SHA): Review => ({ user: { login }, state, commit_id: commit });
const stateOf = (index: ApprovalIndex, handle: string) => (index.kind === 'reviews' ? index.stateOf(handle) : 'unchecked');

describe('approvalIndex: what the reviews say of one handle', () => {
  test('an approval of the head commit counts; case of the login does not matter', () => {
    expect(stateOf(approvalIndex([review('carol', 'APPROVED')], HEAD_SHA), '@Carol')).toBe('approved');
  });

  test('a later comment-only review does not withdraw an approval', () => {
    expect(stateOf(approvalIndex([review('carol', 'APPROVED'), review('carol', 'COMMENTED')], HEAD_SHA), '@carol')).toBe('approved');
  });

  test('a later request for changes or a dismissal does', () => {
    expect(stateOf(approvalIndex([review('carol', 'APPROVED'), review('carol', 'CHANGES_REQUESTED')], HEAD_SHA), '@carol')).toBe('missing');
    expect(stateOf(approvalIndex([review('carol', 'APPROVED'), review('carol', 'DISMISSED')], HEAD_SHA), '@carol')).toBe('missing');
  });

  test('an approval of an earlier commit is stale', () => {
    expect(stateOf(approvalIndex([review('carol', 'APPROVED', OLD_SHA)], HEAD_SHA), '@carol')).toBe('stale');
  });

  test("somebody else's approval does not count, and a team cannot be verified", () => {
    const index = approvalIndex([review('dave', 'APPROVED')], HEAD_SHA);
    expect(stateOf(index, '@carol')).toBe('missing');
    expect(stateOf(index, '@acme/risk')).toBe('unverifiable');
  });
});

test("the commit of each handle's deciding review, for the record; none for a team or a handle without a review", () => {
  const index = approvalIndex([review('carol', 'APPROVED', OLD_SHA.toUpperCase()), review('erin', 'COMMENTED')], HEAD_SHA);
  const commitOf = (handle: string) => (index.kind === 'reviews' ? index.commitOf?.(handle) : undefined);
  expect(commitOf('@Carol')).toBe(OLD_SHA);
  expect(commitOf('@erin')).toBeNull();
  expect(commitOf('@acme/risk')).toBeNull();
  const noCommit = approvalIndex([{ user: { login: 'frank' }, state: 'APPROVED' }], HEAD_SHA);
  expect(noCommit.kind === 'reviews' ? noCommit.commitOf?.('@frank') : undefined).toBeNull();
});

describe('readReviews against the REST API', () => {
  let github: FakeGitHub;
  const carol: FakeUser = { login: 'carol', id: 3, type: 'User' };
  const dave: FakeUser = { login: 'dave', id: 4, type: 'User' };
  const token = 'ghs_approvalsTest000000000000000000000000';

  beforeEach(async () => {
    github = await FakeGitHub.start();
    github.addToken(token, { user: { login: 'github-actions[bot]', id: 1, type: 'Bot' }, installation: { appSlug: 'github-actions' } });
  });
  afterEach(async () => {
    for (const r of github.requests) expect(openApiProblems(r)).toEqual([]);
    await github.close();
  });

  test("reads the pull request's reviews in one call, and the index classifies them", async () => {
    github.addReview(12, carol, 'APPROVED', HEAD_SHA);
    github.addReview(12, dave, 'APPROVED', OLD_SHA);
    github.addReview(13, dave, 'APPROVED', HEAD_SHA);
    const client = getOctokit(token, { baseUrl: github.url });
    const index = approvalIndex(await readReviews(client, { owner: 'acme', repo: 'agents', pullNumber: 12, headSha: HEAD_SHA }), HEAD_SHA);
    expect(['@carol', '@dave', '@acme/risk'].map((h) => stateOf(index, h))).toEqual(['approved', 'stale', 'unverifiable']);
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/agents/pulls/12/reviews']);
  });
});
