// The built CLI at the edges of its environment: a reader that stops early, and a repository with nothing
// committed yet. These run dist/cli.js as a separate process (rebuild it with `npm run build`).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../../src/adapters/cli/main.js';
import { EVIDENCE_FILES, readyManifest } from '../../fixtures/seeds.js';
import { MANIFEST, without } from '../../helpers/gate.js';
import { createRepo, runGit, type TestRepo } from '../../helpers/repo.js';

const DIST = resolve('dist/cli.js');

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

type Close = 'never' | 'at-once' | 'after-first-chunk';

/** Runs the built CLI; `stdout`/`stderr` say when the reading end of that pipe is closed. */
function runBuilt(args: string[], cwd: string, close: { stdout?: Close; stderr?: Close } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [DIST, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const text = { stdout: '', stderr: '' };
    for (const name of ['stdout', 'stderr'] as const) {
      const stream = child[name];
      const when = close[name] ?? 'never';
      if (when === 'at-once') stream.destroy();
      else
        stream.on('data', (chunk: Buffer) => {
          text[name] += chunk.toString('utf8');
          if (when === 'after-first-chunk') stream.destroy();
        });
    }
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, ...text }));
  });
}

async function inProcess(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('a reader that stops early ends the CLI quietly, with the exit code it would have had', () => {
  let blocked: TestRepo;
  let passing: TestRepo;
  beforeAll(() => {
    blocked = createRepo();
    blocked.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'base');
    blocked.commitFiles({ [MANIFEST]: without(readyManifest({ tenantPercent: 5 }), 'slo:') }, 'raise exposure, drop SLO');
    passing = createRepo();
    passing.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest() }, 'only commit');
  });
  afterAll(() => {
    blocked.cleanup();
    passing.cleanup();
  });

  test('`rollout-gate explain | head -1` prints one line and exits 0 without a stack trace', () => {
    const run = spawnSync('bash', ['-o', 'pipefail', '-c', '"$0" "$1" explain | head -1', process.execPath, DIST], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual([expect.stringMatching(/\S/), '']);
  });

  test('explain into a pipe already closed: exit 0, nothing on stderr', async () => {
    const run = await runBuilt(['explain'], '.', { stdout: 'at-once' });
    expect(run).toMatchObject({ code: 0, signal: null, stderr: '' });
  });

  test('explain into a reader that takes one chunk and leaves: exit 0, nothing on stderr', async () => {
    const run = await runBuilt(['explain'], '.', { stdout: 'after-first-chunk' });
    expect(run).toMatchObject({ code: 0, signal: null, stderr: '' });
    expect(run.stdout).not.toBe('');
  });

  test('a blocked check into a closed pipe still exits 1: the verdict, not the pipe, decides', async () => {
    const run = await runBuilt(['check', '--now', '2026-06-01'], blocked.dir, { stdout: 'at-once' });
    expect(run).toMatchObject({ code: 1, signal: null, stderr: '' });
  });

  test('a passing check into a closed pipe exits 0', async () => {
    const run = await runBuilt(['check', '--now', '2026-06-01'], passing.dir, { stdout: 'at-once' });
    expect(run).toMatchObject({ code: 0, signal: null, stderr: '' });
  });

  test('a usage error with stderr already closed still exits 2', async () => {
    const run = await runBuilt(['check', '--bogus'], passing.dir, { stderr: 'at-once' });
    expect(run).toMatchObject({ code: 2, signal: null, stdout: '' });
  });
});

// Any other write error loses the report, so a run that would have passed fails closed instead.
(existsSync('/dev/full') ? test : test.skip)('output that cannot be written (a full disk) fails the run with a message', () => {
  const full = openSync('/dev/full', 'w');
  const run = spawnSync(process.execPath, [DIST, 'explain'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
  closeSync(full);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/^rollout-gate: could not write the output: ENOSPC/);
});

describe('a repository with no commits yet', () => {
  let empty: string;
  beforeAll(() => {
    empty = mkdtempSync(join(tmpdir(), 'rollout-gate-empty-'));
    runGit(empty, ['init', '-q', '-b', 'main']);
  });
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  test('the built CLI says the repository has no commits yet and exits 2', async () => {
    const run = await runBuilt(['check'], empty);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^rollout-gate: the repository in .* has no commits yet, so "HEAD" names nothing\. To fix: commit the rollout manifests/);
    expect(run.stderr).not.toMatch(/spelling/);
    expect(run.stdout).toBe('');
  });

  test('so does any revision named with --base or --head', async () => {
    for (const args of [
      ['--base', 'main'],
      ['--head', 'main'],
    ]) {
      const r = await inProcess(empty, 'check', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/has no commits yet/);
    }
  });

  test('HEAD on a new branch of a repository that has commits names the branch', async () => {
    const repo = createRepo();
    repo.commitFiles({ 'README.md': 'x\n' }, 'first');
    repo.git('checkout', '-q', '--orphan', 'fresh');
    const r = await inProcess(repo.dir, 'check');
    repo.cleanup();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/HEAD is on branch "fresh", which has no commits yet/);
    expect(r.err).not.toMatch(/spelling/);
  });

  test('a misspelled revision in a repository with commits is still a spelling question', async () => {
    const repo = createRepo();
    repo.commitFiles({ 'README.md': 'x\n' }, 'first');
    const r = await inProcess(repo.dir, 'check', '--base', 'mian');
    repo.cleanup();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/revision "mian" does not name a commit .* check the spelling/);
  });
});
