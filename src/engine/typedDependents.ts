// A change that edits a typed evidence file, or a source its freshness depends on (a prompt under
// `sources`), re-judges the manifests that name it, even when it does not touch them: editing results by
// hand, or prompts without running the eval again, must not slip past as "the manifest did not change".
// Found with one search of the manifests' text for the edited paths and the directories holding them (named
// as a whole, not as part of a longer path); only the few manifests found are parsed, and only those that name an edited path as typed evidence, or a source
// covering one while having typed evidence, are kept.
import { loadManifest } from '../core/load/documents.js';
import { EVIDENCE_KINDS } from '../core/model/vocabulary.js';
import type { BlobReader } from '../git/blobs.js';
import type { FileChange, TreeEntry } from '../git/tree.js';
import { manifestsNaming } from './dependents.js';
import { normalizeRepoPath } from './evidence.js';
import { loadRefs } from './refs.js';

/** Regular files the change adds or edits, other than manifests and policies (`gated`). */
export function editedFiles(diff: readonly FileChange[], gated: (path: string) => boolean): string[] {
  return diff
    .filter((c) => (c.status === 'added' || c.status === 'modified' || c.status === 'renamed' || c.status === 'copied') && !gated(c.path))
    .map((c) => c.path)
    .sort();
}

export async function typedDependents(
  ctx: {
    readonly root: string;
    readonly base: string;
    readonly head: string;
    readonly reader: BlobReader;
    readonly prefixes: readonly string[];
    readonly isManifest: (path: string) => boolean;
  },
  edited: readonly string[],
  known: ReadonlySet<string>,
): Promise<TreeEntry[]> {
  if (edited.length === 0) return [];
  const dirs = new Set<string>();
  for (const p of edited) for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) dirs.add(p.slice(0, i));
  const found = await manifestsNaming(ctx.root, ctx.base, ctx.head, { files: edited, dirs: [...dirs].sort() }, ctx.prefixes, ctx.isManifest, known);
  if (found.length === 0) return [];
  const editedSet = new Set(edited);
  const refs = found.map((e) => ({ path: e.path, oid: e.oid, mode: e.mode }));
  const loaded = await loadRefs(ctx.reader, refs, (file, bytes) => loadManifest(file, bytes, { keepRaw: false }));
  return found.filter((_, i) => {
    const l = loaded.get(refs[i]!);
    if (!l?.ok) return false;
    const typed = EVIDENCE_KINDS.flatMap((kind) => {
      const ref = l.value.evidence[kind];
      const n = ref?.spec ? normalizeRepoPath(ref.path) : null;
      return n?.ok ? [n.path] : [];
    });
    if (typed.length === 0) return false;
    const covers = (source: string) => {
      const n = normalizeRepoPath(source);
      return n.ok && edited.some((p) => p === n.path || p.startsWith(`${n.path}/`));
    };
    return typed.some((p) => editedSet.has(p)) || l.value.sources.some((s) => covers(s.path));
  });
}
