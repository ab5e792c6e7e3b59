// The CLI contract: commands, formats, exit codes (0 pass/warn, 1 block, 2 usage), stable JSON.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../../src/adapters/cli/main.js';
import { EVIDENCE_FILES, readyManifest } from '../../fixtures/seeds.js';
import { MANIFEST, without } from '../../helpers/gate.js';
import { createRepo, type TestRepo } from '../../helpers/repo.js';

async function cli(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('rollout-gate check', () => {
  let repo: TestRepo;
  let base: string;
  beforeAll(() => {
    repo = createRepo();
    base = repo.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'base');
    repo.commitFiles({ [MANIFEST]: without(readyManifest({ tenantPercent: 5 }), 'slo:') }, 'raise exposure, drop SLO');
  });
  afterAll(() => repo.cleanup());

  test('blocks with exit 1 and names file:line:col of each finding', async () => {
    const r = await cli(repo.dir, 'check', '--now', '2026-06-01');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/rollouts\/renewal-risk\.yaml:\d+:\d+: block: no SLO definition/);
    expect(r.out).toMatch(/BLOCKED: 1 blocking finding/);
  });

  test('--format json has verdict, findings and changes with the documented fields, byte-identical across runs', async () => {
    const a = await cli(repo.dir, 'check', '--format', 'json', '--now', '2026-06-01');
    const b = await cli(repo.dir, 'check', '--format', 'json', '--now', '2026-06-01');
    expect(a.out).toBe(b.out);
    const report = JSON.parse(a.out);
    expect(report.verdict).toBe('block');
    expect(report.findings[0]).toEqual(
      expect.objectContaining({
        check: 'slo_defined',
        severity: 'block',
        readinessBlock: 'eval_and_slo',
        file: MANIFEST,
        line: expect.any(Number),
        message: expect.any(String),
      }),
    );
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'exposure_increased', file: MANIFEST, unit: 'percent', from: 2, to: 5, delta: 3 }));
  });

  test('--base compares with any revision; the base itself against itself passes', async () => {
    const r = await cli(repo.dir, 'check', '--base', base, '--head', base, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ verdict: 'pass', changes: [], findings: [] });
  });

  test('--format markdown renders the report for reviewers', async () => {
    const r = await cli(repo.dir, 'check', '--format', 'markdown', '--now', '2026-06-01');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Eval and SLO/);
  });

  test('--format sarif gives one result per finding with its rule and location', async () => {
    const r = await cli(repo.dir, 'check', '--format', 'sarif', '--now', '2026-06-01');
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['slo_defined']);
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'slo_defined',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: MANIFEST } } }],
    });
  });

  test('--all checks every manifest, not only changed ones', async () => {
    const r = await cli(repo.dir, 'check', '--all', '--base', 'HEAD', '--format', 'json', '--now', '2026-06-01');
    expect(JSON.parse(r.out).manifests).toEqual([expect.objectContaining({ file: MANIFEST, status: 'unchanged', verdict: 'block' })]);
  });

  test('--all on unchanged manifests reports no changes and judges them as they stand (a live GA rollout is not "new")', async () => {
    const ga = createRepo();
    const gaManifest = readyManifest({
      stage: 'ga',
      extra: '    runbook: evidence/runbook.md\n    alerting: evidence/alerting.md\n    regression_gate: evidence/regression-gate.md\n',
    }).replace('    on_call:', '    communication: "CS Comms"\n    on_call:');
    ga.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: gaManifest }, 'ga');
    ga.commitFiles({ 'docs/x.md': 'x\n' }, 'unrelated');
    const r = await cli(ga.dir, 'check', '--all', '--format', 'json', '--now', '2026-06-01');
    ga.cleanup();
    const report = JSON.parse(r.out);
    expect(report.changes).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.manifests).toEqual([expect.objectContaining({ status: 'unchanged', stageBefore: 'ga', stageAfter: 'ga', verdict: 'pass' })]);
  });

  test('--manifests narrows which files are manifests; globs that match no file at all block, never pass', async () => {
    const r = await cli(repo.dir, 'check', '--manifests', 'other/**/*.yaml', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.manifests).toEqual([]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        check: 'manifests_not_found',
        severity: 'block',
        message: expect.stringMatching(/matches the manifest globs "other\/\*\*\/\*\.yaml"/),
      }),
    ]);
  });

  test.each([
    [['check', '--bogus'], /Unknown option '--bogus'/],
    [['check', '--format', 'xml'], /--format must be text, json, markdown or sarif/],
    [['check', '--format', 'constructor'], /--format must be text, json, markdown or sarif, not "constructor"/],
    [['check', '--now', 'yesterday'], /is not a date/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['check', '--base', 'no-such-rev'], /no-such-rev/],
    [['explain', 'trace_covrage'], /did you mean "trace_coverage"/],
    [['explain', 'constructor'], /unknown check "constructor"/],
    [['explain', '__proto__'], /unknown check "__proto__"/],
  ])('usage errors exit 2: %j', async (argv, message) => {
    const r = await cli(repo.dir, ...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  test('outside a git repository it exits 2 and says to run in a checkout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-a-repo-'));
    const r = await cli(dir, 'check');
    rmSync(dir, { recursive: true });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a git repository/);
  });

  test('a single-commit repository counts every manifest as new', async () => {
    const one = createRepo();
    one.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest() }, 'only commit');
    const r = await cli(one.dir, 'check', '--format', 'json', '--now', '2026-06-01');
    one.cleanup();
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.base).toBeNull();
    expect(report.manifests).toEqual([expect.objectContaining({ status: 'added', verdict: 'pass' })]);
  });
});

