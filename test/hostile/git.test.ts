// Git faults (issue #5) through runGate: a missing base, a shallow clone, corrupt and missing objects, no
// git at all. Every one fails closed: a GateFailure saying what to do, or a blocking finding, never a pass
// (in particular never "no diff, so nothing to check").
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deflateSync } from 'node:zlib';
import { runGate } from '../../src/engine/run.js';
import { BlobReader } from '../../src/git/blobs.js';
import type { GateOptions, GateOutcome } from '../../src/engine/options.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';
import { NOW, printTimings, recordTiming, RUN_BOUND_MS } from './support.js';

const M = 'rollouts/renewal-risk.yaml';

afterAll(() => printTimings('test/hostile/git.test.ts'));

async function gate(label: string, options: GateOptions, bound = RUN_BOUND_MS): Promise<GateOutcome> {
  const start = performance.now();
  const outcome = await runGate({ now: NOW, ...options });
  const ms = performance.now() - start;
  recordTiming(label, ms);
  expect(ms).toBeLessThan(bound);
  return outcome;
}

/** Fails closed: no report at all, or a report that blocks. Never a pass, never a warn. */
function expectFailsClosed(outcome: GateOutcome): void {
  if (outcome.ok) expect(outcome.report.verdict).toBe('block');
}

/** A base with evidence and a ready manifest at 2%, and a pull request that raises it to 5%. */
function standardRepo(): { repo: TestRepo; base: string; head: string } {
  const repo = createRepo('rollout-gate-gitfault-');
  const base = repo.commitFiles({ ...EVIDENCE_FILES, [M]: readyManifest({ tenantPercent: 2 }) }, 'base');
  const head = repo.commitFiles({ [M]: readyManifest({ tenantPercent: 5 }) }, 'raise exposure');
  return { repo, base, head };
}

function looseObjectPath(repo: TestRepo, oid: string): string {
  return join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2));
}

describe('missing revisions', () => {
  let repo: TestRepo;
  beforeAll(() => {
    ({ repo } = standardRepo());
  });
  afterAll(() => repo.cleanup());

  test.each([
    ['a branch name that does not exist', 'no-such-branch'],
    ['a full commit id that is not in the clone', '0123456789abcdef0123456789abcdef01234567'],
    ['an option-looking revision', '--all'],
    ['a path, not a commit', 'HEAD:rollouts/renewal-risk.yaml'],
  ])('a base that is %s: unknown_revision with what to do', async (_what, base) => {
    const outcome = await gate('unknown base revision', { repoDir: repo.dir, base, fetchRemote: null });
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'unknown_revision' } });
    if (!outcome.ok) {
      expect(outcome.failure.message).toContain(JSON.stringify(base));
      expect(outcome.failure.message).toMatch(/To fix: .*fetch-depth: 0/);
    }
  });

  test('an unknown head and an empty repository (no commit yet) fail the same way', async () => {
    expect(await gate('unknown head revision', { repoDir: repo.dir, head: 'feature/missing' })).toMatchObject({
      ok: false,
      failure: { code: 'unknown_revision' },
    });
    const empty = createRepo('rollout-gate-empty-');
    try {
      expect(await gate('unknown head revision', { repoDir: empty.dir })).toMatchObject({ ok: false, failure: { code: 'unknown_revision' } });
    } finally {
      empty.cleanup();
    }
  });

  test('a directory that is not a repository: not_a_repo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-norepo-'));
    try {
      const outcome = await gate('not a repository', { repoDir: dir });
      expect(outcome).toMatchObject({ ok: false, failure: { code: 'not_a_repo', message: expect.stringMatching(/actions\/checkout/) } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('shallow clones', () => {
  let origin: { repo: TestRepo; base: string; head: string };
  const clones: string[] = [];
  beforeAll(() => {
    origin = standardRepo();
  });
  afterAll(() => {
    origin.repo.cleanup();
    for (const c of clones) rmSync(c, { recursive: true, force: true });
  });

  function shallowClone(): string {
    const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-shallow-'));
    clones.push(dir);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.repo.dir}`, dir], {
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    });
    return dir;
  }

  test('depth 1: the first-parent base is missing, so the run fails with code shallow naming fetch-depth', async () => {
    const clone = shallowClone();
    const outcome = await gate('shallow clone (depth 1)', { repoDir: clone });
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'shallow', message: expect.stringMatching(/fetch-depth/) } });
    // Not mistaken for a root commit (which would count the manifest as new and judge it without the diff).
    expect(outcome.ok).toBe(false);
  });

  test('depth 1 with an explicit base and a remote that cannot serve it: shallow, not a pass', async () => {
    const clone = shallowClone();
    execFileSync('git', ['-C', clone, 'remote', 'set-url', 'origin', `file://${join(tmpdir(), 'rollout-gate-no-such-remote')}`]);
    const outcome = await gate('shallow clone, base not fetchable', { repoDir: clone, base: origin.base, fetchRemote: 'origin' });
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'shallow', message: expect.stringMatching(/fetch-depth: 0/) } });
  });

  test('depth 1 with --all still needs the base: it fails the same way', async () => {
    const clone = shallowClone();
    expect(await gate('shallow clone (depth 1)', { repoDir: clone, all: true })).toMatchObject({ ok: false, failure: { code: 'shallow' } });
  });
});

