import { defineRule } from './rule.js';
import { requireOwner } from './support.js';

export const oncallOwner = defineRule({
  id: 'oncall_owner',
  kind: 'requirement',
  readinessBlock: 'operational_readiness',
  title: 'On-call owner',
  description: 'An on-call owner is named for the rollout.',
  remediation: 'Name the on-call rotation under `owners.on_call`.',
  owner: 'on_call',
  settings: [],
  needs: [],
  evaluate: (c) => requireOwner(c.manifest.owners.on_call, 'on-call owner (`owners.on_call`)', c.manifest.ownersAt, 'on_call'),
});
