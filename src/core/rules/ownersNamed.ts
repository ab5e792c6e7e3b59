import type { OwnerCategory } from '../model/vocabulary.js';
import { STAGES } from '../policy/coreSettings.js';
import { defineRule } from './rule.js';
import { ownerCategories } from './setting.js';
import { stageRequirementsFor } from './stageRequirements.js';
import { requireOwner } from './support.js';

export const OWNERS = ownerCategories(['owners'], 'Owner categories that must be named.');

export const ownersNamed = defineRule({
  id: 'owners_named',
  kind: 'mode',
  readinessBlock: 'ownership_and_rollback',
  title: 'Ownership map complete',
  description:
    'Every owner category the policy lists (`owners`, and `stages.<stage>.owners` for the live stage; `stages.ga.owners` also for the top of the ladder, whatever it is called) names a real owner.',
  remediation: 'Name an owner for each listed category under `owners`.',
  owner: 'product',
  settings: [OWNERS],
  needs: ['base'],
  active: (policy) => policy.get(OWNERS).length > 0 || Object.values(policy.get(STAGES)).some((s) => s.owners.length > 0),
  evaluate: (c) => {
    const categories = new Set<OwnerCategory>([...c.policy.get(OWNERS), ...stageRequirementsFor(c.policy, c.manifest, c.base).owners]);
    return [...categories]
      .sort()
      .flatMap((cat) => requireOwner(c.manifest.owners[cat], `${cat.replace('_', '-')} owner (\`owners.${cat}\`)`, c.manifest.ownersAt, cat));
  },
});
