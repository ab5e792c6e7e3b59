// History of one path: the first-parent commits that changed it, with the blob it held after each.
// Used to find since when a manifest's content (stage, exposure, ...) has held.
import { GitError, git } from './exec.js';
import { boundaryIn, shallowBoundary } from './revs.js';
import { OID, OID_SOURCE } from './oid.js';
import { FIRST_PARENT_RAW_LOG, streamNulRecords } from './stream.js';
import { diffTrees } from './tree.js';

export interface FileVersion {
  commit: string;
  /** Committer date, unix seconds. */
  time: number;
  /** Blob (or gitlink) id of the path at that commit; null when the commit deleted it. */
  oid: string | null;
  /**
   * Set on the last version of a `hold` walk that stopped at its window: `commit` is the first commit at or
   * before the window, which need not have changed the path; the path held `oid` at it and did not change
   * from it to the next newer version. So the path has held `oid` since `time` at the latest.
   */
  window?: true;
  /** Set when the commit added the file at this path (created it, or a rename moved it here). */
  added?: true;
}

export type History = FileVersion[] | 'shallow';

/**
 * How far back a walk reads each path.
 * - `all`: every version, up to maxCount.
 * - `hold`: only what can tell since when the path's current content has held: the versions of the file as
 *   it now exists (up to the commit that added it, or the one that deleted an earlier file of that name),
 *   and none older than the first one committed at or before `until` (unix seconds): a hold that reaches
 *   it has held long enough. The walk ends at the first commit it lists at or before `until`: each path
 *   still open then gets a last version marked `window`, with the content it held at that commit (the
 *   blob before its oldest change read so far, or its blob at the walk's start). So the walk
 *   reads no further back than the window, nor than the paths' own changes need, whatever the length of
 *   the branch.
 */
export type Depth = { readonly kind: 'all' } | { readonly kind: 'hold'; readonly until: number };

const ALL: Depth = { kind: 'all' };

const COMMIT_LINE = new RegExp(`^(${OID_SOURCE}) (\\d+)(?: (.*))?$`);
const RAW_LINE = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;
const ZERO_OID = /^0+$/;

/** Pathspecs per walk, well under any command-line limit; more directories are walked through their parents. */
const MAX_PATHSPECS = 400;
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
 * first parent), in one `git log --raw` walk over the paths' directories (not one process per file), read
 * as it streams and stopped once every path has what `depth` asks for. Renames are not followed: a
 * renamed file's history starts at the rename (see fileHistoriesAcrossRenames).
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
  depth: Depth = ALL,
): Promise<Map<string, History>> {
  return (await walk(cwd, commit, paths, maxCount, shallowFile, depth)).histories;
}

/**
 * fileHistories, and where a path's history begins at a commit that renamed another file to this path
 * (git's rename detection between that commit and its first parent), the older file's history continues
 * it, up to four renames back. `follow` says which paths need the older history (each rename costs a
 * `git diff-tree` of the renaming commit, and the older paths one more walk from before the rename),
 * given the commit that created the path.
 */
