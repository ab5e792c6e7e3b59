import { defineRule } from './rule.js';
import { writeCapabilities } from './support.js';

/** The seeds' duplicate-ticket incident: a write that is retried without an idempotency key runs twice. */
export const duplicateWriteOnRetry = defineRule({
  id: 'duplicate_write_on_retry',
  kind: 'hazard',
  readinessBlock: 'capability_execution',
  title: 'Write retried without idempotency',
  description:
    'A write capability is retried (`retry.max_attempts` above 1) without an idempotency strategy, so a retry after a lost answer repeats the side effect.',
  remediation: 'Give the write capability an `idempotency` strategy, or set `retry.max_attempts: 1`.',
  owner: 'technical',
  settings: [],
  needs: [],
  evaluate: (c) =>
    writeCapabilities(c.manifest)
      .filter((cap) => (cap.retryMaxAttempts ?? 1) > 1 && !cap.idempotency)
      .map((cap) => ({
        at: cap.at,
        message: `write capability "${cap.name}" retries up to ${cap.retryMaxAttempts ?? 1} times without an idempotency strategy`,
      })),
});
