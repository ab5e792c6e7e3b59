// The exposure model, table by table: what a rung exposes, how two rungs compare (with and without a base
// ladder to rank them), which way a move goes, which rung is the top, and how far a step rises.
import type { Stage } from '../../../src/core/model/manifest.js';
import {
  accountsWithin,
  atMost,
  classifyMove,
  compareExposure,
  exposureOf,
  holdsOrNarrows,
  isBroadestRung,
  risesBetween,
  roundPoints,
  type Exposure,
  type Ordering,
} from '../../../src/core/model/exposure.js';

interface Fields {
  users?: string;
  accounts?: number;
  traffic?: number;
  tenant?: number;
}

function rung(name: string, index: number, f: Fields = {}): Stage {
  return {
    name,
    index,
    users: f.users ?? null,
    accounts: f.accounts ?? null,
    trafficPercent: f.traffic ?? null,
    tenantPercent: f.tenant ?? null,
    entry: [],
    exit: [],
    exposureAt: {},
    at: { file: 'rollouts/x.yaml', line: 1, column: 1 },
  };
}

/** A ladder, narrowest first, as the base manifest lists it. */
const ladder = (...rungs: [string, Fields][]): Stage[] => rungs.map(([name, f], i) => rung(name, i, f));

/** The seed ladder: a segment, an account count, a share of tenants, all traffic. */
const SEED = ladder(
  ['dogfood', { users: 'customer-success managers only' }],
  ['limited_beta', { accounts: 20 }],
  ['canary', { tenant: 5 }],
  ['ga', { traffic: 100 }],
);
const at = (name: string) => SEED.find((s) => s.name === name)!;
const e = (f: Fields): Exposure => exposureOf(rung('x', 0, f));

describe('exposureOf: the largest of what a rung states', () => {
  test.each<[string, Fields, Exposure]>([
    ['a share of tenants', { tenant: 5 }, { kind: 'measured', share: { field: 'tenant_percent', value: 5 }, accounts: null }],
    ['a share of traffic', { traffic: 25 }, { kind: 'measured', share: { field: 'traffic_percent', value: 25 }, accounts: null }],
    [
      '0% of tenants but all traffic: 100%, not 0',
      { tenant: 0, traffic: 100 },
      { kind: 'measured', share: { field: 'traffic_percent', value: 100 }, accounts: null },
    ],
    ['equal shares: the tenant field names it', { tenant: 5, traffic: 5 }, { kind: 'measured', share: { field: 'tenant_percent', value: 5 }, accounts: null }],
    ['an account count', { accounts: 20 }, { kind: 'measured', share: null, accounts: 20 }],
    ['a share and a count: both', { tenant: 5, accounts: 20 }, { kind: 'measured', share: { field: 'tenant_percent', value: 5 }, accounts: 20 }],
    [
      'a segment and a number: the number bounds it',
      { users: 'beta customers', tenant: 2 },
      { kind: 'measured', share: { field: 'tenant_percent', value: 2 }, accounts: null },
    ],
    ['only a segment: unknown', { users: 'all customers' }, { kind: 'unknown', segment: 'all customers' }],
    ['nothing at all: unknown (unbounded)', {}, { kind: 'unknown', segment: null }],
  ])('%s', (_name, fields, expected) => expect(e(fields)).toEqual(expected));
});

