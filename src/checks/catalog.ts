// The check catalog: every id a policy can name is implemented here, with the readiness block it belongs
// to, what it asks for, how to satisfy it, and which owner category to notify.
import { CANONICAL_LADDER, READINESS_BLOCK_TITLES, type OwnerCategory, type ReadinessBlock } from '../model/vocabulary.js';
import { describeSpan } from '../model/duration.js';
import type { Manifest, Stage } from '../model/manifest.js';
import type { CheckContext, Violation } from './context.js';
import type { Change, ChangeKind } from '../report/model.js';
import { requireArtifact, requireOwner } from './evidence.js';
import { exposureIncreaseIn, percentExposure, percentPointStep } from '../diff/manifestDiff.js';
import { describeChange, exposureSides } from '../render/phrases.js';

/**
 * requirement: listed under `require` (must hold); hazard: listed under `block_if` (blocks when it fires);
 * mode: switched on by `rollout_mode`, `pacing`, `owners` or `stages` settings rather than listed.
 */
export type CheckKind = 'requirement' | 'hazard' | 'mode';

export interface CheckDefinition {
  readonly id: string;
  readonly kind: CheckKind;
  readonly block: ReadinessBlock;
  readonly title: string;
  /** What the check asks for, for `explain`. */
  readonly description: string;
  readonly remediation: string;
  readonly owner: OwnerCategory | null;
  readonly evaluate: (ctx: CheckContext) => Violation[];
}

const at = (m: Manifest) => m.at;

function exposurePct(stage: Stage | null): number | null {
  return stage ? percentExposure(stage) : null;
}

/** Is stage `name` of manifest `m` beyond the policy's stage `limit`? null when they cannot be compared. */
export function beyondStage(m: Manifest, name: string, limit: string): boolean | null {
  // The manifest's own ladder decides when it has both stages; otherwise the conventional ladder.
  const limitIdx = m.stages.findIndex((s) => s.name === limit);
  const idx = m.stages.findIndex((s) => s.name === name);
  if (limitIdx >= 0 && idx >= 0) return idx > limitIdx;
  return canonicalBeyond(name, limit);
}

/** Compares two stage names on the conventional ladder; null when either name is not a conventional one. */
export function canonicalBeyond(name: string, limit: string): boolean | null {
  const a = CANONICAL_LADDER[name.toLowerCase()];
  const b = CANONICAL_LADDER[limit.toLowerCase()];
  if (a === undefined || b === undefined) return null;
  return a > b;
}

/** One violation per change of the given kinds, located at the change. */
function changesOfKind(c: CheckContext, kinds: readonly ChangeKind[], describe: (x: Change) => string): Violation[] {
  return c.changes.filter((x) => kinds.includes(x.kind)).map((x) => ({ at: { file: x.file, line: x.line, column: 1 }, message: describe(x) }));
}

function writeCapabilities(m: Manifest) {
  return m.capabilities.filter((c) => c.access === 'write');
}

function needsApprovalPath(m: Manifest): boolean {
  return m.approval !== null || m.capabilities.some((c) => c.requiresApproval);
}

