// The verdicts `rollout-gate history` shows, one per commit and manifest: what the gate gives that commit
// against its first parent. A gate run per commit starts a dozen git processes, so over thousands of commits
// the common case is judged directly: a manifest edited in place, with the judgement the gate itself makes
// (judgeManifest) fed exactly what a run would read. The policy is the parent's (read once per distinct
// policy directory), the evidence is looked up in the commit's and the parent's trees (shared tree objects),
// and the dwell comes from the versions already walked. Whatever a run reads beyond that (typed evidence,
// exposure sources, a workflow another manifest also names, renames, additions, removals, versions that do
// not load, policies that age evidence) is not reproduced here: those commits get a full gate run.
import type { BlobReader } from '../git/blobs.js';
import { git } from '../git/exec.js';
import { listTree } from '../git/tree.js';
import type { ManifestVersion } from '../core/history/timeline.js';
import { judgeManifest } from '../core/judge/judgeManifest.js';
import { needsHistory } from '../core/judge/judgeManifest.js';
import { loadPolicy, type Loaded } from '../core/load/documents.js';
import { evidenceRefsOf, type Manifest } from '../core/model/manifest.js';
import { combinePolicies, type EffectivePolicy } from '../core/policy/effective.js';
import { gatingPolicies, policiesInForce } from '../core/policy/loosening.js';
import type { Policy } from '../core/policy/policy.js';
import type { Verdict } from '../core/report/model.js';
import { CUSTOM_CHECKS } from '../core/policy/coreSettings.js';
import { MIN_DWELL } from '../core/rules/dwellTime.js';
import { EVIDENCE_MAX_AGE } from '../core/rules/evidenceSettings.js';
import type { DwellInfo } from '../core/rules/rule.js';
import { heldSince } from './dwell.js';
import { BlankBlobs, buildEvidenceIndex, SharedTrees, TreeLookup } from './evidence.js';
import { loadEvidenceContent } from './evidenceContent.js';
import { defaultPolicy, reviewPathsOf } from './run.js';
import { loadRefs } from './refs.js';
import { workflowKey } from './targets.js';

export interface HistoryJudgeContext {
  readonly root: string;
  readonly tip: string;
  readonly reader: BlobReader;
  readonly shallowFile: string;
  /** The policy directory, normalized (no leading `./`, no trailing `/`; '' for the root). */
  readonly policyDir: string;
  readonly isManifest: (path: string) => boolean;
  readonly isPolicy: (path: string) => boolean;
  /** The directories the manifest globs can match under ([] when anywhere). */
  readonly prefixes: readonly string[];
  /**
   * True when the history walks every manifest at the tip (not a chosen few); then the judge reads the
   * chain's order, which settling needs to tell whether another manifest named a judged one's workflow.
   */
  readonly everyManifest: boolean;
}

/** A version whose verdict is wanted: the index of a version in its path's list. */
export interface Wanted {
  readonly path: string;
  readonly index: number;
}

export interface DirectVerdicts {
  /** Keyed `${commit}\0${path}`. */
  readonly verdicts: Map<string, Verdict>;
  /** The commits that need a full gate run, sorted. */
  readonly fullRuns: readonly string[];
}

/** Versions judged at once. */
const IN_FLIGHT = 64;

export const verdictKey = (commit: string, path: string): string => `${commit}\0${path}`;

/** A version's verdict judged directly, or `full`: a gate run on its commit would read more than is judged here. */
export type DirectVerdict = { readonly kind: 'judged'; readonly verdict: Verdict; readonly workflow: string; readonly at: number } | { readonly kind: 'full' };

/**
 * Judges versions directly where that is exactly what a gate run would answer, as each manifest's versions
 * arrive (while the others still load). Whether another manifest named the same workflow at that commit is
 * only known once every manifest is loaded: `settle` turns those verdicts into full runs.
 */
export class DirectJudge {
  private readonly pending: Promise<void>[] = [];
  private readonly results = new Map<string, DirectVerdict>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly shared = new SharedTrees();
  private readonly blank: BlankBlobs;

