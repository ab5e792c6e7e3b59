import { defineRule } from './rule.js';

export const stageCriteriaDefined = defineRule({
  id: 'stage_criteria_defined',
  kind: 'requirement',
  readinessBlock: 'eval_and_slo',
  title: 'Stage exit criteria',
  description: 'Every rung of the ladder below the last has exit criteria that say what evidence moves the rollout on.',
  remediation: 'Add `exit` criteria to each stage.',
  owner: 'product',
  settings: [],
  needs: [],
  evaluate: (c) =>
    c.manifest.stages
      .slice(0, -1)
      .filter((s) => s.exit.length === 0)
      .map((s) => ({ at: s.at, message: `stage "${s.name}" has no exit criteria` })),
});
