// Builds a base commit and a pull-request commit in a real repository and runs the gate on them.
import { runGate } from '../../src/engine/run.js';
import type { GateOptions } from '../../src/engine/options.js';
import type { Finding, Report } from '../../src/core/report/model.js';
import { EVIDENCE_FILES } from '../fixtures/seeds.js';
import { createRepo, type FileSpec, type TestRepo } from './repo.js';

export const NOW = new Date('2026-06-01T00:00:00Z');
export const MANIFEST = 'rollouts/renewal-risk.yaml';

export interface Scenario {
  /** Files of the base commit, on top of the standard evidence files. */
  base?: Record<string, FileSpec>;
  /** Files the pull request writes (null deletes). */
  head: Record<string, FileSpec>;
  /** Leave out the standard evidence files. */
  noEvidence?: boolean;
  options?: Partial<GateOptions>;
}

export async function runScenario(s: Scenario): Promise<{ report: Report; repo: TestRepo }> {
  const repo = createRepo();
  repo.commitFiles({ ...(s.noEvidence ? {} : EVIDENCE_FILES), 'README.md': 'demo\n', ...(s.base ?? {}) }, 'base');
  repo.commitFiles(s.head, 'pull request');
  const outcome = await runGate({ repoDir: repo.dir, now: NOW, ...(s.options ?? {}) });
  if (!outcome.ok) {
    repo.cleanup();
    throw new Error(`gate failed: ${outcome.failure.code}: ${outcome.failure.message}`);
  }
  return { report: outcome.report, repo };
}

/** Runs a scenario, cleans up, and returns the report. */
export async function gateOn(s: Scenario): Promise<Report> {
  const { report, repo } = await runScenario(s);
  repo.cleanup();
  return report;
}

/**
 * The findings of one check, including those another finding covers (one finding per cause): a covered
 * check is given as the covering finding with that check's id, severity, block and message.
 */
export function findingsOf(report: Report | { findings: readonly Finding[] }, check: string): Finding[] {
  return report.findings.flatMap((f) => [
    ...(f.check === check ? [f] : []),
    ...f.covers.filter((c) => c.check === check).map((c) => ({ ...f, ...c, covers: [] })),
  ]);
}

/** Every check a report's findings fail, covered ones included, sorted. */
export function checksOf(report: Report | { findings: readonly Finding[] }): string[] {
  return report.findings.flatMap((f) => [f.check, ...f.covers.map((c) => c.check)]).sort();
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return i + 1;
}

/** Removes every line containing `needle`. */
export function without(text: string, ...needles: string[]): string {
  return text
    .split('\n')
    .filter((l) => !needles.some((n) => l.includes(n)))
    .join('\n');
}
