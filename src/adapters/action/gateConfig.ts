// The gate's own configuration, checked on every pull-request and merge-queue run: GITHUB_WORKFLOW_REF
// names the workflow file that is running, which is read from git objects at the pull request's merge base
// and at its head (never from the work tree, which earlier steps of the job could have rewritten) and
// compared by gateWorkflow.ts. Differences become `gate_config_changed` findings; what could not be
// compared becomes a note for the job summary.
import { BlobReader } from '../../git/blobs.js';
import { mergeBase } from '../../git/revs.js';
import { listTree, type TreeEntry } from '../../git/tree.js';
import type { Finding } from '../../core/report/model.js';
import { builtinFinding } from '../../core/rules/builtin.js';
import { allInOrder } from '../../core/util/allInOrder.js';
import { compareGateWorkflow, type WorkflowVersion } from './gateWorkflow.js';

/** Workflow files larger than this are not read (GitHub's own limits are far below it). */
export const MAX_WORKFLOW_BYTES = 1024 * 1024;

const SYMLINK_MODE = '120000';

const WARN_REMEDIATION = "Review the change to the gate's workflow: it leaves the gate's inputs, triggers and the steps before it as they were.";

/** Which workflow file is running, from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/file.yml@refs/...`). */
export type RunningWorkflow =
  | { readonly kind: 'here'; readonly path: string }
  /** An organisation's required workflow, kept in another repository: this pull request cannot change it. */
  | { readonly kind: 'elsewhere'; readonly repository: string; readonly path: string }
  | { readonly kind: 'unknown'; readonly why: string };

const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/i;

export function runningWorkflow(env: NodeJS.ProcessEnv): RunningWorkflow {
  const ref = env['GITHUB_WORKFLOW_REF'] ?? '';
  if (ref === '') return { kind: 'unknown', why: 'GITHUB_WORKFLOW_REF is not set' };
  const at = ref.lastIndexOf('@');
  const [owner, repo, ...rest] = (at === -1 ? ref : ref.slice(0, at)).split('/');
  const path = rest.join('/');
  if (at === -1 || !owner || !repo || !WORKFLOW_PATH.test(path)) {
    return { kind: 'unknown', why: `GITHUB_WORKFLOW_REF (${JSON.stringify(ref)}) does not name a file in .github/workflows/` };
  }
  const repository = `${owner}/${repo}`;
  const here = env['GITHUB_REPOSITORY'];
  if (here !== undefined && here !== '' && here.toLowerCase() !== repository.toLowerCase()) return { kind: 'elsewhere', repository, path };
  return { kind: 'here', path };
}

export interface GateConfigCheck {
  readonly findings: readonly Finding[];
  readonly notes: readonly string[];
}

const NOTHING: GateConfigCheck = { findings: [], notes: [] };

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
 * What the change from the event's base to `head` does to the workflow that runs the gate. `eventBase` null
 * (a push or a manual run: the workflow has already merged) checks nothing. The file before the change is
 * the one at the merge base, so a workflow change that reached the base branch after the pull request
 * forked is not taken for the pull request's own. Git failures are thrown (the run fails closed).
 */
export async function checkGateConfig(dir: string, env: NodeJS.ProcessEnv, eventBase: string | null, head: string): Promise<GateConfigCheck> {
  if (eventBase === null) return NOTHING;
  const running = runningWorkflow(env);
  if (running.kind === 'unknown')
    return { findings: [], notes: [`${running.why}, so whether this change alters the workflow that runs the gate was not checked.`] };
  if (running.kind === 'elsewhere') return NOTHING;

  const path = running.path;
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
      'gate_config_changed',
      { file: path, line: d.line, column: d.column },
      d.message,
      d.severity === 'warn' ? WARN_REMEDIATION : undefined,
      d.severity,
    ),
  );
  return { findings, notes: comparison.notes };
}
