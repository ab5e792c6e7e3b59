import { defineRule } from './rule.js';

export const capabilityTemplateComplete = defineRule({
  id: 'capability_template_complete',
  kind: 'requirement',
  readinessBlock: 'capability_execution',
  title: 'Capability readiness template',
  description: 'Every capability states its transport, timeout, retry policy and outcome telemetry.',
  remediation: 'Fill in `transport`, `timeout`, `retry.max_attempts` and `telemetry` for each capability.',
  owner: 'technical',
  settings: [],
  needs: [],
  evaluate: (c) =>
    c.manifest.capabilities.flatMap((cap) => {
      const missing = [
        cap.transport ? null : 'transport',
        cap.timeoutMs !== null ? null : 'timeout',
        cap.retryMaxAttempts !== null ? null : 'retry',
        cap.telemetry ? null : 'telemetry',
      ].filter((x): x is string => x !== null);
      return missing.length > 0 ? [{ at: cap.at, message: `capability "${cap.name}" is missing ${missing.join(', ')}` }] : [];
    }),
});
