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

async function entriesFor(root: string, commit: string, paths: readonly string[]): Promise<Map<string, TreeEntry>> {
  const found = new Map<string, TreeEntry>();
  for (let i = 0; i < paths.length; i += CHUNK) {
    for (const e of await listTree(root, commit, paths.slice(i, i + CHUNK))) found.set(e.path, e);
  }
  return found;
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

export async function buildEvidenceIndex(root: string, head: string, base: string | null, paths: readonly string[], basePaths: readonly string[]): Promise<EvidenceIndex> {
  const statuses = new Map<string, EvidenceStatus>();
  const valid: string[] = [];
  for (const raw of new Set(paths)) {
    const n = normalizeRepoPath(raw);
    if (!n.ok) statuses.set(raw, { kind: 'outside_repo', reason: n.reason });
    else valid.push(n.path);
  }
  const headEntries = await entriesFor(root, head, [...new Set(valid)].sort());
  for (const raw of new Set(paths)) {
    if (statuses.has(raw)) continue;
    const n = normalizeRepoPath(raw);
    if (n.ok) statuses.set(raw, statusOf(n.path, headEntries));
  }
  const baseOids = new Map<string, string>();
  if (base) {
    const normalized = [...new Set(basePaths)].map(normalizeRepoPath).flatMap((n) => (n.ok ? [n.path] : []));
    for (const [p, e] of await entriesFor(root, base, normalized.sort())) if (e.type === 'blob') baseOids.set(p, e.oid);
  }
  return {
    status: (path) => statuses.get(path) ?? { kind: 'missing' },
    baseOid: (path) => {
      const n = normalizeRepoPath(path);
      return n.ok ? (baseOids.get(n.path) ?? null) : null;
    },
  };
}
