// The flagd reader, as a table: what share of evaluations a flag serves a variant to, read from the file
// as data, and what it refuses. Every accepted fixture passes the flagd project's published schema.
import { flagdReader } from '../../../src/core/sources/flagd.js';
import type { FlagdBinding } from '../../../src/core/sources/binding.js';
import { FLAG, FLAG_FILE, flagdFile } from '../../fixtures/sources.js';
import { lineOf } from '../../helpers/gate.js';

const binding: FlagdBinding = { kind: 'flagd', path: FLAG_FILE, flag: FLAG, variant: 'on', at: { file: 'rollouts/r.yaml', line: 30, column: 7 } };
const read = (text: string, b: FlagdBinding = binding) => flagdReader.read(FLAG_FILE, text, b, { now: new Date('2026-06-01T00:00:00Z') });
const served = (text: string) => {
  const r = read(text);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return { low: r.served.low, high: r.served.high };
};
const targeting = (t: unknown) => flagdFile(0, { targeting: t });

describe('the flagd reader', () => {
  test.each([
    [
      'a fractional split, weights relative to their sum',
      targeting({
        fractional: [
          ['on', 1],
          ['off', 19],
        ],
      }),
      5,
      5,
    ],
    ['a fractional split with a bucketing key first', flagdFile(25), 25, 25],
    ['a bucket without a weight weighs 1', targeting({ fractional: [['on'], ['off'], ['off'], ['off']] }), 25, 25],
    ['the default variant when targeting is empty', targeting({}), 0, 0],
    ['a branch that returns the variant itself', targeting({ if: [true, 'on', 'off'] }), 100, 100],
    ['a rule that returns null falls back to the default variant', targeting(null), 0, 0],
    [
      'an `if` whose condition is a literal true takes its branch',
      targeting({
        if: [
          true,
          {
            fractional: [
              ['on', 10],
              ['off', 90],
            ],
          },
          'on',
        ],
      }),
      10,
      10,
    ],
    ['an `if` without an else falls back to the default variant', targeting({ if: [{ '==': [{ var: 'tier' }, 'beta'] }, 'on'] }), 0, 100],
    [
      'nested `if` segments bound the share by their branches',
      targeting({
        if: [
          { in: ['@example.com', { var: 'email' }] },
          {
            if: [
              { '==': [{ var: 'tier' }, 'beta'] },
              {
                fractional: [
                  ['on', 50],
                  ['off', 50],
                ],
              },
              'off',
            ],
          },
          {
            fractional: [
              ['on', 5],
              ['off', 95],
            ],
          },
        ],
      }),
      0,
      50,
    ],
    [
      'branches that serve the same share leave it exact',
      targeting({
        if: [
          { '==': [{ var: 'tier' }, 'beta'] },
          {
            fractional: [
              ['on', 5],
              ['off', 95],
            ],
          },
          {
            fractional: [
              ['on', 1],
              ['off', 19],
            ],
          },
        ],
      }),
      5,
      5,
    ],
  ])('%s', (_name, text, low, high) => {
    expect(served(text)).toEqual({ low, high });
  });

  test('a disabled flag serves nothing', () => {
    expect(served(flagdFile(50, { state: 'DISABLED' }))).toEqual({ low: 0, high: 0 });
  });

  test('reusable rules under $evaluators are followed', () => {
    const text = JSON.stringify({
      flags: {
        [FLAG]: {
          state: 'ENABLED',
          variants: { on: true, off: false },
          defaultVariant: 'off',
          targeting: { if: [{ '==': [{ var: 'tier' }, 'beta'] }, { $ref: 'canary' }, { $ref: 'canary' }] },
        },
      },
      $evaluators: {
        canary: {
          fractional: [
            ['on', 5],
            ['off', 95],
          ],
        },
      },
    });
    expect(served(text)).toEqual({ low: 5, high: 5 });
  });

  test('the share is located at the fractional split that decides it', () => {
    const text = flagdFile(5);
    const r = read(text);
    expect(r.ok && r.served.at).toEqual({ file: FLAG_FILE, line: lineOf(text, '"fractional"'), column: expect.any(Number) });
  });

  test.each([
    ['an unknown flag', flagdFile(5), { ...binding, flag: 'other' }, /no flag "other"/],
    ['an unknown variant', flagdFile(5), { ...binding, variant: 'enabled' }, /has no variant "enabled"/],
    ['a variant computed by `var`', targeting({ var: 'variant' }), binding, /computes the variant with `var`/],
    [
      'a bucket naming no variant',
      targeting({
        fractional: [
          ['maybe', 5],
          ['off', 95],
        ],
      }),
      binding,
      /names "maybe", which is not a variant/,
    ],
    [
      'a split with no weight',
      targeting({
        fractional: [
          ['on', 0],
          ['off', 0],
        ],
      }),
      binding,
      /no weight to split by/,
    ],
    ['an undefined evaluator', targeting({ if: [true, { $ref: 'missing' }] }), binding, /evaluator "missing"/],
    ['a state the schema does not know', flagdFile(5).replace('"ENABLED"', '"ON"'), binding, /^flagd: /],
    ['a file that is not JSON or YAML', '{ "flags": ', binding, /./],
  ])('refuses %s, with a located message', (_name, text, b, message) => {
    const r = read(text, b);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]?.message).toMatch(message);
      expect(r.problems[0]?.file).toBe(FLAG_FILE);
    }
  });

  test('a flag set written as a list is refused by the schema, at the list', () => {
    const asMap = JSON.parse(flagdFile(25)) as { flags: Record<string, object> };
    const asList = { ...asMap, flags: Object.entries(asMap.flags).map(([key, flag]) => ({ key, ...flag })) };
    const r = read(JSON.stringify(asList, null, 2));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: FLAG_FILE, line: 3, message: 'flagd: flags must be an object, got a list' });
  });
});
