// Which manifests a run judges, and what each one was at the base: from the tree diff, with identity by
// workflow where git's rename detection does not see one (a file deleted and written again under another
// name, or reformatted beyond recognition, is the same rollout when it names the same workflow).
import type { FileChange, TreeEntry } from '../git/tree.js';
import type { ManifestStatus } from '../core/report/model.js';

export interface FileRef {
  readonly path: string;
  readonly oid: string | null;
  readonly mode: string | null;
}

export type ManifestTarget =
  | { readonly status: 'added'; readonly head: FileRef; readonly base: null }
  /** `movedTo`: the path a rename took the file to, outside the manifest globs; null when deleted. */
  | { readonly status: 'removed'; readonly head: null; readonly base: FileRef; readonly movedTo: string | null }
  | { readonly status: Exclude<ManifestStatus, 'added' | 'removed'>; readonly head: FileRef; readonly base: FileRef };

/** Workflows are named by people: the same name with other spacing around it or other capitals is the same workflow. */
export const workflowKey = (workflow: string): string => workflow.trim().toLowerCase();

const refOf = (e: TreeEntry): FileRef => ({ path: e.path, oid: e.oid, mode: e.mode });

/**
 * The manifests a change touches, by path at head (at the base for removed ones). `listed`, when given,
 * are manifests judged as they stand (a full check): unchanged ones compare with themselves, or count as
 * added without a base.
 */
export function targetsFromDiff(
  diff: readonly FileChange[],
  isManifest: (path: string) => boolean,
  listed: readonly TreeEntry[],
  hasBase: boolean,
): Map<string, ManifestTarget> {
  const targets = new Map<string, ManifestTarget>();
  for (const e of listed) {
    if (!isManifest(e.path)) continue;
    const ref = refOf(e);
    targets.set(e.path, hasBase ? { status: 'unchanged', head: ref, base: ref } : { status: 'added', head: ref, base: null });
  }
  for (const c of diff) {
    const headRef: FileRef = { path: c.path, oid: c.newOid, mode: c.newMode };
    if (c.status === 'renamed' || c.status === 'copied') {
      const baseRef: FileRef = { path: c.from, oid: c.oldOid, mode: c.oldMode };
      const fromManifest = c.status === 'renamed' && isManifest(c.from);
      // Renamed into the globs from elsewhere, or copied: new to the gate.
      if (isManifest(c.path))
        targets.set(c.path, fromManifest ? { status: 'renamed', head: headRef, base: baseRef } : { status: 'added', head: headRef, base: null });
      else if (fromManifest) targets.set(c.from, { status: 'removed', head: null, base: baseRef, movedTo: c.path });
    } else if (isManifest(c.path)) {
      const baseRef: FileRef = { path: c.path, oid: c.oldOid, mode: c.oldMode };
      if (c.status === 'added') targets.set(c.path, { status: 'added', head: headRef, base: null });
      else if (c.status === 'deleted') targets.set(c.path, { status: 'removed', head: null, base: baseRef, movedTo: null });
      else targets.set(c.path, { status: 'modified', head: headRef, base: baseRef });
    }
  }
  return targets;
}

const byPath = <T>(entries: Iterable<[string, T]>): [string, T][] => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Pairs each manifest the change adds with a manifest it removes that names the same workflow: that is a
 * rename with edits, judged (diffed, paced) against the removed version. `workflowOf` gives the workflow a
 * version names, or null when it does not load. Pairs form in path order when several could.
 */
export function pairByWorkflow(targets: ReadonlyMap<string, ManifestTarget>, workflowOf: (ref: FileRef) => string | null): Map<string, ManifestTarget> {
  const removed = new Map<string, string[]>();
  for (const [key, t] of byPath(targets)) {
    if (t.status !== 'removed') continue;
    const w = workflowOf(t.base);
    if (w === null) continue;
    const list = removed.get(workflowKey(w)) ?? [];
    list.push(key);
    removed.set(workflowKey(w), list);
  }
  const out = new Map(targets);
  if (removed.size === 0) return out;
  for (const [key, t] of byPath(targets)) {
    if (t.status !== 'added') continue;
    const w = workflowOf(t.head);
    const partner = w === null ? undefined : removed.get(workflowKey(w))?.shift();
    if (partner === undefined) continue;
    const gone = out.get(partner) as Extract<ManifestTarget, { status: 'removed' }>;
    out.delete(partner);
    out.set(key, { status: 'renamed', head: t.head, base: gone.base });
  }
  return out;
}

/** Heads that may pair with a removed manifest, and removed manifests that may pair: both kinds must be present. */
export function pairingCandidates(targets: ReadonlyMap<string, ManifestTarget>): FileRef[] {
  const added = [...targets.values()].filter((t) => t.status === 'added');
  const removed = [...targets.values()].filter((t) => t.status === 'removed');
  if (added.length === 0 || removed.length === 0) return [];
  return [...added.map((t) => t.head), ...removed.map((t) => t.base)];
}
