import { getOctokit } from '@actions/github';
import { applyApprovals, checkApprovals, classifyApprovals, requestedApprovers, type Review } from '../../src/action/approvals.js';
import { FakeGitHub, openApiProblems, type FakeUser } from '../helpers/fakeGitHub.js';
import { finding, HEAD_SHA, report } from './reportFixtures.js';

const OLD_SHA = 'c'.repeat(40);
const review = (login: string, state: string, commit = HEAD_SHA): Review => ({ user: { login }, state, commit_id: commit });

describe('classifyApprovals', () => {
  test('an approval of the head commit counts; case of the login does not matter', () => {
    expect(classifyApprovals(['@Carol'], [review('carol', 'APPROVED')], HEAD_SHA)).toEqual({ approved: ['@Carol'], missing: [], unverifiable: [], stale: [] });
  });

  test('a later comment-only review does not withdraw an approval', () => {
    expect(classifyApprovals(['@carol'], [review('carol', 'APPROVED'), review('carol', 'COMMENTED')], HEAD_SHA).approved).toEqual(['@carol']);
  });

  test('a later request for changes or a dismissal does', () => {
    expect(classifyApprovals(['@carol'], [review('carol', 'APPROVED'), review('carol', 'CHANGES_REQUESTED')], HEAD_SHA).missing).toEqual(['@carol']);
    expect(classifyApprovals(['@carol'], [review('carol', 'APPROVED'), review('carol', 'DISMISSED')], HEAD_SHA).missing).toEqual(['@carol']);
  });

  test('an approval of an earlier commit is stale', () => {
    expect(classifyApprovals(['@carol'], [review('carol', 'APPROVED', OLD_SHA)], HEAD_SHA)).toEqual({ approved: [], missing: ['@carol'], unverifiable: [], stale: ['@carol'] });
  });

  test('somebody else\'s approval does not count, and a team cannot be verified', () => {
    expect(classifyApprovals(['@carol', '@acme/risk'], [review('dave', 'APPROVED')], HEAD_SHA)).toEqual({
      approved: [],
      missing: ['@carol'],
      unverifiable: ['@acme/risk'],
      stale: [],
    });
  });
});

describe('requestedApprovers and applyApprovals', () => {
  const ask = (github: string | null, check = 'orchestration_pattern_change_approval') =>
    finding({ check, block: 'runtime_correctness', message: 'pattern change needs approval', owner: { category: 'risk', name: 'R', github } });

  test('only approval-request findings with a valid handle ask for a review, each handle once', () => {
    const r = report({ findings: [ask('@carol'), ask('@Carol', 'policy_change_approval'), ask('@acme/risk'), ask('not a handle'), finding({ owner: { category: 'technical', name: 'T', github: '@tech' } })] });
    expect(requestedApprovers(r)).toEqual(['@carol', '@acme/risk']);
  });

  test('a met approval request is removed and the verdict recomputed; others stay', () => {
    const r = report({ findings: [ask('@carol'), ask('@acme/risk', 'policy_change_approval')] });
    expect(r.verdict).toBe('block');
    const after = applyApprovals(r, { approved: ['@carol'], missing: [], unverifiable: ['@acme/risk'] });
    expect(after.findings.map((f) => f.owner?.github)).toEqual(['@acme/risk']);
    expect(after.verdict).toBe('block');
    const passed = applyApprovals(report({ findings: [ask('@carol')] }), { approved: ['@carol'], missing: [], unverifiable: [] });
    expect(passed.verdict).toBe('pass');
    expect(passed.unmetBlocks).toEqual([]);
    expect(passed.manifests[0]!.verdict).toBe('pass');
  });

  test('nothing approved: the report is returned as it is', () => {
    const r = report({ findings: [ask('@carol')] });
    expect(applyApprovals(r, { approved: [], missing: ['@carol'], unverifiable: [] })).toBe(r);
  });
});

describe('checkApprovals against the REST API', () => {
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

  test('reads the pull request\'s reviews and classifies the handles', async () => {
    github.addReview(12, carol, 'APPROVED', HEAD_SHA);
    github.addReview(12, dave, 'APPROVED', OLD_SHA);
    github.addReview(13, dave, 'APPROVED', HEAD_SHA);
    const client = getOctokit(token, { baseUrl: github.url });
    const summary = await checkApprovals(client, { owner: 'acme', repo: 'agents', pullNumber: 12, headSha: HEAD_SHA }, ['@carol', '@dave', '@acme/risk']);
    expect(summary).toEqual({ approved: ['@carol'], missing: ['@dave'], unverifiable: ['@acme/risk'], stale: ['@dave'] });
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/agents/pulls/12/reviews']);
  });

  test('only teams: no API call at all', async () => {
    const client = getOctokit(token, { baseUrl: github.url });
    await checkApprovals(client, { owner: 'acme', repo: 'agents', pullNumber: 12, headSha: HEAD_SHA }, ['@acme/risk']);
    expect(github.requests).toEqual([]);
  });
});
