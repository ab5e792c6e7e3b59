import { defineRule } from './rule.js';

export const sessionExpirySignalsVisible = defineRule({
  id: 'session_expiry_signals_visible',
  kind: 'requirement',
  readinessBlock: 'observability',
  title: 'Session expiry is a visible signal',
  description: 'Stateful capability sessions expose expiry as a rollout signal rather than a hidden transport failure.',
  remediation: 'Set `session.expiry_signal` on every stateful capability.',
  owner: 'technical',
  settings: [],
  needs: [],
  evaluate: (c) =>
    c.manifest.capabilities
      .filter((cap) => cap.session?.stateful && !cap.session.expirySignal)
      .map((cap) => ({ at: cap.at, message: `stateful capability "${cap.name}" has no session.expiry_signal` })),
});
