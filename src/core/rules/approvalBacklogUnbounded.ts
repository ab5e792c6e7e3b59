import { defineRule } from './rule.js';
import { needsApprovalPath } from './support.js';

export const approvalBacklogUnbounded = defineRule({
  id: 'approval_backlog_unbounded',
  kind: 'hazard',
  readinessBlock: 'operational_readiness',
  title: 'Approval backlog unbounded',
  description: 'Runs can pause for approval but the approval queue has no visible backlog threshold.',
  remediation: 'Set `approval.backlog_threshold`.',
  owner: 'product',
  settings: [],
  needs: [],
  evaluate: (c) => {
    const m = c.manifest;
    if (!needsApprovalPath(m) || m.approval?.backlogThreshold != null) return [];
    return [{ at: m.approval?.at ?? m.at, message: 'the approval queue has no backlog threshold' }];
  },
});
