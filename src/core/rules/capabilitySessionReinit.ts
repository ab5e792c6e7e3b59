import { defineRule } from './rule.js';

export const capabilitySessionReinitUnmodeled = defineRule({
  id: 'capability_session_reinit_unmodeled',
  kind: 'hazard',
  readinessBlock: 'capability_execution',
  title: 'Session re-initialization unmodeled',
  description: 'A stateful capability session does not say what happens when it cannot resume safely.',
  remediation: 'Set `session.reinit` on every stateful capability.',
  owner: 'technical',
  settings: [],
  needs: [],
  evaluate: (c) =>
    c.manifest.capabilities
      .filter((cap) => cap.session?.stateful && !cap.session.reinit)
      .map((cap) => ({ at: cap.at, message: `stateful capability "${cap.name}" does not model re-initialization` })),
});
