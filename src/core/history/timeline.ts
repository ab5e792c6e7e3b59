// A rollout's timeline: from its versions on the first-parent history (oldest first), what each commit
// changed of its stage, exposure, owners, stop conditions and waivers, and how long each stage and
// exposure held, and, for a manifest that binds exposure sources, what each source served and since when.
// Pure: the engine reads the versions and samples the sources from git; renderers read the timeline.
import { diffManifest, INCREASE_KINDS, sameWaiver, sideOf } from '../diff/manifestDiff.js';
import type { Manifest } from '../model/manifest.js';
import type { Change, ChangeKind, SourceRef, StageExposure, Verdict } from '../report/model.js';
import { sameReading, sourceKey, type ServedReading, type SourceSample } from './served.js';

/** Rollouts charted per report: a comment has room for a few charts, not for a monorepo's worth. */
export const MAX_CHARTED = 10;

/** One version of a manifest: what a commit left at its path. */
export interface ManifestVersion {
  readonly commit: string;
  /** Committer date, unix seconds (the clock pacing reads). */
  readonly time: number;
  readonly author: string;
  /** The manifest's path at that commit (it may have been renamed since). */
  readonly path: string;
  /** The blob the commit left there; null when it deleted the file. */
  readonly oid: string | null;
  readonly state:
    { readonly kind: 'manifest'; readonly manifest: Manifest } | { readonly kind: 'invalid'; readonly message: string } | { readonly kind: 'deleted' };
  /** The verdict the gate gives this commit against its first parent, for this manifest; null when not replayed. */
  readonly verdict: Verdict | null;
  /** Set when the commit added the file at its path: nothing of it came before. */
  readonly added?: true;
}

/** A waiver a commit removed: it no longer silences its check. */
export interface WaiverRemoved {
  readonly kind: 'waiver_removed';
  readonly check: string;
  readonly approver: string;
  readonly expires: string;
}

/** A version that does not load: the gate blocks it, and the timeline keeps the last valid state across it. */
export interface VersionInvalid {
  readonly kind: 'manifest_invalid';
  readonly message: string;
}

/**
 * What a bound source serves changed: the file changed, the binding was added or pointed at it, or it
 * stopped being bound (`unbound`). `unmeasured` says why the share cannot be told.
 */
export interface SourceServed {
  readonly kind: 'source_served';
  readonly source: SourceRef;
  readonly served: ServedReading | { readonly state: 'unbound' };
}

export type HistoryEvent = Change | WaiverRemoved | VersionInvalid | SourceServed;

/** The kinds of change a timeline shows: the live stage and exposure, who owns it, what stops it, what is waived. */
export const TIMELINE_KINDS: ReadonlySet<ChangeKind> = new Set<ChangeKind>([
  'manifest_added',
  'manifest_removed',
  'manifest_renamed',
  'stage_promoted',
  'stage_demoted',
  'stage_went_live',
  'stage_taken_down',
  'stage_added',
  'stage_removed',
  'exposure_increased',
  'exposure_decreased',
  'exposure_changed',
  'owner_removed',
  'owner_changed',
  'stop_condition_added',
  'stop_condition_removed',
  'stop_condition_loosened',
  'stop_condition_tightened',
  'waiver_added',
]);

/** What is live after a commit: the stage and the exposure it stands for; stage null when nothing is live. */
export interface Live {
  readonly stage: string | null;
  readonly exposure: StageExposure | null;
}

export interface TimelineEntry {
  readonly commit: string;
  /** ISO 8601, UTC. */
  readonly date: string;
  readonly author: string;
  readonly path: string;
  readonly events: readonly HistoryEvent[];
  readonly live: Live;
  readonly verdict: Verdict | null;
}

/** A span during which one stage and exposure stayed live. */
export interface Hold {
  readonly stage: string;
  readonly exposure: StageExposure | null;
  /**
   * When it began; for the oldest hold of a timeline that starts part-way (see buildTimeline's
   * `startsMidway`) only a bound: it was live by then and may have been live longer.
   */
  readonly from: string;
  /** False when `from` is that bound, so `heldMs` is the least it held. */
  readonly fromExact: boolean;
  /** When the next change of stage or exposure came; for the hold still in place, the `now` of the history. */
  readonly until: string;
  readonly ongoing: boolean;
  /** The stage and exposure a pull request proposes: not live yet, so it has held for no time. */
  readonly proposed: boolean;
  readonly heldMs: number;
  /** The dwell the policy asks for before exposure may rise; null when it asks for none. */
  readonly minDwellMs: number | null;
  /** True when exposure rose out of this hold before the policy's dwell had passed (never claimed of a hold whose start is unknown). */
  readonly leftEarly: boolean;
}

