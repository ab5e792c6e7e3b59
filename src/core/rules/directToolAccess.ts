import { defineRule } from './rule.js';

export const directToolAccessPresent = defineRule({
  id: 'direct_tool_access_present',
  kind: 'hazard',
  readinessBlock: 'safety_and_policy',
  title: 'Direct tool access',
  description: 'A capability can be called directly, bypassing the policy gateway and audit trail.',
  remediation: 'Route the capability through the gateway and remove `via_gateway: false`.',
  owner: 'risk',
  settings: [],
  needs: [],
  evaluate: (c) =>
    c.manifest.capabilities
      .filter((cap) => !cap.viaGateway)
      .map((cap) => ({ at: cap.at, message: `capability "${cap.name}" bypasses the policy gateway (via_gateway: false)` })),
});
