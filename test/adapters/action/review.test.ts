// Which findings a pull-request review comments inline, and what its body says.
import { MAX_REVIEW_BODY_CHARS, planReview, REVIEW_MARKER, rightSideLines } from '../../../src/adapters/action/review.js';
import type { Finding } from '../../../src/core/report/model.js';

describe('rightSideLines: the head lines a patch shows', () => {
  test.each([
    ['no patch (binary or too large)', undefined, []],
    [
      'one changed line with context',
      '@@ -7,5 +7,5 @@ a\n   stages:\n     canary:\n-      traffic_percent: 5\n+      traffic_percent: 35\n       exit: []',
      [7, 8, 9, 10],
    ],
    ['an added file', '@@ -0,0 +1,3 @@\n+a\n+b\n+c', [1, 2, 3]],
    ['removed lines take no head line', '@@ -1,3 +1,1 @@\n-a\n-b\n c', [1]],
    ['two hunks', '@@ -1 +1 @@\n-a\n+b\n@@ -20,2 +20,3 @@\n x\n+y\n z', [1, 20, 21, 22]],
    ['"no newline at end of file" is no line', '@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file', [1]],
    ['a hunk header with one-line counts', '@@ -5 +6 @@\n-x\n+y', [6]],
  ])('%s', (_name, patch, lines) => {
    expect([...rightSideLines(patch)].sort((a, b) => a - b)).toEqual(lines);
  });
});

function finding(over: Partial<Finding>): Finding {
  return {
    check: 'exposure_step_within_limit',
    severity: 'block',
    readinessBlock: 'ownership_and_rollback',
    file: 'rollouts/triage.yml',
    line: 9,
    column: 5,
    message: 'The step is 30 points; the policy allows 25.',
    remediation: 'Ramp in smaller steps.',
    covers: [],
    owner: null,
    ownerCategory: null,
    ...over,
  };
}

const diff = new Map([['rollouts/triage.yml', new Set([7, 8, 9, 10])]]);

describe('planReview: what goes inline', () => {
  test.each([
    ['a blocking finding on a diff line is inline', finding({}), 1],
    ['a blocking finding on a line outside the diff goes in the body', finding({ line: 30 }), 0],
    ['a finding in a file the pull request does not change goes in the body', finding({ file: 'rollouts/other.yml' }), 0],
    ['a warning stays in the body even on a diff line', finding({ severity: 'warn' }), 0],
  ])('%s', (_name, f, inline) => {
    const plan = planReview([f], diff, { mode: 'comment', verdict: 'block' })!;
    expect(plan.comments).toHaveLength(inline);
    if (inline === 1) expect(plan.comments[0]).toMatchObject({ path: 'rollouts/triage.yml', line: 9, side: 'RIGHT' });
    else expect(plan.body).toContain(`\`${f.file}:${f.line}\``);
    expect(plan.body.startsWith(REVIEW_MARKER)).toBe(true);
  });

  test('no finding, no review', () => {
    expect(planReview([], diff, { mode: 'request-changes', verdict: 'pass' })).toBeNull();
  });

  test.each([
    ['request-changes', 'block', 'REQUEST_CHANGES'],
    ['request-changes', 'warn', 'COMMENT'],
    ['comment', 'block', 'COMMENT'],
  ] as const)('mode %s with verdict %s submits %s', (mode, verdict, event) => {
    expect(planReview([finding({ severity: verdict === 'warn' ? 'warn' : 'block' })], diff, { mode, verdict })!.event).toBe(event);
  });

  test('inline comments are bounded; the rest are listed in the body', () => {
    const many = Array.from({ length: 4 }, (_, i) => finding({ line: 7 + i, check: `check_${i}` }));
    const plan = planReview(many, diff, { mode: 'comment', verdict: 'block', maxInline: 2 })!;
    expect(plan.comments.map((c) => c.line)).toEqual([7, 8]);
    expect(plan.body).toContain('`rollouts/triage.yml:9`');
    expect(plan.body).toContain('`rollouts/triage.yml:10`');
  });

  test("the body stays within GitHub's limit", () => {
    const many = Array.from({ length: 200 }, (_, i) => finding({ line: 1000 + i, message: 'x'.repeat(1500) }));
    const plan = planReview(many, diff, { mode: 'comment', verdict: 'block' })!;
    expect(plan.body.length).toBeLessThanOrEqual(MAX_REVIEW_BODY_CHARS);
    expect(plan.body).toMatch(/… and \d+ more/);
  });

  test('repository text is escaped: no mention, no heading, no HTML', () => {
    const plan = planReview([finding({ message: '@platform-lead <img src=x> ## ✅ passed' })], diff, { mode: 'comment', verdict: 'block' })!;
    const inline = plan.comments[0]!.body;
    expect(inline).not.toMatch(/@platform-lead/);
    expect(inline).not.toContain('<img');
    expect(inline).toContain('&lt;img');
  });
});
