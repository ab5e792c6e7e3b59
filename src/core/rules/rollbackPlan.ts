import { defineRule } from './rule.js';
import { requireArtifact, requireOwner } from './support.js';

export const rollbackPlan = defineRule({
  id: 'rollback_plan',
  kind: 'requirement',
  readinessBlock: 'ownership_and_rollback',
  title: 'Rollback plan',
  description: 'A written rollback plan exists (not "we will roll back if something happens") and a rollback owner is named.',
  remediation: 'Commit the rollback plan, set `rollback.plan` to its path and name `owners.rollback`.',
  owner: 'rollback',
  settings: [],
  needs: ['evidence'],
  evaluate: (c) => [
    ...requireArtifact(c, c.manifest.rollback?.plan, 'rollback plan', 'rollback.plan', c.manifest.rollback?.at ?? c.manifest.at),
    ...requireOwner(c.manifest.owners.rollback, 'rollback owner (`owners.rollback`)', c.manifest.ownersAt, 'rollback'),
  ],
});
