// Requirements (and one hazard) that a named evidence file exists and is a valid artifact.
import { evidenceRequirement } from './evidenceRequirement.js';

export const traceCoverage = evidenceRequirement({
  id: 'trace_coverage',
  kind: 'requirement',
  readinessBlock: 'observability',
  title: 'Trace coverage',
  description: 'Every run has a trace_id and key spans; the evidence is a trace-coverage report committed in the repository.',
  remediation: 'Commit a trace-coverage report and point `evidence.trace_coverage` at it.',
  owner: 'technical',
  field: 'trace_coverage',
  what: 'trace-coverage evidence',
});

export const policyPrechecks = evidenceRequirement({
  id: 'policy_prechecks',
  kind: 'requirement',
  readinessBlock: 'safety_and_policy',
  title: 'Policy pre-checks and egress guardrails',
  description: 'Pre-checks and egress guardrails exist on every path that matters; the evidence shows them tested.',
  remediation: 'Commit the policy pre-check test results and point `evidence.policy_prechecks` at them.',
  owner: 'risk',
  field: 'policy_prechecks',
  what: 'policy pre-check evidence',
});

export const offlineEvalPass = evidenceRequirement({
  id: 'offline_eval_pass',
  kind: 'requirement',
  readinessBlock: 'eval_and_slo',
  title: 'Offline evals pass',
  description: 'Offline evaluations pass for this release; the evidence is the eval report.',
  remediation: 'Commit the passing offline eval report and point `evidence.offline_eval` at it.',
  owner: 'eval',
  field: 'offline_eval',
  what: 'offline eval evidence',
});

export const sloDefined = evidenceRequirement({
  id: 'slo_defined',
  kind: 'requirement',
  readinessBlock: 'eval_and_slo',
  title: 'SLOs defined',
  description: 'Service-level objectives for the workflow are written down.',
  remediation: 'Commit the SLO definition and point `evidence.slo` at it.',
  owner: 'technical',
  field: 'slo',
  what: 'SLO definition',
});

export const runbookPresent = evidenceRequirement({
  id: 'runbook_present',
  kind: 'requirement',
  readinessBlock: 'operational_readiness',
  title: 'Runbook',
  description: 'A runbook for common failures exists.',
  remediation: 'Commit the runbook and point `evidence.runbook` at it.',
  owner: 'on_call',
  field: 'runbook',
  what: 'runbook',
});

export const alertingConfigured = evidenceRequirement({
  id: 'alerting_configured',
  kind: 'requirement',
  readinessBlock: 'operational_readiness',
  title: 'Alerting',
  description: 'Alerting is in place for SLO burn and safety incidents.',
  remediation: 'Commit the alert definitions and point `evidence.alerting` at them.',
  owner: 'on_call',
  field: 'alerting',
  what: 'alerting evidence',
});

export const regressionGateDocumented = evidenceRequirement({
  id: 'regression_gate_documented',
  kind: 'requirement',
  readinessBlock: 'eval_and_slo',
  title: 'Regression gate',
  description: 'The regression gate that stops a bad release is documented.',
  remediation: 'Commit the regression gate description and point `evidence.regression_gate` at it.',
  owner: 'eval',
  field: 'regression_gate',
  what: 'regression gate documentation',
});

export const policyDecisionsNotTraced = evidenceRequirement({
  id: 'policy_decisions_not_traced',
  kind: 'hazard',
  readinessBlock: 'observability',
  title: 'Policy decisions not traced',
  description: 'There is no evidence that policy decisions are visible in traces.',
  remediation: 'Commit evidence that policy decisions appear in traces and point `evidence.policy_decision_traces` at it.',
  owner: 'technical',
  field: 'policy_decision_traces',
  what: 'policy-decision tracing evidence',
});

export const multiTenantBoundariesTested = evidenceRequirement({
  id: 'multi_tenant_boundaries_tested',
  kind: 'requirement',
  readinessBlock: 'safety_and_policy',
  title: 'Multi-tenant boundaries tested',
  description: 'Multi-tenant boundaries were tested with realistic scenarios; the evidence is the test report.',
  remediation: 'Commit the multi-tenant boundary test report and point `evidence.multi_tenant_tests` at it.',
  owner: 'risk',
  field: 'multi_tenant_tests',
  what: 'multi-tenant boundary test evidence',
});
