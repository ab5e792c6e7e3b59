import type { Finding, Report } from '../core/report/model.js';
import type { RecordedGateWorkflow } from '../core/report/record.js';
import type { ApprovalIndex } from '../core/rules/rule.js';
import type { EvaluateMode } from './evaluated.js';

export const DEFAULT_MANIFEST_GLOBS: readonly string[] = ['rollouts/**/*.yml', 'rollouts/**/*.yaml'];
export const DEFAULT_POLICY_DIR = 'policies';

export interface GateOptions {
  /** Any directory inside the git repository. */
  readonly repoDir: string;
  /** The revision under review; default `HEAD`. */
  readonly head?: string;
  /**
   * The revision to compare with. Undefined: the first parent of head (a root commit counts every manifest
   * as new). The policy is always read from here, never from head.
   */
  readonly base?: string;
  readonly manifestGlobs?: readonly string[];
  readonly policyDir?: string;
  /** Evaluate every manifest at head, not only the ones the change touches. */
  readonly all?: boolean;
  /**
   * Where evidence is read: `head` (default), or `merge`, the tree merging head into the base gives (what is
   * live once the change merges). The changes judged are those from the merge base to head either way.
   */
  readonly evaluate?: EvaluateMode;
  /**
   * Carry in the report the timeline of each rollout the change touches (its base-branch history and the
   * proposed step), for the exposure charts; default true.
   */
  readonly timelines?: boolean;
  /** The moment waivers and dwell times are judged against; default now. */
  readonly now?: Date;
  /** When the base commit is missing from a shallow clone, try to fetch it from this remote. */
  readonly fetchRemote?: string | null;
  /**
   * Reads the pull request's reviews, for rules that ask owners to approve. Called at most once, and only
   * when some judgement asks for an approval. Absent (the CLI): approvals cannot be checked.
   */
  readonly readApprovals?: () => Promise<ApprovalIndex>;
  /**
   * Findings the adapter adds about the run itself (the action: changes to the workflow that runs the gate),
   * asked for once base and head are resolved (a base missing from a shallow clone already fetched). A
   * GitError it throws fails the run closed, like the engine's own.
   */
  readonly extraFindings?: (commits: { readonly base: string | null; readonly head: string }) => Promise<readonly Finding[]>;
  /**
   * The workflow file that runs the gate, to compare from the event's base to head (`gate_config_changed`
   * findings), asked for by the action. It is recorded as `record.external.gateWorkflow`, so a replay runs the
   * same check on the same commits.
   */
  readonly gateWorkflow?: RecordedGateWorkflow;
  /** Receives what the gate-workflow check could not compare (for a job summary; not part of the report). */
  readonly gateWorkflowNotes?: (notes: readonly string[]) => void;
}

export type GateErrorCode = 'not_a_repo' | 'unknown_revision' | 'git_missing' | 'shallow' | 'corrupt' | 'git_failed';

/** A run that could not be judged at all (usage or environment); the caller must fail closed. */
export interface GateFailure {
  readonly code: GateErrorCode;
  readonly message: string;
}

export type GateOutcome = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly failure: GateFailure };
