// History of one path: the first-parent commits that changed it, with the blob it held after each.
// Used to find since when a manifest's content (stage, exposure, ...) has held.
import { GitError, git } from './exec.js';
import { boundaryIn, shallowBoundary } from './revs.js';
import { OID, OID_SOURCE } from './oid.js';
import { diffTrees } from './tree.js';

export interface FileVersion {
  commit: string;
  /** Committer date, unix seconds. */
  time: number;
  /** Blob (or gitlink) id of the path at that commit; null when the commit deleted it. */
  oid: string | null;
}

export type History = FileVersion[] | 'shallow';

const COMMIT_LINE = new RegExp(`^(${OID_SOURCE}) (\\d+)(?: (.*))?$`);
const RAW_LINE = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;

/** Pathspecs per `git log` call, well under any command-line limit. */
const PATHS_PER_CALL = 400;
/** Renames followed back per path, at most (a file moved more often than this keeps the older moves' history out). */
const MAX_RENAMES = 4;

/** Where a path's listed history begins: the commit that added the file, and that commit's first parent. */
interface Creation {
  readonly commit: string;
  readonly time: number;
  /** null for a root commit, which cannot have renamed anything. */
  readonly parent: string | null;
}

interface Walk {
  readonly histories: Map<string, History>;
  /** Paths whose oldest listed version is the commit that added them (the walk reached the file's start). */
  readonly created: Map<string, Creation>;
}

/**
 * Per path, newest first, up to `maxCount` commits on the first-parent chain from `commit` that changed
 * it (literal paths from the repository root; a merge counts when it changed the path relative to its
 * first parent), with one `git log --raw` walk per 400 paths (not one process per file). Renames are not
 * followed: a renamed file's history starts at the rename (see fileHistoriesAcrossRenames).
 *
 * In a shallow clone, git presents the boundary commit as a root that "adds" every file, which would make
 * a manifest look newer than it is; a path whose walk reaches such a commit gets `'shallow'` instead of a
 * silently truncated history.
 */
export async function fileHistories(
  cwd: string,
  commit: string,
  paths: readonly string[],
  maxCount = 200,
  shallowFile?: string,
): Promise<Map<string, History>> {
  return (await walk(cwd, commit, paths, maxCount, shallowFile)).histories;
}

/**
 * fileHistories, and where a path's history begins at a commit that renamed another file to it (git's
 * rename detection between that commit and its first parent), the older file's history continues it,
 * up to four renames back. `follow` says which paths need the older history (each rename costs a
 * `git diff-tree` of the renaming commit, and the older paths one more walk per round), given the commit
 * that created the path.
 */
