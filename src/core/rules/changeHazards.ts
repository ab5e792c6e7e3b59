// Hazards the diff finds: a control the base had is removed or weakened by the change.
import { describeChange } from '../report/phrases.js';
import { changeHazard } from './changeHazard.js';
import { ownerCause } from './support.js';

export const ownerRemoved = changeHazard({
  id: 'owner_removed',
  readinessBlock: 'ownership_and_rollback',
  title: 'Owner removed',
  description: 'The change removes a named owner (or replaces one with a placeholder).',
  remediation: 'Keep the owner named, or name the new owner in the same change.',
  owner: 'product',
  kinds: ['owner_removed'],
  describe: describeChange,
  causes: (x) => (x.kind === 'owner_removed' ? [ownerCause(x.category)] : []),
});

export const stopConditionLoosened = changeHazard({
  id: 'stop_condition_loosened',
  readinessBlock: 'ownership_and_rollback',
  title: 'Stop condition removed or loosened',
  description:
    'The change removes a stop condition or rollback trigger, moves its threshold in the permissive direction, or weakens what it does when it fires (rollback > pause > narrow_exposure > reduce_autonomy > page).',
  remediation: 'Keep the pre-agreed threshold, or get the owners to agree the new one in a separate, reviewed change.',
  owner: 'risk',
  kinds: ['stop_condition_removed', 'stop_condition_loosened', 'rollback_trigger_removed', 'rollback_trigger_loosened'],
  describe: describeChange,
});

export const rollbackPlanRemoved = changeHazard({
  id: 'rollback_plan_removed',
  readinessBlock: 'ownership_and_rollback',
  title: 'Rollback plan removed',
  description: 'The change removes the rollback plan.',
  remediation: 'Restore `rollback.plan`.',
  owner: 'rollback',
  kinds: ['rollback_plan_removed'],
  describe: describeChange,
});

export const approvalBoundRemoved = changeHazard({
  id: 'approval_bound_removed',
  readinessBlock: 'operational_readiness',
  title: 'Approval bound removed or raised',
  description: 'The change removes or raises the approval timeout or backlog threshold, so paused runs can wait longer, or more of them.',
  remediation: 'Keep the approval timeout and backlog threshold, or agree the new bound with the owners in a separate, reviewed change.',
  owner: 'product',
  kinds: ['approval_bound_removed', 'approval_bound_loosened'],
  describe: describeChange,
});

export const authorizationModeChanged = changeHazard({
  id: 'authorization_mode_changed',
  readinessBlock: 'safety_and_policy',
  title: 'Authorization mode changed',
  description: 'The change switches between service and delegated authorization.',
  remediation: 'Review who authorizes write paths under the new mode and record it before exposure grows.',
  owner: 'risk',
  kinds: ['authorization_mode_changed'],
  describe: describeChange,
});
