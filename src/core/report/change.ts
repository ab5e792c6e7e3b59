// A detected change as typed data, one variant per kind family. Numbers stay numbers (with their unit)
// until a renderer phrases them (src/core/render/phrases.ts), so no renderer has to re-parse "5%".
import type { Operator, ThresholdUnit } from '../model/conditions.js';
import type { PercentField } from '../model/exposure.js';
import type { OrchestrationPattern, OwnerCategory } from '../model/vocabulary.js';
import type { SourceKind } from '../sources/binding.js';
import type { GuardKind } from '../sources/source.js';

/** What every change carries, whatever its kind: code that reads only these keeps working across kinds. */
interface Located<K extends string> {
  readonly kind: K;
  readonly file: string;
  readonly line: number;
  /** The dotted field path, e.g. `stages.canary.traffic_percent`, `orchestration.triage`, `owners.risk`. */
  readonly subject: string;
  /** A change that could widen what users are exposed to or weaken the controls around it. */
  readonly releaseBearing: boolean;
}

/** One union member per kind (a union of kinds distributes), so `Extract<Change, { kind: K }>` finds every kind. */
type Variant<K extends string, T> = K extends string ? Located<K> & T : never;

// --- manifest lifecycle -----------------------------------------------------------------------------

export type ManifestLifecycleChange =
  | Variant<'manifest_added' | 'manifest_removed', { readonly path: string; readonly workflow: string }>
  | Variant<'manifest_renamed', { readonly previousPath: string; readonly path: string }>;

// --- exposure ---------------------------------------------------------------------------------------

export type { PercentField };

/** A numeric exposure field of a rung, with its unit. */
export type NumericExposure = { readonly field: PercentField; readonly unit: 'percent' } | { readonly field: 'accounts'; readonly unit: 'accounts' };

/**
 * The exposure a stage stands for, as src/core/model/exposure.ts measures it: its largest share (the larger of
 * tenant_percent and traffic_percent), else its accounts, else its user segment (which cannot be measured).
 */
export type StageExposure = (NumericExposure & { readonly value: number }) | { readonly field: 'users'; readonly unit: 'segment'; readonly value: string };

export interface StageSide {
  readonly stage: string;
  /** null when the stage states no exposure at all. */
  readonly exposure: StageExposure | null;
}

export type StageChange =
  | Variant<
      'stage_promoted' | 'stage_demoted',
      {
        readonly from: StageSide;
        readonly to: StageSide;
        /** Signed change of the largest share between the two stages, in points; null unless both state a share. */
        readonly delta: number | null;
      }
    >
  | Variant<'stage_went_live', { readonly from: null; readonly to: StageSide }>
  | Variant<'stage_taken_down', { readonly from: StageSide; readonly to: null }>
  // A rung added to or removed from a plan that has no live stage (the seed format): there the plan is the
  // exposure, so a new rung is release-bearing and a removed one is a reduction.
  | Variant<'stage_added', { readonly from: null; readonly to: StageSide }>
  | Variant<'stage_removed', { readonly from: StageSide; readonly to: null }>;

/** A change of one exposure field on the live stage (the stage itself did not move), or on any rung of a plan with no live stage. */
export type ExposureChange =
  | Variant<
      'exposure_increased',
      NumericExposure & {
        readonly stage: string;
        /** null: the field is not set in the base. */
        readonly from: number | null;
        readonly to: number;
        /** Signed change in the field's unit (points, accounts); a field not set in the base counts as 0. */
        readonly delta: number;
      }
    >
  // A limit that disappears is unbounded exposure: an increase of unknown size.
  | Variant<'exposure_increased', NumericExposure & { readonly stage: string; readonly from: number; readonly to: null; readonly delta: null }>
  | Variant<'exposure_decreased', NumericExposure & { readonly stage: string; readonly from: number; readonly to: number; readonly delta: number }>
  | Variant<
      'exposure_changed',
      { readonly stage: string; readonly field: 'users'; readonly unit: 'segment'; readonly from: string | null; readonly to: string | null }
    >;

