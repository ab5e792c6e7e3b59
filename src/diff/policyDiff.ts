// What a policy change loosens, in words a reviewer can check. The change does not apply to the pull
// request that makes it (policy is read from the base), but it gates everything after it merges.
import type { Policy } from '../policy/policy.js';

export function describeLoosening(before: Policy | null, after: Policy | null): string[] {
  if (!before) return [];
  if (!after) return [`policy ${before.file} is removed`];
  const out: string[] = [];
  const dropped = (label: string, a: readonly string[], b: readonly string[]) => {
    const gone = a.filter((x) => !b.includes(x));
    if (gone.length > 0) out.push(`${label} no longer lists ${gone.join(', ')}`);
  };
  dropped('require', before.require, after.require);
  dropped('block_if', before.blockIf, after.blockIf);
  dropped('owners', before.owners, after.owners);
  for (const [stage, req] of Object.entries(before.stages)) {
    dropped(`stages.${stage}.require`, req.require, after.stages[stage]?.require ?? []);
    dropped(`stages.${stage}.owners`, req.owners, after.stages[stage]?.owners ?? []);
  }
  const raised = (label: string, a: number | null, b: number | null) => {
    if (a !== null && (b === null || b > a)) out.push(`${label} rises from ${a} to ${b ?? 'no limit'}`);
  };
  raised('rollout_mode.max_tenant_exposure_pct', before.maxTenantExposurePct, after.maxTenantExposurePct);
  raised('pacing.max_step_pct', before.maxStepPct, after.maxStepPct);
  if (before.minDwellMs !== null && (after.minDwellMs === null || after.minDwellMs < before.minDwellMs)) out.push('pacing.min_dwell is shortened or removed');
  if (before.requireShadowPeriod && !after.requireShadowPeriod) out.push('rollout_mode.require_shadow_period is switched off');
  if (before.initialStage !== null && before.initialStage !== after.initialStage) out.push(`rollout_mode.initial changes from ${before.initialStage} to ${after.initialStage ?? 'none'}`);
  for (const [id, level] of Object.entries(after.severity)) if (level === 'warn' && before.severity[id] !== 'warn') out.push(`${id} is downgraded to warn`);
  if (JSON.stringify(before.appliesTo) !== JSON.stringify(after.appliesTo)) out.push('applies_to changes which manifests the policy gates');
  dropped('custom_checks', before.customChecks.map((c) => c.id), after.customChecks.map((c) => c.id));
  return out;
}
