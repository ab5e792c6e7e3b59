import { defineRule } from './rule.js';
import { orchestrationCause, requireArtifact } from './support.js';

export const orchestrationPatternReviewed = defineRule({
  id: 'orchestration_pattern_reviewed',
  kind: 'requirement',
  readinessBlock: 'runtime_correctness',
  title: 'Orchestration patterns reviewed',
  description: 'Every workflow path that is not a fixed workflow has a review record of its orchestration pattern.',
  remediation: 'Commit the pattern review and set `orchestration.<path>.review` to its path.',
  owner: 'technical',
  settings: [],
  needs: ['evidence'],
  evaluate: (c) =>
    c.manifest.orchestration
      .filter((p) => p.pattern !== 'fixed_workflow')
      .flatMap((p) =>
        requireArtifact(c, p.review, `review of the ${p.pattern} pattern on path "${p.name}"`, `orchestration.${p.name}.review`, p.at).map((v) => ({
          ...v,
          causes: [...(v.causes ?? []), orchestrationCause(p.name)],
        })),
      ),
});
