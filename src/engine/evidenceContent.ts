// Reads typed evidence for the pure judgement: each typed file's bytes from the evaluated commit (never
// the work tree), size-bounded, through the format's reader; and from git history when each typed
// file, each source path and each evidence file the policy ages last changed, with the ancestry between
// them, in one history walk per batch. Only manifests with typed evidence (or a policy that ages
// evidence) cost any git call.
import type { ChangeInfo, EvidenceContent } from '../core/evidence/content.js';
import { READERS } from '../core/evidence/formats.js';
import { EVIDENCE_MAX_BYTES, unreadable, type EvidenceReading } from '../core/evidence/reading.js';
import type { Manifest } from '../core/model/manifest.js';
import type { EvidenceSpec } from '../core/model/typedEvidence.js';
import { EVIDENCE_KINDS, type EvidenceKind } from '../core/model/vocabulary.js';
import type { EvidenceIndex } from '../core/rules/rule.js';
import type { BlobReader } from '../git/blobs.js';
import { git } from '../git/exec.js';
import { lastChanges, type LastChange } from '../git/lastChanges.js';
import { boundaryIn } from '../git/revs.js';
import type { FileChange } from '../git/tree.js';
import { normalizeRepoPath } from './evidence.js';

export interface ContentContext {
  readonly root: string;
  readonly head: string;
  /** The run's blob reader; files it finds too large for it are read once more, up to EVIDENCE_MAX_BYTES. */
  readonly reader: BlobReader;
  readonly shallowFile: string;
  /** What the change touches; null when there is no base (everything is new). */
  readonly diff: readonly FileChange[] | null;
  /** Evidence kinds some policy sets a maximum age for: their files' history is read even when plain. */
  readonly agedKinds: ReadonlySet<EvidenceKind>;
}

const keyOf = (path: string, spec: EvidenceSpec) => `${spec.format}\0${spec.pointer ?? ''}\0${path}`;

/** How a kind of evidence is typed: by the head's declaration, and the base's too (the file is read both ways when they differ). */
const specsOf = (head: Manifest, base: Manifest | null, kind: EvidenceKind): EvidenceSpec[] =>
  [head.evidence[kind]?.spec ?? null, base?.evidence[kind]?.spec ?? null].filter((x): x is EvidenceSpec => x !== null);

/** The history a batch's typed evidence needs, its walk under way: start it as soon as the manifests are loaded. */
export interface EvidenceHistory {
  /** Every `source\0evidence` pair whose order in history staleness asks. */
  readonly pairs: ReadonlySet<string>;
  readonly walk: Promise<{ readonly changes: Map<string, ChangeInfo>; readonly positions: Map<string, number> }>;
}

/**
 * Starts the one history walk for these manifests' typed evidence, their sources and the evidence the
 * policy ages; it needs only the manifests, so it can run in git while they are still being judged or
 * the previous batch is.
 */
export function startEvidenceHistory(
  ctx: Pick<ContentContext, 'root' | 'head' | 'shallowFile' | 'agedKinds'>,
  manifests: readonly { head: Manifest; base: Manifest | null }[],
): EvidenceHistory {
  const historyPaths = new Set<string>();
  const pairs = new Set<string>();
  for (const { head, base } of manifests) {
    const typedPaths: string[] = [];
    for (const kind of EVIDENCE_KINDS) {
      const ref = head.evidence[kind];
      if (!ref) continue;
      if (ctx.agedKinds.has(kind)) historyPaths.add(ref.path);
      if (specsOf(head, base, kind).length === 0) continue;
      typedPaths.push(ref.path);
      historyPaths.add(ref.path);
    }
    const sources = [...new Set([...(base?.sources ?? []), ...head.sources].map((s) => s.path))];
    for (const s of sources) if (typedPaths.length > 0) historyPaths.add(s);
    for (const e of typedPaths) for (const s of sources) pairs.add(`${s}\0${e}`);
  }
  const walk = lastChangesOf(ctx, historyPaths);
  walk.catch(() => undefined); // awaited by loadEvidenceContent; this only keeps an early failure from going unhandled
  return { pairs, walk };
}

/**
 * The typed evidence of these manifests, read and parsed, with the history `started` (by
 * startEvidenceHistory for the same manifests) or, without it, a walk started here.
 */