export async function fileHistoriesAcrossRenames(
  cwd: string,
  commit: string,
  paths: readonly string[],
  options: {
    readonly maxCount?: number;
    readonly shallowFile?: string;
    readonly depth?: Depth;
    readonly follow?: (path: string, createdAt: { readonly commit: string; readonly time: number }) => boolean;
  } = {},
): Promise<Map<string, History>> {
  const maxCount = options.maxCount ?? 200;
  const depth = options.depth ?? ALL;
  const first = await walk(cwd, commit, paths, maxCount, options.shallowFile, depth);
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
    const renames = new Map<string, Map<string, { readonly path: string; readonly oid: string | null }>>();
    await Promise.all(
      commits.map(async (c) => {
        const parent = [...frontier.values()].find((f) => f.created.commit === c)!.created.parent as string;
        const sources = new Map<string, { readonly path: string; readonly oid: string | null }>();
        for (const change of await diffTrees(cwd, parent, c, { renamesOnly: true }))
          if (change.status === 'renamed') sources.set(change.path, { path: change.from, oid: change.oldOid });
        renames.set(c, sources);
      }),
    );
    // The older paths are walked from the parent of the commit that renamed them: what they held before the
    // rename, and nothing a later file of the same name did.
    // Per parent: each older path, with the blob it held there (what the rename moved).
    const sourcesByParent = new Map<string, Map<string, string | null>>();
    const sourceOf = new Map<string, string>();
    for (const [path, f] of frontier) {
      const from = renames.get(f.created.commit)?.get(f.current);
      if (from === undefined) continue;
      sourceOf.set(path, from.path);
      const parent = f.created.parent as string;
      sourcesByParent.set(parent, (sourcesByParent.get(parent) ?? new Map<string, string | null>()).set(from.path, from.oid));
    }
    if (sourceOf.size === 0) break;
    const older = new Map<string, Walk>();
    await Promise.all(
      [...sourcesByParent].map(async ([parent, sources]) =>
        older.set(parent, await walk(cwd, parent, [...sources.keys()], maxCount, options.shallowFile, depth, sources)),
      ),
    );
    const next = new Map<string, { current: string; created: Creation }>();
    for (const [path, from] of sourceOf) {
      const f = frontier.get(path)!;
      const olderWalk = older.get(f.created.parent as string)!;
      const versions = result.get(path) as FileVersion[];
      const before = olderWalk.histories.get(from);
      if (before === 'shallow') {
        result.set(path, 'shallow');
        continue;
      }
      const kept = (before ?? []).slice(0, maxCount - versions.length);
      versions.push(...kept);
      const created = olderWalk.created.get(from);
      const reachedStart = created !== undefined && kept.length > 0 && kept[kept.length - 1]!.commit === created.commit;
      if (reachedStart && created.parent !== null && versions.length < maxCount && (options.follow?.(path, created) ?? true))
        next.set(path, { current: from, created });
    }
    frontier = next;
  }
  return result;
}

/**
 * The pathspecs of one walk over `paths`: their directories (a directory pathspec selects everything under
 * it), or a path itself at the root, with nested ones left out; when there are more than MAX_PATHSPECS,
 * their parents. Empty means the whole tree.
 */
export function walkPathspecs(paths: readonly string[]): string[] {
  let specs = new Set(paths.map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : p)));
  for (;;) {
    // Only the outermost: an entry under another one is selected by it already.
    const outer = [...specs].filter((s) => {
      for (let i = s.indexOf('/'); i !== -1; i = s.indexOf('/', i + 1)) if (specs.has(s.slice(0, i))) return false;
      return true;
    });
    outer.sort();
    if (outer.length <= MAX_PATHSPECS) return outer;
    if (outer.some((s) => !s.includes('/'))) return [];
    specs = new Set(outer.map((s) => s.slice(0, s.lastIndexOf('/'))));
  }
}

/**
 * One walk. `startBlobs`: the blob of some paths at `commit`, where the caller knows it (what a rename
 * moved); a `hold` walk that stops at its window asks git for the others.
 */
