// Which tree the readiness evidence is read from. The changes under review are always those from the merge
// base to head, but what goes live is the merge: a base that deleted an evidence file after the change
// forked leaves the merged tree without it, though head still has it.
import { mergeTree } from '../git/merge.js';
import type { EvaluatedState, Finding } from '../core/report/model.js';
import { builtinFinding } from '../core/rules/builtin.js';

export type EvaluateMode = 'head' | 'merge';

export interface Evaluated {
  readonly state: EvaluatedState;
  /** The tree-ish evidence is read from: the merged tree, or head. */
  readonly rev: string;
  readonly finding: Finding | null;
}

/** Where to read the evidence for `mode`; `base` is null when there is nothing to merge into. */
export async function evaluatedTree(root: string, base: string | null, head: string, mode: EvaluateMode, where: string): Promise<Evaluated> {
  if (mode === 'head' || base === null) return { state: { kind: 'head' }, rev: head, finding: null };
  const merged = await mergeTree(root, base, head);
  if (merged.kind === 'clean') return { state: { kind: 'merge', tree: merged.tree }, rev: merged.tree, finding: null };
  const at = { file: where, line: 1, column: 1 };
  if (merged.kind === 'conflicts') {
    const listed = merged.paths.slice(0, 5).join(', ') + (merged.paths.length > 5 ? `, and ${merged.paths.length - 5} more` : '');
    return {
      state: { kind: 'head_instead', why: 'conflicts', conflicts: merged.paths },
      rev: head,
      // GitHub does not merge a conflicting change, so the evidence at head stands in until it is resolved.
      finding: builtinFinding(
        'merge_not_evaluated',
        at,
        `merging ${head.slice(0, 12)} into the base ${base.slice(0, 12)} conflicts (${listed}), so the evidence was read at head, not at the merge`,
        'Merge or rebase onto the base branch and resolve the conflicts; the gate then reads the evidence as it will be once merged.',
        'warn',
      ),
    };
  }
  return {
    state: { kind: 'head_instead', why: 'unsupported', conflicts: [] },
    rev: head,
    finding: builtinFinding(
      'merge_not_evaluated',
      at,
      `this git cannot compute the merge of ${head.slice(0, 12)} into the base ${base.slice(0, 12)} (${merged.detail || 'merge-tree --write-tree failed'}), ` +
        'so what will be live after the merge is unknown',
    ),
  };
}
