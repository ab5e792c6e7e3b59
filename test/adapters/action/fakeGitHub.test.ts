// The fake API's request check must itself reject what GitHub's REST description does not define.
import { findOperation, openApiProblems } from '../../helpers/fakeGitHub.js';

test.each([
  ['GET', '/repos/acme/agents/issues/12/comments', 'issues/list-comments'],
  ['POST', '/repos/acme/agents/issues/12/comments', 'issues/create-comment'],
  ['PATCH', '/repos/acme/agents/issues/comments/99', 'issues/update-comment'],
  ['DELETE', '/repos/acme/agents/issues/comments/99', 'issues/delete-comment'],
  ['GET', '/repos/acme/agents/pulls/12/reviews', 'pulls/list-reviews'],
  ['GET', '/user', 'users/get-authenticated'],
  ['GET', '/repos/acme/agents/pulls/12', 'pulls/get'],
  ['GET', `/repos/acme/agents/commits/${'a'.repeat(40)}/pulls`, 'repos/list-pull-requests-associated-with-commit'],
  ['POST', '/repos/acme/agents/check-runs', 'checks/create'],
  ['PATCH', '/repos/acme/agents/check-runs/7', 'checks/update'],
])('%s %s is %s', (method, path, operationId) => {
  const found = findOperation(method, path);
  expect(typeof found === 'string' ? found : found.operation.operationId).toBe(operationId);
});

test('valid requests have no problems', () => {
  expect(openApiProblems({ method: 'GET', path: '/repos/acme/agents/issues/12/comments', query: { per_page: '100', page: '2' }, body: null })).toEqual([]);
  expect(openApiProblems({ method: 'POST', path: '/repos/acme/agents/issues/12/comments', query: {}, body: { body: 'hi' } })).toEqual([]);
});

test('the GraphQL endpoint accepts only the queries the double answers', () => {
  expect(openApiProblems({ method: 'POST', path: '/graphql', query: {}, body: { query: 'query { viewer { login } }' } })).toEqual([]);
  expect(openApiProblems({ method: 'POST', path: '/graphql', query: {}, body: { query: 'query { viewer { email } }' } }).join('\n')).toContain(
    'is not one the action is known to make',
  );
  expect(openApiProblems({ method: 'GET', path: '/graphql', query: {}, body: null }).join('\n')).toContain('GraphQL takes POST only');
});

test.each([
  [{ method: 'PUT', path: '/repos/acme/agents/issues/12/comments', query: {}, body: null }, 'has no PUT operation'],
  [{ method: 'GET', path: '/repos/acme/agents/issue/12/comments', query: {}, body: null }, "no such path in GitHub's REST description"],
  [{ method: 'GET', path: '/repos/acme/agents/issues/12/comments', query: { perpage: '100' }, body: null }, 'unknown query parameter perpage'],
  [{ method: 'POST', path: '/repos/acme/agents/issues/12/comments', query: {}, body: { text: 'hi' } }, 'body lacks required property body'],
  [{ method: 'POST', path: '/repos/acme/agents/issues/12/comments', query: {}, body: { body: 'hi', sticky: true } }, 'body has unknown property sticky'],
  [{ method: 'PATCH', path: '/repos/acme/agents/issues/comments/latest', query: {}, body: { body: 'x' } }, 'path parameter comment_id must be an integer'],
  [{ method: 'DELETE', path: '/repos/acme/agents/issues/comments/5', query: {}, body: { body: 'x' } }, 'takes no request body'],
  [{ method: 'POST', path: '/repos/acme/agents/check-runs', query: {}, body: { name: 'rollout-gate' } }, 'body lacks required property head_sha'],
])('invalid request %#: %s', (request, problem) => {
  expect(openApiProblems(request).join('\n')).toContain(problem);
});
