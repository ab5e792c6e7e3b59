// The engine: load (git objects) -> parse -> validate -> diff -> evaluate -> report. Adapters (CLI, action)
// call runGate and render the report; nothing here knows about GitHub.
import { Minimatch } from 'minimatch';
import { BlobReader, type BlobRead } from '../git/blobs.js';
import { GitError } from '../git/exec.js';
import { fileHistories, type FileVersion } from '../git/history.js';
import { fetchCommit, firstParent, hasCommit, mergeBase, repoLayout, resolveCommit } from '../git/revs.js';
import { diffTrees, listTree, type FileChange } from '../git/tree.js';
import { judgeManifest, needsHistory, type JudgeInput, type Judgement } from '../judge/judgeManifest.js';
import { describeLoosening } from '../policy/loosening.js';
import { CUSTOM_CHECKS } from '../policy/coreSettings.js';
import { builtinFinding } from '../rules/builtin.js';
import { MIN_DWELL } from '../rules/dwellTime.js';
import type { ApprovalRequest, DwellInfo } from '../rules/rule.js';
import { loadManifest, loadPolicy, type Loaded } from '../load/documents.js';
import { buildEvidenceIndex, TreeLookup } from '../load/evidence.js';
import { evidenceRefsOf, type Manifest } from '../model/manifest.js';
import { MAX_SOURCE_BYTES } from '../parse/yamlSource.js';
import { combinePolicies, policiesFor, type EffectivePolicy } from '../policy/effective.js';
import { DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML } from '../policy/defaultPolicy.js';
import type { Policy } from '../policy/policy.js';
import { buildReport } from '../report/build.js';
import { allInOrder } from '../util/allInOrder.js';
import type { Change, Finding, ManifestResult, ManifestStatus, PolicySource, WaiverStatus } from '../report/model.js';
import { DEFAULT_MANIFEST_GLOBS, DEFAULT_POLICY_DIR, type GateFailure, type GateOptions, type GateOutcome } from './options.js';
import { isOid } from '../git/oid.js';

const SYMLINK_MODE = '120000';
/**
 * Manifests loaded and evaluated together. Small batches bound memory and let parsed manifests die young
 * (a young-generation GC copies whatever is still alive): 100 ran ~5% faster than 500 on 2,000 manifests.
 */
const BATCH = 100;

interface FileRef {
  readonly path: string;
  readonly oid: string | null;
  readonly mode: string | null;
}

interface ManifestTarget {
  readonly status: ManifestStatus;
  readonly head: FileRef | null;
  readonly base: FileRef | null;
}

let embeddedDefault: Policy | undefined;

/** The embedded default policy, parsed once per process. */
function defaultPolicy(): Policy {
  if (!embeddedDefault) {
    const loaded = loadPolicy(DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML);
    if (!loaded.ok) throw new Error(`embedded default policy is invalid: ${loaded.problems[0]?.message}`);
    embeddedDefault = loaded.value;
  }
  return embeddedDefault;
}

export async function runGate(options: GateOptions): Promise<GateOutcome> {
  try {
    return { ok: true, report: await run(options) };
  } catch (error) {
    if (error instanceof GitError) return { ok: false, failure: failureFrom(error) };
    throw error;
  }
}

function failureFrom(error: GitError): GateFailure {
  const code = error.kind === 'failed' || error.kind === 'missing_object' ? 'git_failed' : error.kind;
  return { code, message: error.message };
}

function isPolicyFile(path: string, dir: string): boolean {
  const prefix = dir.replace(/^\.\/+/, '').replace(/\/+$/, '');
  return (prefix === '' || path.startsWith(prefix + '/')) && /\.ya?ml$/i.test(path);
}

/** `dir` is any directory of the work tree (revisions resolve the same from each). */
async function resolveBase(dir: string, head: Promise<string>, options: GateOptions): Promise<string | null> {
  if (options.base === undefined) return firstParent(dir, await head);
  try {
    return await resolveCommit(dir, options.base);
  } catch (error) {
    // A shallow clone may lack the base: fetch it once, then fail with what to configure.
    const remote = options.fetchRemote;
    if (error instanceof GitError && error.kind === 'unknown_revision' && remote && isOid(options.base)) {
      if (await fetchCommit(dir, options.base, remote)) return resolveCommit(dir, options.base);
      if (!(await hasCommit(dir, options.base))) {
        throw new GitError('shallow', ['fetch', remote, options.base], '', {
          cwd: dir,
          message: `the base commit ${options.base} is not in this clone and could not be fetched from ${remote}; set \`fetch-depth: 0\` on actions/checkout so the base is available`,
        });
      }
    }
    throw error;
  }
}

