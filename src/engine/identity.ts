// One workflow, one manifest: the rules pace and cap a rollout per manifest, so a second manifest for the
// same workflow would be gated as a rollout of its own (nineteen copies, nineteen fresh canaries). And a
// live rollout does not leave the gate's view except by a rollback first.
import type { SourceLocation } from '../core/model/location.js';
import type { Manifest } from '../core/model/manifest.js';
import type { Finding } from '../core/report/model.js';
import { builtinFinding } from '../core/rules/builtin.js';
import { workflowKey } from './targets.js';

export interface WorkflowHolder {
  readonly file: string;
  readonly workflow: string;
  /** The file named this workflow at the base already (unchanged, edited, or renamed with it). */
  readonly continues: boolean;
}

export interface Duplicate {
  readonly file: string;
  readonly workflow: string;
  /** The manifest that keeps the workflow. */
  readonly keeper: string;
}

/**
 * For each workflow more than one manifest names: every manifest but the one that keeps it. The keeper is
 * the first (in path order) that already named the workflow at the base, else the first in path order, so
 * the finding lands on the copy the change brings in.
 */
export function duplicatesOf(holders: readonly WorkflowHolder[]): Duplicate[] {
  const groups = new Map<string, WorkflowHolder[]>();
  for (const h of holders) {
    const key = workflowKey(h.workflow);
    const group = groups.get(key) ?? [];
    if (!group.some((g) => g.file === h.file)) group.push(h);
    groups.set(key, group);
  }
  const out: Duplicate[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const keeper = sorted.find((h) => h.continues) ?? sorted[0]!;
    for (const h of sorted) if (h !== keeper) out.push({ file: h.file, workflow: h.workflow, keeper: keeper.file });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function duplicateFinding(d: Duplicate, at: SourceLocation): Finding {
  return builtinFinding(
    'workflow_duplicated',
    at,
    `workflow "${d.workflow.trim()}" already has a manifest, ${d.keeper}; a second manifest for one workflow would be gated as a rollout of its own (its own canary, its own exposure cap), so the two together could expose more than either is allowed to`,
  );
}

/**
 * For `git grep -E -i`: a line naming one of the workflows (the alternation between the two) as the
 * manifest's workflow, in block or flow style, quoted or not: `workflow: Name`, `"workflow": "Name",`.
 * Candidates it finds are parsed before they count; a name written with YAML escapes is not found.
 */
export const WORKFLOW_LINE = {
  before: `workflow["']?[[:space:]]*:[[:space:]]*["']?[[:space:]]*`,
  after: `[[:space:]]*["']?[[:space:]]*([,}#]|$)`,
} as const;

/** A live manifest (a `current_stage` at the base) that the change deletes or moves out of the manifest globs. */
export function liveRemovalFinding(base: Manifest, movedTo: string | null): Finding {
  const stage = base.currentStage?.name ?? '';
  const how = movedTo ? `moves it to ${movedTo}, which the manifest globs do not match` : 'deletes it';
  return builtinFinding(
    'live_manifest_removed',
    movedTo ? { file: movedTo, line: 1, column: 1 } : { file: base.file, line: base.at.line, column: base.at.column },
    `${base.file} is live at ${stage} and this change ${how}: the gate would stop judging a rollout that still has exposure`,
  );
}
