import { defineRule } from './rule.js';
import { writeCapabilities } from './support.js';

export const unknownSideEffectPathMissing = defineRule({
  id: 'unknown_side_effect_path_missing',
  kind: 'hazard',
  readinessBlock: 'capability_execution',
  title: 'Unknown side-effect path missing',
  description: 'A write capability does not say what happens when the outcome of a call is unknown.',
  remediation: 'Set `unknown_side_effect` on each write capability (e.g. `stop the run until reconciliation`).',
  owner: 'technical',
  settings: [],
  needs: [],
  evaluate: (c) =>
    writeCapabilities(c.manifest)
      .filter((cap) => !cap.unknownSideEffect)
      .map((cap) => ({ at: cap.at, message: `write capability "${cap.name}" has no unknown-side-effect path` })),
});
