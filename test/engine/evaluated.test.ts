// What merges is what is judged: with `evaluate: merge` the evidence is read from the tree that merging
// the change into its base gives, while the changes are still those from the merge base to the head.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate } from '../../src/engine/run.js';
import type { GateOptions } from '../../src/engine/options.js';
import type { Report } from '../../src/core/report/model.js';
import { renderText } from '../../src/core/render/text.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { findingsOf, MANIFEST, NOW } from '../helpers/gate.js';
import { createRepo, type FileSpec, type TestRepo } from '../helpers/repo.js';

const OTHER = 'rollouts/other.yaml';
const other = readyManifest().replace('AI renewal-risk assistant', 'Support triage');

interface Forked {
  readonly repo: TestRepo;
  readonly base: string;
  readonly head: string;
}

/** A fork point, a pull request on `feature`, and the base branch moving on after the fork. */
function forked(spec: { fork: Record<string, FileSpec>; change: Record<string, FileSpec>; baseMovesOn: Record<string, FileSpec> }): Forked {
  const repo = createRepo();
  repo.commitFiles({ 'README.md': 'demo\n', ...spec.fork }, 'fork point');
  repo.git('checkout', '-q', '-b', 'feature');
  const head = repo.commitFiles(spec.change, 'pull request');
  repo.git('checkout', '-q', 'main');
  const base = repo.commitFiles(spec.baseMovesOn, 'base branch moves on');
  return { repo, base, head };
}

async function judge(f: Forked, evaluate: GateOptions['evaluate'], extra: Partial<GateOptions> = {}): Promise<Report> {
  const outcome = await runGate({ repoDir: f.repo.dir, base: f.base, head: f.head, now: NOW, evaluate, ...extra });
  if (!outcome.ok) throw new Error(`gate failed: ${outcome.failure.message}`);
  return outcome.report;
}

const raised = readyManifest({ tenantPercent: 8 });

