// The first-parent commits that changed any of a set of paths, in order, each with its author and what it
// did to those paths (both sides' mode and blob): one `git log --raw` for all the paths, read as it
// streams and stopped once the caller has every commit it wants. Where fileHistories (history.ts) gives
// each path its own list, this keeps the commits of all the paths in one first-parent order, so changes
// to different files can be told apart in time even where commit dates are out of order.
import { GitError } from './exec.js';
import { walkPathspecs } from './history.js';
import { OID_SOURCE } from './oid.js';
import { FIRST_PARENT_RAW_LOG, streamNulRecords } from './stream.js';

/** One side of a path in a change: its mode and blob, or null where the side has no file. */
export interface PathState {
  readonly mode: string;
  readonly oid: string;
}

export interface PathChange {
  readonly path: string;
  readonly before: PathState | null;
  readonly after: PathState | null;
}

export interface LoggedCommit {
  readonly commit: string;
  /** Committer date, unix seconds. */
  readonly time: number;
  /** The author's name as the commit records it (no mailmap). */
  readonly author: string;
  /** The changes to the paths asked for (a commit may be listed for another file in their directories). */
  readonly changes: readonly PathChange[];
}

const HEADER = new RegExp(`^(${OID_SOURCE}) (\\d+) (.*)$`, 's');
const RAW_LINE = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;
const ZERO = /^0+$/;

const side = (mode: string, oid: string): PathState | null => (ZERO.test(mode) || ZERO.test(oid) ? null : { mode, oid });

/**
 * Newest first, the commits on the first-parent chain from `commit` that changed any of `paths` (literal,
 * from the repository root; a merge counts with its changes against its first parent). `enough` is asked
 * after each commit is complete; once it says so the walk stops, with that commit the last one listed.
 */
export async function firstParentChanges(
  cwd: string,
  commit: string,
  paths: readonly string[],
  enough: (listed: LoggedCommit) => boolean = () => false,
): Promise<LoggedCommit[]> {
  const out: LoggedCommit[] = [];
  if (paths.length === 0) return out;
  const wanted = new Set(paths);
  const args = [...FIRST_PARENT_RAW_LOG, '--format=%H %ct %an', '--end-of-options', commit, '--', ...walkPathspecs(paths)];
  // -z output: "<H> <ct> <author>" NUL, then per changed file "\n:<raw>" NUL "<path>" NUL. Only a header or
  // a raw line can start a token that is not a path, and a header starts with the commit id.
  let current: { commit: string; time: number; author: string; changes: PathChange[] } | null = null;
  let raw: RegExpExecArray | null = null;
  let done = false;
  const finish = () => {
    if (current === null) return;
    out.push(current);
    if (enough(current)) done = true;
    current = null;
  };
  const record = (token: Buffer): void => {
    if (raw) {
      const path = token.toString('utf8');
      const [, oldMode, newMode, oldOid, newOid] = raw as unknown as [string, string, string, string, string];
      raw = null;
      if (current && wanted.has(path)) current.changes.push({ path, before: side(oldMode, oldOid), after: side(newMode, newOid) });
      return;
    }
    const text = token.toString('utf8').replace(/^\n/, '');
    if (text === '') return;
    const rawMatch = RAW_LINE.exec(text);
    if (rawMatch) {
      raw = rawMatch;
      return;
    }
    const header = HEADER.exec(text);
    if (!header) throw new GitError('failed', args, '', { cwd, message: `unexpected output from git log in ${cwd}: ${JSON.stringify(text)}` });
    finish();
    if (done) return;
    current = { commit: header[1]!, time: Number(header[2]), author: header[3]!, changes: [] };
  };
  await streamNulRecords(
    cwd,
    args,
    (item) => {
      record(item);
      return done ? 'enough' : 'more';
    },
    { env: { GIT_LITERAL_PATHSPECS: '1' } },
  );
  // Every token of -z output ends in NUL, so nothing is left over at the end. (After a stop there is
  // no commit open: finish() is then a no-op.)
  finish();
  return out;
}