describe('rollout-gate check --evaluate', () => {
  test('merge reads the evidence where it will be live: a file the base deleted after the fork is missing', async () => {
    const repo = createRepo();
    repo.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest() }, 'fork point');
    repo.git('checkout', '-q', '-b', 'feature');
    const head = repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 8 }) }, 'raise exposure');
    repo.git('checkout', '-q', 'main');
    repo.commitFiles({ 'evidence/slo.md': null }, 'retire the SLO document');
    const atHead = await cli(repo.dir, 'check', '--base', 'main', '--head', head, '--now', '2026-06-01');
    const atMerge = await cli(repo.dir, 'check', '--base', 'main', '--head', head, '--evaluate', 'merge', '--now', '2026-06-01');
    repo.cleanup();
    expect(atHead.out).not.toMatch(/slo_defined|no SLO/);
    expect(atHead.out.split('\n')[0]).toContain('evidence read at head');
    expect(atMerge.code).toBe(1);
    expect(atMerge.out).toMatch(/evidence\/slo\.md" does not exist/);
    expect(atMerge.out.split('\n')[0]).toMatch(/evidence read at the merge into the base \(tree [0-9a-f]{12}\)/);
  });

  test('any other value is a usage error', async () => {
    const r = await cli('.', 'check', '--evaluate', 'checkout');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--evaluate must be head or merge, not "checkout"');
  });
});

describe('rollout-gate explain', () => {
  test('explains what a check asks for and how to satisfy it', async () => {
    const r = await cli('.', 'explain', 'orchestration_pattern_change_unreviewed');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/readiness block: Runtime correctness/);
    expect(r.out).toMatch(/kind: hazard \(list it under rollout.block_if\)/);
    expect(r.out).toMatch(/to satisfy: /);
  });

  test('without an id it lists every check', async () => {
    const r = await cli('.', 'explain');
    expect(r.out.split('\n').filter((l) => l.trim() !== '').length).toBeGreaterThan(35);
  });
});

describe('the committed bundle', () => {
  const dist = resolve('dist/cli.js');
  test('dist/cli.js runs with plain node and gives the same exit code and JSON as the sources', async () => {
    const repo = createRepo();
    repo.commitFiles({ 'README.md': 'x\n' }, 'init');
    repo.commitFiles({ [MANIFEST]: readyManifest() }, 'add rollout without evidence');
    const run = spawnSync(process.execPath, [dist, 'check', '--format', 'json', '--now', '2026-06-01'], { cwd: repo.dir, encoding: 'utf8' });
    const inProcess = await cli(repo.dir, 'check', '--format', 'json', '--now', '2026-06-01');
    repo.cleanup();
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(inProcess.out);
  });

  test('the bundled example blocks the pull request with the embedded default policy', () => {
    let out = '';
    try {
      execFileSync(process.execPath, ['scripts/example.mjs'], { encoding: 'utf8' });
    } catch (error) {
      out = (error as { stdout: string; status: number }).stdout;
      expect((error as { status: number }).status).toBe(1);
    }
    expect(out).toMatch(/embedded default policy/);
    expect(out).toMatch(/pattern changed: orchestration.triage fixed_workflow -> routing/);
    // The flag file the manifest binds is judged too, on its own line.
    expect(out).toMatch(/flags\/renewal-risk.flagd.json:\d+: \[release-bearing\] flagd flag flag=renewal-risk-assistant variant=on serves 5% -> 100%/);
    expect(out).toMatch(/BLOCKED/);
  });
});
