import { defineRule } from './rule.js';
import { needsApprovalPath, requireOwner } from './support.js';

export const approvalQueueOwner = defineRule({
  id: 'approval_queue_owner',
  kind: 'requirement',
  readinessBlock: 'operational_readiness',
  title: 'Approval queue owner',
  description: 'When runs pause for human approval, someone owns the approval queue.',
  remediation: 'Set `approval.queue_owner` to a named owner.',
  owner: 'product',
  settings: [],
  needs: [],
  evaluate: (c) => {
    const m = c.manifest;
    if (!needsApprovalPath(m)) return [];
    if (!m.approval)
      return [{ at: m.capabilities.find((x) => x.requiresApproval)?.at ?? m.at, message: 'capabilities require approval but no `approval` path is defined' }];
    return requireOwner(m.approval.queueOwner, 'approval queue owner (`approval.queue_owner`)', m.approval.at);
  },
});
