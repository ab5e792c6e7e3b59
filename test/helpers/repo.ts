// Real git repositories for tests: every fixture is a history of commits, never a working-tree snapshot.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type FileSpec = string | Buffer | { symlink: string } | null;

export interface CommitOptions {
  /** ISO date used for both author and committer dates, so pacing tests control time. */
  date?: string;
}

export interface TestRepo {
  readonly dir: string;
  /** Writes (or with null deletes) files in the work tree and stages them. */
  write(files: Record<string, FileSpec>): void;
  /** Commits what is staged (allowing an empty commit) and returns the new commit id. */
  commit(message?: string, options?: CommitOptions): string;
  /** write + commit in one step. */
  commitFiles(files: Record<string, FileSpec>, message?: string, options?: CommitOptions): string;
  git(...args: string[]): string;
  cleanup(): void;
}

const DEFAULT_DATE = '2026-01-01T00:00:00Z';

function isolatedEnv(date?: string): NodeJS.ProcessEnv {
  const when = date ?? DEFAULT_DATE;
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_DATE: when,
  };
}

export function runGit(dir: string, args: string[], date?: string): string {
  return execFileSync('git', args, { cwd: dir, env: isolatedEnv(date), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

export function createRepo(prefix = 'rollout-gate-test-'): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  runGit(dir, ['init', '-q', '-b', 'main']);
  runGit(dir, ['config', 'core.symlinks', 'true']);
  let tick = 0;

  const write = (files: Record<string, FileSpec>): void => {
    const added: string[] = [];
    const removed: string[] = [];
    for (const [path, spec] of Object.entries(files)) {
      const full = join(dir, path);
      if (spec === null) {
        try {
          lstatSync(full);
          unlinkSync(full);
          removed.push(path);
        } catch {
          /* already absent */
        }
        continue;
      }
      mkdirSync(dirname(full), { recursive: true });
      try {
        unlinkSync(full);
      } catch {
        /* new file */
      }
      if (typeof spec === 'object' && !Buffer.isBuffer(spec)) symlinkSync(spec.symlink, full);
      else writeFileSync(full, spec);
      added.push(path);
    }
    // One git call for all paths (NUL-separated on stdin, so any file name works) keeps fixtures fast.
    const stage = (args: string[], paths: string[]) => {
      if (paths.length === 0) return;
      execFileSync('git', [...args, '--pathspec-from-file=-', '--pathspec-file-nul'], {
        cwd: dir,
        env: isolatedEnv(),
        input: paths.map((p) => `:(literal)${p}`).join('\0'),
      });
    };
    stage(['rm', '-q', '--cached', '--ignore-unmatch'], removed);
    stage(['add', '-f'], added);
  };

  const commit = (message = 'change', options: CommitOptions = {}): string => {
    // Distinct default timestamps keep commit order stable without the caller choosing dates.
    tick += 1;
    const date = options.date ?? new Date(Date.parse(DEFAULT_DATE) + tick * 60_000).toISOString();
    runGit(dir, ['commit', '-q', '--allow-empty', '--no-verify', '-m', message], date);
    return runGit(dir, ['rev-parse', 'HEAD']).trim();
  };

  return {
    dir,
    write,
    commit,
    commitFiles(files, message, options) {
      write(files);
      return commit(message, options);
    },
    git: (...args: string[]) => runGit(dir, args),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