async function run(options: GateOptions): Promise<import('../report/model.js').Report> {
  // Independent git calls run side by side: each costs a process start, and the machine has cores to spare.
  // Revisions resolve the same from any directory of the work tree, so they need not wait for the root.
  const layoutPromise = repoLayout(options.repoDir);
  const headPromise = resolveCommit(options.repoDir, options.head ?? 'HEAD');
  const [{ root, shallowFile }, head, base] = await allInOrder([layoutPromise, headPromise, resolveBase(options.repoDir, headPromise, options)]);
  const globs = options.manifestGlobs && options.manifestGlobs.length > 0 ? options.manifestGlobs : DEFAULT_MANIFEST_GLOBS;
  const policyDir = options.policyDir ?? DEFAULT_POLICY_DIR;
  const now = options.now ?? new Date();
  const matchers = globs.map((g) => new Minimatch(g, { dot: true }));
  const isManifest = (path: string) => !isPolicyFile(path, policyDir) && matchers.some((m) => m.match(path));

  const extraPromise = options.extraFindings ? options.extraFindings({ base, head }) : Promise.resolve([]);
  extraPromise.catch(() => undefined); // awaited before the report; this only keeps an early failure from going unhandled
  const reader = new BlobReader(root, { maxBlobSize: MAX_SOURCE_BYTES });
  try {
    const findings: Finding[] = [];
    const changes: Change[] = [];
    const approvals: ApprovalRequest[] = [];
    const waivers: WaiverStatus[] = [];
    const manifests: ManifestResult[] = [];
    const awaitingReviews: { input: JudgeInput; result: Omit<ManifestResult, 'exposureReductionOnly' | 'verdict'> }[] = [];
    const record = (judged: Judgement, result: Omit<ManifestResult, 'exposureReductionOnly' | 'verdict'>) => {
      changes.push(...judged.changes);
      findings.push(...judged.findings);
      approvals.push(...judged.approvals);
      waivers.push(...judged.waivers);
      manifests.push({ ...result, exposureReductionOnly: judged.exposureReductionOnly, verdict: judged.verdict });
    };
    const loadOne = async <T>(ref: FileRef, load: (file: string, bytes: Buffer) => Loaded<T>): Promise<Loaded<T>> => loadFromRef(ref, await readBlobs(reader, [ref]), load);

    // Policy: from the base commit, never from head (the change under review cannot weaken its own gate).
    const policyCommit = base ?? head;
    const [policyListing, diffBase, headListing] = await allInOrder([
      listTree(root, policyCommit, [policyDir.replace(/\/+$/, '') || '.']),
      // What the change touches: head against the merge base, so commits that reached the base branch after
      // the pull request forked do not show up reversed as its changes.
      base ? mergeBase(root, base, head).then((m) => m ?? base) : null,
      !base || options.all ? listTree(root, head, staticPrefixes(globs), { sizes: false }) : [],
    ]);
    const diffPromise = diffBase ? diffTrees(root, diffBase, head) : Promise.resolve([]);
    // Reading the policies must not leave a failed diff unobserved (an unhandled rejection ends the process).
    diffPromise.catch(() => undefined);
    const policyEntries = policyListing.filter((e) => isPolicyFile(e.path, policyDir));
    const policies: Policy[] = [];
    for (const e of policyEntries) {
      const loaded = await loadOne({ path: e.path, oid: e.oid, mode: e.mode }, loadPolicy);
      if (loaded.ok) policies.push(loaded.value);
      else findings.push(...loaded.problems.map((p) => builtinFinding('policy_invalid', p, `policy ${p.message}`, p.hint)));
    }
    const policySource: PolicySource =
      policyEntries.length > 0 ? { kind: 'repository', files: policyEntries.map((e) => e.path).sort(), commit: policyCommit } : { kind: 'default', files: [], commit: null };
    const fallbackPolicy = defaultPolicy();

    const diff: FileChange[] = await diffPromise;
    const targets = new Map<string, ManifestTarget>();
    for (const e of headListing) {
      // Unchanged manifests compare with themselves (no changes); the diff below replaces the changed ones.
      const ref: FileRef = { path: e.path, oid: e.oid, mode: e.mode };
      if (isManifest(e.path)) targets.set(e.path, { status: base ? 'unchanged' : 'added', head: ref, base: base ? ref : null });
    }
    for (const c of diff) {
      const headRef: FileRef = { path: c.path, oid: c.newOid, mode: c.newMode };
      if (c.status === 'renamed' || c.status === 'copied') {
        const baseRef: FileRef = { path: c.from, oid: c.oldOid, mode: c.oldMode };
        if (isManifest(c.path)) targets.set(c.path, { status: c.status === 'renamed' ? 'renamed' : 'added', head: headRef, base: c.status === 'renamed' && isManifest(c.from) ? baseRef : null });
        if (c.status === 'renamed' && isManifest(c.from) && !isManifest(c.path)) targets.set(c.from, { status: 'removed', head: null, base: baseRef });
      } else if (isManifest(c.path)) {
        const baseRef: FileRef = { path: c.path, oid: c.oldOid, mode: c.oldMode };
        targets.set(c.path, { status: c.status === 'added' ? 'added' : c.status === 'deleted' ? 'removed' : 'modified', head: c.status === 'deleted' ? null : headRef, base: c.status === 'added' ? null : baseRef });
      }
    }

    // Globs that match no file at all gate nothing: a typo or a moved directory must not read as a pass.
    if (targets.size === 0) {
      const listing = options.all || !base ? headListing : await listTree(root, head, staticPrefixes(globs), { sizes: false });
      if (!listing.some((e) => isManifest(e.path))) {
        findings.push(
          builtinFinding(
            'manifests_not_found',
            { file: globs.join(', '), line: 1, column: 1 },
            `no file at ${head.slice(0, 12)} matches the manifest globs ${globs.map((g) => `"${g}"`).join(', ')}, so there is nothing to gate`,
            'point the `manifests` input (action) or `--manifests` (CLI) at the rollout manifests, or commit the first manifest',
          ),
        );
      }
    }

    // Policy files changed by the same change: reported, with what they loosen.
    for (const c of diff) {
      const touched = [c.path, ...(c.status === 'renamed' || c.status === 'copied' ? [c.from] : [])].some((p) => isPolicyFile(p, policyDir));
      if (!touched) continue;
      const beforeRef: FileRef | null = c.status === 'added' ? null : { path: c.status === 'renamed' || c.status === 'copied' ? c.from : c.path, oid: c.oldOid, mode: c.oldMode };
      const afterRef: FileRef | null = c.status === 'deleted' ? null : { path: c.path, oid: c.newOid, mode: c.newMode };
      const before = beforeRef ? await loadOne(beforeRef, loadPolicy) : null;
      const after = afterRef ? await loadOne(afterRef, loadPolicy) : null;
      changes.push({ kind: 'policy_changed', file: c.path, line: 1, subject: 'policy', releaseBearing: true, path: c.path, ...(c.status === 'renamed' || c.status === 'copied' ? { status: c.status, previousPath: c.from } : { status: c.status === 'added' ? 'added' : c.status === 'deleted' ? 'removed' : 'modified', previousPath: null }) });
      const loosens = describeLoosening(before?.ok ? before.value : null, after ? (after.ok ? after.value : null) : null);
      if (after && !after.ok) {
        loosens.push('the new version is invalid and would fail every run after merge');
        for (const p of after.problems) findings.push(builtinFinding('policy_invalid', p, `policy (proposed) ${p.message}`, p.hint));
      }
      findings.push(
        loosens.length > 0
          ? builtinFinding('policy_changed', { file: c.path, line: 1, column: 1 }, `policy change loosens the gate: ${loosens.join('; ')}`)
          : builtinFinding('policy_changed', { file: c.path, line: 1, column: 1 }, 'policy changed; it applies after merge (this change is gated by the base policy)', undefined, 'warn'),
      );
    }

    // Dwell histories for every manifest the change modifies, in one git log walk per 400 paths. The walk
    // runs while the first batch is parsed; it is awaited only where pacing needs it.
    const sorted = [...targets.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    const modified = sorted.flatMap(([, t]) => (t.base && t.head && t.base.oid !== t.head.oid ? [t.base.path] : []));
    const pacedByAnyPolicy = [...policies, fallbackPolicy].some((p) => p.get(MIN_DWELL) !== null);
    const historiesPromise = base && pacedByAnyPolicy && modified.length > 0 ? historiesOf(root, base, modified, reader, shallowFile) : Promise.resolve(null);
    historiesPromise.catch(() => undefined); // observed below; this only keeps an early failure from going unhandled

    // More than one batch: list evidence directories once instead of one ls-tree per batch.
    const listWhole = sorted.length > BATCH;
    const headTree = new TreeLookup(root, head, listWhole);
    const baseTree = diffBase ? new TreeLookup(root, diffBase, listWhole) : null;
    // Only custom checks read a manifest's plain data; without them it is dropped as soon as the model is built.
    const keepRaw = [...policies, fallbackPolicy].some((p) => p.get(CUSTOM_CHECKS).length > 0);
    const load = (file: string, bytes: Buffer) => loadManifest(file, bytes, { keepRaw });
    const combined = new Map<string, EffectivePolicy>();
    const fallbackEffective = combinePolicies([fallbackPolicy]);
    const effectivePolicyFor = (file: string): EffectivePolicy => {
      const applicable = policiesFor(file, policies);
      const chosen = applicable.length > 0 ? applicable : [fallbackPolicy];
      // Most manifests share one set of applicable policies: combine each distinct set once.
      const key = chosen.map((p) => p.file).join('\0');
      const cached = combined.get(key);
      if (cached) return cached;
      const effective = chosen.length === 1 && chosen[0] === fallbackPolicy ? fallbackEffective : combinePolicies(chosen);
      combined.set(key, effective);
      return effective;
    };
    // Batches bound memory at monorepo scale: read, load, resolve evidence and evaluate, keep only results.
    for (let i = 0; i < sorted.length; i += BATCH) {
      const batch = sorted.slice(i, i + BATCH);
      const blobs = await readBlobs(reader, batch.flatMap(([, t]) => [t.head, t.base]));
      const loaded = batch.map(([file, target]) => {
        const h = target.head ? loadFromRef(target.head, blobs, load) : null;
        // In a large run, start listing this manifest's evidence directories now (once per run): git works
        // while we parse. A small run looks its few paths up after the batch, with no listing to warm.
        if (listWhole && h?.ok) {
          headTree.warm(evidenceRefsOf(h.value).map((r) => r.path));
          baseTree?.warm(reviewPathsOf(h.value));
        }
        // An unchanged manifest is the same blob on both sides: parse it once.
        const b = target.base ? (target.head && target.base.oid === target.head.oid ? h : loadFromRef(target.base, blobs, load)) : null;
        return { target, file, head: h?.ok ? h.value : null, base: b?.ok ? b.value : null, headProblems: h && !h.ok ? h.problems : [] };
      });

      // Evidence against the head tree; review records also against the tree the change started from.
      const heads = loaded.flatMap((l) => (l.head ? [l.head] : []));
      const evidencePaths = heads.flatMap((m) => evidenceRefsOf(m).map((r) => r.path));
      const reviewPaths = heads.flatMap(reviewPathsOf);
      const evidence = await buildEvidenceIndex(headTree, baseTree, evidencePaths, reviewPaths);

      for (const l of loaded) {
        const effective = l.head ? effectivePolicyFor(l.file) : null;
        // Pacing reads the base branch's history; the walk is awaited only for a manifest the change
        // modifies whose active rules read it.
        const modifiedHere = l.base?.currentStage && l.target.base && l.target.head && l.target.base.oid !== l.target.head.oid;
        let dwell: DwellInfo | null = null;
        if (effective && l.head && l.base && l.target.base && modifiedHere && needsHistory(effective, l.head)) {
          const minDwellMs = effective.get(MIN_DWELL) ?? 0;
          dwell = dwellOf((await historiesPromise)?.get(l.target.base.path), l.target.base, l.base, (since) => now.getTime() - since.getTime() >= minDwellMs);
        }
        const input: JudgeInput = {
          file: l.file,
          previousFile: l.target.base?.path ?? null,
          base: l.base,
          head: l.head,
          headProblems: l.headProblems,
          // A removed manifest or one that does not load is never evaluated; any policy will do.
          policy: effective ?? fallbackEffective,
          evidence,
          dwell,
          approvals: { kind: 'unavailable', reason: 'reviews are read only when a rule asks for an approval' },
          now,
        };
        const judged = judgeManifest(input);
        const result = resultOf(l.file, l.target, l.base, l.head);
        // Reviews cost an API call: the adapter reads them once, and only when a judgement asks for an approval.
        if (options.readApprovals && judged.approvals.some((a) => a.state === 'unchecked')) awaitingReviews.push({ input, result });
        else record(judged, result);
      }
    }
    if (awaitingReviews.length > 0 && options.readApprovals) {
      const index = await options.readApprovals();
      for (const { input, result } of awaitingReviews) record(judgeManifest({ ...input, approvals: index }), result);
    }
    findings.push(...(await extraPromise));
    return buildReport({ base, head, policy: policySource, manifests, changes, findings, approvals, waivers });
  } finally {
    await reader.close();
  }
}

/**
 * The directories the manifest globs can match under (`rollouts/**\/*.yaml` -> `rollouts`), so a full check
 * lists only those subtrees of a monorepo; empty when some glob could match anywhere.
 */
export function staticPrefixes(globs: readonly string[]): string[] {
  const prefixes: string[] = [];
  for (const g of globs) {
    const segments = g.split('/');
    const fixed: string[] = [];
    for (const seg of segments.slice(0, -1)) {
      if (/[*?[\]{}()!+@]/.test(seg)) break;
      fixed.push(seg);
    }
    if (fixed.length === 0) return [];
    prefixes.push(fixed.join('/'));
  }
  return [...new Set(prefixes)];
}

/** What the report says of a manifest besides its judgement. */
function resultOf(file: string, target: ManifestTarget, base: Manifest | null, head: Manifest | null): Omit<ManifestResult, 'exposureReductionOnly' | 'verdict'> {
  return {
    file,
    previousFile: target.status === 'renamed' ? (target.base?.path ?? null) : null,
    status: target.status,
    workflow: head?.workflow ?? base?.workflow ?? null,
    ladder: (head ?? base)?.stages.map((s) => s.name) ?? [],
    stageBefore: base?.currentStage?.name ?? null,
    stageAfter: head?.currentStage?.name ?? null,
  };
}

/** The review records a manifest's orchestration paths point at (looked up in the base tree too). */
const reviewPathsOf = (m: Manifest): string[] => m.orchestration.flatMap((p) => (p.review ? [p.review.path] : []));

type BlobTable = ReadonlyMap<string, BlobRead>;

/** Reads the blobs of several files in one pipelined request to the cat-file process. */
async function readBlobs(reader: BlobReader, refs: readonly (FileRef | null)[]): Promise<BlobTable> {
  const oids = [...new Set(refs.flatMap((r) => (r?.oid && r.mode !== SYMLINK_MODE ? [r.oid] : [])))];
  const table = new Map<string, BlobRead>();
  for (const blob of await reader.readMany(oids)) if (blob) table.set(blob.oid, blob);
  return table;
}

function loadFromRef<T>(ref: FileRef, blobs: BlobTable, load: (file: string, bytes: Buffer) => Loaded<T>): Loaded<T> {
  const at = { file: ref.path, line: 1, column: 1 };
  if (ref.mode === SYMLINK_MODE) return { ok: false, problems: [{ ...at, message: 'file is a symbolic link; rollout files must be regular files', hint: 'replace the link with the file itself' }] };
  const blob = ref.oid ? blobs.get(ref.oid) : undefined;
  // cat-file reports a corrupt object as missing: either way the file cannot be judged, so it blocks.
  if (!blob) return { ok: false, problems: [{ ...at, message: 'file could not be read from git (missing or corrupt object)', hint: 'check the repository with `git fsck`' }] };
  if (blob.tooLarge) return { ok: false, problems: [{ ...at, message: `file is over the ${MAX_SOURCE_BYTES}-byte limit for rollout files`, hint: 'split it into one manifest per workflow; it was not parsed' }] };
  return load(ref.path, blob.content);
}

type History = readonly FileVersion[] | 'shallow';

/** The first-parent histories of manifests on the base branch, with every version's content. */
async function historiesOf(root: string, base: string, paths: readonly string[], reader: BlobReader, shallowFile: string): Promise<Map<string, { versions: History; blobs: BlobTable }>> {
  const out = new Map<string, { versions: History; blobs: BlobTable }>();
  if (paths.length === 0) return out;
  const byPath = await fileHistories(root, base, paths, 200, shallowFile);
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
function dwellOf(history: { versions: History; blobs: BlobTable } | undefined, baseRef: FileRef, baseManifest: Manifest, enough: (since: Date) => boolean): DwellInfo {
  if (!history) return { kind: 'unknown', because: 'no_history' };
  if (history.versions === 'shallow') return { kind: 'unknown', because: 'shallow' };
  const key = (m: Manifest) => JSON.stringify([m.currentStage?.name ?? null, m.currentStage?.trafficPercent ?? null, m.currentStage?.tenantPercent ?? null, m.currentStage?.accounts ?? null, m.currentStage?.users ?? null]);
  const want = key(baseManifest);
  let since: Date | null = null;
  for (const v of history.versions) {
    // The newest version is usually the base's own blob, parsed already.
    if (since && enough(since)) break;
    if (v.oid !== null && v.oid === baseRef.oid) {
      since = new Date(v.time * 1000);
      continue;
    }
    const blob = v.oid ? history.blobs.get(v.oid) : undefined;
    if (!blob || blob.tooLarge) break;
    const m = loadManifest(baseRef.path, blob.content, { keepRaw: false });
    if (!m.ok || key(m.value) !== want) break;
    since = new Date(v.time * 1000);
  }
  return since ? { kind: 'held_since', since } : { kind: 'unknown', because: 'no_history' };
}
