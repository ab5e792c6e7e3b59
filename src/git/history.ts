// History of one path: the first-parent commits that changed it, with the blob it held after each.
// Used to find since when a manifest's content (stage, exposure, ...) has held.
import { GitError, git } from './exec.js';
import { shallowBoundary } from './revs.js';

export interface FileVersion {
  commit: string;
  /** Committer date, unix seconds. */
  time: number;
  /** Blob (or gitlink) id of the path at that commit; null when the commit deleted it. */
  oid: string | null;
}

const COMMIT_LINE = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d+)$/;
const RAW_LINE = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;

/**
 * Newest first, up to `maxCount` commits on the first-parent chain from `commit` that changed
 * `path` (a literal path from the repository root; a merge counts when it changed the path relative
 * to its first parent). One `git log --raw` process gives both the commits and the blob ids.
 *
 * In a shallow clone, git presents the boundary commit as a root that "adds" every file, which
 * would make a manifest look newer than it is; if the walk reaches such a commit this throws
 * GitError kind `shallow` instead of returning a silently truncated history.
 */
export async function fileHistory(cwd: string, commit: string, path: string, maxCount = 200): Promise<FileVersion[]> {
  if (!Number.isInteger(maxCount) || maxCount < 1) throw new RangeError(`fileHistory maxCount must be a positive integer, got ${maxCount}`);
  const args = [
    'log',
    '-z',
    '--first-parent',
    '--no-renames',
    '--raw',
    '--no-abbrev',
    '--no-color',
    '--no-decorate',
    '--no-mailmap',
    '--format=%H %ct',
    `--max-count=${maxCount}`,
    '--end-of-options',
    commit,
    '--',
    path,
  ];
  const out = await git(cwd, args, { env: { GIT_LITERAL_PATHSPECS: '1' } });

  // -z output: "<H> <ct>" NUL, then per changed file "\n:<raw>" NUL "<path>" NUL (the first raw
  // record of a commit carries the newline that separates it from the format line).
  const versions: FileVersion[] = [];
  let current: (FileVersion & { matched: boolean }) | null = null;
  const flush = (): void => {
    if (current?.matched) versions.push({ commit: current.commit, time: current.time, oid: current.oid });
  };
  let start = 0;
  while (start < out.length) {
    let end = out.indexOf(0, start);
    if (end === -1) end = out.length;
    const token = out.subarray(start, end).toString('latin1').replace(/^\n/, '');
    start = end + 1;
    if (token === '') continue;
    const raw = RAW_LINE.exec(token);
    if (raw) {
      let pathEnd = out.indexOf(0, start);
      if (pathEnd === -1) pathEnd = out.length;
      const changed = out.subarray(start, pathEnd).toString('utf8');
      start = pathEnd + 1;
      if (current && changed === path) {
        current.matched = true;
        current.oid = raw[5] === 'D' || /^0+$/.test(raw[4] as string) ? null : (raw[4] as string);
      }
      continue;
    }
    const header = COMMIT_LINE.exec(token);
    if (!header) {
      throw new GitError('failed', args, '', { cwd, message: `unexpected output from git log in ${cwd}: ${JSON.stringify(token)}` });
    }
    flush();
    current = { commit: header[1] as string, time: Number(header[2]), oid: null, matched: false };
  }
  flush();

  if (versions.length > 0) {
    const boundary = await shallowBoundary(cwd);
    const cut = versions.find((v) => boundary.has(v.commit));
    if (cut) {
      throw new GitError('shallow', args, '', {
        cwd,
        message:
          `the history of ${JSON.stringify(path)} reaches the edge of this shallow clone at ${cut.commit} (${cwd}), so how long it has been unchanged is unknown. ` +
          'To fix: set fetch-depth: 0 on actions/checkout (or run `git fetch --unshallow`).',
      });
    }
  }
  return versions;
}