// --- orchestration and capabilities -----------------------------------------------------------------

export type PatternChange =
  | Variant<'pattern_changed', { readonly path: string; readonly from: OrchestrationPattern; readonly to: OrchestrationPattern }>
  | Variant<'pattern_added', { readonly path: string; readonly from: null; readonly to: OrchestrationPattern }>
  | Variant<'pattern_removed', { readonly path: string; readonly from: OrchestrationPattern; readonly to: null }>;

export type CapabilityAccess = 'read' | 'write';

/** The capability fields the diff compares, named as in the manifest, in the order edits are listed. */
export const CAPABILITY_FIELDS = [
  'access',
  'owner',
  'transport',
  'timeout',
  'retry',
  'idempotency',
  'unknown_side_effect',
  'telemetry',
  'via_gateway',
  'requires_approval',
  'session',
] as const;
export type CapabilityField = (typeof CAPABILITY_FIELDS)[number];

/** How one capability field changed; the two switches (`via_gateway`, `requires_approval`) turn on or off. */
export interface CapabilityEdit {
  readonly field: CapabilityField;
  readonly edit: 'added' | 'removed' | 'changed' | 'turned_on' | 'turned_off';
}

export type CapabilityChange =
  | Variant<'capability_added' | 'write_capability_added', { readonly capability: string; readonly accessBefore: null; readonly accessAfter: CapabilityAccess }>
  | Variant<
      'capability_changed' | 'write_capability_changed',
      {
        readonly capability: string;
        readonly accessBefore: CapabilityAccess;
        readonly accessAfter: CapabilityAccess;
        /** The fields that differ, in the order of CAPABILITY_FIELDS; never empty. */
        readonly edits: readonly CapabilityEdit[];
      }
    >
  | Variant<'capability_removed', { readonly capability: string; readonly accessBefore: CapabilityAccess; readonly accessAfter: null }>;

// --- controls: owners, conditions, rollback, approval, authorization -------------------------------

export interface OwnerRef {
  readonly name: string;
  readonly github: string | null;
}

export type OwnerChange =
  | Variant<
      'owner_removed',
      {
        readonly category: OwnerCategory;
        readonly from: OwnerRef;
        /** The placeholder (`TBD`, ...) that took the owner's place, or null when the entry is gone. */
        readonly to: OwnerRef | null;
      }
    >
  | Variant<'owner_changed', { readonly category: OwnerCategory; readonly from: OwnerRef; readonly to: OwnerRef }>;

export type ConditionList = 'stop_conditions' | 'rollback_triggers';

/** A stop condition or rollback trigger: the text as written and the comparison parsed from it. */
export interface ConditionRef {
  readonly text: string;
  readonly metric: string;
  readonly operator: Operator;
  readonly threshold: number;
  readonly unit: ThresholdUnit;
  /** What the condition does when it fires, as written (null: what its list implies). */
  readonly action: string | null;
}

export type ConditionChange =
  | Variant<'stop_condition_removed' | 'rollback_trigger_removed', { readonly list: ConditionList; readonly from: ConditionRef; readonly to: null }>
  | Variant<
      'stop_condition_loosened' | 'stop_condition_tightened' | 'rollback_trigger_loosened',
      { readonly list: ConditionList; readonly from: ConditionRef; readonly to: ConditionRef }
    >
  | Variant<'stop_condition_added', { readonly list: ConditionList; readonly from: null; readonly to: ConditionRef }>;

/** `from` is the plan's path in the base. */
export type RollbackPlanChange = Variant<'rollback_plan_removed', { readonly from: string; readonly to: null }>;

/** An approval bound: a timeout in milliseconds, or a backlog threshold in paused runs waiting for approval. */
export type ApprovalBound = { readonly field: 'timeout'; readonly unit: 'ms' } | { readonly field: 'backlog_threshold'; readonly unit: 'runs' };

