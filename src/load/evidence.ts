// Resolves every evidence path named by the evaluated manifests against the git trees (never the work
// tree), in a few batched ls-tree calls, so evaluation can stay pure.
import type { EvidenceIndex, EvidenceStatus } from '../checks/context.js';
import { listTree, type TreeEntry } from '../git/tree.js';

const CHUNK = 400; // pathspecs per ls-tree call, well under any command-line limit

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

/**
 * Looks paths up in one commit's tree. A few paths cost one ls-tree of just those paths; many paths
 * (a large full check) cost one listing of each top-level directory involved, kept for the whole run,
 * so the number of git processes stays small whatever the number of manifests.
 */
export class TreeLookup {
  private readonly listings = new Map<string, readonly TreeEntry[]>();

  constructor(
    private readonly root: string,
    private readonly commit: string,
  ) {}

  async entries(paths: readonly string[]): Promise<Map<string, TreeEntry>> {
    const found = new Map<string, TreeEntry>();
    if (paths.length <= CHUNK) {
      if (paths.length > 0) for (const e of await listTree(this.root, this.commit, paths)) found.set(e.path, e);
      return found;
    }
    const wanted = new Set(paths);
    for (const top of [...new Set(paths.map((p) => p.split('/')[0]!))].sort()) {
      let listing = this.listings.get(top);
      if (!listing) {
        listing = await listTree(this.root, this.commit, [top]);
        this.listings.set(top, listing);
      }
      for (const e of listing) {
        // Keep entries under a wanted path too, so a directory named as evidence is seen as not a file.
        if (wanted.has(e.path) || ancestors(e.path).some((a) => wanted.has(a))) found.set(e.path, e);
      }
    }
    return found;
  }
}

function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) out.push(path.slice(0, i));
  return out;
}

function statusOf(path: string, entries: Map<string, TreeEntry>): EvidenceStatus {
  const e = entries.get(path);
  if (!e) {
    // ls-tree -r lists a directory's contents instead of the directory itself.
    for (const other of entries.keys()) if (other.startsWith(path + '/')) return { kind: 'not_a_file' };
    return { kind: 'missing' };
  }
  if (e.mode === '120000') return { kind: 'symlink' };
  if (e.type !== 'blob') return { kind: 'not_a_file' };
  if (e.size === 0) return { kind: 'empty' };
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
  const headEntries = await head.entries([...new Set(valid.values())].sort());
  for (const [raw, normalized] of valid) statuses.set(raw, statusOf(normalized, headEntries));
  const baseOids = new Map<string, string>();
  if (base) {
    const normalized = [...new Set(basePaths)].map(normalizeRepoPath).flatMap((n) => (n.ok ? [n.path] : []));
    for (const [p, e] of await base.entries([...new Set(normalized)].sort())) if (e.type === 'blob') baseOids.set(p, e.oid);
  }
  return {
    status: (path) => statuses.get(path) ?? { kind: 'missing' },
    baseOid: (path) => {
      const n = normalizeRepoPath(path);
      return n.ok ? (baseOids.get(n.path) ?? null) : null;
    },
  };
}
