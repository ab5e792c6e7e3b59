// What merging a change into its base gives, as a tree written to the object database by
// `git merge-tree --write-tree` (git 2.38 or later): no work tree, no index, no merge commit.
import { gitResult } from './exec.js';
import { OID } from './oid.js';

export type MergeTreeAnswer =
  /** The merge is clean; `tree` is the merged tree's id. */
  | { readonly kind: 'clean'; readonly tree: string }
  /** The merge conflicts in these paths (GitHub will not merge the change until they are resolved). */
  | { readonly kind: 'conflicts'; readonly paths: readonly string[] }
  /** This git cannot write a merge tree (older than 2.38); `detail` is what it said. */
  | { readonly kind: 'unsupported'; readonly detail: string };

/** Exit code git gives for an unknown option (`--write-tree` before 2.38). */
const USAGE_EXIT = 129;

/** The tree of merging `head` into `base` (both resolved commit ids); the merge base must be present. */
export async function mergeTree(cwd: string, base: string, head: string): Promise<MergeTreeAnswer> {
  // Histories that share nothing are merged as they are (the engine has already warned that they share no base).
  const args = ['merge-tree', '--write-tree', '--allow-unrelated-histories', '--name-only', '--no-messages', '-z', '--end-of-options', base, head];
  // Exit 1: conflicts (the tree is still written, with conflict markers, and is not used).
  const result = await gitResult(cwd, args, { allowExitCodes: [1, USAGE_EXIT] });
  if (result.exitCode === USAGE_EXIT) return { kind: 'unsupported', detail: firstLine(result.stderr) };
  // -z output: the tree id, then (on conflicts) the conflicted paths, each NUL-terminated.
  const [tree = '', ...rest] = result.stdout.toString('utf8').split('\0');
  if (!OID.test(tree)) return { kind: 'unsupported', detail: `unexpected merge-tree output ${JSON.stringify(tree.slice(0, 80))}` };
  if (result.exitCode === 0) return { kind: 'clean', tree };
  return { kind: 'conflicts', paths: [...new Set(rest.filter((p) => p !== ''))].sort() };
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? '').trim();
}