  private constructor(
    private readonly ctx: HistoryJudgeContext,
    private readonly chain: readonly string[] | null,
    private readonly order: ReadonlyMap<string, number> | null,
    private readonly policies: PoliciesAt,
  ) {
    this.blank = new BlankBlobs(ctx.reader);
  }

  static async start(ctx: HistoryJudgeContext): Promise<DirectJudge> {
    const chain = ctx.everyManifest ? await firstParentChain(ctx.root, ctx.tip) : null;
    const order = chain ? new Map(chain.map((c, i) => [c, i])) : null;
    // The policy in force changes only at commits that change its directory: one walk says which.
    const policyChanges = order ? (await firstParentChain(ctx.root, ctx.tip, [ctx.policyDir || '.'])).map((c) => order.get(c) ?? -1).reverse() : [];
    return new DirectJudge(ctx, chain, order, new PoliciesAt(ctx, policyChanges));
  }

  /** Starts judging every version of one manifest (oldest first) but its first, which has no earlier one here. */
  add(versions: readonly ManifestVersion[]): void {
    for (let index = 1; index < versions.length; index++) {
      const v = versions[index]!;
      const job = this.slot(() => this.judgeOne(versions, index)).then((r) => void this.results.set(verdictKey(v.commit, v.path), r));
      // A failure is reported by settle(); until then it must not count as unhandled (the walk may fail first).
      job.catch(() => undefined);
      this.pending.push(job);
    }
  }

  /** Runs `job` when fewer than IN_FLIGHT are running: enough that the cat-file process always has lookups queued. */
  private async slot<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= IN_FLIGHT) await new Promise<void>((resume) => this.waiting.push(resume));
    this.running += 1;
    try {
      return await job();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  /**
   * The verdicts of the wanted versions, once every manifest's versions were added: a version whose workflow
   * another manifest also named at that commit is one a run judges with it, so its commit is run in full;
   * so is every wanted one when not every manifest the chain held could be walked (`everyManifest`).
   */
  async settle(perPath: ReadonlyMap<string, readonly ManifestVersion[]>, wanted: readonly Wanted[], everyManifest: boolean): Promise<DirectVerdicts> {
    await Promise.all(this.pending);
    const owners = this.order && everyManifest ? workflowHolders(perPath, this.order) : null;
    const verdicts = new Map<string, Verdict>();
    const fullRuns = new Set<string>();
    for (const { path, index } of wanted) {
      const v = perPath.get(path)![index]!;
      const r = this.results.get(verdictKey(v.commit, v.path));
      if (r?.kind === 'judged' && owners && !owners.sharedAt(r.workflow, v.path, r.at)) verdicts.set(verdictKey(v.commit, v.path), r.verdict);
      else fullRuns.add(v.commit);
    }
    return { verdicts, fullRuns: [...fullRuns].sort() };
  }

  private async judgeOne(versions: readonly ManifestVersion[], index: number): Promise<DirectVerdict> {
    const FULL = { kind: 'full' } as const;
    const { ctx, chain, order } = this;
    const v = versions[index]!;
    const prev = versions[index - 1]!;
    const head = v.state.kind === 'manifest' ? v.state.manifest : null;
    const base = prev.state.kind === 'manifest' ? prev.state.manifest : null;
    const at = order?.get(v.commit);
    if (!head || !base || !chain || at === undefined || prev.path !== v.path) return FULL;
    if (!plainEnough(head) || !plainEnough(base) || workflowKey(head.workflow) !== workflowKey(base.workflow)) return FULL;
    // The chain's previous commit is the commit's first parent.
    const parent = at > 0 ? chain[at - 1]! : null;
    if (parent === null) return FULL;
    const inForce = await this.policies.at(parent, at - 1);
    if (inForce.agesEvidence) return FULL;
    const policy = inForce.effectiveFor(v.path);
    const now = new Date(v.time * 1000);
    const { blank, shared } = this;
    const refuse = (path: string) =>
      ctx.isManifest(path) ? 'is a rollout manifest, not evidence: manifests change with every rollout change, so one proves nothing about readiness' : null;
    const index_ = await buildEvidenceIndex(
      new TreeLookup(ctx.root, v.commit, ctx.reader, { sizes: true, blank, shared }),
      new TreeLookup(ctx.root, parent, ctx.reader, { sizes: false, shared }),
      evidenceRefsOf(head).map((r) => r.path),
      reviewPathsOf(head),
      { blank, refuse },
    );
    // Without typed evidence and with no policy ageing evidence, reading content starts no git process.
    const content = await loadEvidenceContent(
      { root: ctx.root, head: v.commit, reader: ctx.reader, shallowFile: ctx.shallowFile, diff: [], agedKinds: new Set() },
      [{ head, base }],
      index_,
    );
    // As a run: the hold is read only for a manifest the commit modifies whose rules pace it, and from a
    // history walked only when some policy in force paces at all.
    let dwell: DwellInfo | null = null;
    if (base.currentStage && prev.oid !== v.oid && needsHistory(policy, head)) {
      const minDwellMs = policy.get(MIN_DWELL) ?? 0;
      // The versions the parent holds, newest first: the same the gate's walk of the base branch reads.
      dwell = !inForce.paces
        ? { kind: 'unknown', because: 'no_history' }
        : heldSince(
            versions.slice(0, index).reverse(),
            prev.oid,
            base,
            (since) => now.getTime() - since.getTime() >= minDwellMs,
            (e) => (e.state.kind === 'manifest' ? e.state.manifest : null),
          );
    }
    const judged = judgeManifest({
      file: v.path,
      previousFile: prev.path,
      base,
      head,
      headProblems: [],
      policy,
      evidence: { ...index_, content },
      dwell,
      approvals: { kind: 'unavailable', reason: 'reviews are read only when a rule asks for an approval' },
      now,
      sources: [],
    });
    return { kind: 'judged', verdict: judged.verdict, workflow: workflowKey(head.workflow), at };
  }
}

