// judgeManifest, the pure judgement, rule by rule: one defect per case, no git. The same cases run
// through real repositories in test/core/rules/catalog.test.ts; here the diff hazards, pacing, approvals and
// waivers get their tables too.
import { UNCHANGED_REVIEW, judgeCase, type PureCase } from './support.js';
import { RULES } from '../../../src/core/rules/registry.js';
import { cases, ready } from '../rules/cases.js';
import { readyManifest } from '../../fixtures/seeds.js';
import { findingsOf, lineOf, without } from '../../helpers/gate.js';
import { typedEvidenceCases } from './typedEvidenceCases.js';

const DAY = 86_400_000;
const NOW = new Date('2026-06-01T00:00:00Z');

/** The catalog's cases, with the evidence files the git version leaves out marked missing or empty. */
const fromCatalog: PureCase[] = cases.map((c) => ({
  check: c.check,
  head: c.manifest,
  at: c.at,
  message: c.message,
  policy: c.policy,
  evidence: Object.fromEntries(Object.entries(c.base ?? {}).map(([path, text]) => [path, text === null ? 'missing' : text === '' ? 'empty' : 'ok'])),
}));

const routed = readyManifest({ triagePattern: 'routing' });
const withAuthorization = (mode: string) =>
  ready.replace(
    '  evidence:\n',
    `  authorization:\n    mode: ${mode}\n    traced_fields: [authorization_mode, delegated_principal, delegated_scope]\n    on_revoke: "pause the run"\n  evidence:\n`,
  );