/** A span during which a bound source served the same share (or stayed unmeasurable). */
export interface ServedHold {
  readonly source: SourceRef;
  readonly served: ServedReading;
  readonly from: string;
  /** When it next changed or stopped being bound; for a source still bound, the `now` of the history. */
  readonly until: string;
  readonly ongoing: boolean;
  readonly heldMs: number;
}

export interface Timeline {
  /** The manifest's path at the tip of the history. */
  readonly file: string;
  readonly workflow: string | null;
  /** The rungs of the ladder at the tip (or at its last valid version), narrowest first. */
  readonly ladder: readonly string[];
  readonly minDwellMs: number | null;
  readonly entries: readonly TimelineEntry[];
  readonly holds: readonly Hold[];
  /** What each bound source served over time, source by source in the order they were first bound; empty without sources. */
  readonly served: readonly ServedHold[];
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

function liveOf(m: Manifest | null): Live {
  if (!m?.currentStage) return { stage: null, exposure: null };
  return { stage: m.currentStage.name, exposure: sideOf(m.currentStage).exposure };
}

const sameLive = (a: Live, b: Live) => a.stage === b.stage && JSON.stringify(a.exposure) === JSON.stringify(b.exposure);

function waiversRemoved(before: Manifest, after: Manifest): WaiverRemoved[] {
  // A waiver whose check is still waived was renewed or re-worded: waiver_added reports that.
  return before.waivers
    .filter((w) => !after.waivers.some((x) => sameWaiver(w, x) || x.check === w.check))
    .map((w) => ({ kind: 'waiver_removed', check: w.check, approver: w.approver, expires: w.expires }));
}

/** One commit of the timeline: a version of the manifest, a sample of its sources, or both. */
type Step = { readonly version: ManifestVersion; readonly sample: SourceSample | null } | { readonly version: null; readonly sample: SourceSample };

/**
 * The versions and the source samples in one first-parent order. The samples come in that order and
 * include every version from the first that binds a source on; the versions before it come first.
 */
function stepsOf(versions: readonly ManifestVersion[], samples: readonly SourceSample[]): Step[] {
  const sampled = new Map(samples.map((s) => [s.commit, s]));
  const versioned = new Set(versions.map((v) => v.commit));
  const steps: Step[] = [];
  let i = 0;
  for (const s of samples) {
    while (i < versions.length && !sampled.has(versions[i]!.commit)) steps.push({ version: versions[i++]!, sample: null });
    if (versioned.has(s.commit)) steps.push({ version: versions[i++]!, sample: s });
    else steps.push({ version: null, sample: s });
  }
  while (i < versions.length) steps.push({ version: versions[i++]!, sample: null });
  return steps;
}

/** Served since: per source bound, what it serves and from when (seconds). */
interface Serving {
  readonly source: SourceRef;
  readonly served: ServedReading;
  readonly at: number;
}

/**
 * The timeline of one manifest from its versions, oldest first. `now` closes the hold still in place;
 * `minDwellMs` is what the policy asks a stage and exposure to hold before exposure rises. `sources`:
 * what the sources it binds served, sampled on the same first-parent history (see stepsOf).
 * `startsMidway`: the versions are the newest part of a longer history, and the first of them is only
 * the state the rest start from: it gets no entry (what it changed is not known), and the hold live in it
 * began at its commit or earlier.
 */
export function buildTimeline(
  file: string,
  versions: readonly ManifestVersion[],
  options: {
    readonly now: Date;
    readonly minDwellMs: number | null;
    readonly proposed?: boolean;
    readonly sources?: readonly SourceSample[];
    readonly startsMidway?: boolean;
  },
): Timeline {
  const entries: TimelineEntry[] = [];
  let lastValid: Manifest | null = null;
  let lastPath: string | null = null;
  let path = file;
  let live: Live = { stage: null, exposure: null };
  // Each time the live stage or exposure changes, a hold starts; a raise out of a hold is checked against the dwell.
  const starts: { live: Live; at: number; exact: boolean; raisedOut: boolean }[] = [];
  const prelude = options.startsMidway ? versions[0] : undefined;
  // Until a valid version has been read, a part-way timeline does not know what was live before it.
  let unknownBefore = prelude !== undefined;
  const serving = new Map<string, Serving>();
  const served: ServedHold[] = [];
  const firstBound: string[] = [];
  const closeServing = (s: Serving, untilMs: number, ongoing: boolean) =>
    served.push({ source: s.source, served: s.served, from: iso(s.at), until: new Date(untilMs).toISOString(), ongoing, heldMs: untilMs - s.at * 1000 });
  for (const { version: v, sample } of stepsOf(versions, options.sources ?? [])) {
    let events: HistoryEvent[] = [];
    if (v?.state.kind === 'invalid') events = [{ kind: 'manifest_invalid', message: v.state.message }];
    else if (v) {
      const head = v.state.kind === 'manifest' ? v.state.manifest : null;
      // What the first version read changed is not known when the history before it was not read.
      const priorUnknown = unknownBefore;
      unknownBefore = false;
      const changes = !priorUnknown && (lastValid || head) ? diffManifest({ file: v.path, previousFile: lastPath, base: lastValid, head }) : [];
      events = [...changes.filter((c) => TIMELINE_KINDS.has(c.kind)), ...(lastValid && head ? waiversRemoved(lastValid, head) : [])];
      lastValid = head;
      lastPath = head ? v.path : null;
      const next = liveOf(head);
      if (!sameLive(next, live)) {
        const prior = starts[starts.length - 1];
        if (prior) prior.raisedOut = changes.some((c) => INCREASE_KINDS.has(c.kind));
        starts.push({ live: next, at: v.time, exact: !priorUnknown, raisedOut: false });
        live = next;
      }
    }
    if (v) path = v.path;
    if (sample) {
      const bound = new Set(sample.readings.map((r) => sourceKey(r.source)));
      for (const [key, s] of serving)
        if (!bound.has(key)) {
          events.push({ kind: 'source_served', source: s.source, served: { state: 'unbound' } });
          closeServing(s, sample.time * 1000, false);
          serving.delete(key);
        }
      for (const r of sample.readings) {
        const key = sourceKey(r.source);
        const prior = serving.get(key);
        if (prior && sameReading(prior.served, r.served)) continue;
        events.push({ kind: 'source_served', source: r.source, served: r.served });
        if (prior) closeServing(prior, sample.time * 1000, false);
        else if (!firstBound.includes(key)) firstBound.push(key);
        serving.set(key, { source: r.source, served: r.served, at: sample.time });
      }
    }
    // The version a part-way timeline starts from is no entry of it.
    if (v !== null && v === prelude) continue;
    const at = v ?? sample;
    if (events.length > 0) entries.push({ commit: at.commit, date: iso(at.time), author: at.author, path, events, live, verdict: v?.verdict ?? null });
  }
  const nowMs = options.now.getTime();
  for (const s of serving.values()) closeServing(s, Math.max(nowMs, s.at * 1000), true);
  // Source by source in the order each was first bound, each in time order.
  const servedHolds = firstBound.flatMap((key) => served.filter((h) => sourceKey(h.source) === key));
  const holds: Hold[] = [];
  // With `proposed`, the last version is the change under review: its step starts when it would merge.
  const last = versions[versions.length - 1];
  const proposedAt = options.proposed && last ? last.time : null;
  starts.forEach((s, i) => {
    const next = starts[i + 1];
    if (s.live.stage === null) return;
    const proposed = next === undefined && proposedAt !== null && s.at === proposedAt;
    const untilMs = next ? next.at * 1000 : proposed ? s.at * 1000 : Math.max(nowMs, s.at * 1000);
    const heldMs = untilMs - s.at * 1000;
    holds.push({
      stage: s.live.stage,
      exposure: s.live.exposure,
      from: iso(s.at),
      fromExact: s.exact,
      until: new Date(untilMs).toISOString(),
      ongoing: next === undefined && !proposed,
      proposed,
      heldMs,
      minDwellMs: options.minDwellMs,
      leftEarly: s.exact && s.raisedOut && options.minDwellMs !== null && heldMs < options.minDwellMs,
    });
  });
  return {
    file,
    workflow: lastValid?.workflow ?? null,
    ladder: lastValid?.stages.map((s) => s.name) ?? [],
    minDwellMs: options.minDwellMs,
    entries,
    holds,
    served: servedHolds,
  };
}
