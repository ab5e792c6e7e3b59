// Resolves every evidence path named by the evaluated manifests against the git trees (never the work
// tree), in a few batched ls-tree calls, so evaluation can stay pure. Small files are read too: a file of
// nothing but whitespace is empty evidence.
import type { EvidenceIndex, EvidenceStatus } from '../core/rules/rule.js';
import type { BlobReader } from '../git/blobs.js';
import { listTree, type TreeEntry } from '../git/tree.js';
import { allInOrder } from '../core/util/allInOrder.js';

const CHUNK = 400; // pathspecs per ls-tree call, well under any command-line limit

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
 * Which blobs hold nothing but whitespace, read through the run's one cat-file process; each blob is
 * read at most once per run, and only when the tree says it is small (see BLANK_CHECK_MAX_BYTES).
 */
export class BlankBlobs {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly reader: BlobReader) {}

  /** The ids, among these entries, of regular files with no content but whitespace. */
  async blankAmong(entries: Iterable<TreeEntry>): Promise<Set<string>> {
    const wanted = new Set<string>();
    for (const e of entries) if (e.type === 'blob' && REGULAR_FILE_MODES.has(e.mode) && e.size !== null && e.size <= BLANK_CHECK_MAX_BYTES) wanted.add(e.oid);
    const unread = [...wanted].filter((oid) => !this.known.has(oid) && !EMPTY_BLOBS.has(oid));
    if (unread.length > 0) {
      const blobs = await this.reader.readMany(unread);
      // A blob git cannot read is not taken for blank here; it is reported where it is needed as content.
      unread.forEach((oid, i) => {
        const b = blobs[i];
        this.known.set(oid, b !== null && b !== undefined && !b.tooLarge && b.content.toString('utf8').trim() === '');
      });
    }
    return new Set([...wanted].filter((oid) => EMPTY_BLOBS.has(oid) || this.known.get(oid) === true));
  }
}

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

interface Listing {
  readonly entries: Map<string, TreeEntry>;
  readonly directories: Set<string>;
}

/**
 * Looks paths up in one commit's tree. In a small run each request costs one ls-tree of just those paths;
 * in a large one (`listWhole`) each top-level directory involved is listed and indexed once for the whole
 * run, so the number of git processes and the work per lookup stay small whatever the number of manifests.
 */
export class TreeLookup {
  private readonly listings = new Map<string, Promise<Listing>>();

  /** `sizes`: list blob sizes too (`ls-tree -l`), which the blank-file check needs. */
  constructor(
    private readonly root: string,
    private readonly commit: string,
    private readonly listWhole = false,
    private readonly sizes = true,
  ) {}

  /**
   * In a large run, starts listing the top-level directories of `paths` (repository paths as written in a
   * manifest) without waiting, so git lists them while the caller goes on parsing; entries() finds them.
   */
  warm(paths: readonly string[]): void {
    if (!this.listWhole) return;
    this.listTops(
      paths.flatMap((raw) => {
        const n = normalizeRepoPath(raw);
        return n.ok ? [n.path] : [];
      }),
    );
  }

  async entries(paths: readonly string[]): Promise<TreeAnswer> {
    if (paths.length === 0) return { entries: new Map(), directories: new Set() };
    if (!this.listWhole && paths.length <= CHUNK) return index(await listTree(this.root, this.commit, paths, { sizes: this.sizes }));
    this.listTops(paths);
    const entries = new Map<string, TreeEntry>();
    const directories = new Set<string>();
    for (const path of paths) {
      const listing = await (this.listings.get(topOf(path)) as Promise<Listing>);
      const e = listing.entries.get(path);
      if (e) entries.set(path, e);
      else if (listing.directories.has(path)) directories.add(path);
    }
    return { entries, directories };
  }

  /** Lists every top-level directory of `paths` not listed yet, in one ls-tree (per CHUNK of them). */
  private listTops(paths: readonly string[]): void {
    const unlisted = [...new Set(paths.map(topOf))].filter((top) => !this.listings.has(top));
    if (unlisted.length === 0) return;
    const listed = (async () => {
      const byTop = new Map<string, TreeEntry[]>(unlisted.map((top) => [top, []]));
      for (let i = 0; i < unlisted.length; i += CHUNK) {
        for (const e of await listTree(this.root, this.commit, unlisted.slice(i, i + CHUNK), { sizes: this.sizes })) byTop.get(topOf(e.path))?.push(e);
      }
      return byTop;
    })();
    for (const top of unlisted) {
      const listing = listed.then((byTop) => index(byTop.get(top) ?? []));
      // A failure is reported by the entries() call that awaits it; a warmed top nobody asks for stays quiet.
      listing.catch(() => undefined);
      this.listings.set(top, listing);
    }
  }
}

const topOf = (path: string): string => path.split('/')[0] as string;

/** Indexes a recursive listing: ls-tree -r lists a directory's contents instead of the directory itself. */
function index(list: readonly TreeEntry[]): Listing {
  const entries = new Map<string, TreeEntry>();
  const directories = new Set<string>();
  for (const e of list) {
    entries.set(e.path, e);
    for (let i = e.path.lastIndexOf('/'); i > 0; i = e.path.lastIndexOf('/', i - 1)) {
      const dir = e.path.slice(0, i);
      if (directories.has(dir)) break;
      directories.add(dir);
    }
  }
  return { entries, directories };
}

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
