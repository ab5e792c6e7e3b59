// What the exposure sources a rollout binds served along its first-parent history, for `rollout-gate
// history`: at every commit that changed the manifest or a file its version live then binds, each bound
// source read as the pull-request check reads it. One `git log` for every bound file and manifest path
// (it gives the commits of both in one first-parent order), one tree listing where that walk ends, and one
// cat-file request for every version of the files.
import type { BlobRead, BlobReader } from '../git/blobs.js';
import { firstParentChanges, type LoggedCommit, type PathState } from '../git/changeLog.js';
import { GitError } from '../git/exec.js';
import { listTree } from '../git/tree.js';
import { servedReading, sourceKey, type SourceReading, type SourceSample } from '../core/history/served.js';
import type { ManifestVersion } from '../core/history/timeline.js';
import type { SourceBinding } from '../core/sources/binding.js';
import { sourceRef, type SourceSide } from '../core/sources/sourceDiff.js';
import { normalizeRepoPath } from './evidence.js';
import { SYMLINK_MODE } from './refs.js';
import { readEntry } from './sources.js';

/** A file's mode and blob after a commit; null where there is no file (a submodule is no file either). */
type FileState = PathState | null;

const fileState = (s: PathState | null): FileState => (s && s.mode !== '160000' && s.mode !== '040000' ? s : null);

/** A reading to make once the blobs are read: the file as the commit left it and as it was before. */
interface Read {
  readonly binding: SourceBinding;
  readonly path: string;
  readonly head: FileState;
  readonly before: FileState;
  readonly time: number;
}

/** One binding at one sample: read there, or the reading of the sample before carried over (the same slot). */
interface Slot {
  readonly read: Read | null;
  reading: SourceReading | null;
}

interface Draft {
  readonly commit: string;
  readonly time: number;
  readonly author: string;
  readonly slots: readonly Slot[];
}

interface Plan {
  readonly path: string;
  readonly versions: readonly ManifestVersion[];
  /** The bindings each version leaves in force (an invalid version keeps the last valid one's). */
  readonly bound: readonly (readonly SourceBinding[])[];
  readonly first: number;
  /** The version live at this point of the walk; -1 before its first binding version. */
  live: number;
  /** Versions met on the walk so far. */
  met: number;
  slots: Map<string, Slot>;
  readonly drafts: Draft[];
}

/** The bindings that carry exposure; an AnalysisTemplate only guards a rollout and serves no share. */
function boundAfter(versions: readonly ManifestVersion[]): SourceBinding[][] {
  let prior: SourceBinding[] = [];
  return versions.map((v) => {
    if (v.state.kind === 'manifest') prior = v.state.manifest.exposureSources.filter((b) => b.kind !== 'argo_analysis_template');
    else if (v.state.kind === 'deleted') prior = [];
    return prior;
  });
}

/** The file a binding names, from the repository root; null when the path is refused (it is then read as such). */
function pathOf(b: SourceBinding): string | null {
  const n = normalizeRepoPath(b.path);
  return n.ok ? n.path : null;
}

const keyOf = (b: SourceBinding): string => sourceKey(sourceRef(b, pathOf(b) ?? b.path));

/**
 * Per manifest path, oldest first, a sample at each commit from its first version that binds a source on:
 * every later version, and every commit that changed a file the version live then binds. A source keeps
 * its reading across commits that leave its file alone.
 */
