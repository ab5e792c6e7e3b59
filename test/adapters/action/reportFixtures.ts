// Hand-built Reports for renderer and action tests: the shape the engine produces, with just enough filled in.
import type { ApprovalRequest, WaiverStatus, Change, ChangeKind, Finding, ManifestResult, Report } from '../../../src/core/report/model.js';
import { READINESS_BLOCKS } from '../../../src/core/model/vocabulary.js';

export const BASE_SHA = 'a'.repeat(40);
export const HEAD_SHA = 'b'.repeat(40);

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'evidence_trace_coverage',
    severity: 'block',
    readinessBlock: 'observability',
    file: 'rollouts/triage.yml',
    line: 14,
    column: 5,
    message: 'Trace coverage evidence is missing.',
    remediation: 'Commit a trace coverage report and point evidence.trace_coverage at it.',
    covers: [],
    owner: { category: 'technical', name: 'AI Platform', github: '@alice' },
    ownerCategory: 'technical',
    ...overrides,
  };
}

/** The located fields every change starts with, at the fixture manifest; spread into a change of any kind. */
export function at<K extends ChangeKind>(kind: K, subject: string, line = 12, releaseBearing = true) {
  return { kind, file: 'rollouts/triage.yml', line, subject, releaseBearing };
}

/** The change most renderer tests show: canary traffic raised from 5% to 25%. */
export function change(overrides: { line?: number } = {}): Change {
  return {
    ...at('exposure_increased', 'stages.canary.traffic_percent', overrides.line),
    stage: 'canary',
    field: 'traffic_percent',
    unit: 'percent',
    from: 5,
    to: 25,
    delta: 20,
  };
}

export function manifest(overrides: Partial<ManifestResult> = {}): ManifestResult {
  return {
    file: 'rollouts/triage.yml',
    previousFile: null,
    status: 'modified',
    workflow: 'Support triage assistant',
    ladder: ['dogfood', 'limited_beta', 'canary', 'ga'],
    stageBefore: 'limited_beta',
    stageAfter: 'canary',
    exposureReductionOnly: false,
    verdict: 'block',
    sources: [],
    ...overrides,
  };
}

/** A report whose verdict, unmet blocks and counts follow from its findings, as the engine computes them. */
export function report(
  parts: { manifests?: ManifestResult[]; findings?: Finding[]; changes?: Change[]; approvals?: ApprovalRequest[]; waivers?: WaiverStatus[] } = {},
): Report {
  const findings = parts.findings ?? [];
  const manifests = parts.manifests ?? [manifest({ verdict: verdictOf(findings) })];
  const block = findings.filter((f) => f.severity === 'block');
  const unmet = (['input', ...READINESS_BLOCKS] as const).filter((b) => block.some((f) => f.readinessBlock === b));
  return {
    tool: { name: 'rollout-gate', version: '0.1.0' },
    verdict: verdictOf(findings),
    base: BASE_SHA,
    head: HEAD_SHA,
    evaluated: { kind: 'head' },
    policy: { kind: 'repository', files: ['policies/default.yml'], commit: BASE_SHA },
    manifests,
    changes: parts.changes ?? [change()],
    findings,
    approvals: parts.approvals ?? [],
    waivers: parts.waivers ?? [],
    evidenceChecks: [],
    unmetBlocks: unmet,
    counts: { block: block.length, warn: findings.length - block.length, manifestsChecked: manifests.length },
    timelines: [],
    record: {
      format: 1,
      toolVersion: '0.1.0',
      base: BASE_SHA,
      mergeBase: BASE_SHA,
      head: HEAD_SHA,
      now: '2026-06-01T00:00:00.000Z',
      options: { manifestGlobs: ['rollouts/**/*.yml'], policyDir: 'policies', all: false, evaluate: 'head', timelines: true },
      policies: [],
      inputs: [],
      external: { reviews: 'not_read', adapterChecks: [] },
    },
  };
}

function verdictOf(findings: readonly Finding[]): Report['verdict'] {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  return findings.length > 0 ? 'warn' : 'pass';
}

/** An approval request of the pattern-change rule, as the judge reports it. */
export function approval(handle: string | null, state: ApprovalRequest['state'], overrides: Partial<ApprovalRequest> = {}): ApprovalRequest {
  return {
    check: 'orchestration_pattern_change_approval',
    file: 'rollouts/triage.yml',
    line: 20,
    subject: 'orchestration.triage routing -> orchestrator_workers',
    category: 'risk',
    handle,
    state,
    ...overrides,
  };
}
