// The decision record: everything a report's verdict was judged from, by object id, so that anyone can
// re-run the gate on exactly those inputs later (`rollout-gate replay`) and prove the same answer.
import { createHash } from 'node:crypto';
import type { ApprovalState } from '../rules/rule.js';

/** What a recorded file was to the verdict. */
export type InputRole = 'manifest' | 'policy' | 'evidence' | 'review' | 'history';

/** One file the verdict read, as the commit it was read from held it. */
export interface RecordedInput {
  readonly role: InputRole;
  /**
   * The commit whose tree (or, for `history`, whose change) gave this version. Evidence read at the merge
   * names head: the merged tree is recomputed from base and head, and the blob id is what is checked.
   */
  readonly commit: string;
  readonly path: string;
  /** The blob's object id; null when the path held no file there (missing evidence is an input too). */
  readonly oid: string | null;
}

/** Where one policy that gates a manifest comes from: a file at the base, or the policy built into the tool. */
export interface PolicySourceId {
  readonly file: string;
  /** The policy file's blob id, or `embedded:sha256:<hex>` for the embedded default policy. */
  readonly source: string;
}

/** The effective policy of one judged manifest, as the digest of the policies combined for it. */
export interface ManifestPolicy {
  readonly file: string;
  /** `sha256:<hex>` over the sources, in order. Equal digests mean the same policies judged. */
  readonly digest: string;
  readonly sources: readonly PolicySourceId[];
}

export interface DecisionRecord {
  /** The record's own format; a replay refuses a format it does not know. */
  readonly format: 1;
  readonly toolVersion: string;
  readonly base: string | null;
  /** The commit head was compared with (the merge base of base and head); null without a base. */
  readonly mergeBase: string | null;
  readonly head: string;
  /** The moment waivers and dwell times were judged against (ISO 8601, UTC). */
  readonly now: string;
  /** The run's settings that choose what is judged. */
  readonly options: {
    readonly manifestGlobs: readonly string[];
    readonly policyDir: string;
    readonly all: boolean;
    /** Where the evidence was read: the merge is recomputed from base and head, so it needs no object of its own. */
    readonly evaluate: 'head' | 'merge';
    readonly timelines: boolean;
  };
  readonly policies: readonly ManifestPolicy[];
  readonly inputs: readonly RecordedInput[];
  /**
   * Inputs from outside git: `reviews` says whether the pull request's reviews were read (their outcome is
   * the report's `approvals`), `reviewed` what they answered per handle asked about, `adapterChecks` the checks an adapter added whose findings are in the report
   * (the action's gate-workflow check, in reports written before `gateWorkflow` was recorded).
   * `gateWorkflow`, present when the action checked the workflow that runs it, says what that check
   * compared: it reads only git, so a replay derives its findings again instead of taking them.
   */
  readonly external: {
    readonly reviews: 'read' | 'not_read';
    /** The reviews the verdict used, when it read them (absent in reports written before this was recorded). */
    readonly reviewed?: RecordedReviews;
    readonly adapterChecks: readonly string[];
    readonly gateWorkflow?: RecordedGateWorkflow;
  };
}

/** One reviewer the verdict asked about: the state the reviews gave, and the commit the deciding review was of. */
export interface RecordedReview {
  readonly handle: string;
  readonly state: Exclude<ApprovalState, 'unchecked'>;
  readonly commit: string | null;
}

/** The reviews a verdict used: the outcome per handle asked about, in handle order, or that they could not be read. */
export type RecordedReviews = { readonly kind: 'reviews'; readonly outcomes: readonly RecordedReview[] } | { readonly kind: 'unavailable' };

/**
 * The action's check of the workflow running it, as plain data: the file (from GITHUB_WORKFLOW_REF) and the
 * event's base commit. The file is compared at the merge base of `eventBase` and head with head.
 */
export interface RecordedGateWorkflow {
  readonly path: string;
  readonly eventBase: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The source id of the embedded default policy: its text's digest, so a tool whose default differs shows. */
export function embeddedSource(yaml: string): string {
  return `embedded:sha256:${sha256(yaml)}`;
}

export function policyDigest(sources: readonly PolicySourceId[]): string {
  return `sha256:${sha256(JSON.stringify(sources.map((s) => [s.file, s.source])))}`;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ROLE_ORDER: readonly InputRole[] = ['policy', 'manifest', 'evidence', 'review', 'history'];

/** Inputs once each, in a fixed order (role, path, commit), so the record is byte-stable. */
export function sortInputs(inputs: Iterable<RecordedInput>): RecordedInput[] {
  const unique = new Map<string, RecordedInput>();
  for (const i of inputs) unique.set(JSON.stringify([i.role, i.commit, i.path, i.oid]), i);
  return [...unique.values()].sort(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || cmp(a.path, b.path) || cmp(a.commit, b.commit) || cmp(a.oid ?? '', b.oid ?? ''),
  );
}

export function sortPolicies(policies: Iterable<ManifestPolicy>): ManifestPolicy[] {
  return [...new Map([...policies].map((p) => [p.file, p])).values()].sort((a, b) => cmp(a.file, b.file));
}
