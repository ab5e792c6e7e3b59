// What a rule is, in the style of eslint's `meta` + `create`: a typed id, where it sits in the readiness
// model, what it asks for, the policy settings it owns, when it is active, which inputs it reads, and a
// pure function from one manifest's judgement context to its violations.
import type { Manifest } from '../model/manifest.js';
import type { SourceLocation } from '../model/location.js';
import type { OwnerCategory, ReadinessBlock } from '../model/vocabulary.js';
import type { Change } from '../report/model.js';
import type { EffectivePolicy } from '../policy/effective.js';
import type { Setting } from './setting.js';
import type { EvidenceContent } from '../evidence/content.js';
import type { EvidenceCheck } from '../report/evidenceCheck.js';
import type { BoundSource } from '../sources/sourceDiff.js';

/**
 * requirement: listed under `require` (must hold); hazard: listed under `block_if` (blocks when it fires);
 * mode: switched on by one of its own settings rather than listed.
 */
export type RuleKind = 'requirement' | 'hazard' | 'mode';

/** Inputs beyond the head manifest and the policy that a rule reads; the judge hands a rule only these. */
export type RuleInput = 'base' | 'changes' | 'evidence' | 'history' | 'reviews' | 'sources';

/** What the repository at the evaluated commit says about one evidence path. */
export type EvidenceStatus =
  | { readonly kind: 'ok'; readonly oid: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'symlink' }
  | { readonly kind: 'not_a_file' }
  | { readonly kind: 'outside_repo'; readonly reason: string };

export interface EvidenceIndex {
  /** Status of a path at the evaluated (head) commit. */
  status(path: string): EvidenceStatus;
  /** The blob id of a path at the base commit, or null; used to tell a fresh review record from a stale one. */
  baseOid(path: string): string | null;
  /** What typed evidence says and when it changed; absent when the engine read none (rules then fail closed). */
  readonly content?: EvidenceContent;
}

/**
 * Since when the base's live stage and exposure have held, from the manifest's history on the base branch:
 * the commit time of the first base commit with today's stage and exposure (or of a later such commit once
 * it is already old enough: older commits could only make the hold longer), or why that is unknown.
 */
export type DwellInfo = { readonly kind: 'held_since'; readonly since: Date } | { readonly kind: 'unknown'; readonly because: 'no_history' | 'shallow' };

/** Whether an owner approved the pull request's head commit. */
export type ApprovalState = 'approved' | 'missing' | 'stale' | 'unverifiable' | 'unchecked';

/** The pull request's reviews, when the adapter could read them (the action), or why not (the CLI). */
export type ApprovalIndex =
  | { readonly kind: 'unavailable'; readonly reason: string }
  | {
      readonly kind: 'reviews';
      readonly stateOf: (handle: string) => Exclude<ApprovalState, 'unchecked'>;
      /** The commit the handle's deciding review was of, when the reviews say (null: no such review). */
      readonly commitOf?: (handle: string) => string | null;
    };

export interface JudgeContext {
  /** The manifest at head. */
  readonly manifest: Manifest;
  readonly policy: EffectivePolicy;
  readonly now: Date;
  /** The same manifest at the base (after renames), null when new. Needs `base`. */
  readonly base: Manifest | null;
  /** What the change does to this manifest. Needs `changes`. */
  readonly changes: readonly Change[];
  /** Needs `evidence`. */
  readonly evidence: EvidenceIndex;
  /** Null when the engine gathered no history (nothing to pace). Needs `history`. */
  readonly dwell: DwellInfo | null;
  /** Needs `reviews`. */
  readonly approvals: ApprovalIndex;
  /** The exposure sources the manifest binds, read at both commits. Needs `sources`. */
  readonly sources: readonly BoundSource[];
}

export interface Violation {
  readonly at: SourceLocation;
  readonly message: string;
  /** Whom to notify for this violation, when it is not the rule's usual owner category. */
  readonly ownerCategory?: OwnerCategory;
  /**
   * What the violation is about (`owner:on_call`, `evidence:<path>`, `orchestration:<path>`): findings of one
   * manifest that share a cause are one problem, reported once with every check it fails.
   */
  readonly causes?: readonly string[];
}

/** An owner whose approval a rule asks for, and whether the reviews show it. */
export interface ApprovalRequest {
  readonly check: string;
  readonly file: string;
  readonly line: number;
  /** What needs approving, e.g. `orchestration.triage routing -> orchestrator_workers`. */
  readonly subject: string;
  readonly category: OwnerCategory;
  /** The owner's GitHub handle, from the manifest at the base when it has one; null when none is named. */
  readonly handle: string | null;
  readonly state: ApprovalState;
}

export interface Rule<Id extends string = string> {
  readonly id: Id;
  readonly kind: RuleKind;
  readonly readinessBlock: ReadinessBlock;
  readonly title: string;
  /** What the rule asks for, for `explain` and the README reference. */
  readonly description: string;
  readonly remediation: string;
  /** The owner category to notify; null when nobody in particular. */
  readonly owner: OwnerCategory | null;
  /** The policy settings this rule owns (mode rules are switched on by them). */
  readonly settings: readonly Setting<unknown>[];
  readonly needs: readonly RuleInput[];
  /** For mode rules: whether the policy's settings switch the rule on. */
  readonly active?: (policy: EffectivePolicy, manifest: Manifest) => boolean;
  readonly evaluate: (ctx: JudgeContext) => Violation[];
  /** For rules that ask owners to approve: every request, met or not (the report lists them). */
  readonly approvals?: (ctx: JudgeContext) => ApprovalRequest[];
  /** For rules that check criteria against evidence: every criterion and what was measured (the report lists them). */
  readonly evidenceChecks?: (ctx: JudgeContext) => EvidenceCheck[];
  /** The severity when the policy's `severity` map does not name the rule; block unless given. */
  readonly defaultSeverity?: (policy: EffectivePolicy) => 'block' | 'warn';
}

/** Keeps the literal id, so the registry's ids form a union type. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
