// Several policy files can apply to one manifest; they combine so that the strictest setting wins.
import { minimatch } from 'minimatch';
import type { OwnerCategory, Severity } from '../model/vocabulary.js';
import { canonicalBeyond } from '../checks/catalog.js';
import type { Policy, StageRequirements } from './policy.js';

/** The settings of the policies that apply to one manifest, combined. */
export type EffectivePolicy = Omit<Policy, 'file' | 'appliesTo' | 'approvals' | 'raw'> & {
  readonly sources: readonly string[];
  /** Owner categories that must approve an orchestration pattern change. */
  readonly patternChangeApprovers: readonly OwnerCategory[];
};

export function policiesFor(file: string, policies: readonly Policy[]): Policy[] {
  return policies.filter((p) => p.appliesTo === null || p.appliesTo.some((g) => minimatch(file, g, { dot: true })));
}

const union = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];
const minOf = (xs: (number | null)[]): number | null => xs.filter((x): x is number => x !== null).reduce<number | null>((a, b) => (a === null ? b : Math.min(a, b)), null);
const maxOf = (xs: (number | null)[]): number | null => xs.filter((x): x is number => x !== null).reduce<number | null>((a, b) => (a === null ? b : Math.max(a, b)), null);

export function combinePolicies(policies: readonly Policy[]): EffectivePolicy {
  // Keys come from YAML: a prototype-free map keeps a stage named "__proto__" an ordinary key.
  const stages: Record<string, StageRequirements> = Object.create(null) as Record<string, StageRequirements>;
  for (const p of policies) {
    for (const [name, s] of Object.entries(p.stages)) {
      const prev = stages[name];
      stages[name] = prev ? { require: union([prev.require, s.require]), owners: union([prev.owners, s.owners]) } : s;
    }
  }
  const severity: Record<string, Severity> = Object.create(null) as Record<string, Severity>;
  for (const p of policies) {
    for (const [id, level] of Object.entries(p.severity)) severity[id] = severity[id] === 'block' ? 'block' : level;
  }
  // The strictest initial stage is the earliest on the conventional ladder; unknown names keep the first given.
  const initials = policies.map((p) => p.initialStage).filter((s): s is string => s !== null);
  const initialStage = initials.reduce<string | null>((a, b) => (a === null ? b : canonicalBeyond(a, b) === true ? b : a), null);
  return {
    sources: policies.map((p) => p.file),
    require: union(policies.map((p) => p.require)),
    blockIf: union(policies.map((p) => p.blockIf)),
    initialStage,
    maxTenantExposurePct: minOf(policies.map((p) => p.maxTenantExposurePct)),
    requireShadowPeriod: policies.some((p) => p.requireShadowPeriod),
    owners: union(policies.map((p) => p.owners)),
    stages,
    maxStepPct: minOf(policies.map((p) => p.maxStepPct)),
    minDwellMs: maxOf(policies.map((p) => p.minDwellMs)),
    severity,
    customChecks: policies.flatMap((p) => p.customChecks),
    patternChangeApprovers: union(policies.map((p) => p.approvals.orchestrationPatternChange)),
  };
}

