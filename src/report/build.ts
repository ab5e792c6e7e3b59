// Assembles the report in a fixed order so that identical inputs give byte-identical output.
import { READINESS_BLOCKS } from '../model/vocabulary.js';
import type { Change, Finding, FindingBlock, ManifestResult, PolicySource, Report, Verdict } from './model.js';
import { TOOL_VERSION } from '../version.js';

// package.json's version, through the generated src/version.ts; the CLI's --version imports it from here.
export { TOOL_VERSION };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1) ||
      cmp(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      cmp(a.check, b.check) ||
      cmp(a.message, b.message),
  );
}

export function sortChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.kind, b.kind) || cmp(a.subject, b.subject) || cmp(a.from ?? '', b.from ?? '') || cmp(a.to ?? '', b.to ?? ''));
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  if (findings.length > 0) return 'warn';
  return 'pass';
}

export function buildReport(input: { base: string | null; head: string; policy: PolicySource; manifests: readonly ManifestResult[]; changes: readonly Change[]; findings: readonly Finding[] }): Report {
  const findings = sortFindings(input.findings);
  const blocking = new Set(findings.filter((f) => f.severity === 'block').map((f) => f.block));
  const order: FindingBlock[] = ['input', ...READINESS_BLOCKS];
  return {
    tool: { name: 'rollout-gate', version: TOOL_VERSION },
    verdict: verdictOf(findings),
    base: input.base,
    head: input.head,
    policy: input.policy,
    manifests: [...input.manifests].sort((a, b) => cmp(a.file, b.file)),
    changes: sortChanges(input.changes),
    findings,
    unmetBlocks: order.filter((b) => blocking.has(b)),
    counts: {
      block: findings.filter((f) => f.severity === 'block').length,
      warn: findings.filter((f) => f.severity === 'warn').length,
      manifestsChecked: input.manifests.filter((m) => m.status !== 'removed').length,
    },
  };
}
