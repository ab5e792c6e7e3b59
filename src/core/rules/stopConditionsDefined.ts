import { defineRule } from './rule.js';

export const stopConditionsDefined = defineRule({
  id: 'stop_conditions_defined',
  kind: 'requirement',
  readinessBlock: 'ownership_and_rollback',
  title: 'Stop conditions defined',
  description: 'Pre-agreed stop conditions exist before launch pressure begins.',
  remediation: 'Add `stop_conditions` such as `false_positive_rate > 0.20`.',
  owner: 'product',
  settings: [],
  needs: [],
  evaluate: (c) => (c.manifest.stopConditions.length > 0 ? [] : [{ at: c.manifest.at, message: 'no stop conditions are defined' }]),
});