describe('compareExposure: how the second stands against the first', () => {
  test.each<[string, Fields, Fields, Stage[] | null, Ordering]>([
    ['shares compare directly', { tenant: 5 }, { traffic: 100 }, null, 'wider'],
    ['a smaller share is narrower', { traffic: 100 }, { tenant: 5 }, null, 'narrower'],
    ['the same share is the same, whatever field states it', { tenant: 5 }, { traffic: 5 }, null, 'same'],
    ['counts compare with counts', { accounts: 20 }, { accounts: 1_000_000_000 }, null, 'wider'],
    ['a count against a share, without a base ladder: unknown', { tenant: 5 }, { accounts: 20 }, null, 'unknown'],
    ['a count against a share the base ladder ranks above it: narrower', { tenant: 5 }, { accounts: 20 }, SEED, 'narrower'],
    ['a larger count than the base ladder ranks below the share: unknown', { tenant: 5 }, { accounts: 21 }, SEED, 'unknown'],
    ['a share smaller than the one the base ladder ranks above the count: unknown', { tenant: 4 }, { accounts: 20 }, SEED, 'unknown'],
    ['no accounts at all are within any share', { tenant: 5 }, { accounts: 0 }, null, 'narrower'],
    ['a segment never compares', { tenant: 5 }, { users: 'CS managers only' }, SEED, 'unknown'],
    ['a missing limit never compares, not even with itself', {}, {}, SEED, 'unknown'],
    ['a share plus a count is wider than the share alone', { tenant: 5 }, { tenant: 5, accounts: 1000 }, null, 'wider'],
  ])('%s', (_name, a, b, base, expected) => expect(compareExposure(e(a), e(b), base)).toBe(expected));

  test('atMost is proven only where every measure of the first fits one of the second', () => {
    expect(atMost(e({ tenant: 5, accounts: 20 }), e({ tenant: 10 }), SEED)).toBe(true);
    expect(atMost(e({ tenant: 5, accounts: 20 }), e({ tenant: 10 }), null)).toBe(false);
    expect(atMost(e({ users: 'x' }), e({ traffic: 100 }), SEED)).toBe(false);
  });

  test('accountsWithin: only 0 accounts, or a count the base ladder ranks below a share-only rung within the share', () => {
    expect(accountsWithin(0, 0, null)).toBe(true);
    expect(accountsWithin(20, 5, SEED)).toBe(true);
    expect(accountsWithin(20, 50, SEED)).toBe(true);
    expect(accountsWithin(20, 0, SEED)).toBe(false);
    // The order is the base ladder's: the same rungs listed the other way round prove nothing.
    const reversed = ladder(['canary', { tenant: 5 }], ['limited_beta', { accounts: 20 }]);
    expect(accountsWithin(20, 5, reversed)).toBe(false);
    // A rung that also states a count exposes more than its share: it cannot vouch for one.
    expect(accountsWithin(20, 5, ladder(['limited_beta', { accounts: 20 }], ['canary', { tenant: 5, accounts: 500 }]))).toBe(false);
  });
});

describe('holdsOrNarrows: the head leaves a rung as the base had it, or narrower, field by field', () => {
  test.each<[string, Fields, Fields, boolean]>([
    ['unchanged', { tenant: 5 }, { tenant: 5 }, true],
    ['lowered', { tenant: 5, accounts: 20 }, { tenant: 2, accounts: 10 }, true],
    ['raised', { tenant: 5 }, { tenant: 6 }, false],
    ['a limit removed', { tenant: 5, traffic: 5 }, { tenant: 5 }, false],
    ['a limit added', { tenant: 5 }, { tenant: 5, accounts: 1 }, false],
    ['the segment reworded', { users: 'CS managers only' }, { users: 'all customers' }, false],
  ])('%s', (_name, before, after, expected) => expect(holdsOrNarrows(rung('r', 0, before), rung('r', 0, after))).toBe(expected));
});

describe('classifyMove: exposure decides, then the base ladder ranks', () => {
  test.each<[string, Stage, Stage, Stage[], 'promotion' | 'demotion']>([
    ['canary 5% -> ga 100%', at('canary'), at('ga'), SEED, 'promotion'],
    ['ga 100% -> canary 5%, even with canary listed after ga in the head', at('ga'), rung('canary', 3, { tenant: 5 }), SEED, 'demotion'],
    ['canary -> a lower rung the head widened to 100%', at('canary'), rung('limited_beta', 1, { tenant: 100 }), SEED, 'promotion'],
    [
      'canary -> a lower rung already at 100% in the base (the second of two pull requests)',
      rung('canary', 2, { tenant: 5 }),
      rung('limited_beta', 1, { tenant: 100 }),
      ladder(['dogfood', {}], ['limited_beta', { tenant: 100 }], ['canary', { tenant: 5 }]),
      'promotion',
    ],
    ['canary -> dogfood (a segment): the base ranks dogfood lower', at('canary'), at('dogfood'), SEED, 'demotion'],
    ['canary -> dogfood with its segment reworded in the same change', at('canary'), rung('dogfood', 0, { users: 'all customers' }), SEED, 'promotion'],
    ['canary -> limited_beta (20 accounts, ranked below canary)', at('canary'), at('limited_beta'), SEED, 'demotion'],
    ['canary -> limited_beta raised to 1e9 accounts', at('canary'), rung('limited_beta', 1, { accounts: 1_000_000_000 }), SEED, 'promotion'],
    ['canary -> a rung new in the head with a smaller share', at('canary'), rung('canary_small', 3, { tenant: 1 }), SEED, 'demotion'],
    [
      'canary -> a rung new in the head with only a segment: cannot be ranked',
      at('canary'),
      rung('friends', 0, { users: 'friends and family' }),
      SEED,
      'promotion',
    ],
    ['canary -> canary renamed, the same share: nothing falls, nothing ranks it', at('canary'), rung('canary_v2', 2, { tenant: 5 }), SEED, 'promotion'],
    [
      'ga -> canary narrowed to the same 5% as a rung the base ranks lower',
      rung('b', 1, { tenant: 5 }),
      rung('a', 0, { tenant: 5 }),
      ladder(['a', { tenant: 5 }], ['b', { tenant: 5 }]),
      'demotion',
    ],
  ])('%s', (_name, from, to, base, expected) => expect(classifyMove(from, to, base)).toBe(expected));
});

