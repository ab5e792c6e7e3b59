// Resolves every evidence path named by the evaluated manifests against the git trees (never the work
// tree), in a few batched ls-tree calls, so evaluation can stay pure.
import type { EvidenceIndex, EvidenceStatus } from '../rules/rule.js';
import { listTree, type TreeEntry } from '../git/tree.js';
import { allInOrder } from '../util/allInOrder.js';

const CHUNK = 400; // pathspecs per ls-tree call, well under any command-line limit

/**
 * Ids of the empty blob (SHA-1 and SHA-256 repositories). An empty file is recognised by its id, so tree
 * listings can skip `ls-tree -l`, which reads every blob to report its size.
 */
const EMPTY_BLOBS: ReadonlySet<string> = new Set(['e69de29bb2d1d6434b8b29ae775ad8c2e48c5391', '473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813']);

/** Validates the form of a repository path; returns the normalized path or why it is refused. */
export function normalizeRepoPath(path: string): { ok: true; path: string } | { ok: false; reason: string } {
  if (path.includes('\0')) return { ok: false, reason: 'contains a NUL byte' };
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\') || path.startsWith('~')) return { ok: false, reason: 'is an absolute path; evidence paths are relative to the repository root' };
  const segments = path.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.');
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

  constructor(
    private readonly root: string,
    private readonly commit: string,
    private readonly listWhole = false,
  ) {}

  /**
   * In a large run, starts listing the top-level directories of `paths` (repository paths as written in a
   * manifest) without waiting, so git lists them while the caller goes on parsing; entries() finds them.
   */
  warm(paths: readonly string[]): void {
    if (!this.listWhole) return;
    this.listTops(paths.flatMap((raw) => {
      const n = normalizeRepoPath(raw);
      return n.ok ? [n.path] : [];
    }));
  }

  async entries(paths: readonly string[]): Promise<TreeAnswer> {
    if (paths.length === 0) return { entries: new Map(), directories: new Set() };
    if (!this.listWhole && paths.length <= CHUNK) return index(await listTree(this.root, this.commit, paths, { sizes: false }));
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
        for (const e of await listTree(this.root, this.commit, unlisted.slice(i, i + CHUNK), { sizes: false })) byTop.get(topOf(e.path))?.push(e);
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

function statusOf(path: string, tree: TreeAnswer): EvidenceStatus {
  const e = tree.entries.get(path);
  if (!e) return tree.directories.has(path) ? { kind: 'not_a_file' } : { kind: 'missing' };
  if (e.mode === '120000') return { kind: 'symlink' };
  if (e.type !== 'blob') return { kind: 'not_a_file' };
  if (EMPTY_BLOBS.has(e.oid)) return { kind: 'empty' };
  return { kind: 'ok', oid: e.oid };
}

export async function buildEvidenceIndex(head: TreeLookup, base: TreeLookup | null, paths: readonly string[], basePaths: readonly string[]): Promise<EvidenceIndex> {
  const statuses = new Map<string, EvidenceStatus>();
  const valid = new Map<string, string>();
  for (const raw of new Set(paths)) {
    const n = normalizeRepoPath(raw);
    if (!n.ok) statuses.set(raw, { kind: 'outside_repo', reason: n.reason });
    else valid.set(raw, n.path);
  }
  const baseNormalized = [...new Set([...new Set(basePaths)].map(normalizeRepoPath).flatMap((n) => (n.ok ? [n.path] : [])))].sort();
  // The two trees are listed side by side; on failure the head's error is the one reported.
  const [headEntries, baseEntries] = await allInOrder([head.entries([...new Set(valid.values())].sort()), base ? base.entries(baseNormalized) : null]);
  for (const [raw, normalized] of valid) statuses.set(raw, statusOf(normalized, headEntries));
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
