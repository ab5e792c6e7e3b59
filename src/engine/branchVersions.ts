// The versions of rollout manifests on a branch's first-parent history, across renames: each with its path
// at that commit, its author and its content loaded, for timelines (`rollout-gate history`, and the charts
// a report carries for the rollouts a change touches).
import type { BlobReader } from '../git/blobs.js';
import { fileHistoriesAcrossRenames, type Depth, type FileVersion } from '../git/history.js';
import { firstParent } from '../git/revs.js';
import { diffTrees } from '../git/tree.js';
import type { ManifestVersion } from '../core/history/timeline.js';
import { MAX_SOURCE_BYTES } from '../core/parse/yamlSource.js';
import { manifestLoader, type LoadItem, type ManifestLoader } from './manifestLoader.js';

/** Versions loaded per group: small enough that the first are judged while the rest still load. */
const GROUP_VERSIONS = 400;
/** Renames followed back per manifest, as the history walk does. */
const MAX_RENAMES = 4;

/**
 * The versions of manifests on the first-parent history of `tip`, oldest first, across renames, each with
 * its path then, its author and its content loaded (verdicts not replayed), in one history walk and one
 * cat-file request for every blob and commit. `'shallow'` for a history that reaches a shallow clone's edge.
 */
export async function branchVersions(
  root: string,
  tip: string,
  paths: readonly string[],
  reader: BlobReader,
  options: {
    readonly shallowFile: string;
    readonly maxCount: number;
    /** How far back each path is read (default: every version, up to maxCount). */
    readonly depth?: Depth;
    /** Loads the versions; default: one made for their number, closed when done. */
    readonly loader?: ManifestLoader;
    /** Keep each version's plain data (custom checks read it). */
    readonly keepRaw?: boolean;
    /** Called with each manifest's versions as soon as they are loaded, before the others are. */
    readonly onPath?: (path: string, versions: readonly ManifestVersion[]) => void;
  },
): Promise<Map<string, readonly ManifestVersion[] | 'shallow'>> {
  const walked = await fileHistoriesAcrossRenames(root, tip, paths, {
    maxCount: options.maxCount,
    shallowFile: options.shallowFile,
    depth: options.depth,
    follow: () => true,
  });
  const perPath = new Map<string, FileVersion[]>();
  const out = new Map<string, readonly ManifestVersion[] | 'shallow'>();
  for (const path of paths) {
    const h = walked.get(path);
    if (h === 'shallow') out.set(path, 'shallow');
    else perPath.set(path, [...(h ?? [])].reverse());
  }
  const commits = [...new Set([...perPath.values()].flatMap((vs) => vs.map((v) => v.commit)))];
  // Each version looked up under its path at the tip, for all manifests in one request: that reads its
  // content too. Only versions from before a rename (under an older path) are read again by id.
  const probes = [...perPath].flatMap(([path, versions]) => versions.map((v) => `${v.commit}:${path}`));
  const [probed, commitObjects] = await Promise.all([probes.length > 0 ? reader.readMany(probes) : [], reader.readMany(commits)]);
  const content = new Map(probed.flatMap((b) => (b ? [[b.oid, b] as const] : [])));
  const unread = [...new Set([...perPath.values()].flatMap((vs) => vs.flatMap((v) => (v.oid && !content.has(v.oid) ? [v.oid] : []))))];
  for (const b of unread.length > 0 ? await reader.readMany(unread) : []) if (b) content.set(b.oid, b);
  const authors = new Map(commitObjects.flatMap((c) => (c?.content ? [[c.oid, authorOf(c.content)] as const] : [])));
  // Every readable version is loaded in one request to the loader, so a long history loads on every core.
  const named: { readonly path: string; readonly versions: readonly FileVersion[]; readonly names: readonly string[] }[] = [];
  let at = 0;
  for (const [path, versions] of perPath) {
    const present = probed.slice(at, (at += versions.length)).map((b) => b !== null);
    named.push({ path, versions, names: await namesOf(root, reader, path, versions, present) });
  }
  // Manifests are loaded in groups, each handed on (`onPath`) as soon as it is loaded, while the rest load.
  const total = named.reduce((n, p) => n + p.versions.length, 0);
  const loader = options.loader ?? manifestLoader(total);
  const groups: (typeof named)[] = [];
  let size = GROUP_VERSIONS;
  for (const p of named) {
    if (size >= GROUP_VERSIONS) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1]!.push(p);
    size += p.versions.length;
  }
  const loadGroup = async (group: typeof named) => {
    const items: LoadItem[] = [];
    for (const { versions, names } of group)
      versions.forEach((v, i) => {
        const blob = v.oid ? content.get(v.oid) : undefined;
        if (blob && !blob.tooLarge) items.push({ file: names[i]!, bytes: blob.content });
      });
    const loaded = await loader.load(items, { keepRaw: options.keepRaw ?? false });
    let next = 0;
    for (const { path, versions, names } of group) {
      const built = versions.map((v, i): ManifestVersion => {
        const name = names[i]!;
        const blob = v.oid ? content.get(v.oid) : undefined;
        let state: ManifestVersion['state'];
        if (v.oid === null) state = { kind: 'deleted' };
        else if (!blob) state = { kind: 'invalid', message: 'the file could not be read from git (missing or corrupt object)' };
        else if (blob.tooLarge) state = { kind: 'invalid', message: `the file is over the ${MAX_SOURCE_BYTES}-byte limit for rollout files` };
        else {
          const result = loaded[next++]!;
          state = result.ok
            ? { kind: 'manifest', manifest: result.value }
            : { kind: 'invalid', message: result.problems[0]?.message ?? 'the file does not load' };
        }
        const version: ManifestVersion = {
          commit: v.commit,
          time: v.time,
          author: authors.get(v.commit) ?? 'unknown',
          path: name,
          oid: v.oid,
          state,
          verdict: null,
        };
        return v.added ? { ...version, added: true } : version;
      });
      out.set(path, built);
      options.onPath?.(path, built);
    }
  };
  try {
    await Promise.all(groups.map(loadGroup));
  } finally {
    if (!options.loader) await loader.close();
  }
  // In the order of `paths`, whatever order the groups finished in.
  return new Map(paths.map((p) => [p, out.get(p)!]));
}

