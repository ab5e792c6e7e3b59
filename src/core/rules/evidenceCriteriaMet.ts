import { EVIDENCE_THRESHOLDS } from './evidenceSettings.js';
import { defineRule } from './rule.js';
import { judgeTypedEvidence } from './typedEvidence.js';

export const evidenceCriteriaMet = defineRule({
  id: 'evidence_criteria_met',
  kind: 'mode',
  readinessBlock: 'eval_and_slo',
  title: 'Typed evidence meets its criteria',
  description:
    "Typed evidence (promptfoo results, JUnit XML, a metrics file) is read and shown to meet its `require` criteria, the base's and the policy's `evidence_thresholds` for the live stage; evidence that is unreadable, edited after its run, or states no metric a criterion names fails closed.",
  remediation: 'Run the eval again and commit its results as the tool wrote them, or fix what the evidence falls short of.',
  owner: 'eval',
  settings: [EVIDENCE_THRESHOLDS],
  needs: ['evidence', 'base'],
  // Always on: it judges nothing unless the manifest, its base or the policy has typed evidence.
  active: () => true,
  evaluate: (c) => judgeTypedEvidence(c).violations,
  evidenceChecks: (c) => judgeTypedEvidence(c).checks,
});
