// Since when a manifest's live stage and exposure have held, from its first-parent history on the base
// branch, across renames made there.
import type { BlobRead, BlobReader } from '../git/blobs.js';
import { fileHistoriesAcrossRenames, type History } from '../git/history.js';
import { loadManifest } from '../core/load/documents.js';
import type { Manifest } from '../core/model/manifest.js';
import type { DwellInfo } from '../core/rules/rule.js';
import type { BlobTable } from './refs.js';
import type { FileRef } from './targets.js';

export interface PathHistory {
  readonly versions: History;
  readonly blobs: BlobTable;
}

/**
 * The first-parent histories of manifests on the base branch, with every version's content, in one walk
 * over their directories. Each path is read back only as far as a hold can matter: to the commit that
 * created the file as it now is, and no further than the first commit at or before `holdMs` before `now`
 * (a hold reaching it is long enough), where the walk ends; so a long history costs nothing. A history that starts at a commit which renamed another file to this path continues with that
 * file's history, but only when the rename is younger than `holdMs` before `now`: an older start proves
 * any hold reaching it already.
 */
export async function historiesOf(
  root: string,
  base: string,
  paths: readonly string[],
  reader: BlobReader,
  options: { readonly shallowFile: string; readonly now: Date; readonly holdMs: number },
): Promise<Map<string, PathHistory>> {
  const out = new Map<string, PathHistory>();
  if (paths.length === 0) return out;
  const byPath = await fileHistoriesAcrossRenames(root, base, paths, {
    maxCount: 200,
    shallowFile: options.shallowFile,
    depth: { kind: 'hold', until: Math.floor((options.now.getTime() - options.holdMs) / 1000) },
    follow: (_path, created) => options.now.getTime() - created.time * 1000 < options.holdMs,
  });
  const oids = [...byPath.values()].flatMap((v) => (v === 'shallow' ? [] : v.flatMap((x) => (x.oid ? [x.oid] : []))));
  const table = new Map<string, BlobRead>();
  for (const blob of await reader.readMany([...new Set(oids)])) if (blob) table.set(blob.oid, blob);
  for (const [path, versions] of byPath) out.set(path, { versions, blobs: table });
  return out;
}

/**
 * Since when the base's live stage and exposure have held, from the file's first-parent history (newest
 * first). The walk stops as soon as the hold is `enough`: each older version costs a parse, and could only
 * make the hold longer. In the usual case, a stage that has held for a while, nothing is parsed at all.
 */
export function dwellOf(history: PathHistory | undefined, baseRef: FileRef, baseManifest: Manifest, enough: (since: Date) => boolean): DwellInfo {
  if (!history) return { kind: 'unknown', because: 'no_history' };
  if (history.versions === 'shallow') return { kind: 'unknown', because: 'shallow' };
  return heldSince(history.versions, baseRef.oid, baseManifest, enough, (v) => {
    const blob = v.oid ? history.blobs.get(v.oid) : undefined;
    if (!blob || blob.tooLarge) return null;
    const m = loadManifest(baseRef.path, blob.content, { keepRaw: false });
    return m.ok ? m.value : null;
  });
}

/**
 * Since when the base's live stage and exposure have held, over versions newest first, each read by
 * `manifestAt` (null: deleted, unreadable or invalid, which ends the hold); the base's own blob is not
 * read again. Stops as soon as the hold is `enough`.
 */
export function heldSince<V extends { readonly oid: string | null; readonly time: number }>(
  versions: readonly V[],
  baseOid: string | null,
  baseManifest: Manifest,
  enough: (since: Date) => boolean,
  manifestAt: (version: V) => Manifest | null,
): DwellInfo {
  const want = holdKey(baseManifest);
  let since: Date | null = null;
  for (const v of versions) {
    if (since && enough(since)) break;
    // The newest version is usually the base's own blob, parsed already.
    if (v.oid !== null && v.oid === baseOid) {
      since = new Date(v.time * 1000);
      continue;
    }
    const m = v.oid === null ? null : manifestAt(v);
    if (!m || holdKey(m) !== want) break;
    since = new Date(v.time * 1000);
  }
  return since ? { kind: 'held_since', since } : { kind: 'unknown', because: 'no_history' };
}

/** What must stay the same for a hold to continue: the live stage and the exposure it states. */
const holdKey = (m: Manifest): string =>
  JSON.stringify([
    m.currentStage?.name ?? null,
    m.currentStage?.trafficPercent ?? null,
    m.currentStage?.tenantPercent ?? null,
    m.currentStage?.accounts ?? null,
    m.currentStage?.users ?? null,
  ]);
