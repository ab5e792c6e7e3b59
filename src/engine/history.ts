// `rollout-gate history`: each rollout's timeline from the first-parent history of a branch. One history
// walk for all manifests, one cat-file process for every version and commit, and for each version shown
// the verdict the gate gives its commit against its first parent: judged directly where that is what a
// run would answer (historyVerdicts.ts), else by running the gate again on the commit. The verdicts shown
// are replayed, never stored. For a manifest that binds exposure sources, what each served along the same
// history (sourceHistory.ts).
import { Minimatch } from 'minimatch';
import { BlobReader } from '../git/blobs.js';
import { GitError } from '../git/exec.js';
import { repoLayout, resolveCommit } from '../git/revs.js';
import { listTree } from '../git/tree.js';
import { buildTimeline, type ManifestVersion, type Timeline } from '../core/history/timeline.js';
import { branchVersions } from './branchVersions.js';
import { loadPolicy } from '../core/load/documents.js';
import { MAX_SOURCE_BYTES } from '../core/parse/yamlSource.js';
import { DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML } from '../core/policy/defaultPolicy.js';
import { combinePolicies } from '../core/policy/effective.js';
import { gatingPolicies, policiesInForce } from '../core/policy/loosening.js';
import type { Policy } from '../core/policy/policy.js';
import type { Verdict } from '../core/report/model.js';
import { MIN_DWELL } from '../core/rules/dwellTime.js';
import { DEFAULT_MANIFEST_GLOBS, DEFAULT_POLICY_DIR, type GateFailure } from './options.js';
import { customChecksInHistory, DirectJudge, removedManifests, verdictKey, type Wanted } from './historyVerdicts.js';
import { runGate, staticPrefixes } from './run.js';
import { sourceSamples } from './sourceHistory.js';

export interface HistoryOptions {
  readonly repoDir: string;
  /** The branch (or any revision) whose first-parent history is walked; default `HEAD`. */
  readonly ref?: string;
  /** Manifest paths (from the repository root); default: every manifest the globs match at the tip. */
  readonly paths?: readonly string[];
  readonly manifestGlobs?: readonly string[];
  readonly policyDir?: string;
  /** Closes the hold still in place; default now. Verdicts are judged at each commit's own time. */
  readonly now?: Date;
  /** Replay the gate's verdict for each commit (default true); off, only the timeline is read. */
  readonly verdicts?: boolean;
  /**
   * Run the whole gate on every commit, instead of judging a manifest edited in place directly (the same
   * answer, far slower: the tests compare the two).
   */
  readonly fullRuns?: boolean;
}

export interface RolloutHistory {
  /** The commit the history was walked from. */
  readonly tip: string;
  readonly now: string;
  readonly timelines: readonly Timeline[];
}

/** How the verdicts were reached: judged directly, and commits given a full gate run. */
export interface VerdictCounts {
  readonly direct: number;
  readonly fullRuns: number;
}

export type HistoryOutcome =
  { readonly ok: true; readonly history: RolloutHistory; readonly verdicts: VerdictCounts } | { readonly ok: false; readonly failure: GateFailure };

/** Versions followed per manifest, newest first: years of daily changes. */
const MAX_VERSIONS = 5000;
/** Gate runs replayed side by side: each is a handful of short git processes. */
const PARALLEL_RUNS = 2;

export async function runHistory(options: HistoryOptions): Promise<HistoryOutcome> {
  try {
    return { ok: true, ...(await walkHistory(options)) };
  } catch (error) {
    if (error instanceof GitError) {
      const code = error.kind === 'failed' || error.kind === 'missing_object' ? 'git_failed' : error.kind;
      return { ok: false, failure: { code, message: error.message } };
    }
    throw error;
  }
}