/** No typed evidence, no prompt sources, no exposure sources: what a gate run reads of it is the evidence index. */
function plainEnough(m: Manifest): boolean {
  return m.sources.length === 0 && m.exposureSources.length === 0 && evidenceRefsOf(m).every((r) => r.spec === null);
}

/** The first-parent chain of `tip`, oldest first; with paths, only its commits that changed them. */
async function firstParentChain(root: string, tip: string, pathspecs: readonly string[] = []): Promise<string[]> {
  const args = ['rev-list', '--first-parent', '--end-of-options', tip, ...(pathspecs.length > 0 ? ['--', ...pathspecs] : [])];
  return (await git(root, args, { env: { GIT_LITERAL_PATHSPECS: '1' } })).toString('utf8').trim().split('\n').filter(Boolean).reverse();
}

/**
 * The manifest paths that commits on the first-parent chain of `tip` removed (or moved away): a commit before
 * the removal held a manifest the tip does not, which might name the same workflow as one judged there.
 */
export async function removedManifests(root: string, tip: string, prefixes: readonly string[], isManifest: (path: string) => boolean): Promise<string[]> {
  const args = ['log', '--first-parent', '--no-renames', '--diff-filter=D', '--name-only', '-z', '--format=', '--end-of-options', tip, '--', ...prefixes];
  const out = (await git(root, args, { env: { GIT_LITERAL_PATHSPECS: '1' } })).toString('utf8');
  return [...new Set(out.split(/[\n\0]/).filter((p) => p !== '' && isManifest(p)))].sort();
}

/**
 * Whether any version of the policy directory on the chain (or the embedded default) has custom checks:
 * they read a manifest's plain data, which is otherwise not kept for each of thousands of versions.
 */
export async function customChecksInHistory(root: string, tip: string, policyDir: string, reader: BlobReader): Promise<boolean> {
  if (defaultPolicy().get(CUSTOM_CHECKS).length > 0) return true;
  const args = ['log', '--first-parent', '--raw', '--no-abbrev', '--no-renames', '--format=', '--end-of-options', tip, '--', policyDir || '.'];
  const out = (await git(root, args, { env: { GIT_LITERAL_PATHSPECS: '1' } })).toString('utf8');
  const oids = new Set(out.split('\n').flatMap((line) => /^:\d{6} \d{6} [0-9a-f]+ ([0-9a-f]+) [A-Z]/.exec(line)?.[1] ?? []));
  const blobs = await reader.readMany([...oids].filter((o) => !/^0+$/.test(o)));
  return blobs.some((b) => {
    if (!b || b.tooLarge) return false;
    const loaded = loadPolicy('policy.yaml', b.content);
    return loaded.ok && loaded.value.get(CUSTOM_CHECKS).length > 0;
  });
}