describe('evidence the base deleted after the fork', () => {
  let f: Forked;
  beforeAll(() => {
    f = forked({ fork: { ...EVIDENCE_FILES, [MANIFEST]: readyManifest() }, change: { [MANIFEST]: raised }, baseMovesOn: { 'evidence/offline-eval.md': null } });
  });
  afterAll(() => f.repo.cleanup());

  test('is present at head, so judging head passes', async () => {
    const r = await judge(f, 'head');
    expect(r.evaluated).toEqual({ kind: 'head' });
    expect(findingsOf(r, 'offline_eval_pass')).toEqual([]);
  });

  test('is missing from the merge, so judging what merges blocks on it', async () => {
    const r = await judge(f, 'merge');
    expect(r.evaluated).toEqual({ kind: 'merge', tree: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(findingsOf(r, 'offline_eval_pass')).toEqual([
      expect.objectContaining({ file: MANIFEST, severity: 'block', message: expect.stringMatching(/"evidence\/offline-eval.md" does not exist/) }),
    ]);
    expect(r.verdict).toBe('block');
  });

  test("the changes are still only the change's own: the base's deletion is not one of them", async () => {
    const r = await judge(f, 'merge');
    expect(r.changes.map((c) => `${c.kind} ${c.subject}`)).toEqual(['exposure_increased stages.canary.tenant_percent']);
    expect(r.manifests.map((m) => m.file)).toEqual([MANIFEST]);
  });

  test('the reports say where the evidence was read', async () => {
    const r = await judge(f, 'merge');
    if (r.evaluated.kind !== 'merge') throw new Error('expected a merge');
    const short = r.evaluated.tree.slice(0, 12);
    expect(renderText(r).split('\n')[0]).toContain(`evidence read at the merge into the base (tree ${short})`);
    expect(renderMarkdown(r)).toContain(`evidence read at the merge into the base (tree ${short})`);
    expect(renderText(await judge(f, 'head')).split('\n')[0]).toContain('evidence read at head');
  });
});

test('evidence the base added after the fork counts for the merge, where head alone lacks it', async () => {
  const withoutSlo = { ...EVIDENCE_FILES, 'evidence/slo.md': null };
  const f = forked({
    fork: { ...withoutSlo, [MANIFEST]: readyManifest() },
    change: { [MANIFEST]: raised },
    baseMovesOn: { 'evidence/slo.md': EVIDENCE_FILES['evidence/slo.md'] ?? '' },
  });
  expect(findingsOf(await judge(f, 'head'), 'slo_defined')).toHaveLength(1);
  expect(findingsOf(await judge(f, 'merge'), 'slo_defined')).toEqual([]);
  f.repo.cleanup();
});

test('a manifest the base added after the fork for the same workflow makes the merge hold two: the change is told', async () => {
  const f = forked({
    fork: { ...EVIDENCE_FILES },
    change: { [MANIFEST]: readyManifest() },
    baseMovesOn: { [OTHER]: readyManifest() },
  });
  expect(findingsOf(await judge(f, 'head'), 'workflow_duplicated')).toEqual([]);
  expect(findingsOf(await judge(f, 'merge'), 'workflow_duplicated')).toEqual([expect.objectContaining({ file: MANIFEST })]);
  f.repo.cleanup();
});

test('a change that conflicts with its base is judged at head, with a warning that names the conflicts', async () => {
  const f = forked({
    fork: { ...EVIDENCE_FILES, [MANIFEST]: readyManifest(), [OTHER]: other },
    change: { [MANIFEST]: raised, 'evidence/runbook.md': 'runbook, change side\n' },
    baseMovesOn: { 'evidence/runbook.md': 'runbook, base side\n', 'evidence/offline-eval.md': null },
  });
  const r = await judge(f, 'merge');
  expect(r.evaluated).toEqual({ kind: 'head_instead', why: 'conflicts', conflicts: ['evidence/runbook.md'] });
  expect(findingsOf(r, 'merge_not_evaluated')).toEqual([
    expect.objectContaining({ severity: 'warn', message: expect.stringMatching(/conflicts \(evidence\/runbook\.md\)/) }),
  ]);
  // Head still has the evidence the base deleted: GitHub merges nothing until the conflict is resolved.
  expect(findingsOf(r, 'offline_eval_pass')).toEqual([]);
  f.repo.cleanup();
});

test('histories that share nothing merge as they are, with the warning that they share no base', async () => {
  const repo = createRepo();
  const base = repo.commitFiles({ ...EVIDENCE_FILES, 'README.md': 'base\n' }, 'base branch');
  repo.git('checkout', '-q', '--orphan', 'unrelated');
  repo.git('rm', '-q', '-r', '-f', '.');
  const head = repo.commitFiles({ [MANIFEST]: readyManifest() }, 'a history of its own');
  const outcome = await runGate({ repoDir: repo.dir, base, head, now: NOW, evaluate: 'merge' });
  repo.cleanup();
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expect(outcome.report.evaluated.kind).toBe('merge');
  expect(findingsOf(outcome.report, 'merge_base_missing')).toHaveLength(1);
  // The merge holds the base's evidence, which head alone lacks.
  expect(findingsOf(outcome.report, 'offline_eval_pass')).toEqual([]);
});

describe('a git that cannot compute the merge', () => {
  let shim: string;
  const realPath = process.env['PATH'];
  beforeAll(() => {
    // A git that knows no `merge-tree --write-tree`, as before 2.38; everything else goes to the real git.
    shim = mkdtempSync(join(tmpdir(), 'rollout-gate-old-git-'));
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(
      join(shim, 'git'),
      `#!/bin/sh\nfor a in "$@"; do if [ "$a" = "--write-tree" ]; then echo "error: unknown option \\\`write-tree'" >&2; exit 129; fi; done\nexec "${real}" "$@"\n`,
    );
    chmodSync(join(shim, 'git'), 0o755);
    process.env['PATH'] = `${shim}:${realPath ?? ''}`;
  });
  afterAll(() => {
    process.env['PATH'] = realPath;
    rmSync(shim, { recursive: true, force: true });
  });

  test('blocks: what will be live after the merge is unknown, and the message says how to fix it', async () => {
    const f = forked({ fork: { ...EVIDENCE_FILES, [MANIFEST]: readyManifest() }, change: { [MANIFEST]: raised }, baseMovesOn: { 'docs/a.md': 'a\n' } });
    const r = await judge(f, 'merge');
    expect(r.evaluated).toEqual({ kind: 'head_instead', why: 'unsupported', conflicts: [] });
    expect(findingsOf(r, 'merge_not_evaluated')).toEqual([
      expect.objectContaining({
        severity: 'block',
        message: expect.stringMatching(/cannot compute the merge .*unknown option/),
        remediation: expect.stringMatching(/git 2\.38/),
      }),
    ]);
    expect(r.verdict).toBe('block');
    f.repo.cleanup();
  });

  test('never holds a rollback back', async () => {
    const f = forked({
      fork: { ...EVIDENCE_FILES, [MANIFEST]: readyManifest() },
      change: { [MANIFEST]: readyManifest({ tenantPercent: 2 }) },
      baseMovesOn: { 'docs/a.md': 'a\n' },
    });
    const r = await judge(f, 'merge');
    expect(findingsOf(r, 'merge_not_evaluated')).toEqual([expect.objectContaining({ severity: 'warn' })]);
    expect(r.verdict).not.toBe('block');
    f.repo.cleanup();
  });

  test('is not asked when head is evaluated', async () => {
    const f = forked({ fork: { ...EVIDENCE_FILES, [MANIFEST]: readyManifest() }, change: { [MANIFEST]: raised }, baseMovesOn: { 'docs/a.md': 'a\n' } });
    expect(findingsOf(await judge(f, 'head'), 'merge_not_evaluated')).toEqual([]);
    f.repo.cleanup();
  });
});
