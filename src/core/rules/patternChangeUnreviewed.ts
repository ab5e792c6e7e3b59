import { defineRule, type Violation } from './rule.js';
import { evidenceCause, orchestrationCause } from './support.js';

export const orchestrationPatternChangeUnreviewed = defineRule({
  id: 'orchestration_pattern_change_unreviewed',
  kind: 'hazard',
  readinessBlock: 'runtime_correctness',
  title: 'Orchestration pattern change unreviewed',
  description: 'A workflow path changed its orchestration pattern in this change without a fresh review record (one added or updated in the same change).',
  remediation:
    'Review the new pattern (join state, approval ordering, worker surfaces, checkpoints), commit the review and set `orchestration.<path>.review` to it.',
  owner: 'technical',
  settings: [],
  needs: ['base', 'evidence'],
  evaluate: (c) => {
    const out: Violation[] = [];
    for (const p of c.manifest.orchestration) {
      const before = c.base?.orchestration.find((b) => b.name === p.name) ?? null;
      const changed = before ? before.pattern !== p.pattern : c.base !== null && p.pattern !== 'fixed_workflow';
      if (!changed) continue;
      const what = before ? `${before.pattern} -> ${p.pattern}` : `new ${p.pattern} path`;
      if (!p.review) {
        out.push({ at: p.at, message: `path "${p.name}" changed pattern (${what}) without a review record`, causes: [orchestrationCause(p.name)] });
        continue;
      }
      const status = c.evidence.status(p.review.path);
      if (status.kind !== 'ok') {
        out.push({
          at: p.review.at,
          message: `path "${p.name}" changed pattern (${what}) but its review record "${p.review.path}" is not a valid file`,
          causes: [orchestrationCause(p.name), evidenceCause(p.review.path)],
        });
      } else if (c.evidence.baseOid(p.review.path) === status.oid) {
        out.push({
          at: p.review.at,
          message: `path "${p.name}" changed pattern (${what}) but its review record "${p.review.path}" was not updated in this change`,
          causes: [orchestrationCause(p.name)],
        });
      }
    }
    return out;
  },
});
