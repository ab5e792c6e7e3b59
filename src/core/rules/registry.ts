// The rule registry: every rule a policy can name, in the order the reference lists them. Adding a rule is
// one module (or one factory entry) plus one line here; the policy schema, `explain`, the README reference,
// the SARIF rules and the loosening diff all read this list.
import { READINESS_BLOCK_TITLES } from '../model/vocabulary.js';
import { CORE_SETTINGS } from '../policy/coreSettings.js';
import { approvalBacklogUnbounded } from './approvalBacklogUnbounded.js';
import { approvalFallbackDefined } from './approvalFallbackDefined.js';
import { approvalQueueOwner } from './approvalQueueOwner.js';
import { BUILTIN_CHECKS, type BuiltinCheckId, type FindingBlock } from './builtin.js';
import { capabilityOwners } from './capabilityOwners.js';
import { capabilitySessionReinitUnmodeled } from './capabilitySessionReinit.js';
import { capabilityTemplateComplete } from './capabilityTemplateComplete.js';
import { approvalBoundRemoved, authorizationModeChanged, ownerRemoved, rollbackPlanRemoved, stopConditionLoosened } from './changeHazards.js';
import { delegatedAuthorizationTraced } from './delegatedAuthorizationTraced.js';
import { directToolAccessPresent } from './directToolAccess.js';
import { dwellTimeMet } from './dwellTime.js';
import {
  alertingConfigured,
  multiTenantBoundariesTested,
  offlineEvalPass,
  policyDecisionsNotTraced,
  policyPrechecks,
  regressionGateDocumented,
  runbookPresent,
  sloDefined,
  traceCoverage,
} from './evidenceRules.js';
import { duplicateWriteOnRetry } from './duplicateWriteOnRetry.js';
import { exposureStepWithinLimit } from './exposureStep.js';
import { exposureSourceGuardRemoved, exposureSourceMatchesStage, exposureSourceStopConditionsBound } from './exposureSources.js';
import { initialStageRespected } from './initialStage.js';
import { oncallOwner } from './oncallOwner.js';
import { orchestrationPatternReviewed } from './orchestrationPatternReviewed.js';
import { ownersNamed } from './ownersNamed.js';
import { orchestrationPatternChangeApproval } from './patternChangeApproval.js';
import { orchestrationPatternChangeUnreviewed } from './patternChangeUnreviewed.js';
import { pausedRunsWithoutExpiry } from './pausedRunsWithoutExpiry.js';
import { rollbackPlan } from './rollbackPlan.js';
import type { Rule, RuleKind } from './rule.js';
import type { Setting } from './setting.js';
import { sessionExpirySignalsVisible } from './sessionExpirySignals.js';
import { shadowPeriodCompleted } from './shadowPeriod.js';
import { stageCriteriaDefined } from './stageCriteriaDefined.js';
import { stopConditionsDefined } from './stopConditionsDefined.js';
import { tenantExposureWithinCap } from './tenantExposureCap.js';
import { unknownSideEffectPathMissing } from './unknownSideEffectPathMissing.js';
import { waiverApproved } from './waiverApproved.js';
import { writeCapabilityIdempotency } from './writeCapabilityIdempotency.js';
import { evidenceCriteriaMet } from './evidenceCriteriaMet.js';
import { evidenceFresh } from './evidenceFresh.js';
import { stageCriteriaMet, stageCriteriaUnverified } from './stageCriteriaVerified.js';
import { stopConditionsClear } from './stopConditionsClear.js';

export const RULES = [
  // requirements from the seed checklist
  traceCoverage,
  policyPrechecks,
  capabilityOwners,
  offlineEvalPass,
  sloDefined,
  rollbackPlan,
  oncallOwner,
  approvalQueueOwner,
  sessionExpirySignalsVisible,
  orchestrationPatternReviewed,
  // further requirements from the seeds
  stopConditionsDefined,
  stageCriteriaDefined,
  capabilityTemplateComplete,
  writeCapabilityIdempotency,
  runbookPresent,
  alertingConfigured,
  regressionGateDocumented,
  delegatedAuthorizationTraced,
  approvalFallbackDefined,
  multiTenantBoundariesTested,
  // hazards from the seed checklist
  unknownSideEffectPathMissing,
  directToolAccessPresent,
  policyDecisionsNotTraced,
  approvalBacklogUnbounded,
  pausedRunsWithoutExpiry,
  capabilitySessionReinitUnmodeled,
  orchestrationPatternChangeUnreviewed,
  duplicateWriteOnRetry,
  // hazards found by the diff
  ownerRemoved,
  stopConditionLoosened,
  rollbackPlanRemoved,
  approvalBoundRemoved,
  authorizationModeChanged,
  // switched on by policy settings
  ownersNamed,
  orchestrationPatternChangeApproval,
  initialStageRespected,
  tenantExposureWithinCap,
  shadowPeriodCompleted,
  exposureStepWithinLimit,
  dwellTimeMet,
  waiverApproved,
  // typed evidence: always on, judging only manifests with typed evidence (or a policy that asks for it)
  evidenceCriteriaMet,
  evidenceFresh,
  stageCriteriaMet,
  stageCriteriaUnverified,
  stopConditionsClear,
  // switched on by a manifest that binds exposure sources
  exposureSourceMatchesStage,
  exposureSourceGuardRemoved,
  exposureSourceStopConditionsBound,
] as const;

/** Every id a policy can list or switch on: a mistyped id is a compile error wherever it is named. */
export type RuleId = (typeof RULES)[number]['id'];
/** Every id a finding can carry, custom checks aside. */
export type CheckId = RuleId | BuiltinCheckId;

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export const isRuleId = (id: string): id is RuleId => BY_ID.has(id);

export function ruleIds(kind?: RuleKind): RuleId[] {
  return RULES.filter((r) => !kind || r.kind === kind).map((r) => r.id);
}

/** Every check id, rules and always-on checks. */
export const ALL_CHECK_IDS: readonly CheckId[] = [...ruleIds(), ...(Object.keys(BUILTIN_CHECKS) as BuiltinCheckId[])];

/** Every policy setting: the policy's own, then each rule's, in registry order. */
export const ALL_SETTINGS: readonly Setting<unknown>[] = [...CORE_SETTINGS, ...RULES.flatMap((r) => r.settings)];

export function blockTitle(block: FindingBlock): string {
  return block === 'input' ? 'Invalid input' : READINESS_BLOCK_TITLES[block];
}
