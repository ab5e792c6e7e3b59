// Resolves every evidence path named by the evaluated manifests against the git trees (never the work
// tree), path by path through the run's cat-file process, so evaluation can stay pure. Small files are read too: a file of
// nothing but whitespace is empty evidence.
import type { EvidenceIndex, EvidenceStatus } from '../core/rules/rule.js';
import type { BlobRead, BlobReader } from '../git/blobs.js';
import { GitError } from '../git/exec.js';
import { listTreeObject, parseTreeObject, type DirectoryEntry, type TreeEntry } from '../git/tree.js';
import { allInOrder } from '../core/util/allInOrder.js';
import { RecentlyUsed } from '../core/util/recentlyUsed.js';

/**
 * Ids of the empty blob (SHA-1 and SHA-256 repositories). An empty file is recognised by its id, so tree
 * listings can skip `ls-tree -l`, which reads every blob to report its size.
 */
const EMPTY_BLOBS: ReadonlySet<string> = new Set([
  'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391',
  '473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813',
]);

/**
 * Files up to this size are read to tell whitespace from content; a larger file counts as non-empty
 * without being read, which bounds the bytes a run reads (a file that large is not left blank by accident).
 */
export const BLANK_CHECK_MAX_BYTES = 64 * 1024;

const REGULAR_FILE_MODES: ReadonlySet<string> = new Set(['100644', '100755']);

/**
 * Which blobs hold nothing but whitespace, read through the run's one cat-file process, and only when the
 * tree says they are small (see BLANK_CHECK_MAX_BYTES). What was found is remembered for the most recently
 * used blobs (the evidence many manifests share), so a large run does not keep a verdict per file.
 */
export class BlankBlobs {
  private readonly known = new RecentlyUsed<string, boolean>(16_384);

  constructor(private readonly reader: BlobReader) {}

  /** Takes note of a blob read for another reason (its size), so the check need not read it again. */
  learn(blob: BlobRead): void {
    if (!blob.tooLarge && blob.size <= BLANK_CHECK_MAX_BYTES) this.known.set(blob.oid, isBlank(blob));
  }

  /** The ids, among these entries, of regular files with no content but whitespace. */
  async blankAmong(entries: Iterable<TreeEntry>): Promise<Set<string>> {
    // Decided here for every blob asked about, so a verdict the cache has let go of is read again, never lost.
    const verdicts = new Map<string, boolean>();
    const unread: string[] = [];
    for (const e of entries) {
      if (e.type !== 'blob' || !REGULAR_FILE_MODES.has(e.mode) || e.size === null || e.size > BLANK_CHECK_MAX_BYTES || verdicts.has(e.oid)) continue;
      const known = EMPTY_BLOBS.has(e.oid) ? true : this.known.get(e.oid);
      if (known === undefined) unread.push(e.oid);
      verdicts.set(e.oid, known ?? false);
    }
    if (unread.length > 0) {
      const blobs = await this.reader.readMany(unread);
      // A blob git cannot read is not taken for blank here; it is reported where it is needed as content.
      unread.forEach((oid, i) => {
        const b = blobs[i];
        const blank = b !== null && b !== undefined && isBlank(b);
        verdicts.set(oid, blank);
        this.known.set(oid, blank);
      });
    }
    return new Set([...verdicts].flatMap(([oid, blank]) => (blank ? [oid] : [])));
  }
}

const isBlank = (b: BlobRead): boolean => !b.tooLarge && b.content.toString('utf8').trim() === '';

/** Validates the form of a repository path; returns the normalized path or why it is refused. */
export function normalizeRepoPath(path: string): { ok: true; path: string } | { ok: false; reason: string } {
  if (path.includes('\0')) return { ok: false, reason: 'contains a NUL byte' };
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\') || path.startsWith('~'))
    return { ok: false, reason: 'is an absolute path; evidence paths are relative to the repository root' };
  const segments = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return { ok: false, reason: 'leaves the repository (contains ..)' };
  if (segments.length === 0) return { ok: false, reason: 'is not a file path' };
  if (path.includes('\\')) return { ok: false, reason: 'uses backslashes; use / as the separator' };
  return { ok: true, path: segments.join('/') };
}