const CHECKS: readonly CheckDefinition[] = [
  // --- requirements from the seed checklist -------------------------------------------------------------
  {
    id: 'trace_coverage',
    kind: 'requirement',
    block: 'observability',
    title: 'Trace coverage',
    description: 'Every run has a trace_id and key spans; the evidence is a trace-coverage report committed in the repository.',
    remediation: 'Commit a trace-coverage report and point `evidence.trace_coverage` at it.',
    owner: 'technical',
    evaluate: (c) => requireArtifact(c, c.manifest.evidence.trace_coverage, 'trace-coverage evidence', 'evidence.trace_coverage', at(c.manifest)),
  },
  {
    id: 'policy_prechecks',
    kind: 'requirement',
    block: 'safety_and_policy',
    title: 'Policy pre-checks and egress guardrails',
    description: 'Pre-checks and egress guardrails exist on every path that matters; the evidence shows them tested.',
    remediation: 'Commit the policy pre-check test results and point `evidence.policy_prechecks` at them.',
    owner: 'risk',
    evaluate: (c) => requireArtifact(c, c.manifest.evidence.policy_prechecks, 'policy pre-check evidence', 'evidence.policy_prechecks', at(c.manifest)),
  },
  {
    id: 'capability_owners',
    kind: 'requirement',
    block: 'capability_execution',
    title: 'Capability owners',
    description: 'Every capability going to production has a named owner.',
    remediation: 'Set `owner` on each capability to a named person or team (not TBD).',
    owner: 'technical',
    evaluate: (c) => c.manifest.capabilities.flatMap((cap) => requireOwner(cap.owner, `owner for capability "${cap.name}"`, cap.at)),
  },
  {
    id: 'offline_eval_pass',
    kind: 'requirement',
    block: 'eval_and_slo',
    title: 'Offline evals pass',
    description: 'Offline evaluations pass for this release; the evidence is the eval report.',
    remediation: 'Commit the passing offline eval report and point `evidence.offline_eval` at it.',
    owner: 'eval',
    evaluate: (c) => requireArtifact(c, c.manifest.evidence.offline_eval, 'offline eval evidence', 'evidence.offline_eval', at(c.manifest)),
  },
  {
    id: 'slo_defined',
    kind: 'requirement',
    block: 'eval_and_slo',
    title: 'SLOs defined',
    description: 'Service-level objectives for the workflow are written down.',
    remediation: 'Commit the SLO definition and point `evidence.slo` at it.',
    owner: 'technical',
    evaluate: (c) => requireArtifact(c, c.manifest.evidence.slo, 'SLO definition', 'evidence.slo', at(c.manifest)),
  },
  {
    id: 'rollback_plan',
    kind: 'requirement',
    block: 'ownership_and_rollback',
    title: 'Rollback plan',
    description: 'A written rollback plan exists (not "we will roll back if something happens") and a rollback owner is named.',
    remediation: 'Commit the rollback plan, set `rollback.plan` to its path and name `owners.rollback`.',
    owner: 'rollback',
    evaluate: (c) => [
      ...requireArtifact(c, c.manifest.rollback?.plan, 'rollback plan', 'rollback.plan', c.manifest.rollback?.at ?? at(c.manifest)),
      ...requireOwner(c.manifest.owners.rollback, 'rollback owner (`owners.rollback`)', c.manifest.ownersAt),
    ],
  },
  {
    id: 'oncall_owner',
    kind: 'requirement',
    block: 'operational_readiness',
    title: 'On-call owner',
    description: 'An on-call owner is named for the rollout.',
    remediation: 'Name the on-call rotation under `owners.on_call`.',
    owner: 'on_call',
    evaluate: (c) => requireOwner(c.manifest.owners.on_call, 'on-call owner (`owners.on_call`)', c.manifest.ownersAt),
  },
  {
    id: 'approval_queue_owner',
    kind: 'requirement',
    block: 'operational_readiness',
    title: 'Approval queue owner',
    description: 'When runs pause for human approval, someone owns the approval queue.',
    remediation: 'Set `approval.queue_owner` to a named owner.',
    owner: 'product',
    evaluate: (c) => {
      const m = c.manifest;
      if (!needsApprovalPath(m)) return [];
      if (!m.approval) return [{ at: m.capabilities.find((x) => x.requiresApproval)?.at ?? at(m), message: 'capabilities require approval but no `approval` path is defined' }];
      return requireOwner(m.approval.queueOwner, 'approval queue owner (`approval.queue_owner`)', m.approval.at);
    },
  },
  {
    id: 'session_expiry_signals_visible',
    kind: 'requirement',
    block: 'observability',
    title: 'Session expiry is a visible signal',
    description: 'Stateful capability sessions expose expiry as a rollout signal rather than a hidden transport failure.',
    remediation: 'Set `session.expiry_signal` on every stateful capability.',
    owner: 'technical',
    evaluate: (c) =>
      c.manifest.capabilities
        .filter((cap) => cap.session?.stateful && !cap.session.expirySignal)
        .map((cap) => ({ at: cap.at, message: `stateful capability "${cap.name}" has no session.expiry_signal` })),
  },
  {
    id: 'orchestration_pattern_reviewed',
    kind: 'requirement',
    block: 'runtime_correctness',
    title: 'Orchestration patterns reviewed',
    description: 'Every workflow path that is not a fixed workflow has a review record of its orchestration pattern.',
    remediation: 'Commit the pattern review and set `orchestration.<path>.review` to its path.',
    owner: 'technical',
    evaluate: (c) =>
      c.manifest.orchestration
        .filter((p) => p.pattern !== 'fixed_workflow')
        .flatMap((p) => requireArtifact(c, p.review, `review of the ${p.pattern} pattern on path "${p.name}"`, `orchestration.${p.name}.review`, p.at)),
  },
  // --- further requirements from the seeds --------------------------------------------------------------
  {
    id: 'stop_conditions_defined',
    kind: 'requirement',
    block: 'ownership_and_rollback',
    title: 'Stop conditions defined',
    description: 'Pre-agreed stop conditions exist before launch pressure begins.',
    remediation: 'Add `stop_conditions` such as `false_positive_rate > 0.20`.',
    owner: 'product',
    evaluate: (c) => (c.manifest.stopConditions.length > 0 ? [] : [{ at: at(c.manifest), message: 'no stop conditions are defined' }]),
  },
  {
    id: 'stage_criteria_defined',
    kind: 'requirement',
    block: 'eval_and_slo',
    title: 'Stage exit criteria',
    description: 'Every rung of the ladder below the last has exit criteria that say what evidence moves the rollout on.',
    remediation: 'Add `exit` criteria to each stage.',
    owner: 'product',
    evaluate: (c) =>
      c.manifest.stages.slice(0, -1).filter((s) => s.exit.length === 0).map((s) => ({ at: s.at, message: `stage "${s.name}" has no exit criteria` })),
  },
  {
    id: 'capability_template_complete',
    kind: 'requirement',
    block: 'capability_execution',
    title: 'Capability readiness template',
    description: 'Every capability states its transport, timeout, retry policy and outcome telemetry.',
    remediation: 'Fill in `transport`, `timeout`, `retry.max_attempts` and `telemetry` for each capability.',
    owner: 'technical',
    evaluate: (c) =>
      c.manifest.capabilities.flatMap((cap) => {
        const missing = [
          cap.transport ? null : 'transport',
          cap.timeoutMs !== null ? null : 'timeout',
          cap.retryMaxAttempts !== null ? null : 'retry',
          cap.telemetry ? null : 'telemetry',
        ].filter((x): x is string => x !== null);
        return missing.length > 0 ? [{ at: cap.at, message: `capability "${cap.name}" is missing ${missing.join(', ')}` }] : [];
      }),
  },
  {
    id: 'write_capability_idempotency',
    kind: 'requirement',
    block: 'capability_execution',
    title: 'Write capabilities are idempotent',
    description: 'No write capability enters exposure without an idempotency strategy.',
    remediation: 'Set `idempotency` on each write capability (e.g. `idempotency_key = request_id`).',
    owner: 'technical',
    evaluate: (c) => writeCapabilities(c.manifest).filter((cap) => !cap.idempotency).map((cap) => ({ at: cap.at, message: `write capability "${cap.name}" has no idempotency strategy` })),
  },
  {
    id: 'runbook_present',
    kind: 'requirement',
    block: 'operational_readiness',
    title: 'Runbook',
    description: 'A runbook for common failures exists.',
    remediation: 'Commit the runbook and point `evidence.runbook` at it.',
    owner: 'on_call',
    evaluate: (c) => requireArtifact(c, c.manifest.evidence.runbook, 'runbook', 'evidence.runbook', at(c.manifest)),
  },
  {
    id: 'alerting_configured',
    kind: 'requirement',
    block: 'operational_readiness',
    title: 'Alerting',
    description: 'Alerting is in place for SLO burn and safety incidents.',
    remediation: 'Commit the alert definitions and point `evidence.alerting` at them.',
    owner: 'on_call',
    evaluate: (c) => requireArtifact(c, c.manifest.evidence.alerting, 'alerting evidence', 'evidence.alerting', at(c.manifest)),
  },
  {
    id: 'regression_gate_documented',
    kind: 'requirement',
    block: 'eval_and_slo',
    title: 'Regression gate',
    description: 'The regression gate that stops a bad release is documented.',
    remediation: 'Commit the regression gate description and point `evidence.regression_gate` at it.',
    owner: 'eval',
    evaluate: (c) => requireArtifact(c, c.manifest.evidence.regression_gate, 'regression gate documentation', 'evidence.regression_gate', at(c.manifest)),
  },
  {
    id: 'delegated_authorization_traced',
    kind: 'requirement',
    block: 'safety_and_policy',
    title: 'Delegated authorization is traced',
    description: 'With delegated authorization, traces keep authorization_mode, delegated principal and scope, and revocation during a pause is handled.',
    remediation: 'List all three `authorization.traced_fields` and set `authorization.on_revoke`.',
    owner: 'risk',
    evaluate: (c) => {
      const a = c.manifest.authorization;
      if (!a || a.mode !== 'delegated') return [];
      const missing = ['authorization_mode', 'delegated_principal', 'delegated_scope'].filter((f) => !a.tracedFields.includes(f));
      const out: Violation[] = [];
      if (missing.length > 0) out.push({ at: a.at, message: `delegated authorization does not trace ${missing.join(', ')}` });
      if (!a.onRevoke) out.push({ at: a.at, message: 'delegated authorization does not say what happens when access is revoked during a pause (`on_revoke`)' });
      return out;
    },
  },
  {
    id: 'approval_fallback_defined',
    kind: 'requirement',
    block: 'operational_readiness',
    title: 'Approval timeout behaviour',
    description: 'The approval path says what happens when nobody answers in time and what the fallback is when human review is unavailable.',
    remediation: 'Set `approval.on_timeout` and `approval.fallback`.',
    owner: 'product',
    evaluate: (c) => {
      const a = c.manifest.approval;
      if (!a) return [];
      const missing = [a.onTimeout ? null : 'on_timeout', a.fallback ? null : 'fallback'].filter((x): x is string => x !== null);
      return missing.length > 0 ? [{ at: a.at, message: `approval path is missing ${missing.join(' and ')}` }] : [];
    },
  },
  // --- hazards from the seed checklist ------------------------------------------------------------------
  {
    id: 'unknown_side_effect_path_missing',
    kind: 'hazard',
    block: 'capability_execution',
    title: 'Unknown side-effect path missing',
    description: 'A write capability does not say what happens when the outcome of a call is unknown.',
    remediation: 'Set `unknown_side_effect` on each write capability (e.g. `stop the run until reconciliation`).',
    owner: 'technical',
    evaluate: (c) => writeCapabilities(c.manifest).filter((cap) => !cap.unknownSideEffect).map((cap) => ({ at: cap.at, message: `write capability "${cap.name}" has no unknown-side-effect path` })),
  },
  {
    id: 'direct_tool_access_present',
    kind: 'hazard',
    block: 'safety_and_policy',
    title: 'Direct tool access',
    description: 'A capability can be called directly, bypassing the policy gateway and audit trail.',
    remediation: 'Route the capability through the gateway and remove `via_gateway: false`.',
    owner: 'risk',
    evaluate: (c) => c.manifest.capabilities.filter((cap) => !cap.viaGateway).map((cap) => ({ at: cap.at, message: `capability "${cap.name}" bypasses the policy gateway (via_gateway: false)` })),
  },
  {
    id: 'policy_decisions_not_traced',
    kind: 'hazard',
    block: 'observability',
    title: 'Policy decisions not traced',
    description: 'There is no evidence that policy decisions are visible in traces.',
    remediation: 'Commit evidence that policy decisions appear in traces and point `evidence.policy_decision_traces` at it.',
    owner: 'technical',
    evaluate: (c) => requireArtifact(c, c.manifest.evidence.policy_decision_traces, 'policy-decision tracing evidence', 'evidence.policy_decision_traces', at(c.manifest)),
  },
  {
    id: 'approval_backlog_unbounded',
    kind: 'hazard',
    block: 'operational_readiness',
    title: 'Approval backlog unbounded',
    description: 'Runs can pause for approval but the approval queue has no visible backlog threshold.',
    remediation: 'Set `approval.backlog_threshold`.',
    owner: 'product',
    evaluate: (c) => {
      const m = c.manifest;
      if (!needsApprovalPath(m)) return [];
      if (m.approval?.backlogThreshold != null) return [];
      return [{ at: m.approval?.at ?? at(m), message: 'the approval queue has no backlog threshold' }];
    },
  },
  {
    id: 'paused_runs_without_expiry',
    kind: 'hazard',
    block: 'operational_readiness',
    title: 'Paused runs without expiry',
    description: 'Runs paused for approval can wait forever: there is no timeout or expiry rule.',
    remediation: 'Set `approval.timeout` (e.g. `30m`).',
    owner: 'product',
    evaluate: (c) => {
      const m = c.manifest;
      if (!needsApprovalPath(m)) return [];
      if (m.approval?.timeoutMs != null) return [];
      return [{ at: m.approval?.at ?? at(m), message: 'runs paused for approval have no timeout' }];
    },
  },
  {
    id: 'capability_session_reinit_unmodeled',
    kind: 'hazard',
    block: 'capability_execution',
    title: 'Session re-initialization unmodeled',
    description: 'A stateful capability session does not say what happens when it cannot resume safely.',
    remediation: 'Set `session.reinit` on every stateful capability.',
    owner: 'technical',
    evaluate: (c) =>
      c.manifest.capabilities
        .filter((cap) => cap.session?.stateful && !cap.session.reinit)
        .map((cap) => ({ at: cap.at, message: `stateful capability "${cap.name}" does not model re-initialization` })),
  },
  {
    id: 'orchestration_pattern_change_unreviewed',
    kind: 'hazard',
    block: 'runtime_correctness',
    title: 'Orchestration pattern change unreviewed',
    description: 'A workflow path changed its orchestration pattern in this change without a fresh review record (one added or updated in the same change).',
    remediation: 'Review the new pattern (join state, approval ordering, worker surfaces, checkpoints), commit the review and set `orchestration.<path>.review` to it.',
    owner: 'technical',
    evaluate: (c) => {
      const out: Violation[] = [];
      for (const p of c.manifest.orchestration) {
        const before = c.base?.orchestration.find((b) => b.name === p.name) ?? null;
        const changed = before ? before.pattern !== p.pattern : c.base !== null && p.pattern !== 'fixed_workflow';
        if (!changed) continue;
        const what = before ? `${before.pattern} -> ${p.pattern}` : `new ${p.pattern} path`;
        if (!p.review) {
          out.push({ at: p.at, message: `path "${p.name}" changed pattern (${what}) without a review record` });
          continue;
        }
        const status = c.evidence.status(p.review.path);
        if (status.kind !== 'ok') {
          out.push({ at: p.review.at, message: `path "${p.name}" changed pattern (${what}) but its review record "${p.review.path}" is not a valid file` });
        } else if (c.evidence.baseOid(p.review.path) === status.oid) {
          out.push({ at: p.review.at, message: `path "${p.name}" changed pattern (${what}) but its review record "${p.review.path}" was not updated in this change` });
        }
      }
      return out;
    },
  },
  // --- hazards found by the diff ------------------------------------------------------------------------
  {
    id: 'owner_removed',
    kind: 'hazard',
    block: 'ownership_and_rollback',
    title: 'Owner removed',
    description: 'The change removes a named owner (or replaces one with a placeholder).',
    remediation: 'Keep the owner named, or name the new owner in the same change.',
    owner: 'product',
    evaluate: (c) => changesOfKind(c, ['owner_removed'], describeChange),
  },
  {
    id: 'stop_condition_loosened',
    kind: 'hazard',
    block: 'ownership_and_rollback',
    title: 'Stop condition removed or loosened',
    description: 'The change removes a stop condition or rollback trigger, or moves its threshold in the permissive direction.',
    remediation: 'Keep the pre-agreed threshold, or get the owners to agree the new one in a separate, reviewed change.',
    owner: 'risk',
    evaluate: (c) =>
      changesOfKind(c, ['stop_condition_removed', 'stop_condition_loosened', 'rollback_trigger_removed', 'rollback_trigger_loosened'], describeChange),
  },
  {
    id: 'rollback_plan_removed',
    kind: 'hazard',
    block: 'ownership_and_rollback',
    title: 'Rollback plan removed',
    description: 'The change removes the rollback plan.',
    remediation: 'Restore `rollback.plan`.',
    owner: 'rollback',
    evaluate: (c) => changesOfKind(c, ['rollback_plan_removed'], describeChange),
  },
  {
    id: 'approval_bound_removed',
    kind: 'hazard',
    block: 'operational_readiness',
    title: 'Approval bound removed',
    description: 'The change removes the approval timeout or backlog threshold.',
    remediation: 'Restore the approval timeout and backlog threshold.',
    owner: 'product',
    evaluate: (c) => changesOfKind(c, ['approval_bound_removed'], describeChange),
  },
  {
    id: 'authorization_mode_changed',
    kind: 'hazard',
    block: 'safety_and_policy',
    title: 'Authorization mode changed',
    description: 'The change switches between service and delegated authorization.',
    remediation: 'Review who authorizes write paths under the new mode and record it before exposure grows.',
    owner: 'risk',
    evaluate: (c) => changesOfKind(c, ['authorization_mode_changed'], describeChange),
  },
  // --- switched on by policy settings -------------------------------------------------------------------
  {
    id: 'owners_named',
    kind: 'mode',
    block: 'ownership_and_rollback',
    title: 'Ownership map complete',
    description: 'Every owner category the policy lists (`owners`, and `stages.<stage>.owners` for the live stage) names a real owner.',
    remediation: 'Name an owner for each listed category under `owners`.',
    owner: 'product',
    evaluate: (c) => {
      const stage = c.manifest.currentStage?.name;
      const categories = new Set<OwnerCategory>([...c.policy.owners, ...(stage ? (c.policy.stages[stage]?.owners ?? []) : [])]);
      return [...categories].sort().flatMap((cat: OwnerCategory) => requireOwner(c.manifest.owners[cat], `${cat.replace('_', '-')} owner (\`owners.${cat}\`)`, c.manifest.ownersAt));
    },
  },
  {
    id: 'orchestration_pattern_change_approval',
    kind: 'mode',
    block: 'runtime_correctness',
    title: 'Orchestration pattern change approved',
    description:
      'An orchestration pattern change is approved on the pull request by the owners that `approvals.orchestration_pattern_change` lists, named with GitHub handles. The action verifies the approvals from the reviews of the head commit; the CLI cannot, so it reports them as outstanding.',
    remediation: 'Ask the listed owners to approve the pull request, and give each a GitHub handle (`owners.<category>.github`).',
    owner: 'technical',
    evaluate: (c) =>
      c.changes
        .filter((x) => x.kind === 'pattern_changed' || x.kind === 'pattern_added')
        .filter((x) => x.releaseBearing)
        .flatMap((x) =>
          c.policy.patternChangeApprovers.map((category) => {
            const owner = c.manifest.owners[category];
            const what = `${x.subject} ${x.from ?? 'new'} -> ${x.to}`;
            const who = !owner || owner.placeholder
              ? `the ${category} owner, who is not named`
              : owner.github
                ? `the ${category} owner ${owner.github}`
                : `the ${category} owner "${owner.name}", who has no GitHub handle to verify the approval with`;
            return { at: { file: x.file, line: x.line, column: 1 }, message: `${what} needs approval from ${who}`, ownerCategory: category };
          }),
        ),
  },
  {
    id: 'initial_stage_respected',
    kind: 'mode',
    block: 'ownership_and_rollback',
    title: 'Initial stage',
    description: 'A rollout that goes live for the first time starts no further up the ladder than the policy\'s `rollout_mode.initial` stage.',
    remediation: 'Go live at the initial stage (or earlier) first and promote in later changes.',
    owner: 'product',
    evaluate: (c) => {
      const limit = c.policy.initialStage;
      const live = c.manifest.currentStage;
      if (!limit || !live || c.base?.currentStage) return [];
      const beyond = beyondStage(c.manifest, live.name, limit);
      if (beyond === null) return [{ at: live.at, message: `cannot tell whether stage "${live.name}" is beyond the initial stage "${limit}"; add "${limit}" to the ladder or use conventional stage names` }];
      return beyond ? [{ at: live.at, message: `first live stage "${live.name}" is beyond the initial stage "${limit}"` }] : [];
    },
  },
  {
    id: 'tenant_exposure_within_cap',
    kind: 'mode',
    block: 'ownership_and_rollback',
    title: 'Initial exposure cap',
    description: 'While at or before the initial stage, the live exposure (tenant_percent, else traffic_percent) stays within `rollout_mode.max_tenant_exposure_pct`.',
    remediation: 'Lower the live stage\'s exposure to the cap, or promote past the initial stage through the ladder.',
    owner: 'product',
    evaluate: (c) => {
      const cap = c.policy.maxTenantExposurePct;
      const live = c.manifest.currentStage;
      const pct = exposurePct(live);
      if (cap === null || !live || pct === null) return [];
      const limit = c.policy.initialStage;
      if (limit && beyondStage(c.manifest, live.name, limit) === true) return [];
      return pct > cap ? [{ at: live.at, message: `stage "${live.name}" exposes ${pct}%, above the ${cap}% cap for the initial rollout` }] : [];
    },
  },
  {
    id: 'shadow_period_completed',
    kind: 'mode',
    block: 'eval_and_slo',
    title: 'Shadow period',
    description: 'Before live exposure, the workflow ran in shadow mode for at least a day, with evidence of the comparison.',
    remediation: 'Add `shadow_period: { days: N, evidence: path }` with the shadow comparison report.',
    owner: 'eval',
    evaluate: (c) => {
      const s = c.manifest.shadowPeriod;
      if (!s) return [{ at: at(c.manifest), message: 'the policy requires a shadow period and none is declared' }];
      const out: Violation[] = s.days < 1 ? [{ at: s.at, message: `shadow period of ${s.days} days is shorter than one day` }] : [];
      return [...out, ...requireArtifact(c, s.evidence, 'shadow period evidence', 'shadow_period.evidence', s.at)];
    },
  },
  {
    id: 'exposure_step_within_limit',
    kind: 'mode',
    block: 'ownership_and_rollback',
    title: 'Exposure step',
    description: 'One change raises a percentage exposure (within a stage, or from one stage to the next) by at most `pacing.max_step_pct` points.',
    remediation: 'Raise exposure in smaller steps, one change per step.',
    owner: 'product',
    evaluate: (c) => {
      const max = c.policy.maxStepPct;
      if (max === null) return [];
      return c.changes
        .filter((x) => x.kind === 'exposure_increased' || x.kind === 'stage_promoted')
        .flatMap((x) => {
          const step = percentPointStep(x);
          return step !== null && step > max ? [{ at: { file: x.file, line: x.line, column: 1 }, message: `${x.subject} rises by ${step} points (${exposureSides(x)}), more than the ${max}-point step the policy allows` }] : [];
        });
    },
  },
  {
    id: 'dwell_time_met',
    kind: 'mode',
    block: 'ownership_and_rollback',
    title: 'Dwell time',
    description: 'Exposure increases only after the current stage and exposure have held for `pacing.min_dwell` on the base branch.',
    remediation: 'Wait until the minimum dwell time has passed, then raise exposure.',
    owner: 'product',
    evaluate: (c) => {
      const min = c.policy.minDwellMs;
      if (min === null || !c.base?.currentStage) return [];
      const increase = exposureIncreaseIn(c.changes);
      if (!increase) return [];
      const where = { file: increase.file, line: increase.line, column: 1 };
      if (!c.dwell?.since) {
        const why = c.dwell?.unknownBecause === 'shallow' ? 'the clone is shallow; set `fetch-depth: 0` on actions/checkout' : 'no history on the base branch';
        return [{ at: where, message: `cannot tell since when the current exposure has held (${why})` }];
      }
      const held = c.now.getTime() - c.dwell.since.getTime();
      return held < min
        ? [{ at: where, message: `exposure rises after ${describeSpan(Math.max(0, held))} at the current stage; the policy asks for ${describeSpan(min)}` }]
        : [];
    },
  },
];

