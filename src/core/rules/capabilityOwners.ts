import { defineRule } from './rule.js';
import { requireOwner } from './support.js';

export const capabilityOwners = defineRule({
  id: 'capability_owners',
  kind: 'requirement',
  readinessBlock: 'capability_execution',
  title: 'Capability owners',
  description: 'Every capability going to production has a named owner.',
  remediation: 'Set `owner` on each capability to a named person or team (not TBD).',
  owner: 'technical',
  settings: [],
  needs: [],
  evaluate: (c) => c.manifest.capabilities.flatMap((cap) => requireOwner(cap.owner, `owner for capability "${cap.name}"`, cap.at)),
});
