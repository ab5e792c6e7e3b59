// The top of the ladder needs no exit criteria; every other rung does, and the top is the widest rung,
// not whichever rung the list happens to end with.
import { readyManifest } from '../../fixtures/seeds.js';
import { judgeCase } from '../judge/support.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ready = readyManifest();
/** The ready manifest with the canary rung (no exit criteria) moved behind ga. */
const canaryLast = ready
  .replace('    canary:\n      tenant_percent: 5\n      exit: ["metrics stable for 7 days"]\n', '')
  .replace(
    '    ga:\n      traffic_percent: 100\n',
    '    ga:\n      traffic_percent: 100\n      exit: ["launch review signed"]\n    canary:\n      tenant_percent: 5\n',
  );

const messages = (head: string) =>
  judgeCase({ check: 'stage_criteria_defined', head, message: /./ }, NOW)
    .findings.filter((f) => f.check === 'stage_criteria_defined')
    .map((f) => f.message);

test('the reordered fixture ends its ladder with canary, after ga', () => {
  expect(canaryLast).toMatch(/ {4}ga:\n[^]*\n {4}canary:\n {6}tenant_percent: 5\n {2}stop_conditions:/);
});

test.each([
  ['the ready ladder, whose last rung (ga, 100%) has none', ready, []],
  [
    'a middle rung without criteria',
    ready.replace('exit: ["metrics stable for 7 days"]', 'entry: ["5 tenants signed up"]'),
    ['stage "canary" has no exit criteria'],
  ],
  [
    'a narrow rung moved to the end of the list to shed its criteria',
    canaryLast,
    ['stage "canary" has no exit criteria, and it is not the widest rung, so it is not the top of the ladder'],
  ],
  ['a ladder whose last rung states no exposure, so none is shown wider', ready.replace('      traffic_percent: 100\n', '      users: "everyone"\n'), []],
])('%s', (_name, head, expected) => {
  expect(messages(head)).toEqual(expected);
});
