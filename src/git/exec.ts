// Runs git as a child process: never through a shell, with a fixed, safe configuration and a
// scrubbed environment, and turns failures into a typed GitError with a message a person can act on.
//
// `--end-of-options` (git >= 2.24) on git 2.39.5, checked for every command this layer uses:
//   - rev-parse: honoured only together with `--verify`. Without `--verify`, 2.39 echoes the literal
//     string "--end-of-options" to stdout as if it were an argument, so callers always use `--verify`.
//   - log, rev-list, cat-file (-e, -t, <type> <object>), ls-tree, fetch: honoured.
//   - diff-tree: honoured (through the revision parser), but a revision that does not resolve is then
//     taken for a path and reported as "option '-x' must come before non-option arguments"; a trailing
//     `--` makes git report "bad revision" instead, so diff-tree is always called with a trailing `--`.
//   - ls-tree has no `--` separator at all: a `--` after the tree-ish is a literal path named "--".
//     Pathspecs are therefore passed straight after the tree-ish; `--end-of-options` before the tree-ish
//     already stops option parsing, so paths that begin with '-' stay paths.
//   - cat-file --batch reads names on stdin, so option injection is impossible there; names containing
//     LF (or ending in CR, which 2.39 strips) are refused by BlobReader.
// Because every command accepts `--end-of-options`, revisions beginning with '-' (a ref may be named
// refs/heads/-x) work as revisions and can never be read as options; no extra validation is needed.
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';

export type GitErrorKind = 'git_missing' | 'not_a_repo' | 'unknown_revision' | 'missing_object' | 'shallow' | 'corrupt' | 'failed';

export interface GitErrorDetails {
  cwd?: string;
  exitCode?: number | null;
  /** Replaces the generated message entirely. */
  message?: string;
  cause?: unknown;
}

const HINTS: Record<GitErrorKind, string> = {
  git_missing: 'install git (2.24 or newer) and make sure it is on PATH.',
  not_a_repo: 'run inside a git checkout (in GitHub Actions, run actions/checkout before this step) or point the working directory at one.',
  unknown_revision: 'check the spelling; if the commit exists on the remote, fetch it (in GitHub Actions set fetch-depth: 0 on actions/checkout).',
  missing_object:
    'the object is not in this clone; if it is a shallow or partial clone, fetch more history (in GitHub Actions set fetch-depth: 0 on actions/checkout).',
  shallow:
    'this is a shallow clone and the history needed is not present; set fetch-depth: 0 (or at least 2) on actions/checkout, or run `git fetch --unshallow`.',
  corrupt: 'the repository object database looks corrupt; re-clone the repository or run `git fsck`.',
  failed: 'see the git error above.',
};

function quoteArg(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./^{}~-]+$/.test(arg) ? arg : JSON.stringify(arg);
}

function firstLines(text: string, max = 3): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, max)
    .join(' / ');
}

export class GitError extends Error {
  readonly kind: GitErrorKind;
  readonly args: readonly string[];
  readonly stderr: string;
  readonly cwd: string | undefined;
  readonly exitCode: number | null;

