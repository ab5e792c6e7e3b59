import type { OwnerCategory } from '../model/vocabulary.js';
import { defineRule, type ApprovalRequest, type JudgeContext } from './rule.js';
import { ownerCategories } from './setting.js';
import { orchestrationCause } from './support.js';

export const PATTERN_CHANGE_APPROVERS = ownerCategories(
  ['approvals', 'orchestration_pattern_change'],
  "Owner categories whose GitHub handles must approve the pull request when an orchestration pattern changes (verified by the action from the pull request's reviews).",
);

const ID = 'orchestration_pattern_change_approval';

/** The owner of a category as the base names them; for a manifest new in this change, as the head does. */
const approverOf = (c: JudgeContext, category: OwnerCategory) => (c.base ?? c.manifest).owners[category];

/** Each request with the orchestration path it is about. */
function requestsByPath(c: JudgeContext): { path: string; request: ApprovalRequest }[] {
  return c.changes
    .filter((x) => x.kind === 'pattern_changed' || x.kind === 'pattern_added')
    .filter((x) => x.releaseBearing)
    .flatMap((x) =>
      c.policy.get(PATTERN_CHANGE_APPROVERS).map((category) => {
        // Approvers come from the base: the pull request under review cannot name its own approver.
        const owner = approverOf(c, category);
        const handle = owner && !owner.placeholder ? owner.github : null;
        const state = handle === null ? 'missing' : c.approvals.kind === 'reviews' ? c.approvals.stateOf(handle) : 'unchecked';
        const request: ApprovalRequest = {
          check: ID,
          file: x.file,
          line: x.line,
          subject: `${x.subject} ${x.from ?? 'new'} -> ${x.to}`,
          category,
          handle,
          state,
        };
        return { path: x.path, request };
      }),
    );
}

const requests = (c: JudgeContext): ApprovalRequest[] => requestsByPath(c).map((r) => r.request);

export const orchestrationPatternChangeApproval = defineRule({
  id: ID,
  kind: 'mode',
  readinessBlock: 'runtime_correctness',
  title: 'Orchestration pattern change approved',
  description:
    'An orchestration pattern change is approved on the pull request by the owners that `approvals.orchestration_pattern_change` lists, named with GitHub handles in the manifest at the base (a manifest new in the change: as it names them). The action verifies the approvals from the reviews of the head commit; the CLI cannot, so it reports them as outstanding.',
  remediation: 'Ask the listed owners to approve the pull request, and give each a GitHub handle (`owners.<category>.github`).',
  owner: 'technical',
  settings: [PATTERN_CHANGE_APPROVERS],
  needs: ['base', 'changes', 'reviews'],
  active: (policy) => policy.get(PATTERN_CHANGE_APPROVERS).length > 0,
  approvals: requests,
  evaluate: (c) =>
    requestsByPath(c)
      .filter(({ request }) => request.state !== 'approved')
      .map(({ path, request: r }) => {
        const owner = approverOf(c, r.category);
        const who =
          !owner || owner.placeholder
            ? `the ${r.category} owner, who is not named`
            : owner.github
              ? `the ${r.category} owner ${owner.github}`
              : `the ${r.category} owner "${owner.name}", who has no GitHub handle to verify the approval with`;
        return {
          at: { file: r.file, line: r.line, column: 1 },
          message: `${r.subject} needs approval from ${who}`,
          ownerCategory: r.category,
          causes: [orchestrationCause(path)],
        };
      }),
});