async function walk(
  cwd: string,
  commit: string,
  paths: readonly string[],
  maxCount: number,
  shallowFile: string | undefined,
  depth: Depth,
  startBlobs: ReadonlyMap<string, string | null> = new Map(),
): Promise<Walk> {
  if (!Number.isInteger(maxCount) || maxCount < 1) throw new RangeError(`fileHistories maxCount must be a positive integer, got ${maxCount}`);
  const histories = new Map<string, History>();
  const lists = new Map<string, FileVersion[]>();
  // The status of each path's oldest listed version so far ('A' when the commit added the file).
  const oldest = new Map<string, Creation & { readonly added: boolean }>();
  // Paths that still want older versions; the walk stops when none does.
  const open = new Set<string>();
  // Per path, the blob it held after the oldest commit read so far that did not change it (null: absent).
  // Paths the window reached with no change read: they hold at the window what they hold at `commit`.
  const unchanged: string[] = [];
  const reached: { window: { readonly commit: string; readonly time: number } | null } = { window: null };
  const held = new Map<string, string | null>(startBlobs);
  for (const p of paths) {
    lists.set(p, []);
    open.add(p);
  }
  if (paths.length === 0) return { histories, created: new Map() };
  // Read alongside the walk (it is one more git process); awaited at the end, so a failed walk still wins.
  const boundaryPromise = shallowFile === undefined ? shallowBoundary(cwd) : boundaryIn(shallowFile);
  boundaryPromise.catch(() => undefined);
  const args = [...FIRST_PARENT_RAW_LOG, '--format=%H %ct %P', '--end-of-options', commit, '--', ...walkPathspecs(paths)];
  // -z output: "<H> <ct> <parents>" NUL, then per changed file "\n:<raw>" NUL "<path>" NUL (the first raw
  // record of a commit carries the newline that separates it from the format line), read record by record
  // as they stream.
  let current: Creation | null = null;
  let raw: RegExpExecArray | null = null;
  const record = (token: Buffer): void => {
    if (raw) {
      const changed = token.toString('utf8');
      const status = raw[5] as string;
      const raw3 = raw[3] as string;
      const oid = status === 'D' || ZERO_OID.test(raw[4] as string) ? null : (raw[4] as string);
      raw = null;
      const list = lists.get(changed);
      if (!current || !list || !open.has(changed)) return;
      list.push({ commit: current.commit, time: current.time, oid, ...(status === 'A' ? { added: true as const } : {}) });
      oldest.set(changed, { ...current, added: status === 'A' });
      held.set(changed, ZERO_OID.test(raw3) ? null : raw3);
      const complete = list.length >= maxCount || (depth.kind === 'hold' && (current.time <= depth.until || status === 'A' || oid === null));
      if (complete) open.delete(changed);
      return;
    }
    const text = token.toString('latin1').replace(/^\n/, '');
    if (text === '') return;
    const rawMatch = RAW_LINE.exec(text);
    if (rawMatch) {
      raw = rawMatch;
      return;
    }
    const header = COMMIT_LINE.exec(text);
    const parents = (header?.[3] ?? '').split(' ').filter((p) => p !== '');
    if (!header || !parents.every((p) => OID.test(p)))
      throw new GitError('failed', args, '', { cwd, message: `unexpected output from git log in ${cwd}: ${JSON.stringify(text)}` });
    current = { commit: header[1] as string, time: Number(header[2]), parent: parents[0] ?? null };
    // The window is reached: every open path held, at this commit, what it held before its oldest change
    // read. (A path git cannot be asked about by name keeps the walk going.)
    if (depth.kind === 'hold' && current.time <= depth.until && [...open].every((p) => held.has(p) || nameable(p))) {
      const window = { commit: current.commit, time: current.time };
      reached.window = window;
      for (const p of open) {
        if (held.has(p)) lists.get(p)!.push({ ...window, oid: held.get(p) ?? null, window: true });
        else unchanged.push(p);
      }
      open.clear();
    }
  };
  const { rest } = await streamNulRecords(
    cwd,
    args,
    (item) => {
      record(item);
      return open.size === 0 ? 'enough' : 'more';
    },
    { env: { GIT_LITERAL_PATHSPECS: '1' } },
  );
  if (rest.length > 0 && open.size > 0) record(rest);
  const window = reached.window;
  if (window && unchanged.length > 0) {
    const at = await blobsAt(cwd, commit, unchanged);
    for (const p of unchanged) {
      const oid = at.get(p) ?? null;
      // A path that is not there at all has no history to give.
      if (oid !== null) lists.get(p)!.push({ ...window, oid, window: true });
    }
  }
  const boundary = await boundaryPromise;
  const created = new Map<string, Creation>();
  for (const [p, versions] of lists) {
    // The boundary's tree is there: a hold proven at it is proven (only what it "added" is unknown).
    const shallow = boundary.size > 0 && versions.some((v) => boundary.has(v.commit) && !v.window);
    histories.set(p, shallow ? 'shallow' : versions);
    const o = oldest.get(p);
    if (!shallow && o?.added) created.set(p, { commit: o.commit, time: o.time, parent: o.parent });
  }
  return { histories, created };
}

/** Whether `<commit>:<path>` can name the path on cat-file's standard input (one name per line). */
const nameable = (path: string): boolean => !path.includes('\n') && !path.endsWith('\r');

/** The blob id of each path at `commit` (null where there is none), in one `git cat-file --batch-check`. */
async function blobsAt(cwd: string, commit: string, paths: readonly string[]): Promise<Map<string, string | null>> {
  const args = ['cat-file', '--batch-check=%(objectname) %(objecttype)'];
  const out = (await git(cwd, args, { input: paths.map((p) => `${commit}:${p}\n`).join('') })).toString('utf8').split('\n');
  const blobs = new Map<string, string | null>();
  paths.forEach((p, i) => {
    const line = out[i] ?? '';
    const m = new RegExp(`^(${OID_SOURCE}) (\\S+)$`).exec(line);
    if (!m && !line.endsWith(' missing'))
      throw new GitError('failed', args, '', { cwd, message: `unexpected output from git cat-file in ${cwd}: ${JSON.stringify(line)}` });
    blobs.set(p, m && m[2] === 'blob' ? (m[1] as string) : null);
  });
  return blobs;
}
