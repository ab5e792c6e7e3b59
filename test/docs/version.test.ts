// The version is set in package.json alone: src/version.ts is generated from it, and the CLI and reports carry it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildReport } from '../../src/core/report/build.js';
import { TOOL_VERSION } from '../../src/version.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A scratch directory laid out like the repository root, with the given package.json version and src/version.ts. */
function scratchRoot(version: unknown, versionModule: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-version-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'rollout-gate', version }));
  mkdirSync(join(dir, 'src'));
  if (versionModule !== null) writeFileSync(join(dir, 'src/version.ts'), versionModule);
  return dir;
}

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function runScript(script: string, args: string[], cwd: string) {
  const env = { ...process.env, ROLLOUT_GATE_DIST_DIR: join(cwd, 'dist') };
  return spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd, env, encoding: 'utf8' });
}

test('src/version.ts carries the version in package.json', () => {
  expect(TOOL_VERSION).toBe(PACKAGE_VERSION);
  // Exits 1 with a message naming `npm run generate` when package.json changed without regenerating.
  expect(() => execFileSync(process.execPath, ['scripts/embed-version.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
});

test('the committed CLI bundle prints the package.json version, and reports carry it', () => {
  expect(execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--version'], { encoding: 'utf8' })).toBe(`rollout-gate ${PACKAGE_VERSION}\n`);
  const report = buildReport({
    base: null,
    head: 'HEAD',
    evaluated: { kind: 'head' },
    policy: { kind: 'default', files: [], commit: null },
    manifests: [],
    changes: [],
    findings: [],
    approvals: [],
    waivers: [],
    timelines: [],
    record: {
      format: 1,
      toolVersion: TOOL_VERSION,
      base: null,
      mergeBase: null,
      head: 'HEAD',
      now: '2026-06-01T00:00:00.000Z',
      options: { manifestGlobs: [], policyDir: 'policies', all: false, evaluate: 'head', timelines: true },
      policies: [],
      inputs: [],
      external: { reviews: 'not_read', adapterChecks: [] },
    },
  });
  expect(report.tool).toEqual({ name: 'rollout-gate', version: PACKAGE_VERSION });
});

test('generating writes the version module from package.json, and the check then passes', () => {
  const dir = scratchRoot('2.3.4-rc.1', null);
  scratch.push(dir);
  expect(runScript('embed-version.mjs', ['--check'], dir).status).toBe(1);
  expect(runScript('embed-version.mjs', [], dir).status).toBe(0);
  expect(readFileSync(join(dir, 'src/version.ts'), 'utf8')).toContain("export const TOOL_VERSION = '2.3.4-rc.1';\n");
  expect(runScript('embed-version.mjs', ['--check'], dir).status).toBe(0);
});

test('a version bumped in package.json alone fails the check and the build, naming the fix', () => {
  const dir = scratchRoot('9.9.9', readFileSync(join(ROOT, 'src/version.ts'), 'utf8'));
  scratch.push(dir);
  const check = runScript('embed-version.mjs', ['--check'], dir);
  const build = runScript('build.mjs', [], dir);
  for (const [script, run] of Object.entries({ check, build })) {
    expect({ script, status: run.status }).toEqual({ script, status: 1 });
    expect(run.stderr).toContain("src/version.ts does not match package.json's version; run `npm run generate` and commit it.");
  }
});

test('a package.json version that is not a semantic version is refused, not pasted into the source', () => {
  const dir = scratchRoot("1.0.0'; process.exit(0); '", null);
  scratch.push(dir);
  const run = runScript('embed-version.mjs', [], dir);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('package.json: "version" must be a semantic version such as 1.2.3');
});
