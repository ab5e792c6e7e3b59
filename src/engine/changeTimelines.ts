// The timelines a report carries for the rollouts a change touches: each one's recent path on the base
// branch (its newest versions, within a window of days), then the step the change proposes, for the
// exposure chart beside the ladder in the pull-request comment and the job summary. The base-branch walk
// starts while the change is judged; verdicts are not replayed here (that is `rollout-gate history`),
// except the change's own, which is the report's.
import type { BlobReader } from '../git/blobs.js';
import { buildTimeline, MAX_CHARTED, type ManifestVersion, type Timeline } from '../core/history/timeline.js';
import { loadManifest } from '../core/load/documents.js';
import type { RecordedInput } from '../core/report/record.js';
import type { Verdict } from '../core/report/model.js';
import { branchVersions } from './branchVersions.js';
import type { ManifestTarget } from './targets.js';

/**
 * Base-branch versions per charted rollout, the newest: the chart beside the ladder shows how the rollout
 * got here lately; `rollout-gate history` shows all of it. One version more is read, as the state the
 * oldest shown starts from (what that one changed, and whether its hold began there, are then known).
 */
export const MAX_VERSIONS = 10;
/**
 * And none from before this many days before the run: a rollout that has not changed for longer starts
 * its chart at that point (`held at least`), and the walk does not read the rest of the branch to find
 * where it began.
 */
export const CHART_DAYS = 30;

interface Charted {
  readonly file: string;
  readonly basePath: string | null;
  readonly headOid: string;
}

export interface ChangeTimelines {
  /** Builds the timelines once the change is judged: its moment, each manifest's dwell and verdict. */
  finish(judged: { readonly now: Date; readonly minDwellMs: (file: string) => number | null; readonly verdict: (file: string) => Verdict | null }): Promise<{
    readonly timelines: Timeline[];
    readonly inputs: RecordedInput[];
  }>;
}

export function startChangeTimelines(ctx: {
  readonly root: string;
  readonly base: string | null;
  readonly head: string;
  /** The moment the change is judged at: the chart's window ends there. */
  readonly now: Date;
  readonly reader: BlobReader;
  readonly shallowFile: string;
  readonly targets: readonly (readonly [string, ManifestTarget])[];
}): ChangeTimelines {
  const charted: Charted[] = ctx.targets
    .flatMap(([file, t]) => (t.status !== 'unchanged' && t.head?.oid ? [{ file, basePath: t.base?.path ?? null, headOid: t.head.oid }] : []))
    .slice(0, MAX_CHARTED);
  const basePaths = [...new Set(charted.flatMap((c) => (c.basePath ? [c.basePath] : [])))];
  // The walk ends at the first commit at or before the window, where each path's state is read as it was.
  const until = Math.floor(ctx.now.getTime() / 1000) - CHART_DAYS * 86_400;
  const walk =
    ctx.base && basePaths.length > 0
      ? branchVersions(ctx.root, ctx.base, basePaths, ctx.reader, {
          shallowFile: ctx.shallowFile,
          maxCount: MAX_VERSIONS + 1,
          depth: { kind: 'hold', until },
        })
      : Promise.resolve(new Map<string, readonly ManifestVersion[] | 'shallow'>());
  const headBlobs = charted.length > 0 ? ctx.reader.readMany([...charted.map((c) => c.headOid), ctx.head]) : Promise.resolve([]);
  // Awaited in finish(); this only keeps an early failure from going unhandled meanwhile.
  walk.catch(() => undefined);
  headBlobs.catch(() => undefined);
  return {
    async finish(judged) {
      const [versions, blobs] = await Promise.all([walk, headBlobs]);
      const headCommit = blobs[charted.length];
      const author = headCommit?.content ? (/^author (.*?) <[^>]*> \d+ [+-]\d{4}$/m.exec(headCommit.content.toString('utf8'))?.[1] ?? 'unknown') : 'unknown';
      const inputs: RecordedInput[] = [];
      const timelines = charted.flatMap((c, i): Timeline[] => {
        const before = c.basePath ? versions.get(c.basePath) : [];
        // A history cut by a shallow clone would start mid-way: no chart rather than a wrong one.
        if (before === 'shallow' || before === undefined) return [];
        for (const v of before) inputs.push({ role: 'history', commit: v.commit, path: v.path, oid: v.oid });
        const blob = blobs[i];
        const loaded = blob?.content ? loadManifest(c.file, blob.content, { keepRaw: false }) : null;
        if (!loaded?.ok) return [];
        const proposal: ManifestVersion = {
          commit: ctx.head,
          time: Math.floor(judged.now.getTime() / 1000),
          author,
          path: c.file,
          oid: c.headOid,
          state: { kind: 'manifest', manifest: loaded.value },
          verdict: judged.verdict(c.file),
        };
        // More versions than are shown, or a walk that ended at the window's edge before it reached the
        // file's start (its addition, or a deletion before it): the oldest read is only where the shown
        // ones start from.
        const oldest = before[0];
        const startsMidway = before.length > MAX_VERSIONS || (oldest !== undefined && oldest.added !== true && oldest.oid !== null);
        return [buildTimeline(c.file, [...before, proposal], { now: judged.now, minDwellMs: judged.minDwellMs(c.file), proposed: true, startsMidway })];
      });
      return { timelines, inputs };
    },
  };
}
