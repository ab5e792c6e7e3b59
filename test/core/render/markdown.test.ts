import {
  COMMENT_MARKER,
  ownersToNotify,
  renderComment,
  renderFailureComment,
  renderLadder,
  renderMarkdown,
  renderSummary,
} from '../../../src/core/render/markdown.js';
import { approval, at, change, finding, manifest, report } from '../../adapters/action/reportFixtures.js';

const ZWJ = '\u200D';
/** Live mentions in rendered Markdown: an @ directly followed by a handle character. */
const liveMentions = (md: string): string[] => md.match(/(?<![\w`])@[A-Za-z0-9][\w/-]*/g) ?? [];

describe('renderComment', () => {
  const blocked = report({
    findings: [
      finding(),
      finding({
        check: 'owners_named',
        readinessBlock: 'ownership_and_rollback',
        line: 30,
        message: 'no risk owner (`owners.risk`) is named',
        owner: { category: 'product', name: 'Dana', github: '@dana' },
      }),
      finding({ check: 'slo_defined', severity: 'warn', readinessBlock: 'eval_and_slo', line: 40, message: 'no SLO', owner: null, ownerCategory: 'eval' }),
    ],
    changes: [change(), { ...at('pattern_changed', 'orchestration.triage', 20), path: 'triage', from: 'fixed_workflow', to: 'routing' }],
  });

  test('starts with the hidden marker and a blocking headline naming the unmet blocks', () => {
    const md = renderComment(blocked);
    expect(md.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(md).toContain('## ⛔ Rollout gate: blocked');
    expect(md).toContain('2 unmet readiness blocks: Observability, Ownership and rollback');
  });

  test('shows the seven readiness blocks with their status', () => {
    const md = renderComment(blocked);
    expect(md).toContain('| Runtime correctness | ✅ met |');
    expect(md).toContain('| Observability | ⛔ 1 blocking finding |');
    expect(md).toContain('| Eval and SLO | ⚠️ 1 warning |');
    expect(md).toContain('| Ownership and rollback | ⛔ 1 blocking finding |');
    expect(md).not.toContain('Input errors');
  });

  test('describes the changes in the words of the phrase table, escaped', () => {
    const md = renderComment(blocked);
    expect(md).toContain('- stages.canary.traffic\\_percent 5% -&gt; 25%, +20 points · line 12');
    expect(md).toContain('- pattern changed: orchestration.triage fixed\\_workflow -&gt; routing · line 20');
  });

  test('lists each finding under its block with message, location, remediation and owner', () => {
    const md = renderComment(blocked);
    const observability = md.indexOf('#### ⛔ Observability');
    const ownership = md.indexOf('#### ⛔ Ownership and rollback');
    const evalSlo = md.indexOf('#### ⚠️ Eval and SLO');
    // Canonical block order: observability, eval and SLO, ownership and rollback.
    expect(observability).toBeGreaterThan(0);
    expect(evalSlo).toBeGreaterThan(observability);
    expect(ownership).toBeGreaterThan(evalSlo);
    expect(md).toContain('- ⛔ Trace coverage evidence is missing. — `rollouts/triage.yml:14` · `evidence_trace_coverage`');
    expect(md).toContain('**Fix:** Commit a trace coverage report and point evidence.trace\\_coverage at it.');
    expect(md).toContain(`Owner: technical — AI Platform @${ZWJ}alice`);
    expect(md).toContain('no risk owner (`owners.risk`) is named');
    expect(md).toContain('Owner: eval (not named in the manifest)');
  });

  test('pings only the owners of blocking findings, once, on the "Owners to notify" line', () => {
    const md = renderComment(blocked);
    expect(md).toContain('**Owners to notify:** @alice @dana');
    expect(liveMentions(md).sort()).toEqual(['@alice', '@dana']);
  });

  test('never pings an invalid handle, and repository text cannot ping anybody', () => {
    const r = report({ findings: [finding({ message: 'cc @everyone @org/all', owner: { category: 'risk', name: '@mallory', github: '@bad handle' } })] });
    const md = renderComment(r);
    expect(md).not.toContain('Owners to notify');
    expect(liveMentions(md)).toEqual([]);
  });

  test('a passing report says so in the same comment, with no one to notify', () => {
    const md = renderComment(report({ findings: [] }));
    expect(md.startsWith(COMMENT_MARKER)).toBe(true);
    expect(md).toContain('## ✅ Rollout gate: passed');
    expect(md).toContain('All seven readiness blocks are met for 1 manifest.');
    expect(md).not.toContain('Owners to notify');
    expect(md).not.toContain('⛔');
  });

  test('a pass with a waived check never says every block is met, and lists the waiver', () => {
    const waived = {
      file: 'rollouts/triage.yml',
      line: 60,
      check: 'trace_coverage',
      approver: 'Trust Steward',
      expires: '2026-06-30',
      reason: 'tracing lands next sprint',
      state: 'in_effect' as const,
    };
    const md = renderComment(report({ findings: [], waivers: [waived, { ...waived, line: 65, check: 'slo_defined', state: 'awaiting_approval' }] }));
    expect(md).toContain('## ✅ Rollout gate: passed');
    expect(md).not.toContain('readiness blocks are met');
    expect(md).toContain('Nothing blocks: 1 manifest checked, 1 check waived (see Waivers).');
    expect(md).toContain('### Waivers');
    expect(md).toContain('- 🔕 waived `trace_coverage` until 2026-06-30, approved by Trust Steward: tracing lands next sprint — `rollouts/triage.yml:60`');
    expect(md).toContain('- ⏳ added in this change, not in effect until approved: `slo_defined`');
  });

  test('warnings pass with their own headline', () => {
    const md = renderComment(report({ findings: [finding({ severity: 'warn' })] }));
    expect(md).toContain('## ⚠️ Rollout gate: passed with warnings');
  });

  test('nothing changed: says there was nothing to gate', () => {
    const md = renderComment(report({ manifests: [], changes: [] }));
    expect(md).toContain('No rollout manifest changed');
  });

  test('repository content cannot fake a passing section or inject HTML', () => {
    const evil = finding({ message: 'x\n\n## ✅ All checks passed\n<!-- rollout-gate:comment -->', remediation: '</details><script>alert(1)</script>' });
    const md = renderComment(report({ findings: [evil], manifests: [manifest({ workflow: 'wf\n# ✅ passed', file: 'rollouts/triage.yml' })] }));
    expect(
      md
        .split('\n')
        .filter((l) => /^#+ /.test(l))
        .every((l) => !l.includes('All checks passed')),
    ).toBe(true);
    expect(md).not.toMatch(/^#+ ✅/m);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('</details>');
    // The marker appears once, at the top.
    expect(md.split(COMMENT_MARKER).length).toBe(2);
  });

  test('links the run when given, and only http(s) links', () => {
    expect(renderComment(blocked, { runUrl: 'https://github.com/o/r/actions/runs/7' })).toContain('(https://github.com/o/r/actions/runs/7)');
    expect(renderComment(blocked, { runUrl: 'javascript:alert(1)' })).not.toContain('javascript:');
  });

  test('shows the approvals the policy asks for without pinging approvers again', () => {
    const withApprovals = {
      ...blocked,
      approvals: [
        approval('@carol', 'approved'),
        approval('@dave', 'missing'),
        approval('@erin', 'stale'),
        approval('@org/risk', 'unverifiable'),
        approval('@nobody', 'unchecked'),
      ],
    };
    const md = renderComment(withApprovals);
    expect(md).not.toContain('nobody');
    expect(md).toContain(`- ✅ @${ZWJ}carol approved the latest commit`);
    expect(md).toContain(`- ⏳ @${ZWJ}dave has not approved yet`);
    expect(md).toContain(`- ⏳ @${ZWJ}erin approved an earlier commit; the latest commit needs a new approval`);
    expect(md).toContain(`- ❔ @${ZWJ}org/risk is a team: membership cannot be read with the workflow's default token`);
    expect(md).toContain('**Owners to notify:** @alice @dana @dave @erin');
  });

  describe('size limit', () => {
    const many = report({
      findings: Array.from({ length: 400 }, (_, i) => finding({ line: i + 1, message: `finding number ${i} ${'x'.repeat(300)}` })),
    });

    test('a long report is cut cleanly under maxLength with a pointer to the job summary', () => {
      const md = renderComment(many, { maxLength: 20_000, runUrl: 'https://github.com/o/r/actions/runs/7' });
      expect(md.length).toBeLessThanOrEqual(20_000);
      expect(md.startsWith(COMMENT_MARKER)).toBe(true);
      expect(md).toMatch(/This comment is cut to stay within GitHub's size limit: \d+ more findings not shown\. The full report is in the \[job summary\]/);
      // Cut between pieces: the Mermaid fence is closed and the footer is intact.
      expect((md.match(/```/g) ?? []).length % 2).toBe(0);
      expect(md.trimEnd().endsWith('</sub>')).toBe(true);
      const shown = (md.match(/finding number/g) ?? []).length;
      const said = Number(/(\d+) more findings not shown/.exec(md)![1]);
      expect(shown + said).toBe(400);
    });

    test("the default limit keeps the body under GitHub's 65,536 characters", () => {
      const md = renderComment(many);
      expect(md.length).toBeLessThanOrEqual(60_000);
    });

    test('the job summary keeps everything', () => {
      const md = renderSummary(many);
      expect((md.match(/finding number/g) ?? []).length).toBe(400);
      expect(md).not.toContain(COMMENT_MARKER);
    });
  });
});

describe('renderSummary', () => {
  test("mentions the findings left out of the annotations and the action's notes", () => {
    const md = renderSummary(report({ findings: [finding()] }), { annotationsOmitted: 7, notes: ['The pull-request comment could not be posted (HTTP 403).'] });
    expect(md).toContain('7 more findings are listed only in this summary');
    expect(md).toContain('> [!WARNING]\n> The pull-request comment could not be posted (HTTP 403).');
  });

  test("stays under GitHub's 1 MiB per step", () => {
    const huge = report({ findings: Array.from({ length: 3000 }, (_, i) => finding({ line: i + 1, message: 'y'.repeat(1500) })) });
    const md = renderSummary(huge);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1024 * 1024);
    expect(md).toContain("The summary is cut at GitHub's 1 MiB limit");
  });
});

describe('renderMarkdown (CLI --format markdown)', () => {
  test('is the comment without the marker', () => {
    const r = report({ findings: [finding()] });
    const md = renderMarkdown(r);
    expect(md).not.toContain(COMMENT_MARKER);
    expect(md.startsWith('## ⛔ Rollout gate: blocked')).toBe(true);
    expect(renderComment(r)).toContain(md.split('\n---\n')[0]!.trim());
  });
});

describe('renderLadder', () => {
  test('marks the live stage and the proposed move with positional node ids', () => {
    const out = renderLadder(manifest({ ladder: ['dogfood', 'limited_beta', 'canary', 'ga'], stageBefore: 'limited_beta', stageAfter: 'canary' }))!;
    expect(out.split('\n')).toEqual([
      '```mermaid',
      'flowchart LR',
      '  s0["dogfood"]',
      '  s1["limited_beta (live now)"]',
      '  s2["canary (proposed)"]',
      '  s3["ga"]',
      '  s0 --> s1',
      '  s1 --> s2',
      '  s2 --> s3',
      '  s1 -. this change .-> s2',
      '  classDef live fill:#dafbe1,stroke:#1a7f37,stroke-width:2px',
      '  classDef proposed fill:#fff8c5,stroke:#9a6700,stroke-width:3px,stroke-dasharray:4 3',
      '  class s1 live',
      '  class s2 proposed',
      '```',
    ]);
  });

  test('an unmoved stage is marked live, with no proposed move', () => {
    const out = renderLadder(manifest({ stageBefore: 'canary', stageAfter: 'canary' }))!;
    expect(out).toContain('s2["canary (live)"]');
    expect(out).not.toContain('proposed"]');
    expect(out).not.toContain('this change');
  });

  test('a hostile stage name cannot break out of the label or the fence', () => {
    const out = renderLadder(manifest({ ladder: ['a"]\n```\n@bob', 'b'], stageBefore: null, stageAfter: null }))!;
    expect(out.split('\n')[2]).toBe('  s0["a#34;#93; #96;#96;#96; #64;bob"]');
    expect((out.match(/```/g) ?? []).length).toBe(2);
  });

  test('no ladder, no diagram', () => {
    expect(renderLadder(manifest({ ladder: [] }))).toBeNull();
  });
});

test('ownersToNotify de-duplicates handles case-insensitively, most important first', () => {
  const r = report({
    findings: [
      finding({ severity: 'warn', owner: { category: 'eval', name: 'E', github: '@erin' } }),
      finding({ owner: { category: 'risk', name: 'A', github: '@Alice' } }),
      finding({ owner: { category: 'risk', name: 'A', github: '@alice' } }),
    ],
  });
  expect(ownersToNotify(r)).toEqual(['@Alice']);
});

test('renderFailureComment keeps the marker so it replaces an earlier verdict', () => {
  const md = renderFailureComment('the base commit abc is not in this clone; set `fetch-depth: 0`');
  expect(md.startsWith(COMMENT_MARKER)).toBe(true);
  expect(md).toContain('## ⛔ Rollout gate: could not check this change');
  expect(md).toContain('fetch-depth: 0');
});