describe('corrupt and missing objects', () => {
  let fixture: { repo: TestRepo; base: string; head: string };
  beforeEach(() => {
    fixture = standardRepo();
  });
  afterEach(() => fixture.repo.cleanup());

  const manifestBlob = () => fixture.repo.git('rev-parse', `${fixture.head}:${M}`).trim();

  function overwrite(path: string, bytes: Buffer): void {
    chmodSync(path, 0o644);
    writeFileSync(path, bytes);
  }

  test.each([
    ['garbage bytes', () => Buffer.from('this is not a zlib stream at all')],
    ['a truncated zlib stream', (orig: Buffer) => orig.subarray(0, Math.floor(orig.length / 2))],
    ['an empty file', () => Buffer.alloc(0)],
    ['a zlib stream whose header claims fewer bytes than it holds', () => deflateSync(Buffer.from('blob 2\0rollout_plan: {}\n'))],
  ])('the manifest blob replaced by %s: the run fails closed', async (_what, corrupt) => {
    const path = looseObjectPath(fixture.repo, manifestBlob());
    overwrite(path, corrupt(readFileSync(path)));
    const outcome = await gate('corrupt loose manifest blob', { repoDir: fixture.repo.dir });
    expectFailsClosed(outcome);
    if (!outcome.ok) expect(outcome.failure.code).toMatch(/^(corrupt|git_failed)$/);
    else expect(outcome.report.findings.some((f) => f.file === M && f.check === 'manifest_invalid')).toBe(true);
  });

  // git 2.39 prints the header, the 5 bytes and a newline, then waits: before the BlobReader's stall
  // watchdog, the gate waited for the other 999,994 bytes forever.
  test('a zlib stream whose header claims more bytes than it holds: corrupt, after the stall timeout, not a hang', async () => {
    const path = looseObjectPath(fixture.repo, manifestBlob());
    overwrite(path, deflateSync(Buffer.from('blob 999999\0short')));
    const outcome = await gate('lying object header (stall watchdog, 20 s)', { repoDir: fixture.repo.dir }, 40_000);
    expect(outcome).toMatchObject({
      ok: false,
      failure: { code: 'corrupt', message: expect.stringMatching(/\d+ of the 999999 bytes .*header claims more bytes.*git fsck/) },
    });
  }, 60_000);

  test('the BlobReader watchdog fires after its own (short) stall timeout and the reader stays closable', async () => {
    const oid = manifestBlob();
    overwrite(looseObjectPath(fixture.repo, oid), deflateSync(Buffer.from('blob 999999\0short')));
    const reader = new BlobReader(fixture.repo.dir, { stallTimeoutMs: 300 });
    const start = performance.now();
    await expect(reader.readMany([oid])).rejects.toMatchObject({ kind: 'corrupt' });
    expect(performance.now() - start).toBeLessThan(5000);
    await expect(reader.readMany([fixture.base])).rejects.toMatchObject({ kind: 'corrupt' });
    await reader.close();
  });

  test('the manifest blob deleted from the object store: a located block, not a silent skip', async () => {
    unlinkSync(looseObjectPath(fixture.repo, manifestBlob()));
    const outcome = await gate('missing manifest blob', { repoDir: fixture.repo.dir });
    expectFailsClosed(outcome);
    if (outcome.ok)
      expect(outcome.report.findings.find((f) => f.file === M)).toMatchObject({
        check: 'manifest_invalid',
        line: 1,
        message: expect.stringMatching(/could not be read from git/),
      });
  });

  test('the head tree corrupted: no diff can be computed, so no report (never "no changes, pass")', async () => {
    const tree = fixture.repo.git('rev-parse', `${fixture.head}^{tree}`).trim();
    const path = looseObjectPath(fixture.repo, tree);
    overwrite(path, readFileSync(path).subarray(0, 10));
    const outcome = await gate('corrupt head tree', { repoDir: fixture.repo.dir });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.code).toMatch(/^(corrupt|git_failed)$/);
  });

  test('a corrupt pack file: fails closed', async () => {
    fixture.repo.git('repack', '-a', '-d', '-q');
    const packDir = join(fixture.repo.dir, '.git', 'objects', 'pack');
    const pack = readdirSync(packDir).find((f) => f.endsWith('.pack'))!;
    const bytes = readFileSync(join(packDir, pack));
    // Flip every byte after the pack header: every object is damaged.
    for (let i = 12; i < bytes.length - 20; i++) bytes[i] = bytes[i]! ^ 0x5a;
    overwrite(join(packDir, pack), bytes);
    expectFailsClosed(await gate('corrupt pack file', { repoDir: fixture.repo.dir }));
  });
});

describe('git missing from PATH', () => {
  let repo: TestRepo;
  let emptyDir = '';
  beforeAll(() => {
    ({ repo } = standardRepo());
    emptyDir = mkdtempSync(join(tmpdir(), 'rollout-gate-nopath-'));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(emptyDir, { recursive: true, force: true });
  });

  test('PATH pointing at an empty directory: ok:false with code git_missing and how to fix it', async () => {
    const saved = process.env['PATH'];
    process.env['PATH'] = emptyDir;
    let outcome: GateOutcome;
    try {
      outcome = await gate('git missing from PATH', { repoDir: repo.dir });
    } finally {
      process.env['PATH'] = saved;
    }
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'git_missing', message: expect.stringMatching(/git was not found on PATH; install git/) } });
  });
});
