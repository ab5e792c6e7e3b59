// A timeline that starts part-way through a rollout's history (the pull-request chart reads only the newest
// versions): the first version read is only where the others start from, so what it changed is not
// claimed, and the hold live in it may have begun earlier.
import { buildTimeline, type ManifestVersion } from '../../../src/core/history/timeline.js';
import { loadManifest } from '../../../src/core/load/documents.js';
import { readyManifest } from '../../fixtures/seeds.js';

const FILE = 'rollouts/renewal-risk.yaml';
const DAY = 86_400;
const T0 = Date.parse('2026-01-01T00:00:00Z') / 1000;

function version(day: number, state: 'deleted' | 'invalid' | { tenantPercent: number; stage?: string }): ManifestVersion {
  let s: ManifestVersion['state'];
  if (state === 'deleted') s = { kind: 'deleted' };
  else if (state === 'invalid') s = { kind: 'invalid', message: 'current_stage names no stage' };
  else {
    const loaded = loadManifest(FILE, readyManifest(state));
    if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
    s = { kind: 'manifest', manifest: loaded.value };
  }
  return { commit: `day${day}`, time: T0 + day * DAY, author: 'dev', path: FILE, oid: state === 'deleted' ? null : `b${day}`, state: s, verdict: null };
}

const NOW = new Date((T0 + 30 * DAY) * 1000);
const DWELL = 7 * DAY * 1000;
const holdsOf = (t: ReturnType<typeof buildTimeline>) => t.holds.map((h) => [h.exposure?.value, h.heldMs / (DAY * 1000), h.fromExact, h.leftEarly]);

describe('buildTimeline with startsMidway', () => {
  const versions = [version(0, { tenantPercent: 5 }), version(2, { tenantPercent: 10 }), version(12, { tenantPercent: 25 })];

  test('read from the start, the first version is an addition and every hold is exact', () => {
    const t = buildTimeline(FILE, versions, { now: NOW, minDwellMs: DWELL });
    expect(t.entries.map((e) => e.commit)).toEqual(['day0', 'day2', 'day12']);
    expect(t.entries[0]!.events.map((e) => e.kind)).toContain('manifest_added');
    expect(holdsOf(t)).toEqual([
      [5, 2, true, true],
      [10, 10, true, false],
      [25, 18, true, false],
    ]);
  });

  test('part-way, the first version gets no entry and its hold is only a bound, never called early', () => {
    const t = buildTimeline(FILE, versions, { now: NOW, minDwellMs: DWELL, startsMidway: true });
    expect(t.entries.map((e) => e.commit)).toEqual(['day2', 'day12']);
    expect(t.entries.flatMap((e) => e.events.map((ev) => ev.kind))).not.toContain('manifest_added');
    expect(t.entries[0]!.events.map((e) => e.kind)).toContain('exposure_increased');
    // 5% held "at least 2 days": it may have held for months before the versions read, so it did not leave early.
    expect(holdsOf(t)).toEqual([
      [5, 2, false, false],
      [10, 10, true, false],
      [25, 18, true, false],
    ]);
  });

  test('part-way with the same exposure throughout, the hold still in place is a bound too', () => {
    const same = [version(0, { tenantPercent: 5 }), version(3, { tenantPercent: 5, stage: 'canary' })];
    const t = buildTimeline(FILE, same, { now: NOW, minDwellMs: DWELL, startsMidway: true });
    expect(holdsOf(t)).toEqual([[5, 30, false, false]]);
    expect(t.entries).toEqual([]);
  });

  test('part-way from an invalid or deleted version', () => {
    // Invalid: what was live before it is unknown, so the next valid version is no addition and its start only a bound.
    const invalid = buildTimeline(FILE, [version(0, 'invalid'), version(4, { tenantPercent: 10 })], { now: NOW, minDwellMs: DWELL, startsMidway: true });
    expect(invalid.entries).toEqual([]);
    expect(holdsOf(invalid)).toEqual([[10, 26, false, false]]);
    // Deleted: the file was gone, so the next version really does add it.
    const deleted = buildTimeline(FILE, [version(0, 'deleted'), version(4, { tenantPercent: 10 })], { now: NOW, minDwellMs: DWELL, startsMidway: true });
    expect(deleted.entries[0]!.events.map((e) => e.kind)).toContain('manifest_added');
    expect(holdsOf(deleted)).toEqual([[10, 26, true, false]]);
  });
});