const BY_ID = new Map(CHECKS.map((c) => [c.id, c]));

export function allChecks(): readonly CheckDefinition[] {
  return CHECKS;
}

export function findCheck(id: string): CheckDefinition | undefined {
  return BY_ID.get(id);
}

export function checkIds(kind?: CheckKind): string[] {
  return CHECKS.filter((c) => !kind || c.kind === kind).map((c) => c.id);
}

/** Checks that run whatever the policy says: broken input and expired waivers never pass. */
export const BUILTIN_CHECKS = {
  manifest_invalid: { block: 'input', title: 'Manifest is invalid', remediation: 'Fix the manifest at the reported line.' },
  policy_invalid: { block: 'input', title: 'Policy is invalid', remediation: 'Fix the policy file at the reported line (on the base branch).' },
  evidence_invalid: { block: 'input', title: 'Evidence path is invalid', remediation: 'Point the field at a non-empty regular file inside the repository.' },
  waiver_expired: { block: 'input', title: 'Waiver expired', remediation: 'Remove the waiver or renew it with a new expiry date and approver.' },
  policy_changed: { block: 'safety_and_policy', title: 'Policy changed', remediation: 'Review the policy change on its own; it takes effect after it merges (this change is still gated by the base policy).' },
} as const;
export type BuiltinCheckId = keyof typeof BUILTIN_CHECKS;

export function blockTitle(block: ReadinessBlock | 'input'): string {
  return block === 'input' ? 'Invalid input' : READINESS_BLOCK_TITLES[block];
}