/** The author's name in a raw commit object. */
function authorOf(commit: Buffer): string {
  const text = commit.toString('utf8');
  const end = text.indexOf('\n\n');
  const line = (end === -1 ? text : text.slice(0, end)).split('\n').find((l) => l.startsWith('author '));
  const m = line ? /^author (.*?) <[^>]*> \d+ [+-]\d{4}$/.exec(line) : null;
  return m?.[1] ?? 'unknown';
}

/**
 * The path each version (oldest first) had: the walk follows renames without saying from where, so each
 * version is looked up under the current name, and where it is not there, the commit that renamed the file
 * (the oldest version under the newer name) says which name it had before.
 */
async function namesOf(root: string, reader: BlobReader, path: string, versions: readonly FileVersion[], present: readonly boolean[]): Promise<string[]> {
  const names: string[] = new Array<string>(versions.length).fill(path);
  let name = path;
  let i = versions.length - 1;
  for (let round = 0; round <= MAX_RENAMES && i >= 0; round++) {
    const found = round === 0 ? present : (await reader.readMany(versions.slice(0, i + 1).map((v) => `${v.commit}:${name}`))).map((b) => b !== null);
    // Newest first from index i: a version is under `name` while the path exists there (or it deleted it).
    let j = i;
    while (j >= 0 && (found[j] === true || versions[j]!.oid === null)) names[j--] = name;
    if (j < 0) break;
    const renaming = versions[j + 1];
    const parent = renaming ? await firstParent(root, renaming.commit) : null;
    const from =
      renaming && parent
        ? (await diffTrees(root, parent, renaming.commit, { renamesOnly: true })).find((c) => c.status === 'renamed' && c.path === name)
        : undefined;
    if (!from || from.status !== 'renamed') {
      for (let k = j; k >= 0; k--) names[k] = name;
      break;
    }
    name = from.from;
    i = j;
  }
  return names;
}
