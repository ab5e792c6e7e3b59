// The engine: load (git objects) -> parse -> validate -> diff -> evaluate -> report. Adapters (CLI, action)
// call runGate and render the report; nothing here knows about GitHub.
import { Minimatch } from 'minimatch';
import { BlobReader } from '../git/blobs.js';
import { GitError } from '../git/exec.js';
import { grepFiles } from '../git/grep.js';
import { isOid } from '../git/oid.js';
import { fetchCommit, firstParent, hasCommit, mergeBaseDeepening, repoLayout, resolveCommit } from '../git/revs.js';
import { diffTrees, listTree, type FileChange, type TreeEntry } from '../git/tree.js';
import { judgeManifest, needsHistory, type JudgeInput, type Judgement } from '../core/judge/judgeManifest.js';
import { loadManifest, loadPolicy } from '../core/load/documents.js';
import { BlankBlobs, buildEvidenceIndex, TreeLookup } from './evidence.js';
import { loadEvidenceContent, startEvidenceHistory } from './evidenceContent.js';
import { editedFiles, typedDependents } from './typedDependents.js';
import { EVIDENCE_MAX_AGE } from '../core/rules/evidenceSettings.js';
import type { EvidenceKind } from '../core/model/vocabulary.js';
import type { SourceLocation } from '../core/model/location.js';
import { evidenceRefsOf, type Manifest } from '../core/model/manifest.js';
import { MAX_SOURCE_BYTES, parseYamlSource } from '../core/parse/yamlSource.js';
import { CUSTOM_CHECKS } from '../core/policy/coreSettings.js';
import { DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML } from '../core/policy/defaultPolicy.js';
import { combinePolicies, type EffectivePolicy } from '../core/policy/effective.js';
import { gatingPolicies, policiesInForce } from '../core/policy/loosening.js';
import type { Policy } from '../core/policy/policy.js';
import { buildReport, verdictOf, TOOL_VERSION } from '../core/report/build.js';
import {
  embeddedSource,
  policyDigest,
  sortInputs,
  sortPolicies,
  type ManifestPolicy,
  type RecordedInput,
  type RecordedReviews,
} from '../core/report/record.js';
import { recordingReviews } from '../core/report/reviews.js';
import type { Change, EvidenceCheck, Finding, ManifestResult, PolicySource, Report, Verdict, WaiverStatus } from '../core/report/model.js';
import { builtinFinding } from '../core/rules/builtin.js';
import { MIN_DWELL } from '../core/rules/dwellTime.js';
import type { ApprovalRequest, DwellInfo } from '../core/rules/rule.js';
import { allInOrder } from '../core/util/allInOrder.js';
import { brokenArtifacts, manifestsMentioning, relyingOn } from './dependents.js';
import { dwellOf, historiesOf } from './dwell.js';
import { evaluatedTree } from './evaluated.js';
import { checkGateWorkflow } from './gateWorkflow.js';
import { startChangeTimelines } from './changeTimelines.js';
import { bindingAmong, dwellWithSources, readBoundSources, sourcesMoved, touchedPaths } from './sources.js';
import { sourceExposures } from '../core/sources/sourceDiff.js';
import { duplicateFinding, duplicatesOf, liveRemovalFinding, WORKFLOW_LINE, type WorkflowHolder } from './identity.js';
import { DEFAULT_MANIFEST_GLOBS, DEFAULT_POLICY_DIR, type GateFailure, type GateOptions, type GateOutcome } from './options.js';
import { invalidBaseFindings, judgePolicyEdits, sideOf, type PolicyEdit, type PolicyFile } from './policyChanges.js';
import { loadRefs, readBlobs, type BlobTable } from './refs.js';
import { inThreadLoader, loadManifestRefs } from './manifestLoader.js';
import { pairByWorkflow, pairingCandidates, targetsFromDiff, workflowKey, type FileRef, type ManifestTarget } from './targets.js';

/**
 * Manifests loaded and evaluated together. Small batches bound memory and let parsed manifests die young
 * (a young-generation GC copies whatever is still alive): 100 ran ~5% faster than 500 on 2,000 manifests.
 */
const BATCH = 100;

/** `items` in runs of `size`, in order. */
function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

let embeddedDefault: Policy | undefined;

