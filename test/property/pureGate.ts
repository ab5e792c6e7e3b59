// The gate's pure layers, wired as src/engine/run.ts wires them for one manifest, without git: loadPolicy,
// loadManifest, diffManifest, the reduction-only rule, evaluateManifest with an in-memory EvidenceIndex,
// and buildReport. Fast enough for thousands of property cases.
import { builtinFinding, evaluateManifest } from '../../src/checks/evaluate.js';
import type { EvidenceIndex, EvidenceStatus } from '../../src/checks/context.js';
import { diffManifest, isExposureReductionOnly } from '../../src/diff/manifestDiff.js';
import { normalizeRepoPath } from '../../src/load/evidence.js';
import { loadManifest, loadPolicy } from '../../src/load/documents.js';
import { combinePolicies, policiesFor } from '../../src/policy/effective.js';
import { DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML } from '../../src/policy/defaultPolicy.js';
import type { Policy } from '../../src/policy/policy.js';
import { buildReport, verdictOf } from '../../src/report/build.js';
import type { Finding, Report, Verdict } from '../../src/report/model.js';
import type { EvidenceKindName } from '../helpers/arbitraries.js';

export interface PureInput {
  readonly file: string;
  /** The manifest at the base commit; null when the pull request adds it. */
  readonly base: string | Buffer | null;
  /** The manifest at head; null when the pull request removes it. */
  readonly head: string | Buffer | null;
  /** Policy files on the base commit: [path, source]. None: the embedded default policy. */
  readonly policies: readonly (readonly [string, string | Buffer])[];
  /** Status of evidence paths (normalized); any other path is missing. */
  readonly evidence: Readonly<Record<string, EvidenceKindName>>;
  readonly now: Date;
  /** Since when the base's exposure has held (null: history does not say). */
  readonly dwellSince: Date | null;
}

const FAKE_OID = 'e'.repeat(40);

export function evidenceIndex(statuses: Readonly<Record<string, EvidenceKindName>>): EvidenceIndex {
  const status = (path: string): EvidenceStatus => {
    const n = normalizeRepoPath(path);
    if (!n.ok) return { kind: 'outside_repo', reason: n.reason };
    const s = Object.hasOwn(statuses, n.path) ? statuses[n.path] : 'missing';
    return s === 'ok' ? { kind: 'ok', oid: FAKE_OID } : { kind: s ?? 'missing' };
  };
  return { status, baseOid: () => null };
}

let defaultPolicy: Policy | null = null;
function embeddedDefault(): Policy {
  if (!defaultPolicy) {
    const p = loadPolicy(DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML);
    if (!p.ok) throw new Error('embedded default policy does not load');
    defaultPolicy = p.value;
  }
  return defaultPolicy;
}

export function pureGate(input: PureInput): Report {
  const findings: Finding[] = [];
  const policies: Policy[] = [];
  for (const [file, source] of input.policies) {
    const p = loadPolicy(file, source);
    if (p.ok) policies.push(p.value);
    else findings.push(...p.problems.map((x) => builtinFinding('policy_invalid', x, `policy ${x.message}`, x.hint)));
  }
  const h = input.head === null ? null : loadManifest(input.file, input.head);
  const b = input.base === null ? null : loadManifest(input.file, input.base);
  const head = h?.ok ? h.value : null;
  const base = b?.ok ? b.value : null;
  const own: Finding[] = h && !h.ok ? h.problems.map((x) => builtinFinding('manifest_invalid', x, x.message, x.hint)) : [];
  const changes = own.length > 0 ? [] : diffManifest({ file: input.file, previousFile: input.base === null ? null : input.file, base, head });
  const reductionOnly = isExposureReductionOnly(changes);
  if (head && !reductionOnly) {
    const applicable = policiesFor(input.file, policies);
    const effective = combinePolicies(applicable.length > 0 ? applicable : [embeddedDefault()]);
    const dwell = effective.minDwellMs !== null && base?.currentStage ? (input.dwellSince ? { since: input.dwellSince } : { since: null, unknownBecause: 'no_history' as const }) : null;
    own.push(...evaluateManifest({ manifest: head, base, changes, policy: effective, evidence: evidenceIndex(input.evidence), now: input.now, dwell }));
  }
  findings.push(...own);
  return buildReport({
    base: input.base === null ? null : 'b'.repeat(40),
    head: 'a'.repeat(40),
    policy: input.policies.length > 0 ? { kind: 'repository', files: input.policies.map(([f]) => f).sort(), commit: 'b'.repeat(40) } : { kind: 'default', files: [], commit: null },
    manifests: [
      {
        file: input.file,
        previousFile: null,
        status: input.head === null ? 'removed' : input.base === null ? 'added' : 'modified',
        workflow: head?.workflow ?? base?.workflow ?? null,
        ladder: (head ?? base)?.stages.map((s) => s.name) ?? [],
        stageBefore: base?.currentStage?.name ?? null,
        stageAfter: head?.currentStage?.name ?? null,
        exposureReductionOnly: reductionOnly,
        verdict: verdictOf(own),
      },
    ],
    changes,
    findings,
  });
}

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, block: 2 };

export function rank(v: Verdict): number {
  return RANK[v];
}
