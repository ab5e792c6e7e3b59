// Assembles the report in a fixed order so that identical inputs give byte-identical output.
import { BLOCK_ORDER, compareFindings } from './order.js';
import type { ApprovalRequest, Change, Finding, Report, Verdict } from './model.js';
import { TOOL_VERSION } from '../../version.js';

// package.json's version, through the generated src/version.ts; the CLI's --version imports it from here.
export { TOOL_VERSION };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function sortChanges(changes: readonly Change[]): Change[] {
  // The last key, the whole change, orders changes that share a place, kind and subject (two removed stop conditions).
  return [...changes].sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.kind, b.kind) || cmp(a.subject, b.subject) || cmp(JSON.stringify(a), JSON.stringify(b)),
  );
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  if (findings.length > 0) return 'warn';
  return 'pass';
}

export function sortApprovals(approvals: readonly ApprovalRequest[]): ApprovalRequest[] {
  return [...approvals].sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.subject, b.subject) || cmp(a.category, b.category));
}

/** What the engine hands over; the report adds the order, the verdict, the unmet blocks and the counts. */
export type ReportInput = Pick<
  Report,
  'base' | 'head' | 'evaluated' | 'policy' | 'manifests' | 'changes' | 'findings' | 'approvals' | 'waivers' | 'timelines' | 'record'
> &
  Partial<Pick<Report, 'evidenceChecks'>>;

export function buildReport(input: ReportInput): Report {
  const findings = sortFindings(input.findings);
  // A finding that covers other checks leaves their readiness blocks unmet too.
  const blocking = new Set(
    findings.flatMap((f) => [
      ...(f.severity === 'block' ? [f.readinessBlock] : []),
      ...f.covers.filter((c) => c.severity === 'block').map((c) => c.readinessBlock),
    ]),
  );
  return {
    tool: { name: 'rollout-gate', version: TOOL_VERSION },
    verdict: verdictOf(findings),
    base: input.base,
    head: input.head,
    evaluated: input.evaluated,
    policy: input.policy,
    manifests: [...input.manifests].sort((a, b) => cmp(a.file, b.file)),
    changes: sortChanges(input.changes),
    findings,
    approvals: sortApprovals(input.approvals),
    waivers: [...input.waivers].sort((a, b) => cmp(a.file, b.file) || a.line - b.line),
    evidenceChecks: [...(input.evidenceChecks ?? [])].sort(
      (a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.subject, b.subject) || cmp(a.criterion, b.criterion),
    ),
    unmetBlocks: BLOCK_ORDER.filter((b) => blocking.has(b)),
    counts: {
      block: findings.filter((f) => f.severity === 'block').length,
      warn: findings.filter((f) => f.severity === 'warn').length,
      manifestsChecked: input.manifests.filter((m) => m.status !== 'removed').length,
    },
    timelines: [...input.timelines].sort((a, b) => cmp(a.file, b.file)),
    record: input.record,
  };
}