/** The embedded default policy, parsed once per process. */
export function defaultPolicy(): Policy {
  if (!embeddedDefault) {
    const loaded = loadPolicy(DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML);
    if (!loaded.ok) throw new Error(`embedded default policy is invalid: ${loaded.problems[0]?.message ?? 'no message'}`);
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
  // A fetch of the base waits for any fetch of the head: two fetches at once race for the shallow file's lock.
  return resolveFetching(dir, options.base, 'base', options.fetchRemote, head);
}

/**
 * A revision, fetched once by id when a shallow clone lacks it (a depth-1 checkout of the merge commit
 * has neither the pull request's head nor its base); then it fails with what to configure.
 */
async function resolveFetching(
  dir: string,
  rev: string,
  what: 'base' | 'head',
  remote: string | null | undefined,
  after: Promise<unknown> = Promise.resolve(),
): Promise<string> {
  try {
    return await resolveCommit(dir, rev);
  } catch (error) {
    if (error instanceof GitError && error.kind === 'unknown_revision' && remote && isOid(rev)) {
      await after.catch(() => undefined);
      if (await fetchCommit(dir, rev, remote)) return resolveCommit(dir, rev);
      if (!(await hasCommit(dir, rev))) {
        throw new GitError('shallow', ['fetch', remote, rev], '', {
          cwd: dir,
          message: `the ${what} commit ${rev} is not in this clone and could not be fetched from ${remote}; set \`fetch-depth: 0\` on actions/checkout so the ${what} is available`,
        });
      }
    }
    throw error;
  }
}

async function run(options: GateOptions): Promise<Report> {
  // Independent git calls run side by side: each costs a process start, and the machine has cores to spare.
  // Revisions resolve the same from any directory of the work tree, so they need not wait for the root.
  const layoutPromise = repoLayout(options.repoDir);
  const headPromise = resolveFetching(options.repoDir, options.head ?? 'HEAD', 'head', options.fetchRemote);
  const [{ root, shallowFile }, head, base] = await allInOrder([layoutPromise, headPromise, resolveBase(options.repoDir, headPromise, options)]);
  const globs = options.manifestGlobs && options.manifestGlobs.length > 0 ? options.manifestGlobs : DEFAULT_MANIFEST_GLOBS;
  const policyDir = options.policyDir ?? DEFAULT_POLICY_DIR;
  const now = options.now ?? new Date();
  const matchers = globs.map((g) => new Minimatch(g, { dot: true }));
  const isPolicy = (path: string) => isPolicyFile(path, policyDir);
  const isManifest = (path: string) => !isPolicy(path) && matchers.some((m) => m.match(path));
  const manifestPrefixes = staticPrefixes(globs);

  const extraPromise = options.extraFindings ? options.extraFindings({ base, head }) : Promise.resolve([]);
  extraPromise.catch(() => undefined); // awaited before the report; this only keeps an early failure from going unhandled
  const gateWorkflow = options.gateWorkflow;
  const gateWorkflowPromise = gateWorkflow ? checkGateWorkflow(root, gateWorkflow, head) : Promise.resolve(null);
  gateWorkflowPromise.catch(() => undefined); // awaited with the adapter's findings, for the same reason
  const reader = new BlobReader(root, { maxBlobSize: MAX_SOURCE_BYTES });
  try {
    const findings: Finding[] = [];
    const changes: Change[] = [];
    const approvals: ApprovalRequest[] = [];
    const waivers: WaiverStatus[] = [];
    const evidenceChecks: EvidenceCheck[] = [];
    const manifests: ManifestResult[] = [];
    // The decision record: every file the verdict read, by object id, and the policy each manifest was judged by.
    const recorded: RecordedInput[] = [];
    const judgedBy: ManifestPolicy[] = [];
    let reviewsRead = false;
    let reviewed: RecordedReviews | undefined;
    // Findings the engine raises about a manifest beyond its judgement (identity, removal): they count in its verdict.
    const engineFindings = new Map<string, Finding[]>();
    const raise = (file: string, f: Finding) => {
      findings.push(f);
      engineFindings.set(file, [...(engineFindings.get(file) ?? []), f]);
    };
    const awaitingReviews: { input: JudgeInput; result: Omit<ManifestResult, 'exposureReductionOnly' | 'verdict'> }[] = [];
    const record = (judged: Judgement, result: Omit<ManifestResult, 'exposureReductionOnly' | 'verdict'>) => {
      changes.push(...judged.changes);
      findings.push(...judged.findings);
      approvals.push(...judged.approvals);
      waivers.push(...judged.waivers);
      evidenceChecks.push(...judged.evidenceChecks);
      manifests.push({ ...result, exposureReductionOnly: judged.exposureReductionOnly, verdict: judged.verdict });
    };

    // Policy: from the base commit, never from head (the change under review cannot weaken its own gate).
    const policyCommit = base ?? head;
    const [policyListing, forkPoint, headListing] = await allInOrder([
      listTree(root, policyCommit, [policyDir.replace(/\/+$/, '') || '.'], { sizes: false }),
      // What the change touches: head against the merge base, so commits that reached the base branch after
      // the pull request forked do not show up reversed as its changes. A shallow clone is deepened until
      // the merge base is found, or the run fails closed.
      base ? mergeBaseDeepening(root, base, head, options.fetchRemote) : null,
      !base || options.all ? listTree(root, head, manifestPrefixes, { sizes: false }) : [],
    ]);
    // Histories that share nothing (complete on both sides) have no fork point: the base itself is all there is.
    const diffBase = base && forkPoint ? (forkPoint.kind === 'found' ? forkPoint.sha : base) : null;
    if (base && forkPoint?.kind === 'unrelated') {
      findings.push(
        builtinFinding(
          'merge_base_missing',
          { file: globs.join(', '), line: 1, column: 1 },
          `${head.slice(0, 12)} and the base ${base.slice(0, 12)} share no history, so the changes are taken against the base itself: ` +
            "anything the base has that the head lacks shows up as this change's",
          undefined,
          'warn',
        ),
      );
    }
    const diffPromise = diffBase ? diffTrees(root, diffBase, head) : Promise.resolve([]);
    // Reading the policies must not leave a failed diff unobserved (an unhandled rejection ends the process).
    diffPromise.catch(() => undefined);
    // Evidence is read where it will be live: the merge of head into the base (or head, as asked).
    const evaluatedPromise = evaluatedTree(root, diffBase ? base : null, head, options.evaluate ?? 'head', globs.join(', '));
    evaluatedPromise.catch(() => undefined);
    const policyEntries = policyListing.filter((e) => isPolicy(e.path));
    for (const e of policyEntries) recorded.push({ role: 'policy', commit: policyCommit, path: e.path, oid: e.oid });
    const policyOids = new Map(policyEntries.map((e) => [e.path, e.oid]));
    const basePolicyFiles = await loadPolicyFiles(
      reader,
      policyEntries.map((e) => ({ path: e.path, oid: e.oid, mode: e.mode })),
    );
    const fallbackPolicy = defaultPolicy();
    // An invalid file does not leave its manifests ungated: the embedded default stands in for it.
    const policies = policiesInForce(sideOf(basePolicyFiles), fallbackPolicy);
    const policySource: PolicySource =
      policyEntries.length > 0
        ? { kind: 'repository', files: policyEntries.map((e) => e.path).sort(), commit: policyCommit }
        : { kind: 'default', files: [], commit: null };

    const diff: FileChange[] = await diffPromise;
    const evaluated = await evaluatedPromise;
    const blank = new BlankBlobs(reader);
    const lightLoad = (file: string, bytes: Buffer) => loadManifest(file, bytes, { keepRaw: false });
    let targets = targetsFromDiff(diff, isManifest, headListing, base !== null);
    // Manifests the change does not touch but that rely on what it touches (a full check judges them all
    // anyway): evidence it breaks, typed evidence or prompts it edits, exposure sources it changes. One
    // search of the manifests' text at the fork point finds them all; each kind confirms its own. The
    // search reads every manifest's text, so the walks for the changed ones start while it runs.
    const dependentsPromise = (async () => {
      if (!diffBase || options.all) return [];
      const gated = (p: string) => isManifest(p) || isPolicy(p);
      const known = new Set(targets.keys());
      const touched = touchedPaths(diff, gated);
      const [broken, candidates] = await allInOrder([
        brokenArtifacts(diff, gated, new TreeLookup(root, evaluated.rev, reader, { sizes: true, blank }), blank),
        manifestsMentioning({ root, commit: diffBase, head, reader, prefixes: manifestPrefixes, isManifest }, touched, known),
      ]);
      const edited = editedFiles(diff, gated).filter((p) => !broken.includes(p));
      const found = new Map<string, TreeEntry>();
      for (const e of [...relyingOn(candidates, broken), ...typedDependents(candidates, edited), ...bindingAmong(candidates, touched)]) found.set(e.path, e);
      return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    })();
    dependentsPromise.catch(() => undefined); // awaited below, after the pairing; this only keeps an early failure from going unhandled
    const [paired, edits] = await allInOrder([
      // A manifest deleted and written again under another name is the same rollout when it names the same workflow.
      (async () => {
        const candidates = pairingCandidates(targets);
        if (candidates.length === 0) return targets;
        const loaded = await loadRefs(reader, candidates, lightLoad);
        return pairByWorkflow(targets, (ref) => {
          const l = loaded.get(ref);
          return l?.ok ? l.value.workflow : null;
        });
      })(),
      policyEditsOf(diff, isPolicy, basePolicyFiles, reader),
    ]);
    targets = paired;
    const byPath = ([x]: readonly [string, unknown], [y]: readonly [string, unknown]) => (x < y ? -1 : x > y ? 1 : 0);

    // Dwell histories for every manifest the change modifies, in one bounded git log walk. The walk
    // runs while the first batch is parsed; it is awaited only where pacing needs it.
    const touchedTargets = [...targets.entries()].sort(byPath);
    // The exposure charts: each touched rollout's base-branch history, walked while the change is judged.
    const charts = startChangeTimelines({
      root,
      base: options.timelines === false ? null : base,
      head,
      now,
      reader,
      shallowFile,
      targets: options.timelines === false ? [] : touchedTargets,
    });
    const modified = touchedTargets.flatMap(([, t]) => (t.base && t.head && t.base.oid !== t.head.oid ? [t.base.path] : []));
    const longestDwell = Math.max(0, ...[...policies, fallbackPolicy].map((p) => p.get(MIN_DWELL) ?? 0));
    const pacedByAnyPolicy = [...policies, fallbackPolicy].some((p) => p.get(MIN_DWELL) !== null);
    const historiesPromise =
      base && pacedByAnyPolicy && modified.length > 0
        ? historiesOf(root, base, modified, reader, { shallowFile, now, holdMs: longestDwell })
        : Promise.resolve(null);
    historiesPromise.catch(() => undefined); // observed below; this only keeps an early failure from going unhandled

    // Evidence paths are looked up one by one through the run's cat-file process; with more than one batch,
    // each manifest's directories are read while the batch is still being parsed (counted before the
    // manifests that rely on the change are known: they are few).
    const listWhole = touchedTargets.length > BATCH;
    const headTree = new TreeLookup(root, evaluated.rev, reader, { sizes: true, blank });
    const baseTree = diffBase ? new TreeLookup(root, diffBase, reader, { sizes: false }) : null;
    // A manifest is no evidence, of itself or of another: it changes with every rollout change.
    const refuse = (path: string) =>
      isManifest(path) ? 'is a rollout manifest, not evidence: manifests change with every rollout change, so one proves nothing about readiness' : null;
    // Evidence kinds some policy ages: their files' history is read even when they are plain documents.
    const agedKinds = new Set([...policies, fallbackPolicy].flatMap((p) => Object.keys(p.get(EVIDENCE_MAX_AGE)) as EvidenceKind[]));
    // Only custom checks read a manifest's plain data; without them it is dropped as soon as the model is built.
    const keepRaw = [...policies, fallbackPolicy].some((p) => p.get(CUSTOM_CHECKS).length > 0);
    const combined = new Map<string, EffectivePolicy>();
    const fallbackEffective = combinePolicies([fallbackPolicy]);
    // Each file's gating policies are matched once: the judgement and the decision record both ask.
    const chosenFor = new Map<string, Policy[]>();
    const gatingFor = (file: string): Policy[] => {
      let chosen = chosenFor.get(file);
      if (!chosen) chosenFor.set(file, (chosen = gatingPolicies(file, policies, fallbackPolicy)));
      return chosen;
    };
    const keyOf = (chosen: readonly Policy[]) => chosen.map((p) => p.file).join('\0');
    const effectivePolicyFor = (file: string): EffectivePolicy => {
      const chosen = gatingFor(file);
      // Most manifests share one set of applicable policies: combine each distinct set once.
      const key = keyOf(chosen);
      const cached = combined.get(key);
      if (cached) return cached;
      const effective = chosen.length === 1 && chosen[0] === fallbackPolicy ? fallbackEffective : combinePolicies(chosen);
      combined.set(key, effective);
      return effective;
    };
    // The record of one set of policies (their blobs and digest), made once per distinct set.
    const records = new Map<string, Omit<ManifestPolicy, 'file'>>();
    const recordPolicyOf = (file: string) => {
      const chosen = gatingFor(file);
      const key = keyOf(chosen);
      let record = records.get(key);
      if (!record) {
        const sources = chosen.map((p) => ({
          file: p.file,
          source: p === fallbackPolicy ? embeddedSource(DEFAULT_POLICY_YAML) : (policyOids.get(p.file) ?? 'unknown'),
        }));
        records.set(key, (record = { digest: policyDigest(sources), sources }));
      }
      judgedBy.push({ file, ...record });
    };
    // The workflow each judged manifest names, for one-workflow-one-manifest; and whether every manifest
    // change only lowers exposure (then even an invalid base policy does not hold a rollback back).
    const holders: (WorkflowHolder & { readonly ref: FileRef })[] = [];
    let manifestChanges = 0;
    let onlyLowersExposure = true;
    // Batches bound memory at monorepo scale: read, load, resolve evidence and evaluate, keep only results.
    // The next batch is read (and loaded) while this one is judged. Loading stays in this thread: on the
    // two-CPU machine measured, worker threads took about a tenth off a full check and added some 80 MB to
    // its peak, which the full check's memory target cannot spare (history, with no such target, uses them).
    const loader = inThreadLoader;
    const prepare = async (batch: typeof touchedTargets) => {
      const blobs = await readBlobs(
        reader,
        batch.flatMap(([, t]) => [t.head, t.base]),
      );
      // An unchanged manifest is the same blob on both sides: parse it once.
      const refs = batch.flatMap(([, t]) => [...(t.head ? [t.head] : []), ...(t.base && !(t.head && t.base.oid === t.head.oid) ? [t.base] : [])]);
      const results = await loadManifestRefs(loader, refs, blobs, { keepRaw });
      const byRef = new Map(refs.map((r, k) => [r, results[k]!]));
      const items = batch.map(([file, target]) => {
        const h = target.head ? byRef.get(target.head)! : null;
        // In a large run, start listing this manifest's evidence directories now (once per run): git works
        // while the rest is loaded and judged. A small run looks its few paths up after the batch.
        if (listWhole && h?.ok) {
          headTree.warm(evidenceRefsOf(h.value).map((r) => r.path));
          baseTree?.warm(reviewPathsOf(h.value));
        }
        const b = target.base ? (target.head && target.base.oid === target.head.oid ? h : byRef.get(target.base)!) : null;
        return { target, file, head: h?.ok ? h.value : null, base: b?.ok ? b.value : null, headProblems: h && !h.ok ? h.problems : [] };
      });
      // The typed evidence's history walk needs only the manifests: it runs in git while the batch before is judged.
      const pairs = items.flatMap((l) => (l.head ? [{ head: l.head, base: l.base }] : []));
      return { items, pairs, history: startEvidenceHistory({ root, head, shallowFile, agedKinds }, pairs) };
    };
    // The manifests the change touches, in path order, then those that rely on what it touches: the first
    // batch is read and loaded while the search for the others runs.
    const batches: (typeof touchedTargets)[] = chunked(touchedTargets, BATCH);
    let upcoming = batches.length > 0 ? prepare(batches[0]!) : null;
    upcoming?.catch(() => undefined); // awaited in the loop; this only keeps an early failure from going unhandled

    const dependents = await dependentsPromise;
    for (const e of edits)
      if (e.change.status !== 'deleted' && e.after) recorded.push({ role: 'policy', commit: head, path: e.change.path, oid: e.change.newOid });
    const relying: typeof touchedTargets = [];
    for (const e of dependents) {
      const ref: FileRef = { path: e.path, oid: e.oid, mode: e.mode };
      if (targets.has(e.path)) continue;
      const target: ManifestTarget = { status: 'unchanged', head: ref, base: ref };
      targets.set(e.path, target);
      relying.push([e.path, target]);
    }
    batches.push(...chunked(relying, BATCH));
    if (upcoming === null && batches.length > 0) {
      upcoming = prepare(batches[0]!);
      upcoming.catch(() => undefined);
    }

    // Globs that match no file at all gate nothing: a typo or a moved directory must not read as a pass.
    if (targets.size === 0) {
      const listing = options.all || !base ? headListing : await listTree(root, head, manifestPrefixes, { sizes: false });
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

    // Policy files the change touches: reported, and judged by what they loosen for the manifests they gate.
    const judgedPaths = [...targets.values()].flatMap((t) => (t.head ? [{ before: t.base?.path ?? t.head.path, after: t.head.path }] : []));
    const policyJudgement = judgePolicyEdits(base ? basePolicyFiles : [], edits, base ? judgedPaths : [], fallbackPolicy, { compare: base !== null });
    changes.push(...policyJudgement.changes);
    findings.push(...policyJudgement.findings);

    try {
      for (let i = 0; i < batches.length; i++) {
        const { items: loaded, pairs, history } = await upcoming!;
        upcoming = i + 1 < batches.length ? prepare(batches[i + 1]!) : null;
        upcoming?.catch(() => undefined);

        // Evidence against the head tree; review records also against the tree the change started from.
        const heads = loaded.flatMap((l) => (l.head ? [l.head] : []));
        const evidencePaths = heads.flatMap((m) => evidenceRefsOf(m).map((r) => r.path));
        const reviewPaths = heads.flatMap(reviewPathsOf);
        const index = await buildEvidenceIndex(headTree, baseTree, evidencePaths, reviewPaths, { blank, refuse });
        // Typed evidence: its content and history, read here so the judgement stays pure.
        const content = await loadEvidenceContent({ root, head, reader, shallowFile, diff: diffBase ? diff : null, agedKinds }, pairs, index, history);
        const evidence = { ...index, content };
        for (const l of loaded) {
          if (l.target.head) recorded.push({ role: 'manifest', commit: head, path: l.target.head.path, oid: l.target.head.oid });
          if (l.target.base && l.target.status !== 'unchanged')
            recorded.push({ role: 'manifest', commit: diffBase ?? head, path: l.target.base.path, oid: l.target.base.oid });
        }
        for (const path of evidencePaths) {
          const status = evidence.status(path);
          recorded.push({ role: 'evidence', commit: head, path, oid: status.kind === 'ok' ? status.oid : null });
        }
        if (diffBase) for (const path of reviewPaths) recorded.push({ role: 'review', commit: diffBase, path, oid: evidence.baseOid(path) });
        // The exposure sources these manifests bind, read at head and where the change started.
        const boundSources = await readBoundSources(loaded, { root, head, base: diffBase, reader, now });

        for (const l of loaded) {
          const effective = l.head ? effectivePolicyFor(l.file) : null;
          if (effective) recordPolicyOf(l.file);
          // Pacing reads the base branch's history; the walk is awaited only for a manifest the change
          // modifies whose active rules read it.
          const modifiedHere = l.base?.currentStage && l.target.base && l.target.head && l.target.base.oid !== l.target.head.oid;
          let dwell: DwellInfo | null = null;
          if (effective && l.head && l.base && l.target.base && modifiedHere && needsHistory(effective, l.head)) {
            const minDwellMs = effective.get(MIN_DWELL) ?? 0;
            const history = (await historiesPromise)?.get(l.target.base.path);
            if (history && history.versions !== 'shallow')
              for (const v of history.versions) recorded.push({ role: 'history', commit: v.commit, path: l.target.base.path, oid: v.oid });
            dwell = dwellOf(history, l.target.base, l.base, (since) => now.getTime() - since.getTime() >= minDwellMs);
          }
          const sources = boundSources.get(l.file) ?? [];
          // What a source serves moved: its hold on the base branch counts, and so does the live stage's.
          if (base && effective && l.head && l.base?.currentStage && l.target.base && sourcesMoved(sources) && needsHistory(effective, l.head)) {
            const minDwellMs = effective.get(MIN_DWELL) ?? 0;
            const basePath = l.target.base.path;
            const manifestDwell =
              dwell ??
              dwellOf(
                (await historiesOf(root, base, [basePath], reader, { shallowFile, now, holdMs: longestDwell })).get(basePath),
                l.target.base,
                l.base,
                (since) => now.getTime() - since.getTime() >= minDwellMs,
              );
            dwell = await dwellWithSources(manifestDwell, sources, { root, base, reader, shallowFile, now });
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
            sources,
          };
          const judged = judgeManifest(input);
          if (l.target.status !== 'unchanged') {
            manifestChanges += 1;
            if (!judged.exposureReductionOnly) onlyLowersExposure = false;
          }
          if (l.target.status === 'removed' && l.base?.currentStage) raise(l.file, liveRemovalFinding(l.base, l.target.movedTo));
          if (l.head && l.target.head)
            holders.push({
              file: l.file,
              workflow: l.head.workflow,
              continues: l.base !== null && workflowKey(l.base.workflow) === workflowKey(l.head.workflow),
              ref: l.target.head,
            });
          const result = { ...resultOf(l.file, l.target, l.base, l.head), sources: sourceExposures(sources, l.head) };
          // Reviews cost an API call: the adapter reads them once, and only when a judgement asks for an approval.
          if (options.readApprovals && judged.approvals.some((a) => a.state === 'unchecked')) awaitingReviews.push({ input, result });
          else record(judged, result);
        }
      }
    } finally {
      await loader.close();
    }
    if (awaitingReviews.length > 0 && options.readApprovals) {
      const reviews = recordingReviews(await options.readApprovals());
      reviewsRead = true;
      for (const { input, result } of awaitingReviews) record(judgeManifest({ ...input, approvals: reviews.index }), result);
      reviewed = reviews.recorded();
    }

    // One workflow, one manifest. A full check (or a first commit) judges every manifest; a pull request
    // looks for the other manifests of each workflow it names anew with one search of the manifests' text.
    const searchHead = base !== null && !options.all;
    for (const d of await duplicatesAmong(holders, { root, head: evaluated.rev, reader, isManifest, prefixes: manifestPrefixes, judged: targets, searchHead }))
      raise(d.file, d.finding);

    // A rollback is a change to manifests that only lowers exposure: a change to none is not one.
    const rollback = manifestChanges > 0 && onlyLowersExposure;
    findings.push(...invalidBaseFindings(basePolicyFiles, base ? edits : [], fallbackPolicy, rollback));
    // A merge that cannot be computed leaves what goes live unknown, but never holds a rollback back.
    if (evaluated.finding) findings.push(rollback && evaluated.finding.severity === 'block' ? { ...evaluated.finding, severity: 'warn' } : evaluated.finding);
    const withEngineFindings = manifests.map((m) => {
      const extra = engineFindings.get(m.file);
      return extra ? { ...m, verdict: worse(m.verdict, verdictOf(extra)) } : m;
    });
    const extra = await extraPromise;
    findings.push(...extra);
    const gateWorkflowCheck = await gateWorkflowPromise;
    if (gateWorkflowCheck) {
      findings.push(...gateWorkflowCheck.findings);
      options.gateWorkflowNotes?.(gateWorkflowCheck.notes);
    }
    const charted = await charts.finish({
      now,
      minDwellMs: (file) => effectivePolicyFor(file).get(MIN_DWELL),
      verdict: (file) => withEngineFindings.find((m) => m.file === file)?.verdict ?? null,
    });
    recorded.push(...charted.inputs);
    const decision = {
      format: 1 as const,
      toolVersion: TOOL_VERSION,
      base,
      mergeBase: diffBase,
      head,
      now: now.toISOString(),
      options: { manifestGlobs: [...globs], policyDir, all: options.all ?? false, evaluate: options.evaluate ?? 'head', timelines: options.timelines ?? true },
      policies: sortPolicies(judgedBy),
      inputs: sortInputs(recorded),
      external: {
        reviews: reviewsRead ? ('read' as const) : ('not_read' as const),
        ...(reviewed ? { reviewed } : {}),
        adapterChecks: [...new Set(extra.map((f) => f.check))].sort(),
        ...(gateWorkflow ? { gateWorkflow: { path: gateWorkflow.path, eventBase: gateWorkflow.eventBase } } : {}),
      },
    };
    return buildReport({
      base,
      head,
      evaluated: evaluated.state,
      policy: policySource,
      manifests: withEngineFindings,
      changes,
      findings,
      approvals,
      waivers,
      timelines: charted.timelines,
      record: decision,
      evidenceChecks,
    });
  } finally {
    await reader.close();
  }
}

/**
 * The judged manifests that repeat another manifest's workflow, with their findings. With `searchHead`,
 * the manifests at head that the run does not judge are searched (one `git grep`) for the workflows the
 * judged ones name anew, and the few found are read to confirm.
 */
async function duplicatesAmong(
  judgedHolders: readonly (WorkflowHolder & { readonly ref: FileRef })[],
  ctx: {
    readonly root: string;
    readonly head: string;
    readonly reader: BlobReader;
    readonly isManifest: (path: string) => boolean;
    readonly prefixes: readonly string[];
    readonly judged: ReadonlyMap<string, ManifestTarget>;
    readonly searchHead: boolean;
  },
): Promise<{ readonly file: string; readonly finding: Finding }[]> {
  const holders = [...judgedHolders];
  const fresh = holders.filter((h) => !h.continues);
  if (fresh.length > 0 && ctx.searchHead) {
    const names = [...new Map(fresh.map((h) => [workflowKey(h.workflow), h.workflow.trim()])).values()];
    const found = await grepFiles(ctx.root, ctx.head, names, ctx.prefixes, { ignoreCase: true, around: WORKFLOW_LINE });
    const hits = [...found].filter((p) => ctx.isManifest(p) && !ctx.judged.has(p)).sort();
    const entries = hits.length > 0 ? await listTree(ctx.root, ctx.head, hits, { sizes: false }) : [];
    const others = await loadRefs(
      ctx.reader,
      entries.filter((e) => e.type === 'blob').map((e) => ({ path: e.path, oid: e.oid, mode: e.mode })),
      (file, bytes) => loadManifest(file, bytes, { keepRaw: false }),
    );
    for (const [ref, l] of others) if (l.ok) holders.push({ file: ref.path, workflow: l.value.workflow, continues: true, ref });
  }
  // Only judged manifests carry the finding: an untouched pair is for a full check to report.
  const duplicates = duplicatesOf(holders).filter((d) => ctx.judged.has(d.file));
  if (duplicates.length === 0) return [];
  const refs = new Map(holders.map((h) => [h.file, h.ref]));
  const blobs = await readBlobs(
    ctx.reader,
    duplicates.map((d) => refs.get(d.file) ?? null),
  );
  return duplicates.map((d) => ({ file: d.file, finding: duplicateFinding(d, workflowLocation(refs.get(d.file)!, blobs)) }));
}

const worse = (a: Verdict, b: Verdict): Verdict => (a === 'block' || b === 'block' ? 'block' : a === 'warn' || b === 'warn' ? 'warn' : 'pass');

/** Where a manifest names its workflow (the manifest is read again: this is only for the few duplicates). */
function workflowLocation(ref: FileRef, blobs: BlobTable): SourceLocation {
  const blob = ref.oid ? blobs.get(ref.oid) : undefined;
  const parsed = blob && !blob.tooLarge ? parseYamlSource(ref.path, blob.content) : null;
  return parsed?.ok ? parsed.doc.at(['rollout_plan', 'workflow']) : { file: ref.path, line: 1, column: 1 };
}

async function loadPolicyFiles(reader: BlobReader, refs: readonly FileRef[]): Promise<PolicyFile[]> {
  const loaded = await loadRefs(reader, refs, loadPolicy);
  return refs.map((r) => ({ path: r.path, loaded: loaded.get(r)! }));
}

/** The diff entries that touch policy files, each with its version at the base and at head. */
async function policyEditsOf(
  diff: readonly FileChange[],
  isPolicy: (path: string) => boolean,
  base: readonly PolicyFile[],
  reader: BlobReader,
): Promise<PolicyEdit[]> {
  const byPath = new Map(base.map((f) => [f.path, f]));
  const touched = diff.filter((c) => isPolicy(c.path) || ((c.status === 'renamed' || c.status === 'copied') && isPolicy(c.from)));
  const headRefs = touched.flatMap((c): FileRef[] => (c.status !== 'deleted' && isPolicy(c.path) ? [{ path: c.path, oid: c.newOid, mode: c.newMode }] : []));
  const after = await loadPolicyFiles(reader, headRefs);
  const afterByPath = new Map(after.map((f) => [f.path, f]));
  return touched.map((c) => {
    // A copy leaves its source in place: only the new file is an edit.
    const beforePath = c.status === 'renamed' ? c.from : c.status === 'copied' ? null : c.path;
    return { change: c, before: beforePath !== null && isPolicy(beforePath) ? (byPath.get(beforePath) ?? null) : null, after: afterByPath.get(c.path) ?? null };
  });
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
function resultOf(
  file: string,
  target: ManifestTarget,
  base: Manifest | null,
  head: Manifest | null,
): Omit<ManifestResult, 'exposureReductionOnly' | 'verdict' | 'sources'> {
  return {
    file,
    previousFile: target.status === 'renamed' ? target.base.path : null,
    status: target.status,
    workflow: head?.workflow ?? base?.workflow ?? null,
    ladder: (head ?? base)?.stages.map((s) => s.name) ?? [],
    stageBefore: base?.currentStage?.name ?? null,
    stageAfter: head?.currentStage?.name ?? null,
  };
}

/** The review records a manifest's orchestration paths point at (looked up in the base tree too). */
export const reviewPathsOf = (m: Manifest): string[] => m.orchestration.flatMap((p) => (p.review ? [p.review.path] : []));