async function walkHistory(options: HistoryOptions): Promise<{ history: RolloutHistory; verdicts: VerdictCounts }> {
  const [{ root, shallowFile }, tip] = await Promise.all([repoLayout(options.repoDir), resolveCommit(options.repoDir, options.ref ?? 'HEAD')]);
  const globs = options.manifestGlobs && options.manifestGlobs.length > 0 ? options.manifestGlobs : DEFAULT_MANIFEST_GLOBS;
  const policyDir = (options.policyDir ?? DEFAULT_POLICY_DIR).replace(/^\.\/+/, '').replace(/\/+$/, '');
  const now = options.now ?? new Date();
  const matchers = globs.map((g) => new Minimatch(g, { dot: true }));
  const isPolicy = (p: string) => (policyDir === '' || p.startsWith(policyDir + '/')) && /\.ya?ml$/i.test(p);
  const isManifest = (p: string) => !isPolicy(p) && matchers.some((m) => m.match(p));

  const listed = options.paths && options.paths.length > 0 ? null : await listTree(root, tip, staticPrefixes(globs), { sizes: false });
  const paths = [...new Set(listed === null ? options.paths! : listed.filter((e) => e.type === 'blob' && isManifest(e.path)).map((e) => e.path))].sort();
  const reader = new BlobReader(root, { maxBlobSize: MAX_SOURCE_BYTES });
  try {
    // Verdicts judged here must know every manifest a commit held, the ones removed since too; and where
    // custom checks read a manifest's plain data, it is kept.
    const tipPaths = new Set(paths);
    const removed =
      options.verdicts !== false && listed !== null
        ? (await removedManifests(root, tip, staticPrefixes(globs), isManifest)).filter((p) => !tipPaths.has(p))
        : [];
    const keepRaw = options.verdicts !== false && (await customChecksInHistory(root, tip, policyDir, reader));
    // Each manifest's versions are judged as soon as they are loaded, while the others still load.
    const judge =
      options.verdicts === false || options.fullRuns
        ? null
        : await DirectJudge.start({
            root,
            tip,
            reader,
            shallowFile,
            policyDir,
            isManifest,
            isPolicy,
            prefixes: staticPrefixes(globs),
            everyManifest: listed !== null,
          });
    const walked = await branchVersions(root, tip, [...paths, ...removed], reader, {
      shallowFile,
      maxCount: MAX_VERSIONS,
      keepRaw,
      onPath: (path, versions) => {
        if (tipPaths.has(path)) judge?.add(versions);
      },
    });
    for (const path of paths) {
      const h = walked.get(path);
      if (h === 'shallow')
        throw new GitError('shallow', ['log', tip], '', {
          cwd: root,
          message: `the history of ${path} reaches the edge of this shallow clone, so its timeline would start in the middle; fetch the full history (\`git fetch --unshallow\`, or \`fetch-depth: 0\` on actions/checkout)`,
        });
      if (!h || h.length === 0)
        throw new GitError('unknown_revision', ['log', tip, '--', path], '', {
          cwd: root,
          message: `${path} has no history on the first-parent chain of ${tip.slice(0, 12)}: give the path of a rollout manifest from the repository root`,
        });
    }
    const perPath = new Map(paths.map((p) => [p, walked.get(p) as readonly ManifestVersion[]]));
    const removedVersions = new Map(
      removed.flatMap((p) => {
        const h = walked.get(p);
        return h && h !== 'shallow' ? [[p, h] as const] : [];
      }),
    );
    const dwell = await minDwellAt(root, reader, tip, policyDir, isPolicy, paths);
    const sources = await sourceSamples(root, tip, perPath, reader);
    const timelines = paths.map((path) => buildTimeline(path, perPath.get(path)!, { now, minDwellMs: dwell.get(path) ?? null, sources: sources.get(path) }));
    if (options.verdicts === false) return { history: { tip, now: now.toISOString(), timelines }, verdicts: { direct: 0, fullRuns: 0 } };
    // Verdicts only for what the timelines show: the manifest's versions, and the commits that changed only
    // a source it binds (a gate run judges the manifest through its source; those get a full run).
    const wanted: Wanted[] = [];
    const sourceOnly = new Set<string>();
    paths.forEach((path, i) => {
      const versions = perPath.get(path)!;
      const shown = new Set(timelines[i]!.entries.map((e) => e.commit));
      versions.forEach((v, index) => {
        if (shown.has(v.commit)) wanted.push({ path, index });
      });
      const own = new Set(versions.map((v) => v.commit));
      for (const commit of shown) if (!own.has(commit)) sourceOnly.add(commit);
    });
    const direct = judge
      ? await judge.settle(new Map([...perPath, ...removedVersions]), wanted, listed !== null && removedVersions.size === removed.length)
      : { verdicts: new Map<string, Verdict>(), fullRuns: [...new Set(wanted.map((w) => perPath.get(w.path)![w.index]!.commit))] };
    const fullRuns = [...new Set([...direct.fullRuns, ...sourceOnly])];
    // Each run judges at its commit's own time (the committer date every entry carries).
    const timeOf = new Map(timelines.flatMap((t) => t.entries.map((e) => [e.commit, Date.parse(e.date)] as const)));
    const verdicts = new Map([...direct.verdicts, ...(await replayVerdicts(root, globs, options.policyDir, fullRuns, timeOf))]);
    const judged = timelines.map((t) => ({ ...t, entries: t.entries.map((e) => ({ ...e, verdict: verdicts.get(verdictKey(e.commit, e.path)) ?? null })) }));
    return { history: { tip, now: now.toISOString(), timelines: judged }, verdicts: { direct: direct.verdicts.size, fullRuns: fullRuns.length } };
  } finally {
    await reader.close();
  }
}

