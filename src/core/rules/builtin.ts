// Checks that run whatever the policy says: broken input and expired waivers never pass, and a policy
// change (in the action, also a change to the workflow that runs the gate) is always reported. The engine,
// the judge and the action raise them; they have no settings.
import type { ReadinessBlock } from '../model/vocabulary.js';
import type { SourceLocation } from '../model/location.js';
import type { Finding } from '../report/model.js';

/** Findings about broken input sit outside the seven readiness blocks. */
export type FindingBlock = ReadinessBlock | 'input';

interface BuiltinMeta {
  readonly readinessBlock: FindingBlock;
  readonly title: string;
  readonly remediation: string;
}

export const BUILTIN_CHECKS = {
  manifest_invalid: { readinessBlock: 'input', title: 'Manifest is invalid', remediation: 'Fix the manifest at the reported line.' },
  policy_invalid: { readinessBlock: 'input', title: 'Policy is invalid', remediation: 'Fix the policy file at the reported line (on the base branch).' },
  evidence_invalid: {
    readinessBlock: 'input',
    title: 'Evidence path is invalid',
    remediation: 'Point the field at a non-empty regular file inside the repository.',
  },
  manifests_not_found: {
    readinessBlock: 'input',
    title: 'No manifest matches the globs',
    remediation: 'Point the manifest globs at the rollout manifests, or commit the first manifest.',
  },
  merge_base_missing: {
    readinessBlock: 'input',
    title: 'No common history with the base',
    remediation: 'Compare against a base that shares history with the change (the branch it was made from), so only its own changes are judged.',
  },
  merge_not_evaluated: {
    readinessBlock: 'input',
    title: 'Merge result not evaluated',
    remediation:
      'Run the gate with git 2.38 or later (it computes the merge with `git merge-tree --write-tree`), or evaluate head on purpose (`evaluate: head` in the action, no `--evaluate merge` in the CLI).',
  },
  exposure_source_invalid: {
    readinessBlock: 'input',
    title: 'Exposure source cannot be read',
    remediation: 'Fix the bound source file at the reported line, or the binding under `exposure_sources` that names it.',
  },
  waiver_expired: { readinessBlock: 'input', title: 'Waiver expired', remediation: 'Remove the waiver or renew it with a new expiry date and approver.' },
  workflow_duplicated: {
    readinessBlock: 'input',
    title: 'Two manifests for one workflow',
    remediation: 'Keep one manifest per workflow: merge this one into the other, or give it a workflow name of its own.',
  },
  live_manifest_removed: {
    readinessBlock: 'ownership_and_rollback',
    title: 'Live rollout removed from the gate',
    remediation: 'Take the rollout down first (remove `current_stage`: a rollback, which passes), then delete or move the manifest in a later change.',
  },
  policy_changed: {
    readinessBlock: 'safety_and_policy',
    title: 'Policy changed',
    remediation: 'Review the policy change on its own; it takes effect after it merges (this change is still gated by the base policy).',
  },
  gate_config_changed: {
    readinessBlock: 'safety_and_policy',
    title: 'Gate workflow changed',
    remediation:
      "Merge the change to the gate's workflow on its own, reviewed by the gate's owners; it fails this check by design, so they merge it past the check, and it takes effect only once merged. " +
      'This run used the inputs and triggers as the pull request gives them, so its verdict on everything else does not count.',
  },
} as const satisfies Record<string, BuiltinMeta>;

export type BuiltinCheckId = keyof typeof BUILTIN_CHECKS;

export const isBuiltinId = (id: string): id is BuiltinCheckId => Object.hasOwn(BUILTIN_CHECKS, id);

export function builtinFinding(
  id: BuiltinCheckId,
  at: SourceLocation,
  message: string,
  remediation?: string,
  severity: Finding['severity'] = 'block',
): Finding {
  const def: BuiltinMeta = BUILTIN_CHECKS[id];
  return {
    check: id,
    severity,
    readinessBlock: def.readinessBlock,
    file: at.file,
    line: at.line,
    column: at.column,
    message,
    remediation: remediation ?? def.remediation,
    covers: [],
    owner: null,
    ownerCategory: null,
  };
}