/** What a tree says about the paths asked for: their entries, and which of them are directories. */
export interface TreeAnswer {
  readonly entries: ReadonlyMap<string, TreeEntry>;
  readonly directories: ReadonlySet<string>;
}

/** A directory's entries by name; null when the path is no directory in the commit. */
type Directory = ReadonlyMap<string, DirectoryEntry> | null;

/**
 * Looks paths up in one commit's tree, path by path: each lookup reads the tree objects of the directories
 * on the way to it (each directory once per run, through the run's cat-file process) and, with `sizes`, the
 * blob it finds. The cost follows the paths asked for, not the size of the trees they live in, and no git
 * process is started per lookup.
 */
/**
 * Tree objects (by id) and blob sizes that lookups in many commits share: consecutive commits of a history
 * hold mostly the same directories.
 */
export class SharedTrees {
  readonly trees = new RecentlyUsed<string, Promise<Directory>>(4096);
  readonly sizes = new RecentlyUsed<string, Promise<number>>(8192);
}

export class TreeLookup {
  // Bounded: most directories and blobs of a large run are looked up once; the shared ones stay in use.
  private readonly directories = new RecentlyUsed<string, Promise<Directory>>(4096);
  private readonly sizes: RecentlyUsed<string, Promise<number>>;

  /**
   * `sizes`: give blob sizes too, which the blank-file check needs (the blob is read, and what it holds
   * is handed to `blank`, so the check need not read it again).
   */
  constructor(
    private readonly root: string,
    private readonly commit: string,
    private readonly reader: BlobReader,
    private readonly options: { readonly sizes: boolean; readonly blank?: BlankBlobs; readonly shared?: SharedTrees } = { sizes: true },
  ) {
    this.sizes = options.shared?.sizes ?? new RecentlyUsed<string, Promise<number>>(8192);
  }

  /**
   * Starts reading the directories of `paths` (repository paths as written in a manifest) without waiting,
   * so git reads them while the caller goes on parsing; entries() finds them.
   */
  warm(paths: readonly string[]): void {
    for (const raw of paths) {
      const n = normalizeRepoPath(raw);
      if (n.ok) this.directory(parentOf(n.path)).catch(() => undefined);
    }
  }

  async entries(paths: readonly string[]): Promise<TreeAnswer> {
    const entries = new Map<string, TreeEntry>();
    const directories = new Set<string>();
    const found = await Promise.all(
      paths.map(async (path) => {
        const dir = await this.directory(parentOf(path));
        return { path, entry: dir?.get(nameOf(path)) ?? null };
      }),
    );
    const sized = await Promise.all(
      found.map(async ({ path, entry }) => ({ path, entry, size: entry?.type === 'blob' && this.options.sizes ? await this.sizeOf(entry.oid) : null })),
    );
    for (const { path, entry, size } of sized) {
      if (!entry) continue;
      if (entry.type === 'tree') directories.add(path);
      else entries.set(path, { path, mode: entry.mode, type: entry.type, oid: entry.oid, size });
    }
    return { entries, directories };
  }

  /** The entries of directory `dir` ('' for the root), read once. */
  private directory(dir: string): Promise<Directory> {
    let d = this.directories.get(dir);
    if (!d) {
      d = this.readDirectory(dir);
      // A failure is reported by the entries() call that awaits it; a warmed directory nobody asks for stays quiet.
      d.catch(() => undefined);
      this.directories.set(dir, d);
    }
    return d;
  }

  private async readDirectory(dir: string): Promise<Directory> {
    if (dir === '') return this.shared(`${this.commit}^{tree}`, 'the root tree');
    const parent = await this.directory(parentOf(dir));
    const entry = parent?.get(nameOf(dir));
    return entry?.type === 'tree' ? this.shared(entry.oid, `the tree of ${dir}`) : null;
  }

  /** A tree by an immutable name (an id, or a commit's root), from the trees shared with other lookups when there are. */
  private shared(name: string, what: string): Promise<Directory> {
    const trees = this.options.shared?.trees;
    if (!trees) return this.readTree(name, what);
    let tree = trees.get(name);
    if (!tree) {
      tree = this.readTree(name, what);
      trees.set(name, tree);
    }
    return tree;
  }