/** Hazards the diff finds and the rules that pace and approve: each needs a base. */
const fromDiff: PureCase[] = [
  {
    check: 'owner_removed',
    base: ready,
    head: ready.replace('risk: "Trust Steward"', 'risk: "TBD"'),
    at: 'risk: "TBD"',
    message: /owners.risk replaced by the placeholder "TBD" \(was Trust Steward\)/,
  },
  {
    check: 'stop_condition_loosened',
    base: ready,
    head: ready.replace('"false_positive_rate > 0.20"', '"false_positive_rate > 0.30"'),
    at: 'false_positive_rate > 0.30',
    message: /stop condition loosened: false_positive_rate > 0.2 -> false_positive_rate > 0.3/,
  },
  {
    check: 'stop_condition_loosened',
    base: ready,
    head: ready.replace('"latency_p95_ms > 2000"', '"latency_p95_ms > 5000"'),
    at: 'latency_p95_ms > 5000',
    message: /rollback trigger loosened: latency_p95_ms > 2000 -> latency_p95_ms > 5000/,
  },
  {
    check: 'rollback_plan_removed',
    base: ready,
    head: without(ready, 'plan: evidence/rollback-plan.md'),
    at: 'fallback: "CS managers',
    lineOffset: -1,
    message: /rollback plan removed \(was evidence\/rollback-plan.md\)/,
  },
  {
    check: 'approval_bound_removed',
    base: ready,
    head: ready.replace('timeout: 30m', 'timeout: 999999999d'),
    at: '  approval:',
    message: /approval.timeout raised: 30m -> 999999999d/,
  },
  {
    check: 'approval_bound_removed',
    base: ready,
    head: ready.replace('backlog_threshold: 50', 'backlog_threshold: 1000000000'),
    at: '  approval:',
    message: /approval.backlog_threshold raised: 50 paused runs -> 1,000,000,000 paused runs/,
  },
  {
    check: 'stop_condition_loosened',
    base: ready.replace('"false_positive_rate > 0.20"', '{ condition: "false_positive_rate > 0.20", action: rollback }'),
    head: ready.replace('"false_positive_rate > 0.20"', '{ condition: "false_positive_rate > 0.20", action: page }'),
    at: 'false_positive_rate > 0.20',
    message: /stop condition loosened: false_positive_rate > 0.2 \(rollback\) -> false_positive_rate > 0.2 \(page\)/,
  },
  {
    check: 'stop_condition_loosened',
    base: ready,
    head: ready.replace('"latency_p95_ms > 2000"', '{ condition: "latency_p95_ms > 2000", action: page }'),
    at: 'latency_p95_ms > 2000',
    message: /rollback trigger loosened: latency_p95_ms > 2000 -> latency_p95_ms > 2000 \(page\)/,
  },
  {
    check: 'approval_bound_removed',
    base: ready,
    head: without(ready, 'backlog_threshold: 50'),
    at: '  approval:',
    message: /approval.backlog_threshold removed: 50 paused runs -> unbounded/,
  },
  {
    check: 'authorization_mode_changed',
    base: withAuthorization('service'),
    head: withAuthorization('delegated'),
    at: 'authorization:',
    message: /service -> delegated/,
  },
  {
    check: 'orchestration_pattern_change_unreviewed',
    base: ready,
    head: routed,
    baseOids: { 'reviews/triage-routing.md': UNCHANGED_REVIEW },
    at: 'review: reviews/',
    message: /not updated in this change/,
  },
  {
    check: 'orchestration_pattern_change_approval',
    base: ready,
    head: routed,
    at: '    triage:',
    message: /needs approval from the technical owner @ai-platform-lead/,
  },
  {
    check: 'exposure_step_within_limit',
    base: readyManifest({ tenantPercent: 5 }),
    head: readyManifest({ tenantPercent: 40 }),
    policy: 'rollout:\n  pacing: { max_step_pct: 25 }\n',
    at: 'tenant_percent: 40',
    message: /rises by 35 points \(5% -> 40%\)/,
  },
  {
    check: 'dwell_time_met',
    base: readyManifest({ tenantPercent: 2 }),
    head: readyManifest({ tenantPercent: 5 }),
    dwellSince: new Date(NOW.getTime() - DAY),
    at: 'tenant_percent: 5',
    message: /exposure rises after 1d .* asks for 3d/,
  },
  {
    check: 'waiver_approved',
    base: ready,
    head: ready + '  waivers:\n    - check: slo_defined\n      reason: "pilot"\n      approver: "Trust Steward"\n      expires: "2026-06-30"\n',
    at: '    - check: slo_defined',
    message: /waiver for slo_defined added in this change is not in effect until the risk owner/,
  },
  {
    check: 'dwell_time_met',
    base: readyManifest({ tenantPercent: 2 }),
    head: readyManifest({ tenantPercent: 5 }),
    dwellSince: null,
    at: 'tenant_percent: 5',
    message: /cannot tell since when the current exposure has held \(no history/,
  },
];

describe('judgeManifest, one rule at a time', () => {
  test.each([...fromCatalog, ...fromDiff, ...typedEvidenceCases])('$check: $message', (c) => {
    const j = judgeCase(c, NOW);
    const hit = findingsOf(j, c.check).find((f) => c.message.test(f.message));
    expect(hit).toMatchObject({ line: lineOf(c.head, c.at ?? 'rollout_plan:') + (c.lineOffset ?? 0), severity: 'block' });
    expect(j.verdict).toBe('block');
  });

  test('every rule in the registry has a table case', () => {
    // The exposure-source rules judge sources, which these manifest-only cases have none of: their table is test/core/sources/judgeSources.test.ts.
    const covered = new Set([
      ...[...fromCatalog, ...fromDiff, ...typedEvidenceCases].map((c) => c.check),
      'exposure_source_matches_stage',
      'exposure_source_guard_removed',
      'exposure_source_stop_conditions_bound',
    ]);
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test('the ready manifest is judged clean, new or unchanged', () => {
    expect(judgeCase({ check: '', head: ready, message: /./ }, NOW).findings).toEqual([]);
    expect(judgeCase({ check: '', base: ready, head: ready, message: /./ }, NOW)).toMatchObject({ findings: [], verdict: 'pass' });
  });
});

describe('what the judgement decides around the rules', () => {
  test('a change that only lowers exposure runs no rule, even with every evidence file missing', () => {
    const j = judgeCase(
      { check: '', base: readyManifest({ tenantPercent: 5 }), head: readyManifest({ tenantPercent: 2 }), evidence: 'none', message: /./ },
      NOW,
    );
    expect(j).toMatchObject({ exposureReductionOnly: true, verdict: 'pass', findings: [] });
    expect(j.changes.map((x) => x.kind)).toEqual(['exposure_decreased']);
  });

  test('documenting the service authorization a manifest never stated is no mode change; declaring delegated is', () => {
    const documented = judgeCase({ check: '', base: ready, head: withAuthorization('service'), message: /./ }, NOW);
    expect(documented.changes.map((x) => x.kind)).not.toContain('authorization_mode_changed');
    expect(findingsOf(documented, 'authorization_mode_changed')).toEqual([]);
    const delegated = judgeCase({ check: '', base: ready, head: withAuthorization('delegated'), message: /./ }, NOW);
    expect(findingsOf(delegated, 'authorization_mode_changed').map((f) => f.message)).toEqual(['authorization mode changed: not set -> delegated']);
  });

  test('a head that does not load is blocked as invalid, never diffed as a removal', () => {
    const j = judgeCase({ check: '', base: ready, head: 'rollout_plan: [unclosed\n', message: /./ }, NOW);
    expect(j.changes).toEqual([]);
    expect(j.findings.map((f) => f.check)).toEqual(['manifest_invalid']);
    expect(j.verdict).toBe('block');
  });

  test('one problem, one finding: an on-call owner set to TBD is one finding naming every check it fails', () => {
    const ga = readyManifest({
      stage: 'ga',
      extra: '    runbook: evidence/runbook.md\n    alerting: evidence/alerting.md\n    regression_gate: evidence/regression-gate.md\n',
    });
    const j = judgeCase({ check: '', base: ga, head: ga.replace('on_call: "AI Platform On-call"', 'on_call: "TBD"'), message: /./ }, NOW);
    // The GA ladder asks for a communication owner the ready manifest lacks: that is its own problem.
    expect(j.findings.map((f) => f.check).sort()).toEqual(['owner_removed', 'owners_named']);
    const f = j.findings.find((x) => x.check === 'owner_removed');
    expect(f).toMatchObject({
      check: 'owner_removed',
      line: lineOf(ga, 'on_call:'),
      message: 'owners.on_call replaced by the placeholder "TBD" (was AI Platform On-call)',
    });
    expect(f!.covers.map((c) => c.check).sort()).toEqual(['oncall_owner', 'owners_named']);
  });

  test('one problem, one finding: a missing evidence file is one finding, by the check that needed it', () => {
    const j = judgeCase({ check: '', head: ready, evidence: { 'evidence/slo.md': 'missing' }, message: /./ }, NOW);
    expect(j.findings.map((f) => [f.check, f.covers.map((c) => c.check)])).toEqual([['slo_defined', ['evidence_invalid']]]);
  });

  test('one tab is one problem, not one finding per line that the parser trips over after it', () => {
    const j = judgeCase({ check: '', base: ready, head: ready.replace('  stop_conditions:', '\tstop_conditions:'), message: /./ }, NOW);
    const messages = j.findings.map((f) => f.message);
    expect(messages[0]).toMatch(/Tabs are not allowed as indentation/);
    expect(messages.filter((m) => /All mapping items must start at the same column/.test(m))).toEqual([
      expect.stringMatching(/\(and on \d+ more lines: \d+, \d+, \d+, \d+, \d+, …\)$/),
    ]);
    expect(j.findings).toHaveLength(2);
  });

  test('an owner who approved the head commit meets the approval request; the others stay outstanding', () => {
    const approvals = { kind: 'reviews' as const, stateOf: (h: string) => (h === '@ai-platform-lead' ? ('approved' as const) : ('missing' as const)) };
    const j = judgeCase(
      { check: '', base: ready, head: routed, approvals, policy: 'rollout:\n  approvals: { orchestration_pattern_change: [technical, risk] }\n', message: /./ },
      NOW,
    );
    expect(j.approvals.map((a) => [a.category, a.handle, a.state])).toEqual([
      ['technical', '@ai-platform-lead', 'approved'],
      ['risk', null, 'missing'],
    ]);
    expect(j.findings.filter((f) => f.check === 'orchestration_pattern_change_approval').map((f) => f.message)).toEqual([
      'orchestration.triage fixed_workflow -> routing needs approval from the risk owner "Trust Steward", who has no GitHub handle to verify the approval with',
    ]);
  });

  test("the approver's handle comes from the base: a pull request that renames the owner's handle to an accomplice gains nothing", () => {
    const accomplice = routed.replace('github: "@ai-platform-lead"', 'github: "@accomplice"');
    const approvals = { kind: 'reviews' as const, stateOf: (h: string) => (h === '@accomplice' ? ('approved' as const) : ('missing' as const)) };
    const j = judgeCase({ check: '', base: ready, head: accomplice, approvals, message: /./ }, NOW);
    expect(j.approvals.find((a) => a.category === 'technical')).toMatchObject({ handle: '@ai-platform-lead', state: 'missing' });
    expect(j.findings.filter((f) => f.check === 'orchestration_pattern_change_approval').map((f) => f.message)).toContainEqual(
      'orchestration.triage fixed_workflow -> routing needs approval from the technical owner @ai-platform-lead',
    );
  });

  test('without reviews (the CLI) every approval request is unchecked, or missing where no handle is named, and outstanding', () => {
    const j = judgeCase({ check: '', base: ready, head: routed, message: /./ }, NOW);
    expect(j.approvals.map((a) => [a.category, a.state])).toEqual([
      ['technical', 'unchecked'],
      ['risk', 'missing'],
    ]);
    expect(findingsOf(j, 'orchestration_pattern_change_approval')).toHaveLength(2);
  });

  const waiverText = (approver: string, expires: string) =>
    `  waivers:\n    - check: trace_coverage\n      reason: "tracing lands next sprint"\n      approver: "${approver}"\n      expires: "${expires}"\n`;
  const notReady = without(ready, 'trace_coverage:');
  const onBase = (approver: string, expires = '2026-06-30') => ({
    base: notReady + waiverText(approver, expires),
    head: notReady + waiverText(approver, expires),
  });

  test.each([
    ['a waiver on the base silences the check until expiry', onBase('Trust Steward'), []],
    ['an expired waiver blocks', onBase('Trust Steward', '2026-05-31'), ['trace_coverage', 'waiver_expired']],
    ['a placeholder approver is no approver', onBase('nobody'), ['manifest_invalid', 'trace_coverage']],
    ['a punctuation placeholder is no approver either', onBase('T.B.D.'), ['manifest_invalid', 'trace_coverage']],
    [
      'a waiver the change adds waits for approval, and the check still runs',
      { base: notReady, head: notReady + waiverText('Trust Steward', '2026-06-30') },
      ['trace_coverage', 'waiver_approved'],
    ],
    [
      'a waiver the change renews is a new waiver',
      { base: notReady + waiverText('Trust Steward', '2026-06-30'), head: notReady + waiverText('Trust Steward', '2026-08-30') },
      ['trace_coverage', 'waiver_approved'],
    ],
    [
      'a waiver the change signs with another approver is a new waiver',
      { base: notReady + waiverText('Trust Steward', '2026-06-30'), head: notReady + waiverText('Risk Lead', '2026-06-30') },
      ['trace_coverage', 'waiver_approved'],
    ],
    [
      'a base waiver the change moves to another check is a new waiver for that check',
      {
        base: notReady + waiverText('Trust Steward', '2026-06-30').replace('check: trace_coverage', 'check: slo_defined'),
        head: notReady + waiverText('Trust Steward', '2026-06-30'),
      },
      ['trace_coverage', 'waiver_approved'],
    ],
  ])('waivers: %s', (_name, sides, checks) => {
    const j = judgeCase({ check: '', ...sides, message: /./ }, NOW);
    expect(j.findings.map((f) => f.check).sort()).toEqual(checks);
  });

  const riskWithHandle = (text: string) => text.replace('risk: "Trust Steward"', 'risk: { name: "Trust Steward", github: "@trust-steward" }');
  const approving = (handle: string) => ({ kind: 'reviews' as const, stateOf: (h: string) => (h === handle ? ('approved' as const) : ('missing' as const)) });
  const added = { base: riskWithHandle(notReady), head: riskWithHandle(notReady) + waiverText('Trust Steward', '2026-06-30') };

  test("a waiver the change adds takes effect once the base's waiver approver approves", () => {
    const j = judgeCase({ check: '', ...added, approvals: approving('@trust-steward'), message: /./ }, NOW);
    expect(j.findings).toEqual([]);
    expect(j.waivers).toEqual([expect.objectContaining({ check: 'trace_coverage', state: 'in_effect' })]);
  });

  test('the approver must be the one the base names: a handle the change gives itself does not count', () => {
    const head = riskWithHandle(notReady).replace('@trust-steward', '@accomplice') + waiverText('Trust Steward', '2026-06-30');
    const j = judgeCase({ check: '', base: riskWithHandle(notReady), head, approvals: approving('@accomplice'), message: /./ }, NOW);
    expect(j.findings.map((f) => f.check).sort()).toEqual(['trace_coverage', 'waiver_approved']);
  });

  test('a waiver longer than waivers.max_days does not take effect, approved or not', () => {
    const long = { base: added.base, head: riskWithHandle(notReady) + waiverText('Trust Steward', '2026-12-31') };
    const j = judgeCase({ check: '', ...long, approvals: approving('@trust-steward'), message: /./ }, NOW);
    expect(j.findings.find((f) => f.check === 'waiver_approved')?.message).toMatch(/runs until 2026-12-31, longer than the 90 days the policy allows/);
  });
});
