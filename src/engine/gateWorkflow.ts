// The check of the workflow file that runs the gate: read from git objects at the pull request's merge base
// and at its head (never from the work tree, which earlier steps of the job could have rewritten) and
// compared by core/gateWorkflow. Differences become `gate_config_changed` findings; what could not be
// compared becomes a note. Everything it reads is in git, so a replay runs it again from the same record.
import { BlobReader } from '../git/blobs.js';
import { mergeBase } from '../git/revs.js';
import { listTree, type TreeEntry } from '../git/tree.js';
import { compareGateWorkflow, GATE_CONFIG_CHECK, type WorkflowVersion } from '../core/gateWorkflow/compare.js';
import type { Finding } from '../core/report/model.js';
import type { RecordedGateWorkflow } from '../core/report/record.js';
import { builtinFinding } from '../core/rules/builtin.js';
import { allInOrder } from '../core/util/allInOrder.js';

/** Workflow files larger than this are not read (GitHub's own limits are far below it). */
export const MAX_WORKFLOW_BYTES = 1024 * 1024;

const SYMLINK_MODE = '120000';

const WARN_REMEDIATION = "Review the change to the gate's workflow: it leaves the gate's inputs, triggers and the steps before it as they were.";

export interface GateWorkflowCheck {
  readonly findings: readonly Finding[];
  /** What could not be compared and why, for a job summary; not part of the report. */
  readonly notes: readonly string[];
}

const NOTHING: GateWorkflowCheck = { findings: [], notes: [] };

/** A tree entry's file, as the comparison takes it. */
async function versionAt(entry: TreeEntry | undefined, reader: BlobReader): Promise<WorkflowVersion> {
  if (entry === undefined) return { kind: 'absent' };
  if (entry.mode === SYMLINK_MODE) return { kind: 'unreadable', reason: 'it is a symbolic link' };
  if (entry.type !== 'blob') return { kind: 'unreadable', reason: 'it is not a file' };
  const [blob] = await reader.readMany([entry.oid]);
  // cat-file reports a corrupt object as missing; either way the file cannot be compared.
  if (!blob) return { kind: 'unreadable', reason: 'its object is missing from the clone' };
  if (blob.tooLarge) return { kind: 'unreadable', reason: `it is over ${MAX_WORKFLOW_BYTES} bytes` };
  if (blob.content.includes(0)) return { kind: 'unreadable', reason: 'it is binary' };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(blob.content) };
  } catch {
    return { kind: 'unreadable', reason: 'it is not UTF-8' };
  }
}

async function entryAt(dir: string, commit: string, path: string): Promise<TreeEntry | undefined> {
  return (await listTree(dir, commit, [path])).find((e) => e.path === path);
}

/**
 * What the change from the event's base to `head` does to the workflow file `path` that runs the gate. The
 * file before the change is the one at the merge base, so a workflow change that reached the base branch
 * after the pull request forked is not taken for the pull request's own. Git failures are thrown (the run
 * fails closed).
 */
export async function checkGateWorkflow(dir: string, workflow: RecordedGateWorkflow, head: string): Promise<GateWorkflowCheck> {
  const { path, eventBase } = workflow;
  const before = (await mergeBase(dir, eventBase, head)) ?? eventBase;
  const [baseEntry, headEntry] = await allInOrder([entryAt(dir, before, path), entryAt(dir, head, path)]);
  if (baseEntry !== undefined && headEntry !== undefined && baseEntry.oid === headEntry.oid && baseEntry.mode === headEntry.mode) return NOTHING;

  const reader = new BlobReader(dir, { maxBlobSize: MAX_WORKFLOW_BYTES });
  let comparison: ReturnType<typeof compareGateWorkflow>;
  try {
    const [baseVersion, headVersion] = await allInOrder([versionAt(baseEntry, reader), versionAt(headEntry, reader)]);
    comparison = compareGateWorkflow(path, baseVersion, headVersion);
  } finally {
    await reader.close();
  }
  const findings = comparison.differences.map((d) =>
    builtinFinding(
      GATE_CONFIG_CHECK,
      { file: path, line: d.line, column: d.column },
      d.message,
      d.severity === 'warn' ? WARN_REMEDIATION : undefined,
      d.severity,
    ),
  );
  return { findings, notes: comparison.notes };
}