export async function sourceSamples(
  root: string,
  tip: string,
  perPath: ReadonlyMap<string, readonly ManifestVersion[]>,
  reader: BlobReader,
): Promise<Map<string, SourceSample[]>> {
  const plans: Plan[] = [];
  for (const [path, versions] of perPath) {
    const bound = boundAfter(versions);
    const first = bound.findIndex((b) => b.length > 0);
    if (first >= 0) plans.push({ path, versions, bound, first, live: -1, met: 0, slots: new Map(), drafts: [] });
  }
  const out = new Map<string, SourceSample[]>();
  if (plans.length === 0) return out;

  const files = new Set<string>();
  const manifests = new Set<string>();
  const starts = new Set<string>();
  for (const p of plans) {
    starts.add(p.versions[p.first]!.commit);
    for (let i = p.first; i < p.versions.length; i++) {
      manifests.add(p.versions[i]!.path);
      for (const b of p.bound[i]!) {
        const f = pathOf(b);
        if (f !== null) files.add(f);
      }
    }
  }
  // Back to the oldest commit where a manifest starts binding: nothing older is read.
  const met = new Set<string>();
  const logged = await firstParentChanges(root, tip, [...new Set([...files, ...manifests])].sort(), (c) => {
    if (starts.has(c.commit)) met.add(c.commit);
    return met.size === starts.size;
  });
  // Every manifest's first binding version is on the walk, else the versions are not this chain's.
  if (met.size < starts.size) throw misaligned(root, tip);
  const ordered: LoggedCommit[] = logged.reverse();
  const oldest = ordered[0]!;

  // The files as the oldest commit walked left them; each later commit's changes move them on.
  const state = new Map<string, FileState>();
  const sorted = [...files].sort();
  for (let i = 0; i < sorted.length; i += 400)
    for (const e of await listTree(root, oldest.commit, sorted.slice(i, i + 400), { sizes: false }))
      if (files.has(e.path) && e.type === 'blob') state.set(e.path, { mode: e.mode, oid: e.oid });

  const byVersion = new Map<string, (readonly [Plan, number])[]>();
  for (const p of plans)
    for (let i = p.first; i < p.versions.length; i++) {
      const commit = p.versions[i]!.commit;
      byVersion.set(commit, [...(byVersion.get(commit) ?? []), [p, i] as const]);
    }
  // Which plans read each file, by the versions live now.
  const watching = new Map<string, Set<Plan>>();
  const watch = (p: Plan, on: boolean) => {
    for (const b of p.bound[p.live] ?? []) {
      const f = pathOf(b);
      if (f === null) continue;
      const set = watching.get(f) ?? new Set<Plan>();
      if (on) set.add(p);
      else set.delete(p);
      watching.set(f, set);
    }
  };

  ordered.forEach((c, index) => {
    const before = new Map<string, FileState>();
    for (const ch of c.changes) {
      before.set(ch.path, fileState(ch.before));
      if (index > 0) state.set(ch.path, fileState(ch.after));
    }
    const changed = new Set(c.changes.map((ch) => ch.path));
    const due = new Set<Plan>();
    for (const [p, i] of byVersion.get(c.commit) ?? []) {
      watch(p, false);
      p.live = i;
      p.met++;
      watch(p, true);
      due.add(p);
    }
    for (const f of changed) for (const p of watching.get(f) ?? []) due.add(p);
    for (const p of due) {
      const slots = new Map<string, Slot>();
      for (const binding of p.bound[p.live]!) {
        const key = keyOf(binding);
        const file = normalizeRepoPath(binding.path);
        const prior = p.slots.get(key);
        if (prior && !(file.ok && changed.has(file.path))) slots.set(key, prior);
        else if (!file.ok) slots.set(key, { read: null, reading: refused(binding, file.reason) });
        else {
          const head = state.get(file.path) ?? null;
          slots.set(key, {
            read: { binding, path: file.path, head, before: before.has(file.path) ? before.get(file.path)! : head, time: c.time },
            reading: null,
          });
        }
      }
      p.slots = slots;
      p.drafts.push({ commit: c.commit, time: c.time, author: c.author, slots: [...slots.values()] });
    }
  });
  // And every later one: a version the walk did not meet would be left off the samples.
  if (plans.some((p) => p.met < p.versions.length - p.first)) throw misaligned(root, tip);

  // A slot carried over is read once, however many samples share it.
  const reads = [...new Set(plans.flatMap((p) => p.drafts.flatMap((d) => d.slots.filter((s) => s.read !== null))))];
  const oids = new Set<string>();
  for (const { read } of reads) for (const s of [read!.head, read!.before]) if (s && s.mode !== SYMLINK_MODE) oids.add(s.oid);
  const blobs = new Map<string, BlobRead>();
  for (const b of await reader.readMany([...oids])) if (b) blobs.set(b.oid, b);
  for (const slot of reads) {
    const r = slot.read!;
    const side = (s: FileState): SourceSide =>
      s === null
        ? { state: 'absent', path: r.path }
        : {
            state: 'present',
            path: r.path,
            read: readEntry({ path: r.path, mode: s.mode, type: 'blob', oid: s.oid, size: null }, blobs, r.binding, new Date(r.time * 1000)),
          };
    slot.reading = servedReading({ binding: r.binding, boundAtHead: true, boundAtBase: true, head: side(r.head), base: side(r.before) });
  }
  for (const p of plans)
    out.set(
      p.path,
      p.drafts.map((d) => ({ commit: d.commit, time: d.time, author: d.author, readings: d.slots.map((s) => s.reading!) })),
    );
  return out;
}

function refused(b: SourceBinding, reason: string): SourceReading {
  return { source: sourceRef(b), served: { state: 'unmeasured', reason: `exposure source path "${b.path}" ${reason}` } };
}

function misaligned(root: string, tip: string): GitError {
  return new GitError('failed', ['log', tip], '', {
    cwd: root,
    message: `the history of the exposure sources could not be lined up with the manifests' own on the first-parent chain of ${tip.slice(0, 12)}`,
  });
}
