// History of one path: the first-parent commits that changed it, with the blob it held after each.
// Used to find since when a manifest's content (stage, exposure, ...) has held.
import { GitError, git } from './exec.js';
import { boundaryIn, shallowBoundary } from './revs.js';
import { OID_SOURCE } from './oid.js';

export interface FileVersion {
  commit: string;
  /** Committer date, unix seconds. */
  time: number;
  /** Blob (or gitlink) id of the path at that commit; null when the commit deleted it. */
  oid: string | null;
}

const COMMIT_LINE = new RegExp(`^(${OID_SOURCE}) (\\d+)$`);
const RAW_LINE = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;

/** Pathspecs per `git log` call, well under any command-line limit. */
const PATHS_PER_CALL = 400;

/**
 * Per path, newest first, up to `maxCount` commits on the first-parent chain from `commit` that changed
 * it (literal paths from the repository root; a merge counts when it changed the path relative to its
 * first parent), with one `git log --raw` walk per 400 paths (not one process per file).
 *
 * In a shallow clone, git presents the boundary commit as a root that "adds" every file, which would make
 * a manifest look newer than it is; a path whose walk reaches such a commit gets `'shallow'` instead of a
 * silently truncated history.
 */
export async function fileHistories(cwd: string, commit: string, paths: readonly string[], maxCount = 200, shallowFile?: string): Promise<Map<string, FileVersion[] | 'shallow'>> {
  if (!Number.isInteger(maxCount) || maxCount < 1) throw new RangeError(`fileHistories maxCount must be a positive integer, got ${maxCount}`);
  const result = new Map<string, FileVersion[] | 'shallow'>();
  for (const p of paths) result.set(p, []);
  // Read alongside the walk (it is one more git process); awaited at the end, so a failed walk still wins.
  const boundaryPromise = shallowFile === undefined ? shallowBoundary(cwd) : boundaryIn(shallowFile);
  boundaryPromise.catch(() => undefined);
  for (let i = 0; i < paths.length; i += PATHS_PER_CALL) {
    const part = paths.slice(i, i + PATHS_PER_CALL);
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
      // One path: git can stop early. Several: the walk covers them all and each keeps its newest maxCount.
      ...(part.length === 1 ? [`--max-count=${maxCount}`] : []),
      '--end-of-options',
      commit,
      '--',
      ...part,
    ];
    const out = await git(cwd, args, { env: { GIT_LITERAL_PATHSPECS: '1' } });
    // -z output: "<H> <ct>" NUL, then per changed file "\n:<raw>" NUL "<path>" NUL (the first raw
    // record of a commit carries the newline that separates it from the format line).
    let current: { commit: string; time: number } | null = null;
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
        const list = result.get(changed);
        if (current && Array.isArray(list) && list.length < maxCount) {
          list.push({ commit: current.commit, time: current.time, oid: raw[5] === 'D' || /^0+$/.test(raw[4] as string) ? null : (raw[4] as string) });
        }
        continue;
      }
      const header = COMMIT_LINE.exec(token);
      if (!header) throw new GitError('failed', args, '', { cwd, message: `unexpected output from git log in ${cwd}: ${JSON.stringify(token)}` });
      current = { commit: header[1] as string, time: Number(header[2]) };
    }
  }
  const boundary = await boundaryPromise;
  if (boundary.size > 0) {
    for (const [p, versions] of result) if (Array.isArray(versions) && versions.some((v) => boundary.has(v.commit))) result.set(p, 'shallow');
  }
  return result;
}
