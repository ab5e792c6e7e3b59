// Evidence is gated from both sides: a change that breaks an artifact a manifest relies on (deletes it,
// empties it, turns it into a link) re-judges that manifest, even when the change does not touch it.
// Found by searching the manifests' text for the artifact's path (one `git grep`), not by listing or
// parsing every manifest, so a pull request costs the same in a repository of 200 manifests or 20,000.
import { grepFiles } from '../git/grep.js';
import { listTree, type FileChange, type TreeEntry } from '../git/tree.js';
import type { BlankBlobs, TreeLookup } from './evidence.js';

const REGULAR_FILE_MODES: ReadonlySet<string> = new Set(['100644', '100755']);

/**
 * The files this change takes away as evidence: deleted, renamed away, turned into something other than a
 * regular file, or left with nothing but whitespace. A file edited into other content still counts as
 * evidence; what it says is for its reviewers. `gated`: manifests and policy files, judged on their own.
 */
export async function brokenArtifacts(
  diff: readonly FileChange[],
  gated: (path: string) => boolean,
  headTree: TreeLookup,
  blank: BlankBlobs,
): Promise<string[]> {
  const broken = new Set<string>();
  const edited: string[] = [];
  for (const c of diff) {
    if (c.status === 'renamed') {
      if (!gated(c.from)) broken.add(c.from);
    } else if (gated(c.path)) {
      continue;
    } else if (c.status === 'deleted' || c.status === 'type_changed') {
      broken.add(c.path);
    } else if (c.status === 'modified') {
      if (c.newMode === null || !REGULAR_FILE_MODES.has(c.newMode)) broken.add(c.path);
      else edited.push(c.path);
    }
  }
  if (edited.length > 0) {
    const { entries } = await headTree.entries(edited);
    const emptied = await blank.blankAmong(entries.values());
    for (const path of edited) {
      const e = entries.get(path);
      if (!e || e.size === 0 || emptied.has(e.oid)) broken.add(path);
    }
  }
  return [...broken].sort();
}

/**
 * The manifests at `commit` whose text names one of `paths`, other than those in `known`, with their tree
 * entries at `head` (where they are judged). `prefixes`: the directories the manifest globs can match under.
 */
export async function manifestsNaming(
  root: string,
  commit: string,
  head: string,
  paths: readonly string[],
  prefixes: readonly string[],
  isManifest: (path: string) => boolean,
  known: ReadonlySet<string>,
): Promise<TreeEntry[]> {
  if (paths.length === 0) return [];
  const hits = [...(await grepFiles(root, commit, paths, prefixes))].filter((p) => isManifest(p) && !known.has(p)).sort();
  if (hits.length === 0) return [];
  // Not touched by the change (else it would be known), so the head has the same file; list it for its id.
  const entries: TreeEntry[] = [];
  for (let i = 0; i < hits.length; i += 400) entries.push(...(await listTree(root, head, hits.slice(i, i + 400), { sizes: false })));
  return entries.filter((e) => e.type === 'blob' && isManifest(e.path));
}
