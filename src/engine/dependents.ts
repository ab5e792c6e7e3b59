// Evidence is gated from both sides: a change that breaks an artifact a manifest relies on (deletes it,
// empties it, turns it into a link) re-judges that manifest, even when the change does not touch it.
// Found by searching the manifests' text (one `git grep` per run, for every path the change touches and the
// directories holding them), not by listing or parsing every manifest; only the few found are parsed.
import { ereLiteral, grepPatterns } from '../git/grep.js';
import { listTree, type FileChange, type TreeEntry } from '../git/tree.js';
import type { BlobReader } from '../git/blobs.js';
import { loadManifest, type Loaded } from '../core/load/documents.js';
import { evidenceRefsOf, type Manifest } from '../core/model/manifest.js';
import { normalizeRepoPath, type BlankBlobs, type TreeLookup } from './evidence.js';
import { loadRefs } from './refs.js';

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

/** What a manifest's text is searched for: files it may name, and directories it may name as a whole. */
export interface Named {
  readonly files: readonly string[];
  readonly dirs?: readonly string[];
}

/** Between two segments of a path: what normalizeRepoPath reads as one `/` (`//`, `/./`). */
const SEPARATOR = '/+(\\./+)*';
/**
 * After it: any trailing `/` or `/.`, then the name ends; not at a `:`, which would make it a key (every
 * manifest has an `evidence:` key) or part of a longer scalar, never the directory itself.
 */
const DIR_AFTER = '[/.]*([^A-Za-z0-9_./:-]|$)';
/** A backslash: a double-quoted YAML string can spell any character of a path as an escape. */
const ESCAPE = '\\\\';

/** Every spelling of a repository path that loads as that path, as a pattern that finds it in a line. */
export function pathPattern(path: string): string {
  return path
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map(ereLiteral)
    .join(SEPARATOR);
}

/**
 * A directory named by itself (a source covering everything under it), in any spelling that loads as it.
 * What comes before the name is not checked (a longer name ending in it matches too, and is dropped when
 * confirmed): a pattern that starts with the name's first character lets the matcher skip to where that
 * character is, and a check before it made the search of 20,000 manifests 1.9 times as slow.
 */
export function dirPattern(dir: string): string {
  return `${pathPattern(dir)}${DIR_AFTER}`;
}

/**
 * The manifests at `commit` whose text may name one of the files or directories, other than those in
 * `known`, with their tree entries at `head` (where they are judged). `prefixes`: the directories the
 * manifest globs can match under. A text search finds more than it should (a path in a comment, a longer
 * name, any manifest with an escape in it); callers confirm by reading what the manifest declares.
 */
async function manifestsNaming(
  root: string,
  commit: string,
  head: string,
  named: Named,
  prefixes: readonly string[],
  isManifest: (path: string) => boolean,
  known: ReadonlySet<string>,
): Promise<TreeEntry[]> {
  const dirs = named.dirs ?? [];
  if (named.files.length === 0 && dirs.length === 0) return [];
  const patterns = [...named.files.map(pathPattern), ...dirs.map(dirPattern), ESCAPE];
  const hits = [...(await grepPatterns(root, commit, patterns, prefixes))].filter((p) => isManifest(p) && !known.has(p)).sort();
  if (hits.length === 0) return [];
  // Not touched by the change (else it would be known), so the head has the same file; list it for its id.
  const entries: TreeEntry[] = [];
  for (let i = 0; i < hits.length; i += 400) entries.push(...(await listTree(root, head, hits.slice(i, i + 400), { sizes: false })));
  return entries.filter((e) => e.type === 'blob' && isManifest(e.path));
}

/** An untouched manifest whose text may name a file the change touches, with what it loads as. */
export interface Candidate {
  readonly entry: TreeEntry;
  readonly loaded: Loaded<Manifest>;
}

/**
 * The manifests at `commit` (other than `known`) whose text may name one of `paths` or a directory holding
 * one, each loaded from its entry at `head`: one search for everything a change can make an untouched
 * manifest rely on (evidence it breaks, typed evidence or prompts it edits, exposure sources it changes),
 * so the manifests' text is read once per run, however many kinds of reliance there are.
 */
export async function manifestsMentioning(
  ctx: {
    readonly root: string;
    readonly commit: string;
    readonly head: string;
    readonly reader: BlobReader;
    readonly prefixes: readonly string[];
    readonly isManifest: (path: string) => boolean;
  },
  paths: readonly string[],
  known: ReadonlySet<string>,
): Promise<Candidate[]> {
  const dirs = new Set<string>();
  for (const p of paths) for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) dirs.add(p.slice(0, i));
  const found = await manifestsNaming(ctx.root, ctx.commit, ctx.head, { files: paths, dirs: [...dirs].sort() }, ctx.prefixes, ctx.isManifest, known);
  if (found.length === 0) return [];
  const refs = found.map((e) => ({ path: e.path, oid: e.oid, mode: e.mode }));
  const loaded = await loadRefs(ctx.reader, refs, (file, bytes) => loadManifest(file, bytes, { keepRaw: false }));
  return found.map((entry, i) => ({ entry, loaded: loaded.get(refs[i]!)! }));
}

/** Whether `path` is one of `paths`, spelled in any way that loads as it. */
export function namesOneOf(path: string, paths: ReadonlySet<string>): boolean {
  const n = normalizeRepoPath(path);
  return n.ok && paths.has(n.path);
}

/** Whether a directory (or file) path covers one of `paths`: it is one of them or holds one. */
export function coversOneOf(path: string, paths: readonly string[]): boolean {
  const n = normalizeRepoPath(path);
  return n.ok && paths.some((p) => p === n.path || p.startsWith(`${n.path}/`));
}

/**
 * The candidates that declare one of `broken` as evidence, as an exposure source or under a prompt source;
 * one that does not load is kept too, to be judged (and say why it cannot be read).
 */
export function relyingOn(candidates: readonly Candidate[], broken: readonly string[]): TreeEntry[] {
  if (broken.length === 0) return [];
  const wanted = new Set(broken);
  return candidates.flatMap(({ entry, loaded }) => {
    if (!loaded.ok) return [entry];
    const m = loaded.value;
    // A prompt source covers what lies under it: removing one changes what the typed evidence vouches for.
    const relies =
      evidenceRefsOf(m).some((r) => namesOneOf(r.path, wanted)) ||
      m.exposureSources.some((b) => namesOneOf(b.path, wanted)) ||
      m.sources.some((src) => coversOneOf(src.path, broken));
    return relies ? [entry] : [];
  });
}
