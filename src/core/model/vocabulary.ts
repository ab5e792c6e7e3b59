// The fixed vocabularies of the domain, from the rollout-readiness seeds. Each is a closed set so that a
// typo in a manifest or policy is an error with a suggestion instead of a silently ignored key.

/** The seven readiness blocks a release must close before exposure grows. */
export const READINESS_BLOCKS = [
  'runtime_correctness',
  'safety_and_policy',
  'capability_execution',
  'observability',
  'eval_and_slo',
  'operational_readiness',
  'ownership_and_rollback',
] as const;
export type ReadinessBlock = (typeof READINESS_BLOCKS)[number];

export const READINESS_BLOCK_TITLES: Record<ReadinessBlock, string> = {
  runtime_correctness: 'Runtime correctness',
  safety_and_policy: 'Safety and policy',
  capability_execution: 'Capability execution',
  observability: 'Observability',
  eval_and_slo: 'Eval and SLO',
  operational_readiness: 'Operational readiness',
  ownership_and_rollback: 'Ownership and rollback',
};

/** Categories of the ownership map: who makes the call when the data is ambiguous. */
export const OWNER_CATEGORIES = ['product', 'technical', 'data', 'eval', 'support', 'communication', 'cost', 'risk', 'on_call', 'rollback'] as const;
export type OwnerCategory = (typeof OWNER_CATEGORIES)[number];

/** Anthropic's workflow taxonomy plus the plain fixed workflow. */
export const ORCHESTRATION_PATTERNS = [
  'fixed_workflow',
  'prompt_chaining',
  'routing',
  'parallelization',
  'orchestrator_workers',
  'evaluator_optimizer',
  'autonomous_agent',
] as const;
export type OrchestrationPattern = (typeof ORCHESTRATION_PATTERNS)[number];

/** Kinds of readiness evidence a manifest can point at; each is a file in the repository. */
export const EVIDENCE_KINDS = [
  'trace_coverage',
  'policy_prechecks',
  'policy_decision_traces',
  'offline_eval',
  'slo',
  'regression_gate',
  'runbook',
  'alerting',
  'rollback_rehearsal',
  'failed_run_drills',
  'multi_tenant_tests',
  'high_risk_path_tests',
  'support_readiness',
  'communication_plan',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * The conventional rollout ladder. Manifests order their own stages; this ranking is only used to compare a
 * manifest's stage with a policy's stage name (for example `rollout_mode.initial: canary`).
 */
// Prototype-free (hardening, issue #5): it is indexed with stage names from YAML, and with a plain object
// `CANONICAL_LADDER['constructor']` was Object itself, so a stage named "constructor" compared as "not
// beyond" any limit instead of "unknown", and a first go-live at it passed initial_stage_respected.
export const CANONICAL_LADDER: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  shadow: 0,
  internal: 1,
  dogfood: 1,
  supervised_pilot: 2,
  pilot: 2,
  limited_beta: 3,
  beta: 3,
  customer_cohort: 4,
  cohort: 4,
  canary: 5,
  canary_expansion: 6,
  ga: 7,
  general_availability: 7,
});

export const SEVERITIES = ['block', 'warn'] as const;
export type Severity = (typeof SEVERITIES)[number];