  constructor(kind: GitErrorKind, args: readonly string[], stderr: string, details: GitErrorDetails = {}) {
    super(details.message ?? GitError.describe(kind, args, stderr, details), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'GitError';
    this.kind = kind;
    this.args = Object.freeze([...args]);
    this.stderr = stderr;
    this.cwd = details.cwd;
    this.exitCode = details.exitCode ?? null;
  }

  /** The standard "what to do" sentence for a kind, for callers building their own message. */
  static hint(kind: GitErrorKind): string {
    return HINTS[kind];
  }

  private static describe(kind: GitErrorKind, args: readonly string[], stderr: string, details: GitErrorDetails): string {
    if (kind === 'git_missing') return `git was not found on PATH; ${HINTS.git_missing}`;
    const command = ['git', ...args].map(quoteArg).join(' ');
    const where = details.cwd ? ` in ${details.cwd}` : '';
    const code = details.exitCode === undefined || details.exitCode === null ? '' : ` (exit ${details.exitCode})`;
    const said = firstLines(stderr);
    let hint = HINTS[kind];
    if (kind === 'failed' && /dubious ownership/i.test(stderr)) {
      hint = 'git refuses a repository owned by another user; add it with `git config --global --add safe.directory <path>`.';
    }
    return `${command} failed${code}${where}${said ? `: ${said}` : ''}. To fix: ${hint}`;
  }
}

/** Maps git's stderr (English; the environment forces LC_ALL=C) to an error kind. */
export function classifyGitStderr(stderr: string): GitErrorKind {
  const s = stderr;
  if (/not a git repository/i.test(s)) return 'not_a_repo';
  if (/is corrupt|corrupt|inflate|unable to unpack|hash mismatch|object file .* is empty|bad packed object/i.test(s)) {
    return 'corrupt';
  }
  // "bad object <full id>" is what log/diff-tree say for a well-formed id that is simply not in the
  // object database (typically a base commit a shallow clone never fetched), so it is missing_object
  // rather than corruption; real corruption is caught above.
  if (/\bbad object\b|missing (blob|tree|commit|tag) object|unable to read (tree|blob|commit|[0-9a-f]{40})|could not read object/i.test(s)) {
    return 'missing_object';
  }
  if (/unknown revision|bad revision|needed a single revision|invalid object name|not a valid object name|not a tree object|ambiguous argument/i.test(s)) {
    return 'unknown_revision';
  }
  if (/\bshallow\b/i.test(s)) return 'shallow';
  return 'failed';
}

/**
 * Configuration every invocation gets, placed before the subcommand. It keeps output byte-exact
 * (no quoting, no colour), and stops a checked-out repository's own config from running programs
 * (fsmonitor hook) or starting background work (auto gc / maintenance) during a read-only gate.
 */
export const GIT_SAFETY_CONFIG: readonly string[] = Object.freeze([
  '-c',
  'core.quotepath=off',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'color.ui=never',
  '-c',
  'gc.auto=0',
  '-c',
  'maintenance.auto=false',
  '-c',
  'fetch.recurseSubmodules=false',
  '-c',
  'log.showSignature=false',
  '-c',
  'log.follow=false',
  '-c',
  'log.showRoot=true',
]);

/**
 * Variables that tell git which repository to use instead of discovering it from cwd (the list of
 * `git rev-parse --local-env-vars`, minus config-passing variables such as GIT_CONFIG_COUNT that
 * users legitimately set, e.g. for safe.directory), plus pathspec-mode variables we set ourselves.
 * Inherited from a hook or a wrapper they would point git at the wrong repository.
 */
const SCRUBBED_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_GRAFT_FILE',
  'GIT_SHALLOW_FILE',
  'GIT_REPLACE_REF_BASE',
  'GIT_PREFIX',
  'GIT_INTERNAL_SUPER_PREFIX',
  'GIT_NAMESPACE',
  'GIT_LITERAL_PATHSPECS',
  'GIT_GLOB_PATHSPECS',
  'GIT_NOGLOB_PATHSPECS',
  'GIT_ICASE_PATHSPECS',
  'LANGUAGE',
];

export type EnvOverrides = Readonly<Record<string, string | undefined>>;

/**
 * process.env without repository-redirecting variables, plus: no credential prompts, no optional
 * locks (never rewrite the index of the checkout), no replace refs (objects are what their ids say),
 * and C locale so stderr can be classified. `overrides` win; an undefined value deletes a variable
 * (so a caller that really means GIT_DIR can pass it here).
 */
