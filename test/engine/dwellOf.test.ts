// Since when the base's live stage and exposure have held, read from the versions a history walk gave,
// newest first: a table over what those versions hold.
import { dwellOf, type PathHistory } from '../../src/engine/dwell.js';
import { loadManifest } from '../../src/core/load/documents.js';
import type { BlobRead } from '../../src/git/blobs.js';
import type { FileVersion } from '../../src/git/history.js';
import { readyManifest } from '../fixtures/seeds.js';
import { MANIFEST } from '../helpers/gate.js';

const DAY = 86_400;
const T0 = Date.parse('2026-05-01T00:00:00Z') / 1000;
const oid = (n: number) => String(n).repeat(40).slice(0, 40);
const blob = (n: number, text: string): BlobRead => ({ oid: oid(n), type: 'blob', size: text.length, tooLarge: false, content: Buffer.from(text) });
const version = (n: number, daysAgo: number): FileVersion => ({ commit: `c${n}`.padEnd(40, '0'), time: T0 - daysAgo * DAY, oid: oid(n) });

const current = readyManifest({ tenantPercent: 5 });
const baseManifest = (() => {
  const m = loadManifest(MANIFEST, current, { keepRaw: false });
  if (!m.ok) throw new Error('fixture does not load');
  return m.value;
})();
const baseRef = { path: MANIFEST, oid: oid(1), mode: '100644' };
const history = (versions: FileVersion[], blobs: BlobRead[]): PathHistory => ({ versions, blobs: new Map(blobs.map((b) => [b.oid, b])) });
const never = () => false;
const SHALLOW: PathHistory = { versions: 'shallow', blobs: new Map() };
const sinceDays = (d: number) => ({ kind: 'held_since', since: new Date((T0 - d * DAY) * 1000) });

test.each([
  ['no history at all', undefined, { kind: 'unknown', because: 'no_history' }],
  ['a history cut by a shallow clone', SHALLOW, { kind: 'unknown', because: 'shallow' }],
  ['only the base version: held since it was committed', history([version(1, 3)], []), sinceDays(3)],
  [
    'older versions with the same stage and exposure lengthen the hold',
    history([version(1, 3), version(2, 10)], [blob(2, current.replace('AI renewal-risk assistant', 'AI renewal-risk assistant v2'))]),
    sinceDays(10),
  ],
  ['an older version at another exposure ends it', history([version(1, 3), version(2, 10)], [blob(2, readyManifest({ tenantPercent: 2 }))]), sinceDays(3)],
  ['an older version that does not load ends it', history([version(1, 3), version(2, 10)], [blob(2, 'rollout_plan: [')]), sinceDays(3)],
  [
    'an older version too large to read ends it',
    history([version(1, 3), version(2, 10)], [{ oid: oid(2), type: 'blob', size: 1e9, tooLarge: true, content: null }]),
    sinceDays(3),
  ],
  ['an older version whose blob was not read ends it', history([version(1, 3), version(2, 10)], []), sinceDays(3)],
  ['a deletion ends it', history([version(1, 3), { ...version(9, 10), oid: null }], []), sinceDays(3)],
])('%s', (_name, h, expected) => {
  expect(dwellOf(h, baseRef, baseManifest, never)).toEqual(expected);
});

test('the walk stops once the hold is long enough: older versions are not even read', () => {
  const h = history([version(1, 30), version(2, 60)], [blob(2, 'rollout_plan: [')]);
  expect(dwellOf(h, baseRef, baseManifest, () => true)).toEqual(sinceDays(30));
});