export async function loadEvidenceContent(
  ctx: ContentContext,
  manifests: readonly { head: Manifest; base: Manifest | null }[],
  index: EvidenceIndex,
  started?: EvidenceHistory,
): Promise<EvidenceContent> {
  const history = started ?? startEvidenceHistory(ctx, manifests);
  const typed = new Map<string, { path: string; spec: EvidenceSpec; oid: string }>();
  for (const { head, base } of manifests) {
    for (const kind of EVIDENCE_KINDS) {
      const ref = head.evidence[kind];
      if (!ref) continue;
      const specs = specsOf(head, base, kind);
      if (specs.length === 0) continue;
      const status = index.status(ref.path);
      if (status.kind === 'ok') for (const spec of specs) typed.set(keyOf(ref.path, spec), { path: ref.path, spec, oid: status.oid });
    }
  }

  const readings = new Map<string, EvidenceReading>();
  if (typed.size > 0) {
    const entries = [...typed.entries()];
    const blobs = await ctx.reader.readMany([...new Set(entries.map(([, t]) => t.oid))]);
    const byOid = new Map(blobs.flatMap((b) => (b ? [[b.oid, b] as const] : [])));
    for (const [key, t] of entries) {
      const b = byOid.get(t.oid);
      const start = { file: t.path, line: 1, column: 1 };
      let bytes: Buffer | null = null;
      if (b && !b.tooLarge) bytes = b.content;
      else if (b && b.size <= EVIDENCE_MAX_BYTES) bytes = await git(ctx.root, ['cat-file', 'blob', t.oid], { maxBuffer: EVIDENCE_MAX_BYTES + 1 });
      readings.set(
        key,
        bytes
          ? READERS[t.spec.format](t.path, bytes, { pointer: t.spec.pointer })
          : unreadable(
              start,
              b ? `file is ${b.size} bytes, over the ${EVIDENCE_MAX_BYTES}-byte limit for evidence` : 'file could not be read from git',
              'commit a summary of the results, not the raw dump',
            ),
      );
    }
  }

  const { changes, positions } = await history.walk;
  const after = new Set<string>();
  for (const pair of history.pairs) {
    const [later, earlier] = pair.split('\0') as [string, string];
    const l = positions.get(later);
    const e = positions.get(earlier);
    // Both lie on head's first-parent chain: the one further down it is the other's ancestor.
    if (l !== undefined && e !== undefined && e > l) after.add(pair);
  }

  const touched = ctx.diff?.flatMap((c) => (c.status === 'renamed' || c.status === 'copied' ? [c.path, c.from] : [c.path])) ?? null;
  return {
    reading: (path, spec) => {
      const status = index.status(path);
      if (status.kind !== 'ok') return null;
      return (
        readings.get(keyOf(path, spec)) ?? unreadable({ file: path, line: 1, column: 1 }, 'typed evidence was not read', 'report this as a bug in rollout-gate')
      );
    },
    lastChange: (path) => changes.get(path) ?? { kind: 'unknown', because: 'no_history' },
    changedAfter: (later, earlier) => after.has(`${later}\0${earlier}`),
    changedHere: (path) => {
      if (touched === null) return true;
      const n = normalizeRepoPath(path);
      const p = n.ok ? n.path : path;
      return touched.some((t) => t === p || t.startsWith(`${p}/`));
    },
  };
}

/**
 * When each path (a file or a directory) last changed on the first-parent history of head, all in one
 * history walk; with each answer's position on that chain, for the ancestry between them.
 */
async function lastChangesOf(
  ctx: Pick<ContentContext, 'root' | 'head' | 'shallowFile'>,
  paths: ReadonlySet<string>,
): Promise<{ readonly changes: Map<string, ChangeInfo>; readonly positions: Map<string, number> }> {
  const changes = new Map<string, ChangeInfo>();
  const positions = new Map<string, number>();
  if (paths.size === 0) return { changes, positions };
  const normalized = new Map([...paths].map((p) => [p, normalizeRepoPath(p)] as const));
  const walked = [...new Set([...normalized.values()].flatMap((n) => (n.ok ? [n.path] : [])))];
  const [boundary, found] = await Promise.all([boundaryIn(ctx.shallowFile), lastChanges(ctx.root, ctx.head, walked)]);
  for (const [path, n] of normalized) {
    const last: LastChange | null = n.ok ? (found.get(n.path) ?? null) : null;
    if (!last) changes.set(path, { kind: 'unknown', because: 'no_history' });
    // In a shallow clone the boundary commit looks as if it added every file: its date says nothing.
    else if (boundary.has(last.commit)) changes.set(path, { kind: 'unknown', because: 'shallow' });
    else {
      changes.set(path, { kind: 'changed', last: { commit: last.commit, time: new Date(last.time * 1000) } });
      positions.set(path, last.position);
    }
  }
  return { changes, positions };
}
