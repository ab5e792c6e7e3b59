// Shared by the hostile-input tests: one base commit and one pull-request commit in a real repository,
// the gate run on them and timed, and checks that nothing leaked into the JavaScript prototypes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runGate } from '../../src/engine/run.js';
import type { GateOptions, GateOutcome } from '../../src/engine/options.js';
import type { Finding, Report } from '../../src/core/report/model.js';
import { EVIDENCE_FILES } from '../fixtures/seeds.js';
import { createRepo, type FileSpec, type TestRepo } from '../helpers/repo.js';
import { findingsOf } from '../helpers/gate.js';

export const NOW = new Date('2026-06-01T00:00:00Z');

/**
 * Upper bound for one gate run on hostile input. Generous for slow CI machines; the figures actually
 * observed are printed with HOSTILE_TIMINGS=1 and are a small fraction of it.
 */
export const RUN_BOUND_MS = 15_000;

export interface PrSpec {
  /** Files of the base commit, on top of the standard evidence files (policies go here: they are read from the base). */
  base?: Record<string, FileSpec>;
  /** Files the pull request writes (null deletes). */
  head: Record<string, FileSpec>;
  noEvidence?: boolean;
  options?: Partial<GateOptions>;
  /** Write the head files straight to disk and stage them with one `git add` (for thousands of files). */
  bulk?: boolean;
}

const timings = new Map<string, number>();

/** Worst time seen per input class in this test file. */
export function recordTiming(label: string, ms: number): void {
  timings.set(label, Math.max(ms, timings.get(label) ?? 0));
}

/** Prints the worst time per input class when HOSTILE_TIMINGS is set (for the README's security table). */
export function printTimings(file: string): void {
  if (!process.env['HOSTILE_TIMINGS']) return;
  const rows = [...timings.entries()].map(([label, ms]) => `| ${label} | ${ms.toFixed(0)} ms |`);

  console.log(`${file}\n| input class | worst gate time |\n|---|---|\n${rows.join('\n')}`);
}

function writeBulk(repo: TestRepo, files: Record<string, FileSpec>): void {
  for (const [path, spec] of Object.entries(files)) {
    if (spec === null || (typeof spec === 'object' && !Buffer.isBuffer(spec))) throw new Error('bulk writes take file contents only');
    mkdirSync(dirname(join(repo.dir, path)), { recursive: true });
    writeFileSync(join(repo.dir, path), spec);
  }
  repo.git('add', '-A', '-f', '--', '.');
}

/** Builds base + pull request, runs the gate (timed, recorded under `label`), cleans up. */
export async function gatePr(label: string, spec: PrSpec): Promise<{ outcome: GateOutcome; report: Report; ms: number }> {
  const repo = createRepo('rollout-gate-hostile-');
  try {
    repo.commitFiles({ ...(spec.noEvidence ? {} : EVIDENCE_FILES), 'README.md': 'demo\n', ...(spec.base ?? {}) }, 'base');
    if (spec.bulk) {
      writeBulk(repo, spec.head);
      repo.commit('pull request');
    } else {
      repo.commitFiles(spec.head, 'pull request');
    }
    const before = prototypeSnapshot();
    const start = performance.now();
    const outcome = await runGate({ repoDir: repo.dir, now: NOW, ...(spec.options ?? {}) });
    const ms = performance.now() - start;
    recordTiming(label, ms);
    expectNoPollution(before);
    if (!outcome.ok) throw new Error(`gate failed: ${outcome.failure.code}: ${outcome.failure.message}`);
    expect(ms).toBeLessThan(RUN_BOUND_MS);
    return { outcome, report: outcome.report, ms };
  } finally {
    repo.cleanup();
  }
}

/** The findings of a file, or of one check in it (covered checks included, see findingsOf). */
export function findingsIn(report: Report, file: string, check?: string): Finding[] {
  const all = check === undefined ? report.findings : findingsOf(report, check);
  return all.filter((f) => f.file === file);
}

/** Every finding names a file and a 1-based line and column. */
export function expectLocated(report: Report): void {
  for (const f of report.findings) {
    expect(typeof f.file).toBe('string');
    expect(f.file.length).toBeGreaterThan(0);
    expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
    expect(Number.isInteger(f.column) && f.column >= 1).toBe(true);
  }
}

const PROTOTYPES: readonly object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype];

/** Own property names of the built-in prototypes, to compare before and after a run. */
export function prototypeSnapshot(): string[] {
  return PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(','));
}

export function expectNoPollution(before: string[]): void {
  expect(prototypeSnapshot()).toEqual(before);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'require', 'owners', 'workflow', 'isAdmin', 'verdict']) expect(probe[key]).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}
