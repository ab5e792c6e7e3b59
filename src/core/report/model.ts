// The one plain data model every renderer reads. It holds no functions and no GitHub knowledge, and it is
// built in a fixed order so that the same inputs always give byte-identical output.
import type { OwnerCategory, Severity } from '../model/vocabulary.js';
import type { Change, ServedBounds, SourceRef } from './change.js';
import type { DecisionRecord } from './record.js';
import type { Timeline } from '../history/timeline.js';

// Changes are typed per kind family in their own module; re-exported so importers of the model keep working.
export * from './change.js';
export type { DecisionRecord } from './record.js';

export type Verdict = 'pass' | 'warn' | 'block';

import type { FindingBlock } from '../rules/builtin.js';
import type { ApprovalRequest } from '../rules/rule.js';
import type { EvidenceCheck } from './evidenceCheck.js';

export type { FindingBlock, ApprovalRequest, EvidenceCheck };

export interface OwnerToPing {
  readonly category: OwnerCategory;
  readonly name: string;
  readonly github: string | null;
}

/** A check that failed for the same cause as the finding that reports it. */
export interface CoveredCheck {
  readonly check: string;
  readonly severity: Severity;
  readonly readinessBlock: FindingBlock;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly owner: OwnerToPing | null;
  readonly ownerCategory: OwnerCategory | null;
}

export interface Finding {
  /** A rule id, an always-on check id, or a custom check's id from the policy. */
  readonly check: string;
  readonly severity: Severity;
  /** The readiness block the check belongs to (or `input` for broken input). */
  readonly readinessBlock: FindingBlock;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly remediation: string;
  /** Other checks that fail for the same cause (an owner, an evidence file, a path), reported in this finding. */
  readonly covers: readonly CoveredCheck[];
  /** The owner category the check notifies, and who that is in this manifest when named. */
  readonly owner: OwnerToPing | null;
  readonly ownerCategory: OwnerCategory | null;
}

/** A waiver of a judged manifest, and what it did in this run. */
export interface WaiverStatus {
  readonly file: string;
  readonly line: number;
  readonly check: string;
  readonly approver: string;
  readonly expires: string;
  readonly reason: string;
  /**
   * in_effect: it silenced its check; awaiting_approval: added or renewed by the change and not yet
   * approved (the check still ran); expired or invalid: reported as a finding.
   */
  readonly state: 'in_effect' | 'awaiting_approval' | 'expired' | 'invalid';
}

export type ManifestStatus = 'added' | 'modified' | 'renamed' | 'removed' | 'unchanged';

export interface ManifestResult {
  readonly file: string;
  readonly previousFile: string | null;
  readonly status: ManifestStatus;
  readonly workflow: string | null;
  readonly ladder: readonly string[];
  readonly stageBefore: string | null;
  readonly stageAfter: string | null;
  /** True when the only release-relevant effect of the change is less exposure: a rollback or pause is never blocked. */
  readonly exposureReductionOnly: boolean;
  readonly verdict: Verdict;
  /** What each bound exposure source serves, next to what the manifest declares (empty without `exposure_sources`). */
  readonly sources: readonly SourceExposure[];
}

/** One bound exposure source as the report shows it: what it serves at the base and at head, and the declared share. */
export interface SourceExposure {
  readonly source: SourceRef;
  /** The live stage's share at head; 0 when no stage is live; null when the live stage states none. */
  readonly declared: number | null;
  /** null where the file is not there or could not be read. */
  readonly before: ServedBounds | null;
  readonly served: ServedBounds | null;
  /** How the file arrives at what it serves at head, e.g. `canary reaches 5% (setWeight 5) before the indefinite pause at step 2`. */
  readonly basis: string | null;
}

export interface PolicySource {
  /** `repository`: policy files read from the base commit; `default`: the embedded default policy. */
  readonly kind: 'repository' | 'default';
  readonly files: readonly string[];
  readonly commit: string | null;
}

/**
 * Where the judged manifests' evidence was read. `head`: the change as it stands (asked for, or there is no
 * base). `merge`: the tree that merging head into the base gives, the files that are live once it merges.
 * `head_instead`: the merge was asked for but could not be computed (it conflicts in `conflicts`, or this
 * git cannot write a merge tree), so head was read.
 */
export type EvaluatedState =
  | { readonly kind: 'head' }
  | { readonly kind: 'merge'; readonly tree: string }
  | { readonly kind: 'head_instead'; readonly why: 'conflicts' | 'unsupported'; readonly conflicts: readonly string[] };

export interface Report {
  readonly tool: { readonly name: 'rollout-gate'; readonly version: string };
  readonly verdict: Verdict;
  readonly base: string | null;
  readonly head: string;
  /** Where the evidence was read; the changes are always those from the merge base to head. */
  readonly evaluated: EvaluatedState;
  readonly policy: PolicySource;
  readonly manifests: readonly ManifestResult[];
  readonly changes: readonly Change[];
  readonly findings: readonly Finding[];
  /** Owner approvals the policy asks for, met or not (the action reads the reviews; the CLI cannot). */
  readonly approvals: readonly ApprovalRequest[];
  /** Every waiver of the judged manifests and whether it silenced its check. */
  readonly waivers: readonly WaiverStatus[];
  /** Every criterion checked against typed evidence: measured value next to threshold, unverified, or left to people. */
  readonly evidenceChecks: readonly EvidenceCheck[];
  /** Readiness blocks with at least one blocking finding, in the canonical order. */
  readonly unmetBlocks: readonly FindingBlock[];
  readonly counts: { readonly block: number; readonly warn: number; readonly manifestsChecked: number };
  /** The rollouts the change touches, each its base-branch history and the proposed step (the exposure charts). */
  readonly timelines: readonly Timeline[];
  /** What the verdict was judged from, by object id: `rollout-gate replay` re-runs it (see record.ts). */
  readonly record: DecisionRecord;
}
