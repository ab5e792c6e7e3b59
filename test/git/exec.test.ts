import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError, classifyGitStderr, git, gitEnvironment, gitResult } from '../../src/git/exec.js';
import { resolveCommit } from '../../src/git/revs.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

describe('git()', () => {
  let repo: TestRepo;
  let emptyDir: string;
  beforeAll(() => {
    repo = createRepo();
    repo.commitFiles({ 'a.txt': 'a\n' }, 'first');
    emptyDir = mkdtempSync(join(tmpdir(), 'rollout-gate-empty-'));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(emptyDir, { recursive: true, force: true });
  });

  it('returns stdout as a Buffer and passes stdin input', async () => {
    const out = await git(repo.dir, ['hash-object', '--stdin'], { input: 'hello\n' });
    expect(Buffer.isBuffer(out)).toBe(true);
    expect(out.toString('utf8').trim()).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('reports git_missing with an actionable message when git is not on PATH', async () => {
    const error = await git(repo.dir, ['status'], { env: { PATH: emptyDir } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).kind).toBe('git_missing');
    expect((error as GitError).message).toMatch(/^git was not found on PATH; install git/);
  });

  it('reports not_a_repo outside a repository, naming the command and directory', async () => {
    const error = (await git(emptyDir, ['rev-parse', 'HEAD'], { env: { GIT_CEILING_DIRECTORIES: tmpdir() } }).catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(error.kind).toBe('not_a_repo');
    expect(error.args).toEqual(['rev-parse', 'HEAD']);
    expect(error.stderr).toMatch(/not a git repository/);
    expect(error.message).toContain('git rev-parse HEAD failed (exit 128)');
    expect(error.message).toContain(emptyDir);
    expect(error.message).toContain('actions/checkout');
  });

  it('does not report a missing working directory as a missing git', async () => {
    const error = (await git(join(emptyDir, 'nope'), ['status']).catch((e: unknown) => e)) as GitError;
    expect(error.kind).toBe('not_a_repo');
    expect(error.message).toContain('does not exist');
  });

  it('classifies unknown revisions', async () => {
    const error = (await git(repo.dir, ['log', '--end-of-options', 'no-such-branch', '--']).catch((e: unknown) => e)) as GitError;
    expect(error.kind).toBe('unknown_revision');
    expect(error.message).toContain('fetch-depth: 0');
  });

  it('lets callers accept specific exit codes', async () => {
    const result = await gitResult(repo.dir, ['cat-file', '-e', '0123456789012345678901234567890123456789'], { allowExitCodes: [1] });
    expect(result.exitCode).toBe(1);
    await expect(git(repo.dir, ['cat-file', '-e', '0123456789012345678901234567890123456789'])).rejects.toBeInstanceOf(GitError);
  });

  it('enforces maxBuffer with a GitError', async () => {
    const error = (await git(repo.dir, ['cat-file', '-p', 'HEAD'], { maxBuffer: 10 }).catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(error.kind).toBe('failed');
    expect(error.message).toContain('more than 10 bytes');
  });

  it('ignores GIT_DIR and GIT_WORK_TREE inherited from the caller', async () => {
    const other = createRepo();
    const otherHead = other.commitFiles({ 'b.txt': 'b\n' }, 'other');
    const ownHead = repo.git('rev-parse', 'HEAD').trim();
    const saved = { dir: process.env.GIT_DIR, tree: process.env.GIT_WORK_TREE };
    try {
      process.env.GIT_DIR = join(other.dir, '.git');
      process.env.GIT_WORK_TREE = other.dir;
      const head = await resolveCommit(repo.dir, 'HEAD');
      expect(head).not.toBe(otherHead);
      expect(head).toBe(ownHead);
      const env = gitEnvironment();
      expect(env.GIT_DIR).toBeUndefined();
      expect(env.GIT_TERMINAL_PROMPT).toBe('0');
      expect(env.GIT_OPTIONAL_LOCKS).toBe('0');
      // An explicit override still wins.
      expect(gitEnvironment({ GIT_DIR: '/x' }).GIT_DIR).toBe('/x');
    } finally {
      if (saved.dir === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved.dir;
      if (saved.tree === undefined) delete process.env.GIT_WORK_TREE;
      else process.env.GIT_WORK_TREE = saved.tree;
      other.cleanup();
    }
  });

  it('classifies stderr', () => {
    expect(classifyGitStderr('fatal: not a git repository (or any of the parent directories): .git')).toBe('not_a_repo');
    expect(classifyGitStderr("fatal: ambiguous argument 'x': unknown revision or path not in the working tree.")).toBe('unknown_revision');
    expect(classifyGitStderr("fatal: bad revision 'x'")).toBe('unknown_revision');
    expect(classifyGitStderr('fatal: Needed a single revision')).toBe('unknown_revision');
    expect(classifyGitStderr('fatal: Not a valid object name x')).toBe('unknown_revision');
    expect(classifyGitStderr('fatal: invalid object name x')).toBe('unknown_revision');
    expect(classifyGitStderr('fatal: bad object 0123456789012345678901234567890123456789')).toBe('missing_object');
    expect(classifyGitStderr('error: inflate: data stream error (incorrect header check)')).toBe('corrupt');
    expect(classifyGitStderr('fatal: loose object 0123 (stored in .git/objects/01/23) is corrupt')).toBe('corrupt');
    expect(classifyGitStderr('fatal: something else')).toBe('failed');
  });
});
