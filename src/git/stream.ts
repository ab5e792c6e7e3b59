// Runs git and hands its stdout over as it arrives, so a reader can stop git as soon as it has what it
// needs (a history walk that has reached every commit it wants does not read the rest of the history).
import { spawn } from 'node:child_process';
import { GIT_SAFETY_CONFIG, GitError, classifyGitStderr, gitEnvironment, spawnFailure, type EnvOverrides } from './exec.js';

const MAX_STDERR = 64 * 1024;

/**
 * `git log` over the first-parent chain, each commit's changed files in raw form (full ids, no rename
 * detection), NUL-terminated, with color, decorations and the mailmap off: what the history walks read
 * with streamNulRecords. The caller adds `--format`, the revision and the pathspecs.
 */
export const FIRST_PARENT_RAW_LOG = [
  'log',
  '-z',
  '--first-parent',
  '--no-renames',
  '--raw',
  '--no-abbrev',
  '--no-color',
  '--no-decorate',
  '--no-mailmap',
] as const;

/** What a chunk reader answers: go on reading, or stop git (what was read is all the caller wants). */
export type ChunkVerdict = 'more' | 'enough';

/**
 * Runs `git args` and passes each stdout chunk to `onChunk` in order; resolves when git exits 0 or when
 * `onChunk` says 'enough' (git is then stopped and its exit status ignored). A failing git rejects with a
 * GitError, as `git()` does; so does an exception thrown by `onChunk`.
 */
export function streamGit(
  cwd: string,
  args: readonly string[],
  onChunk: (chunk: Buffer) => ChunkVerdict,
  options: { readonly env?: EnvOverrides } = {},
): Promise<{ readonly stopped: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...GIT_SAFETY_CONFIG, ...args], {
      cwd,
      env: gitEnvironment(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let stderr = '';
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    child.on('error', (error) => settle(() => reject(spawnFailure(cwd, args, error))));
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < MAX_STDERR) stderr += d.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (settled) return;
      let verdict: ChunkVerdict;
      try {
        verdict = onChunk(chunk);
      } catch (error) {
        child.kill();
        settle(() => reject(error instanceof Error ? error : new Error(String(error))));
        return;
      }
      if (verdict === 'enough') {
        child.stdout.destroy();
        child.kill();
        settle(() => resolve({ stopped: true }));
      }
    });
    child.on('close', (code) => {
      if (code === 0) settle(() => resolve({ stopped: false }));
      else settle(() => reject(new GitError(classifyGitStderr(stderr), args, stderr, { cwd, exitCode: code })));
    });
  });
}

/**
 * Runs `git args` (with `-z` output) and passes each NUL-terminated record to `onRecord` in order, as it
 * arrives; `onRecord` says whether to go on. Resolves with whatever followed the last NUL read (nothing,
 * for `-z` output read to its end).
 */
export async function streamNulRecords(
  cwd: string,
  args: readonly string[],
  onRecord: (record: Buffer) => ChunkVerdict,
  options: { readonly env?: EnvOverrides } = {},
): Promise<{ readonly stopped: boolean; readonly rest: Buffer }> {
  let rest: Buffer = Buffer.alloc(0);
  const { stopped } = await streamGit(
    cwd,
    args,
    (chunk) => {
      const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let end = buf.indexOf(0, start); end !== -1; end = buf.indexOf(0, start)) {
        const verdict = onRecord(buf.subarray(start, end));
        start = end + 1;
        if (verdict === 'enough') return 'enough';
      }
      rest = Buffer.from(buf.subarray(start));
      return 'more';
    },
    options,
  );
  return { stopped, rest };
}
