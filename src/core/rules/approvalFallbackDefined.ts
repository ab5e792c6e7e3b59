import { defineRule } from './rule.js';

export const approvalFallbackDefined = defineRule({
  id: 'approval_fallback_defined',
  kind: 'requirement',
  readinessBlock: 'operational_readiness',
  title: 'Approval timeout behaviour',
  description: 'The approval path says what happens when nobody answers in time and what the fallback is when human review is unavailable.',
  remediation: 'Set `approval.on_timeout` and `approval.fallback`.',
  owner: 'product',
  settings: [],
  needs: [],
  evaluate: (c) => {
    const a = c.manifest.approval;
    if (!a) return [];
    const missing = [a.onTimeout ? null : 'on_timeout', a.fallback ? null : 'fallback'].filter((x): x is string => x !== null);
    return missing.length > 0 ? [{ at: a.at, message: `approval path is missing ${missing.join(' and ')}` }] : [];
  },
});
