// The GO Feature Flag reader, as a table: the share a flag serves a variation to, judged at `now` and at
// every later date its scheduled steps and ramps name. Every accepted fixture passes the project's schema.
import type { GoFeatureFlagBinding } from '../../../src/core/sources/binding.js';
import { goFeatureFlagReader } from '../../../src/core/sources/goFeatureFlag.js';
import { FLAG, GOFF_FILE, goffFile } from '../../fixtures/sources.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const binding: GoFeatureFlagBinding = {
  kind: 'go_feature_flag',
  path: GOFF_FILE,
  flag: FLAG,
  variation: 'enabled',
  at: { file: 'rollouts/r.yaml', line: 30, column: 7 },
};
const read = (text: string, b: GoFeatureFlagBinding = binding, now = NOW) => goFeatureFlagReader.read(GOFF_FILE, text, b, { now });
const served = (text: string, now = NOW) => {
  const r = read(text, binding, now);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return { low: r.served.low, high: r.served.high, basis: r.served.basis };
};
const ramp = (from: string, to: string) =>
  `    progressiveRollout:\n      initial:\n        variation: disabled\n        percentage: 0\n        date: ${from}\n      end:\n        variation: enabled\n        percentage: 50\n        date: ${to}\n`;

describe('the GO Feature Flag reader', () => {
  test.each([
    ['percentage weights, relative to their sum', goffFile(), 5, 5],
    ['a plain variation', goffFile('    variation: enabled\n'), 5, 100],
    ['the other variation', goffFile('    variation: disabled\n'), 0, 5],
  ])('%s (the internal segment bounds it)', (_name, text, low, high) => {
    expect(served(text)).toMatchObject({ low, high });
  });

  test('a disabled flag serves nothing', () => {
    expect(served(goffFile(undefined, '  disable: true\n'))).toMatchObject({ low: 0, high: 0 });
  });

  test('a progressive rollout is judged at its end: the most it serves from now on without another commit', () => {
    const s = served(goffFile(ramp('2026-05-25T00:00:00Z', '2026-06-08T00:00:00Z')));
    expect(s).toMatchObject({ high: 50 });
    expect(s.basis).toMatch(/serves enabled to 25% at 2026-06-01, up to 50% from 2026-06-08/);
  });

  test('a ramp that has ended serves its end percentage', () => {
    expect(served(goffFile(ramp('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')))).toMatchObject({ low: 5, high: 50 });
  });

  test('a scheduled step raises the share at its date, without another commit', () => {
    const steps =
      '  scheduledRollout:\n    - date: 2026-07-01T00:00:00Z\n      defaultRule:\n        percentage:\n          enabled: 60\n          disabled: 40\n';
    expect(served(goffFile(undefined, steps))).toMatchObject({ low: 5, high: 60 });
    // Once the date has passed, the step is what the flag serves.
    expect(served(goffFile(undefined, steps), new Date('2026-08-01T00:00:00Z'))).toMatchObject({ low: 5, high: 60 });
  });

  test('a scheduled step can take a targeting rule by name', () => {
    const steps = '  scheduledRollout:\n    - date: 2026-07-01T00:00:00Z\n      targeting:\n        - name: internal\n          disable: true\n';
    expect(served(goffFile('    variation: disabled\n', steps))).toMatchObject({ low: 0, high: 5 });
  });

  test.each([
    ['an unknown flag', goffFile(), { ...binding, flag: 'other' }, /no flag "other"/],
    ['an unknown variation', goffFile(), { ...binding, variation: 'on' }, /has no variation "on"/],
    ['a key the schema does not know', goffFile(undefined, '  rollout: 5\n'), binding, /^go_feature_flag: unknown key "rollout"/],
    ['a rule with nothing to serve', goffFile('    name: empty\n'), binding, /names no variation, percentage or progressiveRollout/],
    ['a ramp without a date', goffFile(ramp('someday', '2026-06-08T00:00:00Z')), binding, /"someday" is not a date/],
  ])('refuses %s', (_name, text, b, message) => {
    const r = read(text, b);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(message);
  });
  describe('edges of what a flag serves', () => {
    /** A flag with no targeting rules, so the default rule alone says what it serves. */
    const plain = (defaultRule: string, extra = '') =>
      `${FLAG}:\n  variations:\n    enabled: true\n    disabled: false\n  defaultRule:\n${defaultRule}${extra}`;
    const everyone = '    variation: enabled\n';

    test.each([
      [
        'before its experimentation window opens, the flag serves nothing now, all once it opens',
        plain(everyone, '  experimentation:\n    start: 2026-07-01T00:00:00Z\n    end: 2026-08-01T00:00:00Z\n'),
        0,
        100,
      ],
      [
        'after its experimentation window closed, nothing',
        plain(everyone, '  experimentation:\n    start: 2026-01-01T00:00:00Z\n    end: 2026-02-01T00:00:00Z\n'),
        0,
        0,
      ],
      [
        'a ramp away from the bound variation serves what the end leaves it',
        plain(
          '    progressiveRollout:\n      initial:\n        variation: enabled\n        percentage: 0\n        date: 2026-01-01T00:00:00Z\n      end:\n        variation: disabled\n        percentage: 40\n        date: 2026-02-01T00:00:00Z\n',
        ),
        60,
        60,
      ],
      ['weights are relative to their sum', plain('    percentage:\n      enabled: 1\n      disabled: 3\n'), 25, 25],
      [
        'a scheduled step that turns the flag off lowers it from its date on',
        plain(everyone, '  scheduledRollout:\n    - date: 2026-07-01T00:00:00Z\n      disable: true\n'),
        0,
        100,
      ],
      [
        'a scheduled step that changes the variations keeps the others',
        plain(everyone, '  scheduledRollout:\n    - date: 2026-07-01T00:00:00Z\n      variations:\n        enabled: false\n'),
        100,
        100,
      ],
      [
        'a scheduled step that adds an unnamed targeting rule matching everyone',
        plain(
          '    variation: disabled\n',
          '  scheduledRollout:\n    - date: 2026-07-01T00:00:00Z\n      targeting:\n        - query: ""\n          variation: enabled\n',
        ),
        0,
        100,
      ],
    ])('%s', (_name, text, low, high) => {
      expect(served(text)).toMatchObject({ low, high });
    });

    test('a disabled targeting rule is skipped; a rule with an empty query catches everyone before the default', () => {
      const text = `${FLAG}:\n  variations:\n    enabled: true\n    disabled: false\n  targeting:\n    - name: off\n      disable: true\n      query: key eq "a"\n      variation: enabled\n    - name: all\n      query: ""\n      variation: disabled\n  defaultRule:\n    variation: enabled\n`;
      expect(served(text)).toMatchObject({ low: 0, high: 0 });
    });

    test('weights that add up to nothing are refused at the percentage', () => {
      const r = read(plain('    percentage:\n      enabled: 0\n      disabled: 0\n'));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]?.message).toMatch(/percentage has no weight to split by/);
    });
  });
});
