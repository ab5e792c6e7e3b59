// Exposure sources in the engine: the reverse index from source files to the manifests that bind them (so a
// pull request that touches only a flag file or a Rollout judges its manifest), reading each bound source
// at both commits, and since when what a source serves has held on the base branch (for dwell).
import type { BlobReader, BlobRead } from '../git/blobs.js';
import { fileHistoriesAcrossRenames } from '../git/history.js';
import { listTree, type FileChange, type TreeEntry } from '../git/tree.js';
import type { Manifest } from '../core/model/manifest.js';
import { problem } from '../core/model/location.js';
import { MAX_SOURCE_BYTES } from '../core/parse/yamlSource.js';
import { bindingKey, type SourceBinding } from '../core/sources/binding.js';
import { readSource } from '../core/sources/readers.js';
import { failed, type SourceRead } from '../core/sources/source.js';
import { servedOf, type BoundSource, type SourceSide } from '../core/sources/sourceDiff.js';
import type { DwellInfo } from '../core/rules/rule.js';
import { namesOneOf, type Candidate } from './dependents.js';
import { normalizeRepoPath } from './evidence.js';
import { SYMLINK_MODE } from './refs.js';

/**
 * The untouched manifests (candidates found by manifestsMentioning in the manifests' own text) that bind one
 * of the touched `paths` under `exposure_sources`; one that cannot be read is kept, to be judged (it will say
 * why). A manifest that names the path as evidence is for the evidence rules. The cost follows the size of
 * the change, not the number of manifests.
 */
export function bindingAmong(candidates: readonly Candidate[], paths: readonly string[]): TreeEntry[] {
  if (paths.length === 0) return [];
  const changed = new Set(paths);
  return candidates.flatMap(({ entry, loaded }) => (!loaded.ok || loaded.value.exposureSources.some((b) => namesOneOf(b.path, changed)) ? [entry] : []));
}

/** The paths a change touches that are not gated files themselves: added, modified, deleted, and both names of a rename or copy. */
export function touchedPaths(diff: readonly FileChange[], gated: (path: string) => boolean): string[] {
  return [...new Set(diff.flatMap((c) => [c.path, ...(c.status === 'renamed' || c.status === 'copied' ? [c.from] : [])]))].filter((p) => !gated(p)).sort();
}

/** One manifest's two versions, as the engine loaded them. */
export interface SourcePair {
  readonly file: string;
  readonly base: Manifest | null;
  readonly head: Manifest | null;
}

interface Wanted {
  readonly binding: SourceBinding;
  readonly boundAtHead: boolean;
  readonly boundAtBase: boolean;
  readonly basePath: string;
  readonly headPath: string;
  /** The file a binding the change points elsewhere used to name: judged only while it still exists at head. */
  readonly leftBehind?: true;
}

/** The bindings of a manifest across the change: the head's, and the base's the head no longer has. */
function wantedOf(p: SourcePair): Wanted[] {
  if (!p.head) return [];
  const baseBindings = p.base?.exposureSources ?? [];
  const out: Wanted[] = [];
  const matched = new Set<SourceBinding>();
  for (const h of p.head.exposureSources) {
    const b = baseBindings.find((x) => !matched.has(x) && bindingKey(x) === bindingKey(h));
    if (b) matched.add(b);
    out.push({ binding: h, boundAtHead: true, boundAtBase: b !== undefined, basePath: b?.path ?? h.path, headPath: h.path });
    // A binding pointed at another file: the old one may still be what the deploy tooling reads (a decoy
    // bound in its place would hide a raise), so while it exists at head it is judged as unbound.
    if (b && b.path !== h.path) out.push({ binding: b, boundAtHead: false, boundAtBase: true, basePath: b.path, headPath: b.path, leftBehind: true });
  }
  // A source the head unbinds is still read at head: unbinding it must not hide what it now serves.
  for (const b of baseBindings) if (!matched.has(b)) out.push({ binding: b, boundAtHead: false, boundAtBase: true, basePath: b.path, headPath: b.path });
  return out;
}

/** Files at one commit by path: the tree entries of the regular files and links asked for. */
async function entriesAt(root: string, commit: string, paths: readonly string[]): Promise<Map<string, TreeEntry>> {
  const out = new Map<string, TreeEntry>();
  const wanted = new Set(paths);
  for (let i = 0; i < paths.length; i += 400)
    for (const e of await listTree(root, commit, paths.slice(i, i + 400), { sizes: false })) if (wanted.has(e.path) && e.type === 'blob') out.set(e.path, e);
  return out;
}

/**
 * Every binding of these manifests, read at head and at the base. Each file is listed and read once
 * however many manifests bind it; each binding is parsed from it on its own.
 */
