// The repeated kind "evidence X must exist": one entry per evidence field, built by this factory.
import type { EvidenceKind, OwnerCategory, ReadinessBlock } from '../model/vocabulary.js';
import { defineRule, type Rule } from './rule.js';
import { requireArtifact } from './support.js';

export interface EvidenceRequirementSpec<Id extends string> {
  readonly id: Id;
  readonly kind: 'requirement' | 'hazard';
  readonly readinessBlock: ReadinessBlock;
  readonly title: string;
  readonly description: string;
  readonly owner: OwnerCategory;
  /** The `evidence.<field>` the rule looks at. */
  readonly field: EvidenceKind;
  /** What the artifact is, in a message: `no ${what}: ...`. */
  readonly what: string;
  readonly remediation: string;
}

export function evidenceRequirement<const Id extends string>(spec: EvidenceRequirementSpec<Id>): Rule<Id> {
  return defineRule({
    id: spec.id,
    kind: spec.kind,
    readinessBlock: spec.readinessBlock,
    title: spec.title,
    description: spec.description,
    remediation: spec.remediation,
    owner: spec.owner,
    settings: [],
    needs: ['evidence'],
    evaluate: (c) => requireArtifact(c, c.manifest.evidence[spec.field], spec.what, `evidence.${spec.field}`, c.manifest.at),
  });
}