export async function fileHistoriesAcrossRenames(
  cwd: string,
  commit: string,
  paths: readonly string[],
  options: {
    readonly maxCount?: number;
    readonly shallowFile?: string;
    readonly follow?: (path: string, createdAt: { readonly commit: string; readonly time: number }) => boolean;
  } = {},
): Promise<Map<string, History>> {
  const maxCount = options.maxCount ?? 200;
  const first = await walk(cwd, commit, paths, maxCount, options.shallowFile);
  const result = first.histories;
  // Per followed path: the path its history reached, and where that path was created.
  let frontier = new Map<string, { readonly current: string; readonly created: Creation }>();
  for (const [path, created] of first.created) {
    const versions = result.get(path);
    if (Array.isArray(versions) && versions.length < maxCount && created.parent !== null && (options.follow?.(path, created) ?? true))
      frontier.set(path, { current: path, created });
  }
  for (let round = 0; round < MAX_RENAMES && frontier.size > 0; round++) {
    // One diff-tree per creating commit (a commit that moves a directory renames many files at once).
    const commits = [...new Set([...frontier.values()].map((f) => f.created.commit))];
    const renames = new Map<string, Map<string, string>>();
    await Promise.all(
      commits.map(async (c) => {
        const parent = [...frontier.values()].find((f) => f.created.commit === c)!.created.parent as string;
        const sources = new Map<string, string>();
        for (const change of await diffTrees(cwd, parent, c, { renamesOnly: true })) if (change.status === 'renamed') sources.set(change.path, change.from);
        renames.set(c, sources);
      }),
    );
    const sourceOf = new Map<string, string>();
    for (const [path, f] of frontier) {
      const from = renames.get(f.created.commit)?.get(f.current);
      if (from !== undefined) sourceOf.set(path, from);
    }
    if (sourceOf.size === 0) break;
    const older = await walk(cwd, commit, [...new Set(sourceOf.values())], maxCount, options.shallowFile);
    const next = new Map<string, { current: string; created: Creation }>();
    for (const [path, from] of sourceOf) {
      const f = frontier.get(path)!;
      const versions = result.get(path) as FileVersion[];
      const before = older.histories.get(from);
      if (before === 'shallow') {
        result.set(path, 'shallow');
        continue;
      }
      // The older path's walk starts at `commit` too: keep only what it held before the rename deleted it.
      const at = (before ?? []).findIndex((v) => v.commit === f.created.commit);
      if (at < 0) continue;
      const kept = (before ?? []).slice(at + 1, at + 1 + (maxCount - versions.length));
      versions.push(...kept);
      const created = older.created.get(from);
      const reachedStart = created !== undefined && kept.length > 0 && kept[kept.length - 1]!.commit === created.commit;
      if (reachedStart && created.parent !== null && versions.length < maxCount && (options.follow?.(path, created) ?? true))
        next.set(path, { current: from, created });
    }
    frontier = next;
  }
  return result;
}

async function walk(cwd: string, commit: string, paths: readonly string[], maxCount: number, shallowFile: string | undefined): Promise<Walk> {
  if (!Number.isInteger(maxCount) || maxCount < 1) throw new RangeError(`fileHistories maxCount must be a positive integer, got ${maxCount}`);
  const histories = new Map<string, History>();
  const lists = new Map<string, FileVersion[]>();
  // The status of each path's oldest listed version so far ('A' when the commit added the file).
  const oldest = new Map<string, Creation & { readonly added: boolean }>();
  for (const p of paths) lists.set(p, []);
  if (paths.length === 0) return { histories, created: new Map() };
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
      '--format=%H %ct %P',
      // One path: git can stop early. Several: the walk covers them all and each keeps its newest maxCount.
      ...(part.length === 1 ? [`--max-count=${maxCount}`] : []),
      '--end-of-options',
      commit,
      '--',
      ...part,
    ];
    const out = await git(cwd, args, { env: { GIT_LITERAL_PATHSPECS: '1' } });
    // -z output: "<H> <ct> <parents>" NUL, then per changed file "\n:<raw>" NUL "<path>" NUL (the first raw
    // record of a commit carries the newline that separates it from the format line).
    let current: Creation | null = null;
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
        const list = lists.get(changed);
        if (current && list && list.length < maxCount) {
          list.push({ commit: current.commit, time: current.time, oid: raw[5] === 'D' || /^0+$/.test(raw[4] as string) ? null : (raw[4] as string) });
          oldest.set(changed, { ...current, added: raw[5] === 'A' });
        }
        continue;
      }
      const header = COMMIT_LINE.exec(token);
      const parents = (header?.[3] ?? '').split(' ').filter((p) => p !== '');
      if (!header || !parents.every((p) => OID.test(p)))
        throw new GitError('failed', args, '', { cwd, message: `unexpected output from git log in ${cwd}: ${JSON.stringify(token)}` });
      current = { commit: header[1] as string, time: Number(header[2]), parent: parents[0] ?? null };
    }
  }
  const boundary = await boundaryPromise;
  const created = new Map<string, Creation>();
  for (const [p, versions] of lists) {
    const shallow = boundary.size > 0 && versions.some((v) => boundary.has(v.commit));
    histories.set(p, shallow ? 'shallow' : versions);
    const o = oldest.get(p);
    if (!shallow && o?.added) created.set(p, { commit: o.commit, time: o.time, parent: o.parent });
  }
  return { histories, created };
}