/**
 * Which manifests name which workflow over time, to tell whether another manifest named it at a commit. A
 * span is keyed by the path the version had then: a renamed manifest's older versions are its old path's.
 */
function workflowHolders(perPath: ReadonlyMap<string, readonly ManifestVersion[]>, order: ReadonlyMap<string, number>) {
  const spans = new Map<string, { path: string; from: number; to: number }[]>();
  const seen = new Set<string>();
  for (const versions of perPath.values())
    versions.forEach((v, i) => {
      if (v.state.kind !== 'manifest' || seen.has(`${v.commit}\0${v.path}`)) return;
      seen.add(`${v.commit}\0${v.path}`);
      const from = order.get(v.commit) ?? 0;
      const next = versions[i + 1];
      const to = next ? (order.get(next.commit) ?? Number.MAX_SAFE_INTEGER) - 1 : Number.MAX_SAFE_INTEGER;
      const key = workflowKey(v.state.manifest.workflow);
      spans.set(key, [...(spans.get(key) ?? []), { path: v.path, from, to }]);
    });
  return {
    sharedAt: (key: string, path: string, at: number) => (spans.get(key) ?? []).some((s) => s.path !== path && s.from <= at && at <= s.to),
  };
}

interface InForce {
  readonly agesEvidence: boolean;
  /** Some policy in force (or the fallback) asks for a dwell. */
  readonly paces: boolean;
  effectiveFor(file: string): EffectivePolicy;
}

/**
 * The policies in force at a commit, as a gate run reads them: read once per version of the policy
 * directory, which is the one the last commit at or before it that changed the directory left.
 */
class PoliciesAt {
  private readonly byVersion = new Map<number, Promise<InForce>>();
  private readonly loaded = new Map<string, Loaded<Policy>>();

  /** `changes`: positions on the chain of the commits that changed the policy directory, newest first. */
  constructor(
    private readonly ctx: HistoryJudgeContext,
    private readonly changes: readonly number[],
  ) {}

  at(commit: string, position: number): Promise<InForce> {
    const version = this.changes.find((c) => c <= position) ?? -1;
    let found = this.byVersion.get(version);
    if (!found) {
      found = this.read(commit);
      this.byVersion.set(version, found);
    }
    return found;
  }

  private async read(commit: string): Promise<InForce> {
    const entries = (await listTree(this.ctx.root, commit, [this.ctx.policyDir || '.'], { sizes: false })).filter((e) => this.ctx.isPolicy(e.path));
    // Read as a run reads them (a link, an unreadable or oversized file is an invalid policy), each version once.
    const unread = entries.filter((e) => !this.loaded.has(`${e.path}\0${e.oid}`)).map((e) => ({ path: e.path, oid: e.oid, mode: e.mode }));
    for (const [ref, loaded] of await loadRefs(this.ctx.reader, unread, loadPolicy)) this.loaded.set(`${ref.path}\0${ref.oid ?? ''}`, loaded);
    const files = entries.map((e) => ({ path: e.path, loaded: this.loaded.get(`${e.path}\0${e.oid}`)! }));
    const fallback = defaultPolicy();
    const policies = policiesInForce(
      { valid: files.flatMap((f) => (f.loaded.ok ? [f.loaded.value] : [])), invalid: files.flatMap((f) => (f.loaded.ok ? [] : [f.path])) },
      fallback,
    );
    const combined = new Map<string, EffectivePolicy>();
    return {
      agesEvidence: [...policies, fallback].some((p) => Object.keys(p.get(EVIDENCE_MAX_AGE)).length > 0),
      paces: [...policies, fallback].some((p) => p.get(MIN_DWELL) !== null),
      effectiveFor: (file) => {
        const chosen = gatingPolicies(file, policies, fallback);
        const k = chosen.map((p) => p.file).join('\0');
        let e = combined.get(k);
        if (!e) {
          e = combinePolicies(chosen);
          combined.set(k, e);
        }
        return e;
      },
    };
  }
}