export async function readBoundSources(
  pairs: readonly SourcePair[],
  ctx: { readonly root: string; readonly head: string; readonly base: string | null; readonly reader: BlobReader; readonly now: Date },
): Promise<Map<string, BoundSource[]>> {
  const wanted = new Map(pairs.map((p) => [p.file, wantedOf(p)] as const));
  const all = [...wanted.values()].flat();
  const out = new Map<string, BoundSource[]>();
  if (all.length === 0) return out;
  const normal = (path: string) => normalizeRepoPath(path);
  const valid = (paths: string[]) => [
    ...new Set(
      paths.flatMap((p) => {
        const n = normal(p);
        return n.ok ? [n.path] : [];
      }),
    ),
  ];
  const [headEntries, baseEntries] = await Promise.all([
    entriesAt(ctx.root, ctx.head, valid(all.map((w) => w.headPath))),
    ctx.base ? entriesAt(ctx.root, ctx.base, valid(all.map((w) => w.basePath))) : Promise.resolve(new Map<string, TreeEntry>()),
  ]);
  const oids = [...new Set([...headEntries.values(), ...baseEntries.values()].filter((e) => e.mode !== SYMLINK_MODE).map((e) => e.oid))];
  const blobs = new Map<string, BlobRead>();
  for (const b of await ctx.reader.readMany(oids)) if (b) blobs.set(b.oid, b);

  const side = (path: string, entries: Map<string, TreeEntry>, binding: SourceBinding): SourceSide => {
    const n = normal(path);
    if (!n.ok)
      return {
        state: 'present',
        path,
        read: failed(problem(binding.at, `exposure source path "${path}" ${n.reason}`, 'give the path of the file from the repository root')),
      };
    const e = entries.get(n.path);
    if (!e) return { state: 'absent', path: n.path };
    return { state: 'present', path: n.path, read: readEntry(e, blobs, binding, ctx.now) };
  };
  for (const [file, list] of wanted) {
    out.set(
      file,
      list.flatMap((w): BoundSource[] => {
        const head = side(w.headPath, headEntries, w.binding);
        // Gone at head: the binding followed its file to the new path, a rename.
        if (w.leftBehind && head.state === 'absent') return [];
        return [
          {
            binding: w.binding,
            boundAtHead: w.boundAtHead,
            boundAtBase: w.boundAtBase,
            head,
            base: ctx.base ? side(w.basePath, baseEntries, w.binding) : null,
          },
        ];
      }),
    );
  }
  return out;
}

/** What a bound file serves as its tree entry holds it: a link, a missing object or an oversized file is refused, located. */
export function readEntry(e: TreeEntry, blobs: ReadonlyMap<string, BlobRead>, binding: SourceBinding, now: Date): SourceRead {
  const at = { file: e.path, line: 1, column: 1 };
  if (e.mode === SYMLINK_MODE) return failed(problem(at, 'exposure source is a symbolic link', 'bind the file itself: the gate reads files, never links'));
  const blob = blobs.get(e.oid);
  if (!blob) return failed(problem(at, 'exposure source could not be read from git (missing or corrupt object)', 'check the repository with `git fsck`'));
  if (blob.tooLarge) return failed(problem(at, `exposure source is over the ${MAX_SOURCE_BYTES}-byte limit`, 'split the file; it was not parsed'));
  return readSource(e.path, blob.content, binding, { now });
}

/** Whether what any of these sources serves differs between the two commits (then dwell is judged). */
export function sourcesMoved(sources: readonly BoundSource[]): boolean {
  return sources.some((s) => {
    const a = servedOf(s.base);
    const b = servedOf(s.head);
    return a === null || b === null || a.low !== b.low || a.high !== b.high;
  });
}

/**
 * Since when both the manifest's live stage (as `manifestDwell` says) and what each moved source serves
 * have held on the base branch: the later of the two holds, unknown when either is. A source new at the
 * base has no hold of its own to add.
 */
export async function dwellWithSources(
  manifestDwell: DwellInfo,
  sources: readonly BoundSource[],
  ctx: { readonly root: string; readonly base: string; readonly reader: BlobReader; readonly shallowFile: string; readonly now: Date },
): Promise<DwellInfo> {
  if (manifestDwell.kind === 'unknown') return manifestDwell;
  let since = manifestDwell.since;
  const moved = sources.filter((s) => servedOf(s.base) !== null && s.base?.state === 'present');
  if (moved.length === 0) return manifestDwell;
  const paths = [...new Set(moved.map((s) => s.base!.path))];
  const histories = await fileHistoriesAcrossRenames(ctx.root, ctx.base, paths, { maxCount: 200, shallowFile: ctx.shallowFile, follow: () => true });
  const oids = [...histories.values()].flatMap((v) => (v === 'shallow' ? [] : v.flatMap((x) => (x.oid ? [x.oid] : []))));
  const blobs = new Map<string, BlobRead>();
  for (const b of await ctx.reader.readMany([...new Set(oids)])) if (b) blobs.set(b.oid, b);
  for (const s of moved) {
    const versions = histories.get(s.base!.path);
    if (!versions) return { kind: 'unknown', because: 'no_history' };
    if (versions === 'shallow') return { kind: 'unknown', because: 'shallow' };
    const want = servedOf(s.base)!;
    let held: Date | null = null;
    // Newest first: the hold is the oldest version of the unbroken run that serves what the base serves.
    for (const v of versions) {
      const blob = v.oid ? blobs.get(v.oid) : undefined;
      if (!blob || blob.tooLarge) break;
      // Every version is judged from the same moment as the base, so a ramp in the file is no change.
      const read = readSource(s.base!.path, blob.content, s.binding, { now: ctx.now });
      if (!read.ok || read.served.low !== want.low || read.served.high !== want.high) break;
      held = new Date(v.time * 1000);
    }
    if (!held) return { kind: 'unknown', because: 'no_history' };
    if (held > since) since = held;
  }
  return { kind: 'held_since', since };
}
