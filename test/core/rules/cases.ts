// One defect per rule, on the ready manifest: shared by the end-to-end catalog test (through real git)
// and the pure table tests of judgeManifest.
import { readyManifest } from '../../fixtures/seeds.js';
import { without } from '../../helpers/gate.js';

const GA_EVIDENCE = `    runbook: evidence/runbook.md
    alerting: evidence/alerting.md
    regression_gate: evidence/regression-gate.md
`;

export interface Case {
  check: string;
  /** The manifest the pull request adds. */
  manifest: string;
  /** Text on the line the finding must point at; undefined: the `rollout_plan:` line. */
  at?: string;
  message: RegExp;
  /** A policy file on the base (default: the embedded default policy). */
  policy?: string;
  /** Files to leave out of or add to the base commit. */
  base?: Record<string, string | null>;
}

export const ready = readyManifest();
export const ga = readyManifest({ stage: 'ga', extra: GA_EVIDENCE });

export const cases: Case[] = [
  {
    check: 'multi_tenant_boundaries_tested',
    manifest: ready,
    policy: 'rollout:\n  require: [multi_tenant_boundaries_tested]\n',
    message: /no multi-tenant boundary test evidence: `evidence.multi_tenant_tests` is not set/,
  },
  {
    check: 'duplicate_write_on_retry',
    manifest: without(ready, 'idempotency:'),
    policy: 'rollout:\n  block_if: [duplicate_write_on_retry]\n',
    at: 'create_support_ticket:',
    message: /retries up to 3 times without an idempotency strategy/,
  },
  {
    check: 'shadow_period_completed',
    manifest: ready,
    policy: 'rollout:\n  rollout_mode: { require_shadow_period: true, min_shadow_days: 21 }\n',
    at: 'shadow_period:',
    message: /shadow period of 14 days is shorter than the 21 days the policy asks for/,
  },
  { check: 'trace_coverage', manifest: without(ready, 'trace_coverage:'), message: /no trace-coverage evidence/ },
  { check: 'policy_prechecks', manifest: without(ready, 'policy_prechecks:'), message: /no policy pre-check evidence/ },
  { check: 'capability_owners', manifest: ready.replace('owner: "Support Platform"', 'owner: "TBD"'), at: 'owner: "TBD"', message: /placeholder \("TBD"\)/ },
  { check: 'offline_eval_pass', manifest: ready, base: { 'evidence/offline-eval.md': null }, at: 'offline_eval:', message: /does not exist/ },
  { check: 'slo_defined', manifest: ready, base: { 'evidence/slo.md': '' }, at: 'slo:', message: /is empty/ },
  {
    check: 'rollback_plan',
    manifest: ready.replace('rollback: "AI Platform On-call"', 'rollback: "?"'),
    at: 'rollback: "?"',
    message: /rollback owner .* placeholder/,
  },
  {
    check: 'oncall_owner',
    manifest: ready.replace('on_call: "AI Platform On-call"', 'on_call: ""'),
    at: 'on_call: ""',
    message: /on-call owner .* placeholder/,
  },
  {
    check: 'approval_queue_owner',
    manifest: ready.replace('queue_owner: "CS Ops lead"', 'queue_owner: "TODO"'),
    at: 'queue_owner:',
    message: /approval queue owner .* placeholder/,
  },
  {
    check: 'session_expiry_signals_visible',
    manifest: ready.replace('expiry_signal: "mcp_session_expired_total", ', ''),
    at: 'check_access_request_status:',
    message: /no session.expiry_signal/,
  },
  {
    check: 'orchestration_pattern_reviewed',
    manifest: without(readyManifest({ triagePattern: 'routing' }), 'review: reviews/'),
    at: 'triage:',
    message: /no review of the routing pattern/,
  },
  {
    check: 'stop_conditions_defined',
    manifest: without(ready, 'stop_conditions:', '"cost_per_account', '"false_positive_rate', '"customer_complaint'),
    message: /no stop conditions/,
  },
  {
    check: 'stage_criteria_defined',
    manifest: ready.replace('exit: ["metrics stable for 7 days"]', 'entry: ["5 tenants signed up"]'),
    at: 'canary:',
    message: /stage "canary" has no exit criteria/,
  },
  { check: 'write_capability_idempotency', manifest: without(ready, 'idempotency:'), at: 'create_support_ticket:', message: /no idempotency strategy/ },
  { check: 'capability_template_complete', manifest: without(ga, 'transport: mcp'), at: 'check_access_request_status:', message: /missing transport/ },
  { check: 'runbook_present', manifest: without(ga, 'runbook:'), message: /no runbook/ },
  { check: 'alerting_configured', manifest: without(ga, 'alerting:'), message: /no alerting evidence/ },
  { check: 'regression_gate_documented', manifest: without(ga, 'regression_gate:'), message: /no regression gate documentation/ },
  { check: 'approval_fallback_defined', manifest: without(ga, 'on_timeout:'), at: 'approval:', message: /missing on_timeout/ },
  {
    check: 'delegated_authorization_traced',
    manifest: ready.replace('  evidence:\n', '  authorization:\n    mode: delegated\n    traced_fields: [authorization_mode]\n  evidence:\n'),
    at: 'authorization:',
    message: /does not trace delegated_principal, delegated_scope/,
  },
  {
    check: 'unknown_side_effect_path_missing',
    manifest: without(ready, 'unknown_side_effect:'),
    at: 'create_support_ticket:',
    message: /no unknown-side-effect path/,
  },
  {
    check: 'direct_tool_access_present',
    manifest: ready.replace('      telemetry: "ticket_create_outcome"', '      telemetry: "ticket_create_outcome"\n      via_gateway: false'),
    at: 'create_support_ticket:',
    message: /bypasses the policy gateway/,
  },
  { check: 'policy_decisions_not_traced', manifest: without(ready, 'policy_decision_traces:'), message: /no policy-decision tracing evidence/ },
  { check: 'approval_backlog_unbounded', manifest: without(ready, 'backlog_threshold:'), at: 'approval:', message: /no backlog threshold/ },
  { check: 'paused_runs_without_expiry', manifest: without(ready, 'timeout: 30m'), at: 'approval:', message: /no timeout/ },
  {
    check: 'capability_session_reinit_unmodeled',
    manifest: ready.replace(', reinit: "re-initialize and re-run the policy decision"', ''),
    at: 'check_access_request_status:',
    message: /does not model re-initialization/,
  },
  { check: 'owners_named', manifest: without(ready, 'data: "Data Eng"'), at: 'owners:', message: /data owner/ },
  { check: 'initial_stage_respected', manifest: ga, at: '    ga:', message: /first live stage "ga" is beyond the initial stage "canary"/ },
  { check: 'tenant_exposure_within_cap', manifest: readyManifest({ tenantPercent: 10 }), at: '    canary:', message: /exposes 10%, above the 5% cap/ },
  {
    check: 'shadow_period_completed',
    manifest: without(ready, 'shadow_period:', 'days: 14', 'evidence/shadow-report.md'),
    message: /requires a shadow period/,
  },
];