  /** A tree by name; a tree the commit names that cannot be read fails the run (a partial clone, a corrupt repository). */
  private async readTree(name: string, what: string): Promise<Directory> {
    const [tree] = await this.reader.readMany([name]);
    if (!tree || tree.type !== 'tree') throw missingObject(this.root, name, `${what} of ${this.commit} cannot be read`);
    try {
      return tree.tooLarge ? await listTreeObject(this.root, tree.oid) : parseTreeObject(tree.content, tree.oid);
    } catch (error) {
      if (error instanceof GitError) throw error;
      throw new GitError('corrupt', ['cat-file', '--batch'], '', { cwd: this.root, message: `${what} of ${this.commit}: ${(error as Error).message}` });
    }
  }

  private sizeOf(oid: string): Promise<number> {
    let s = this.sizes.get(oid);
    if (!s) {
      s = (async () => {
        const [blob] = await this.reader.readMany([oid]);
        if (!blob) throw missingObject(this.root, oid, `the blob ${oid} in ${this.commit} cannot be read`);
        this.options.blank?.learn(blob);
        return blob.size;
      })();
      this.sizes.set(oid, s);
    }
    return s;
  }
}

function missingObject(cwd: string, name: string, message: string): GitError {
  return new GitError('missing_object', ['cat-file', '--batch', name], '', { cwd, message: `${message}. To fix: ${GitError.hint('missing_object')}` });
}

const parentOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const nameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

function statusOf(path: string, tree: TreeAnswer, blank: ReadonlySet<string>): EvidenceStatus {
  const e = tree.entries.get(path);
  if (!e) return tree.directories.has(path) ? { kind: 'not_a_file' } : { kind: 'missing' };
  if (e.mode === '120000') return { kind: 'symlink' };
  if (e.type !== 'blob') return { kind: 'not_a_file' };
  if (EMPTY_BLOBS.has(e.oid) || e.size === 0 || blank.has(e.oid)) return { kind: 'empty' };
  return { kind: 'ok', oid: e.oid };
}

export interface EvidenceOptions {
  /** Reads small files to find those with nothing but whitespace; without it only zero-byte files are empty. */
  readonly blank?: BlankBlobs;
  /**
   * Why a path cannot be evidence although it is a file in the repository (a rollout manifest changes with
   * every rollout change), or null. Given the normalized path.
   */
  readonly refuse?: (path: string) => string | null;
}

export async function buildEvidenceIndex(
  head: TreeLookup,
  base: TreeLookup | null,
  paths: readonly string[],
  basePaths: readonly string[],
  options: EvidenceOptions = {},
): Promise<EvidenceIndex> {
  const statuses = new Map<string, EvidenceStatus>();
  const valid = new Map<string, string>();
  for (const raw of new Set(paths)) {
    const n = normalizeRepoPath(raw);
    const refused = n.ok ? (options.refuse?.(n.path) ?? null) : n.reason;
    // The status kind for a path refused by its form; its reason says why.
    if (refused !== null) statuses.set(raw, { kind: 'outside_repo', reason: refused });
    else if (n.ok) valid.set(raw, n.path);
  }
  const baseNormalized = [...new Set([...new Set(basePaths)].map(normalizeRepoPath).flatMap((n) => (n.ok ? [n.path] : [])))].sort();
  // The two trees are listed side by side; on failure the head's error is the one reported.
  const [headEntries, baseEntries] = await allInOrder([head.entries([...new Set(valid.values())].sort()), base ? base.entries(baseNormalized) : null]);
  const blank = options.blank ? await options.blank.blankAmong([...valid.values()].flatMap((p) => headEntries.entries.get(p) ?? [])) : new Set<string>();
  for (const [raw, normalized] of valid) statuses.set(raw, statusOf(normalized, headEntries, blank));
  const baseOids = new Map<string, string>();
  for (const [p, e] of baseEntries?.entries ?? []) if (e.type === 'blob') baseOids.set(p, e.oid);
  return {
    status: (path) => statuses.get(path) ?? { kind: 'missing' },
    baseOid: (path) => {
      const n = normalizeRepoPath(path);
      return n.ok ? (baseOids.get(n.path) ?? null) : null;
    },
  };
}
