// Reading files the engine judges from git objects: many blobs in one pipelined request, and each file
// loaded (or refused with a located problem) from its blob.
import type { BlobRead, BlobReader } from '../git/blobs.js';
import type { Loaded } from '../core/load/documents.js';
import type { InputProblem } from '../core/model/location.js';
import { MAX_SOURCE_BYTES } from '../core/parse/yamlSource.js';
import type { FileRef } from './targets.js';

export const SYMLINK_MODE = '120000';

export type BlobTable = ReadonlyMap<string, BlobRead>;

/** Reads the blobs of several files in one pipelined request to the cat-file process. */
export async function readBlobs(reader: BlobReader, refs: readonly (FileRef | null)[]): Promise<BlobTable> {
  const oids = [...new Set(refs.flatMap((r) => (r?.oid && r.mode !== SYMLINK_MODE ? [r.oid] : [])))];
  const table = new Map<string, BlobRead>();
  for (const blob of await reader.readMany(oids)) if (blob) table.set(blob.oid, blob);
  return table;
}

export function loadFromRef<T>(ref: FileRef, blobs: BlobTable, load: (file: string, bytes: Buffer) => Loaded<T>): Loaded<T> {
  const read = bytesOfRef(ref, blobs);
  return read.ok ? load(ref.path, read.bytes) : read;
}

/** A file's bytes from its blob, or why it cannot be loaded at all (a link, an unreadable or oversized blob). */
export function bytesOfRef(
  ref: FileRef,
  blobs: BlobTable,
): { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly problems: readonly InputProblem[] } {
  const at = { file: ref.path, line: 1, column: 1 };
  if (ref.mode === SYMLINK_MODE)
    return {
      ok: false,
      problems: [{ ...at, message: 'file is a symbolic link; rollout files must be regular files', hint: 'replace the link with the file itself' }],
    };
  const blob = ref.oid ? blobs.get(ref.oid) : undefined;
  // cat-file reports a corrupt object as missing: either way the file cannot be judged, so it blocks.
  if (!blob)
    return {
      ok: false,
      problems: [{ ...at, message: 'file could not be read from git (missing or corrupt object)', hint: 'check the repository with `git fsck`' }],
    };
  if (blob.tooLarge)
    return {
      ok: false,
      problems: [
        {
          ...at,
          message: `file is over the ${MAX_SOURCE_BYTES}-byte limit for rollout files`,
          hint: 'split it into one manifest per workflow; it was not parsed',
        },
      ],
    };
  return { ok: true, bytes: blob.content };
}

/** Reads and loads several files at once. */
export async function loadRefs<T>(
  reader: BlobReader,
  refs: readonly FileRef[],
  load: (file: string, bytes: Buffer) => Loaded<T>,
): Promise<Map<FileRef, Loaded<T>>> {
  const blobs = await readBlobs(reader, refs);
  return new Map(refs.map((r) => [r, loadFromRef(r, blobs, load)]));
}
