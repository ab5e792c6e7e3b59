// Builds the inputs of judgeManifest from source texts, without git: the manifests and policies go through
// the product's own loaders, policy selection and combination; evidence is an in-memory index. The
// judgement itself is the product's judgeManifest, the function the engine calls.
import { judgeManifest, type Judgement } from '../../src/core/judge/judgeManifest.js';
import { normalizeRepoPath } from '../../src/engine/evidence.js';
import { loadManifest, loadPolicy } from '../../src/core/load/documents.js';
import { combinePolicies, policiesFor } from '../../src/core/policy/effective.js';
import { DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML } from '../../src/core/policy/defaultPolicy.js';
import type { Policy } from '../../src/core/policy/policy.js';
import type { Verdict } from '../../src/core/report/model.js';
import type { ApprovalIndex, EvidenceIndex, EvidenceStatus } from '../../src/core/rules/rule.js';
import type { EvidenceContent } from '../../src/core/evidence/content.js';
import { READERS } from '../../src/core/evidence/formats.js';
import type { EvidenceKindName } from './arbitraries.js';

export interface TextInput {
  readonly file: string;
  /** The manifest at the base commit; null when the pull request adds it. */
  readonly base: string | Buffer | null;
  /** The manifest at head; null when the pull request removes it. */
  readonly head: string | Buffer | null;
  /** Policy files on the base commit: [path, source]. None (or none valid): the embedded default policy. */
  readonly policies: readonly (readonly [string, string | Buffer])[];
  /** Status of evidence paths (normalized); any other path is missing. */
  readonly evidence: Readonly<Record<string, EvidenceKindName>>;
  readonly now: Date;
  /** Since when the base's exposure has held (null: history does not say). */
  readonly dwellSince: Date | null;
  readonly approvals?: ApprovalIndex;
  /** Blob ids of paths at the base, for review records. */
  readonly baseOids?: Readonly<Record<string, string>>;
  /** What typed evidence says and when it changed (see memoryContent); absent: none was read. */
  readonly content?: EvidenceContent;
}

export const FAKE_OID = 'e'.repeat(40);

export function evidenceIndex(statuses: Readonly<Record<string, EvidenceKindName>>, baseOids: Readonly<Record<string, string>> = {}): EvidenceIndex {
  const status = (path: string): EvidenceStatus => {
    const n = normalizeRepoPath(path);
    if (!n.ok) return { kind: 'outside_repo', reason: n.reason };
    const s = Object.hasOwn(statuses, n.path) ? statuses[n.path] : 'missing';
    return s === 'ok' ? { kind: 'ok', oid: FAKE_OID } : { kind: s ?? 'missing' };
  };
  return { status, baseOid: (path) => (Object.hasOwn(baseOids, path) ? baseOids[path]! : null) };
}

/** History of typed evidence for a pure judgement: when paths last changed, and which changed after which. */
export interface MemoryHistory {
  readonly lastChange?: Readonly<Record<string, string>>;
  /** [later, earlier]: `later`'s last change comes after `earlier`'s. */
  readonly after?: readonly (readonly [string, string])[];
  /** Paths the change touches; default: none. */
  readonly changedHere?: readonly string[];
}

/** Typed evidence read from texts by the product's own readers, with the history given. */
export function memoryContent(files: Readonly<Record<string, string>>, history: MemoryHistory = {}): EvidenceContent {
  return {
    reading: (path, spec) => (Object.hasOwn(files, path) ? READERS[spec.format](path, Buffer.from(files[path]!), { pointer: spec.pointer }) : null),
    lastChange: (path) => {
      const when = history.lastChange?.[path];
      return when ? { kind: 'changed', last: { commit: FAKE_OID, time: new Date(when) } } : { kind: 'unknown', because: 'no_history' };
    },
    changedAfter: (later, earlier) => (history.after ?? []).some(([l, e]) => l === later && e === earlier),
    changedHere: (path) => (history.changedHere ?? []).includes(path),
  };
}

let embedded: Policy | null = null;
function defaultPolicy(): Policy {
  if (!embedded) {
    const p = loadPolicy(DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML);
    if (!p.ok) throw new Error('embedded default policy does not load');
    embedded = p.value;
  }
  return embedded;
}

export function judgeTexts(input: TextInput): Judgement {
  const policies = input.policies.flatMap(([file, source]) => {
    const p = loadPolicy(file, source);
    return p.ok ? [p.value] : [];
  });
  const h = input.head === null ? null : loadManifest(input.file, input.head, { keepRaw: true });
  const b = input.base === null ? null : loadManifest(input.file, input.base, { keepRaw: true });
  const applicable = policiesFor(input.file, policies);
  return judgeManifest({
    file: input.file,
    previousFile: input.base === null ? null : input.file,
    base: b?.ok ? b.value : null,
    head: h?.ok ? h.value : null,
    headProblems: h && !h.ok ? h.problems : [],
    policy: combinePolicies(applicable.length > 0 ? applicable : [defaultPolicy()]),
    evidence: { ...evidenceIndex(input.evidence, input.baseOids), ...(input.content ? { content: input.content } : {}) },
    dwell: input.dwellSince ? { kind: 'held_since', since: input.dwellSince } : { kind: 'unknown', because: 'no_history' },
    approvals: input.approvals ?? { kind: 'unavailable', reason: 'no reviews in this test' },
    now: input.now,
  });
}

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, block: 2 };

export function rank(v: Verdict): number {
  return RANK[v];
}
