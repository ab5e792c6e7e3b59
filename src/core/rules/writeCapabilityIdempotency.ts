import { defineRule } from './rule.js';
import { writeCapabilities } from './support.js';

export const writeCapabilityIdempotency = defineRule({
  id: 'write_capability_idempotency',
  kind: 'requirement',
  readinessBlock: 'capability_execution',
  title: 'Write capabilities are idempotent',
  description: 'No write capability enters exposure without an idempotency strategy.',
  remediation: 'Set `idempotency` on each write capability (e.g. `idempotency_key = request_id`).',
  owner: 'technical',
  settings: [],
  needs: [],
  evaluate: (c) =>
    writeCapabilities(c.manifest)
      .filter((cap) => !cap.idempotency)
      .map((cap) => ({ at: cap.at, message: `write capability "${cap.name}" has no idempotency strategy` })),
});