/**
 * The gate's verdict for each commit that changed a manifest, run again on (first parent, commit) and
 * judged at the commit's own time, keyed by commit and path.
 */
async function replayVerdicts(
  root: string,
  globs: readonly string[],
  policyDir: string | undefined,
  commits: readonly string[],
  /** Each commit's committer date, in milliseconds. */
  timeOf: ReadonlyMap<string, number>,
): Promise<Map<string, Verdict>> {
  const out = new Map<string, Verdict>();
  let next = 0;
  const worker = async () => {
    while (next < commits.length) {
      const commit = commits[next++]!;
      const outcome = await runGate({
        repoDir: root,
        head: commit,
        manifestGlobs: globs,
        policyDir,
        now: new Date(timeOf.get(commit)!),
        fetchRemote: null,
        timelines: false,
      });
      if (!outcome.ok)
        throw new GitError('failed', ['replay', commit], '', {
          cwd: root,
          message: `the gate could not judge ${commit.slice(0, 12)} again: ${outcome.failure.message}`,
        });
      // A manifest the run judged has its own verdict; a removed one is judged by the run as a whole.
      for (const m of outcome.report.manifests) out.set(verdictKey(commit, m.file), m.verdict);
      for (const m of outcome.report.manifests) if (m.previousFile) out.set(verdictKey(commit, m.previousFile), m.verdict);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_RUNS }, worker));
  return out;
}

/** The dwell the policy at the tip asks of each manifest (null: none), as the gate would combine it. */
async function minDwellAt(
  root: string,
  reader: BlobReader,
  tip: string,
  policyDir: string,
  isPolicy: (p: string) => boolean,
  paths: readonly string[],
): Promise<Map<string, number | null>> {
  const entries = (await listTree(root, tip, [policyDir || '.'], { sizes: false })).filter((e) => e.type === 'blob' && isPolicy(e.path));
  const read = await reader.readMany(entries.map((e) => e.oid));
  const valid: Policy[] = [];
  const invalid: string[] = [];
  entries.forEach((e, i) => {
    const b = read[i];
    const loaded = b && !b.tooLarge ? loadPolicy(e.path, b.content) : null;
    if (loaded?.ok) valid.push(loaded.value);
    else invalid.push(e.path);
  });
  const fallbackLoaded = loadPolicy(DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML);
  if (!fallbackLoaded.ok) throw new Error('embedded default policy is invalid');
  const inForce = policiesInForce({ valid, invalid }, fallbackLoaded.value);
  return new Map(paths.map((p) => [p, combinePolicies(gatingPolicies(p, inForce, fallbackLoaded.value)).get(MIN_DWELL)]));
}
