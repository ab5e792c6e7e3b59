// The repeated kind "a change of kind K is a hazard": one violation per such change, located at it.
import type { OwnerCategory, ReadinessBlock } from '../model/vocabulary.js';
import type { Change, ChangeKind } from '../report/model.js';
import { defineRule, type Rule } from './rule.js';

export interface ChangeHazardSpec<Id extends string> {
  readonly id: Id;
  readonly readinessBlock: ReadinessBlock;
  readonly title: string;
  readonly description: string;
  readonly remediation: string;
  readonly owner: OwnerCategory;
  readonly kinds: readonly ChangeKind[];
  readonly describe: (change: Change) => string;
  /** What the change is about, for findings that share the cause (see Violation.causes). */
  readonly causes?: (change: Change) => string[];
}

export function changeHazard<const Id extends string>(spec: ChangeHazardSpec<Id>): Rule<Id> {
  return defineRule({
    id: spec.id,
    kind: 'hazard',
    readinessBlock: spec.readinessBlock,
    title: spec.title,
    description: spec.description,
    remediation: spec.remediation,
    owner: spec.owner,
    settings: [],
    needs: ['changes'],
    evaluate: (c) =>
      c.changes
        .filter((x) => spec.kinds.includes(x.kind))
        .map((x) => ({ at: { file: x.file, line: x.line, column: 1 }, message: spec.describe(x), causes: spec.causes?.(x) ?? [] })),
  });
}