/** A removed bound is unbounded (`to` null); a raised one lets more wait, or wait longer. */
export type ApprovalBoundChange =
  | Variant<'approval_bound_removed', ApprovalBound & { readonly from: number; readonly to: null }>
  | Variant<'approval_bound_loosened', ApprovalBound & { readonly from: number; readonly to: number }>;

export type AuthorizationMode = 'service' | 'delegated';

export type AuthorizationChange = Variant<'authorization_mode_changed', { readonly from: AuthorizationMode | null; readonly to: AuthorizationMode | null }>;

// --- policy files -----------------------------------------------------------------------------------

export type PolicyChange = Variant<
  'policy_changed',
  { readonly path: string } & (
    | { readonly status: 'added' | 'modified' | 'removed'; readonly previousPath: null }
    | { readonly status: 'renamed' | 'copied'; readonly previousPath: string }
  )
>;

// --- waivers ----------------------------------------------------------------------------------------

export interface WaiverTerms {
  readonly approver: string;
  /** Last day the waiver holds, `YYYY-MM-DD` (UTC). */
  readonly expires: string;
}

/**
 * A waiver the change adds, renews or re-words (its terms differ from the base's): it silences a check, so
 * it is release-bearing and takes effect in this change only once the policy's waiver approvers approve.
 */
export type WaiverChange = Variant<'waiver_added', { readonly check: string; readonly from: WaiverTerms | null; readonly to: WaiverTerms }>;

// --- exposure sources -------------------------------------------------------------------------------

/** A file a manifest binds under `exposure_sources`, and what in it is read. */
export interface SourceRef {
  readonly kind: SourceKind;
  readonly path: string;
  /** `flag=renewal-risk-assistant variant=on`, `name=renewal-risk`. */
  readonly selector: string;
}

/** What a source serves, in percent: low equals high unless segments the file cannot measure leave it open. */
export interface ServedBounds {
  readonly low: number;
  readonly high: number;
}

/**
 * A change in what a bound source serves, located in the source file. `from` null: the source serves
 * nothing at the base (new file, or not bound there). `liveStage`: the manifest's live stage at head.
 */
export type SourceChange =
  | Variant<
      'source_exposure_increased',
      { readonly source: SourceRef; readonly liveStage: string | null; readonly from: ServedBounds | null; readonly to: ServedBounds; readonly delta: number }
    >
  | Variant<
      'source_exposure_decreased',
      { readonly source: SourceRef; readonly liveStage: string | null; readonly from: ServedBounds; readonly to: ServedBounds; readonly delta: number }
    >
  // Bounds that moved but neither rose nor provably fell (segments): release-bearing, it cannot be measured.
  | Variant<
      'source_exposure_changed',
      { readonly source: SourceRef; readonly liveStage: string | null; readonly from: ServedBounds; readonly to: ServedBounds }
    >
  | Variant<
      'source_guard_removed',
      {
        readonly source: SourceRef;
        readonly guard: GuardKind;
        readonly name: string;
      }
    >
  // A setting of the controller's own ramp moved the permissive way (a larger step, a shorter interval, a metric range widened).
  | Variant<'source_ramp_loosened', { readonly source: SourceRef; readonly field: string; readonly from: number | null; readonly to: number | null }>
  | Variant<'source_template_changed' | 'source_removed' | 'source_unbound' | 'source_bound', { readonly source: SourceRef }>;

export type Change =
  | ManifestLifecycleChange
  | SourceChange
  | WaiverChange
  | StageChange
  | ExposureChange
  | PatternChange
  | CapabilityChange
  | OwnerChange
  | ConditionChange
  | RollbackPlanChange
  | ApprovalBoundChange
  | AuthorizationChange
  | PolicyChange;

export type ChangeKind = Change['kind'];

/** The variant of Change with kind K. */
export type ChangeOf<K extends ChangeKind> = Extract<Change, { readonly kind: K }>;
