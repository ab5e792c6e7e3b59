// When each of many paths last changed on a first-parent history, in one `git log` walk for all of them
// (not one `git log -1` per path), stopped as soon as every path has its answer.
import { GitError } from './exec.js';
import { walkPathspecs } from './history.js';
import { OID_SOURCE } from './oid.js';
import { FIRST_PARENT_RAW_LOG, streamNulRecords } from './stream.js';

export interface LastChange {
  readonly commit: string;
  /** Committer date, unix seconds. */
  readonly time: number;
  /**
   * Where the commit stands on the walked first-parent chain, 0 for the newest listed. The chain is one
   * line of descent, so of two answers the one with the larger position is the other's ancestor.
   */
  readonly position: number;
}

const COMMIT_LINE = new RegExp(`^(${OID_SOURCE}) (\\d+)$`);
const RAW_LINE = /^:\d{6} \d{6} [0-9a-f]+ [0-9a-f]+ [A-Z]\d*$/;

/**
 * Per path (repository-relative, normalized: no `.`, `..`, empty segments or trailing `/`; a file or a
 * directory), the newest commit on the first-parent chain from `commit` that changed it, as
 * `git log -1 --first-parent <commit> -- <path>` answers (a merge counts when it changed the path against
 * its first parent); null when none did. One walk over all the paths, read as it streams; it ends at the
 * oldest answer needed, or at the root when some path never changed. In a shallow clone git shows the
 * boundary commit as a root that adds every file, as it does for `git log -1`: the caller tells those apart.
 */
export async function lastChanges(cwd: string, commit: string, paths: readonly string[]): Promise<Map<string, LastChange | null>> {
  const out = new Map<string, LastChange | null>(paths.map((p) => [p, null]));
  if (out.size === 0) return out;
  const open = new Set(out.keys());
  const wanted = [...open];
  const args = [
    ...FIRST_PARENT_RAW_LOG,
    '--format=%H %ct',
    '--end-of-options',
    commit,
    '--',
    // The paths' directories, not the paths: git matches each commit's changes against every pathspec,
    // and fewer of them walk faster although they list more (69 typed-evidence paths over 5,000 commits:
    // 113 ms as literal paths, 69 ms as their 27 directories). A wider walk gives the same answers.
    ...walkPathspecs(wanted),
  ];
  // -z output: "<H> <ct>" NUL, then per changed file "\n:<raw>" NUL "<path>" NUL (only the first raw record
  // of a commit carries the newline), every record NUL-terminated, read record by record as they stream.
  let current: LastChange | null = null;
  let position = -1;
  let pathNext = false;
  const changed = (file: string): void => {
    // The file itself and each directory above it answer the paths asked for by those names.
    for (let name = file; name !== ''; name = name.slice(0, Math.max(0, name.lastIndexOf('/')))) if (open.delete(name)) out.set(name, current);
  };
  const record = (token: Buffer): void => {
    if (pathNext) {
      pathNext = false;
      changed(token.toString('utf8'));
      return;
    }
    const text = token.toString('latin1').replace(/^\n/, '');
    if (RAW_LINE.test(text)) {
      pathNext = true;
      return;
    }
    const header = COMMIT_LINE.exec(text);
    if (!header) throw unexpected(text);
    position += 1;
    current = { commit: header[1] as string, time: Number(header[2]), position };
  };
  const unexpected = (text: string) => new GitError('failed', args, '', { cwd, message: `unexpected output from git log in ${cwd}: ${JSON.stringify(text)}` });
  await streamNulRecords(
    cwd,
    args,
    (item) => {
      record(item);
      return open.size === 0 ? 'enough' : 'more';
    },
    { env: { GIT_LITERAL_PATHSPECS: '1' } },
  );
  return out;
}