export function gitEnvironment(overrides: EnvOverrides = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SCRUBBED_ENV) delete env[name];
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_OPTIONAL_LOCKS = '0';
  env.GIT_NO_REPLACE_OBJECTS = '1';
  env.LC_ALL = 'C';
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export interface GitOptions {
  input?: string | Buffer;
  /** Largest stdout accepted, in bytes (default 512 MiB). */
  maxBuffer?: number;
  /** Exit codes other than 0 that are not failures; use gitResult() to see which one occurred. */
  allowExitCodes?: number[];
  /** Environment overrides applied on top of gitEnvironment(); undefined deletes a variable. */
  env?: EnvOverrides;
  /** Kill git after this many milliseconds (default: no limit). */
  timeoutMs?: number;
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

/**
 * Node reports ENOENT both when git is not on PATH and when cwd does not exist; tell them apart.
 * Also used by BlobReader for its long-lived process.
 */
export function spawnFailure(cwd: string, args: readonly string[], error: unknown): GitError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && !isDirectory(cwd)) {
    return new GitError('not_a_repo', args, '', {
      cwd,
      cause: error,
      message: `cannot run git in ${cwd}: the directory does not exist. To fix: ${HINTS.not_a_repo}`,
    });
  }
  if (code === 'ENOENT') return new GitError('git_missing', args, '', { cwd, cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new GitError('failed', args, '', { cwd, cause: error, message: `could not start git in ${cwd}: ${detail}` });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const DEFAULT_MAX_BUFFER = 512 * 1024 * 1024;

/** Runs git and returns stdout, stderr and the exit code (0 or one of allowExitCodes); throws GitError otherwise. */
export function gitResult(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise<GitResult>((resolve, reject) => {
    const child = execFile(
      'git',
      [...GIT_SAFETY_CONFIG, ...args],
      {
        cwd,
        env: gitEnvironment(options.env),
        encoding: 'buffer',
        maxBuffer: options.maxBuffer ?? DEFAULT_MAX_BUFFER,
        timeout: options.timeoutMs ?? 0,
        windowsHide: true,
      },
      (error, stdout, stderrBuf) => {
        const stderr = stderrBuf.toString('utf8');
        if (!error) {
          resolve({ stdout, stderr, exitCode: 0 });
          return;
        }
        const err = error as NodeJS.ErrnoException & { code?: string | number; killed?: boolean; signal?: string | null };
        if (err.code === 'ENOENT') {
          reject(spawnFailure(cwd, args, error));
          return;
        }
        if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          reject(
            new GitError('failed', args, stderr, {
              cwd,
              cause: error,
              message: `git ${args.map(quoteArg).join(' ')} produced more than ${options.maxBuffer ?? DEFAULT_MAX_BUFFER} bytes of output in ${cwd}; raise maxBuffer or narrow the request.`,
            }),
          );
          return;
        }
        if (err.killed && options.timeoutMs) {
          reject(
            new GitError('failed', args, stderr, {
              cwd,
              cause: error,
              message: `git ${args.map(quoteArg).join(' ')} did not finish within ${options.timeoutMs} ms in ${cwd} and was stopped.`,
            }),
          );
          return;
        }
        // Node sets `code` to the exit status (a number) when git exited, whatever the type declares.
        const exitCode = typeof err.code === 'number' ? err.code : null;
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
        if (exitCode !== null && (options.allowExitCodes ?? []).includes(exitCode)) {
          resolve({ stdout, stderr, exitCode });
          return;
        }
        reject(new GitError(classifyGitStderr(stderr), args, stderr, { cwd, exitCode, cause: error }));
      },
    );
    // git may exit without reading stdin; the resulting EPIPE is reported through the exit status.
    child.stdin?.on('error', () => undefined);
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** Runs git (no shell) and returns its stdout; throws GitError on failure. */
export async function git(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<Buffer> {
  return (await gitResult(cwd, args, options)).stdout;
}

/** Removes exactly one trailing LF (paths may legitimately end in spaces or other whitespace). */
export function stripTrailingNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}
