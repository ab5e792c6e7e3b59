import { defineRule } from './rule.js';
import { needsApprovalPath } from './support.js';

export const pausedRunsWithoutExpiry = defineRule({
  id: 'paused_runs_without_expiry',
  kind: 'hazard',
  readinessBlock: 'operational_readiness',
  title: 'Paused runs without expiry',
  description: 'Runs paused for approval can wait forever: there is no timeout or expiry rule.',
  remediation: 'Set `approval.timeout` (e.g. `30m`).',
  owner: 'product',
  settings: [],
  needs: [],
  evaluate: (c) => {
    const m = c.manifest;
    if (!needsApprovalPath(m) || m.approval?.timeoutMs != null) return [];
    return [{ at: m.approval?.at ?? m.at, message: 'runs paused for approval have no timeout' }];
  },
});
