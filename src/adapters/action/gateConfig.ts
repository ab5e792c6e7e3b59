// The gate's own configuration, checked on every pull-request and merge-queue run: GITHUB_WORKFLOW_REF
// names the workflow file that is running. This module tells which file that is and whether it can be
// checked; the engine compares it at the merge base and at head (engine/gateWorkflow.ts) and records what
// it compared, so a replay derives the same findings from git.
import { isWorkflowPath } from '../../core/gateWorkflow/compare.js';
import type { RecordedGateWorkflow } from '../../core/report/record.js';

/** Which workflow file is running, from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/file.yml@refs/...`). */
export type RunningWorkflow =
  | { readonly kind: 'here'; readonly path: string }
  /** An organisation's required workflow, kept in another repository: this pull request cannot change it. */
  | { readonly kind: 'elsewhere'; readonly repository: string; readonly path: string }
  | { readonly kind: 'unknown'; readonly why: string };

export function runningWorkflow(env: NodeJS.ProcessEnv): RunningWorkflow {
  const ref = env['GITHUB_WORKFLOW_REF'] ?? '';
  if (ref === '') return { kind: 'unknown', why: 'GITHUB_WORKFLOW_REF is not set' };
  const at = ref.lastIndexOf('@');
  const [owner, repo, ...rest] = (at === -1 ? ref : ref.slice(0, at)).split('/');
  const path = rest.join('/');
  if (at === -1 || !owner || !repo || !isWorkflowPath(path)) {
    return { kind: 'unknown', why: `GITHUB_WORKFLOW_REF (${JSON.stringify(ref)}) does not name a file in .github/workflows/` };
  }
  const repository = `${owner}/${repo}`;
  const here = env['GITHUB_REPOSITORY'];
  if (here !== undefined && here !== '' && here.toLowerCase() !== repository.toLowerCase()) return { kind: 'elsewhere', repository, path };
  return { kind: 'here', path };
}

/** The workflow check this run asks of the engine (null: none), and a note when it cannot be asked for. */
export interface GateConfigPlan {
  readonly workflow: RecordedGateWorkflow | null;
  readonly notes: readonly string[];
}

/**
 * What to check of the workflow that runs the gate. `eventBase` null (a push or a manual run: the workflow
 * has already merged) checks nothing, nor does a required workflow kept in another repository.
 */
export function gateConfigPlan(env: NodeJS.ProcessEnv, eventBase: string | null): GateConfigPlan {
  if (eventBase === null) return { workflow: null, notes: [] };
  const running = runningWorkflow(env);
  if (running.kind === 'unknown')
    return { workflow: null, notes: [`${running.why}, so whether this change alters the workflow that runs the gate was not checked.`] };
  if (running.kind === 'elsewhere') return { workflow: null, notes: [] };
  return { workflow: { path: running.path, eventBase }, notes: [] };
}