describe('isBroadestRung: the top of the ladder, whatever it is called', () => {
  test.each<[string, Stage, Stage[] | null, boolean]>([
    ['a rung exposing 100% of traffic', rung('production', 0, { traffic: 100 }), null, true],
    ['a rung exposing 100% of tenants', rung('everyone', 0, { tenant: 100, traffic: 0 }), null, true],
    ['the base ladder last rung', rung('ga', 3, { traffic: 100 }), SEED, true],
    ['a rung new in the head at least as wide as every measured base rung', rung('production', 4, { traffic: 100 }), SEED, true],
    [
      'the top of a ladder that stops at 50%',
      rung('production', 2, { traffic: 50 }),
      ladder(['pilot', { accounts: 3 }], ['canary', { tenant: 5 }], ['production', { traffic: 50 }]),
      true,
    ],
    [
      'the same rung listed first by an earlier pull request',
      rung('production', 0, { traffic: 50 }),
      ladder(['production', { traffic: 50 }], ['pilot', { users: 'staff' }], ['canary', { tenant: 5 }]),
      true,
    ],
    ['canary below ga', at('canary'), SEED, false],
    ['a segment-only rung that is not last', at('dogfood'), SEED, false],
    ['a new manifest at 50%: only 100% counts without a base', rung('production', 1, { traffic: 50 }), null, false],
  ])('%s', (_name, live, base, expected) => expect(isBroadestRung(live, base)).toBe(expected));
});

describe('risesBetween: what pacing measures', () => {
  const names = { from: 'from', to: 'to' };
  test.each<[string, Fields, Fields, Stage[] | null, unknown[]]>([
    [
      'a share rising',
      { tenant: 5 },
      { tenant: 40 },
      SEED,
      [{ kind: 'points', points: 35, from: { field: 'tenant_percent', value: 5 }, to: { field: 'tenant_percent', value: 40 } }],
    ],
    ['a share falling: no rise', { tenant: 40 }, { tenant: 5 }, SEED, []],
    [
      '0% tenants to 100% traffic: 100 points',
      { tenant: 0 },
      { tenant: 0, traffic: 100 },
      SEED,
      [{ kind: 'points', points: 100, from: { field: 'tenant_percent', value: 0 }, to: { field: 'traffic_percent', value: 100 } }],
    ],
    [
      'float noise is rounded away',
      { tenant: 0.1 },
      { tenant: 0.3 },
      SEED,
      [{ kind: 'points', points: 0.2, from: { field: 'tenant_percent', value: 0.1 }, to: { field: 'tenant_percent', value: 0.3 } }],
    ],
    [
      'accounts to a share: counted from 0',
      { accounts: 20 },
      { traffic: 100 },
      SEED,
      [{ kind: 'points', points: 100, from: null, to: { field: 'traffic_percent', value: 100 } }],
    ],
    ['accounts by a factor', { accounts: 20 }, { accounts: 1_000_000_000 }, SEED, [{ kind: 'ratio', ratio: 50_000_000, from: 20, to: 1_000_000_000 }]],
    ['accounts from 0', { accounts: 0 }, { accounts: 3 }, SEED, [{ kind: 'ratio', ratio: Infinity, from: 0, to: 3 }]],
    ['a share to a count the base ladder ranks below it: nothing rises', { tenant: 5 }, { accounts: 20 }, SEED, []],
    ['a share to a count nothing bounds', { tenant: 5 }, { accounts: 21 }, SEED, [{ kind: 'unmeasured', stage: 'from', declare: ['accounts'] }]],
    ['a limit removed altogether', { traffic: 5 }, {}, SEED, [{ kind: 'unmeasured', stage: 'to', declare: ['traffic_percent', 'tenant_percent'] }]],
    [
      'a segment',
      { users: 'CS managers only' },
      { users: 'all customers' },
      SEED,
      [{ kind: 'unmeasured', stage: 'to', declare: ['traffic_percent', 'tenant_percent'] }],
    ],
    ['one of two limits removed: the other still bounds the rung', { tenant: 5, traffic: 5 }, { tenant: 5 }, SEED, []],
  ])('%s', (_name, from, to, base, expected) => expect(risesBetween(e(from), e(to), base, names)).toEqual(expected));
});

test('a step too small to show is 0, not -0', () => {
  expect(Object.is(roundPoints(-1e-89), 0)).toBe(true);
  expect(roundPoints(-0.5)).toBe(-0.5);
});
