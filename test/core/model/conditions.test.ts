// parseCondition: the `metric operator threshold` grammar of stop conditions and rollback triggers.
import fc from 'fast-check';
import { actionStrength, loosenedBy, parseCondition, type ConditionParse } from '../../../src/core/model/conditions.js';

const NOT_OF_THE_FORM = /is not of the form `metric operator threshold` \(e\.g\. `false_positive_rate > 0\.20`, `cost_per_account > \$1\.50`\)$/;

function accepted(text: string) {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got: ${r.reason}`);
  return r.condition;
}

function rejected(text: string): string {
  const r = parseCondition(text);
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to be rejected, got ${JSON.stringify(r.condition)}`);
  return r.reason;
}

describe('parseCondition accepts `metric operator threshold`', () => {
  test.each([
    ['false_positive_rate > 0.20', { metric: 'false_positive_rate', operator: '>', threshold: 0.2, unit: null }],
    ['cost_per_account > $1.50', { metric: 'cost_per_account', operator: '>', threshold: 1.5, unit: '$' }],
    ['cost > $ 1.50', { metric: 'cost', operator: '>', threshold: 1.5, unit: '$' }],
    ['customer_complaint_count >= 3', { metric: 'customer_complaint_count', operator: '>=', threshold: 3, unit: null }],
    ['precision_at_top_10 <= 0.85', { metric: 'precision_at_top_10', operator: '<=', threshold: 0.85, unit: null }],
    ['errors == 0', { metric: 'errors', operator: '==', threshold: 0, unit: null }],
    ['mode != 2', { metric: 'mode', operator: '!=', threshold: 2, unit: null }],
    ['latency < 2s', { metric: 'latency', operator: '<', threshold: 2, unit: 's' }],
    ['latency_p95_ms > 2000ms', { metric: 'latency_p95_ms', operator: '>', threshold: 2000, unit: 'ms' }],
    ['dwell > 5 m', { metric: 'dwell', operator: '>', threshold: 5, unit: 'm' }],
    ['age > 3h', { metric: 'age', operator: '>', threshold: 3, unit: 'h' }],
    ['error_rate > 5%', { metric: 'error_rate', operator: '>', threshold: 5, unit: '%' }],
    ['error_rate > 100 %', { metric: 'error_rate', operator: '>', threshold: 100, unit: '%' }],
    ['delta < -0.5', { metric: 'delta', operator: '<', threshold: -0.5, unit: null }],
    ['budget > $-1', { metric: 'budget', operator: '>', threshold: -1, unit: '$' }],
    ['svc.latency.p99>250ms', { metric: 'svc.latency.p99', operator: '>', threshold: 250, unit: 'ms' }],
    ['_internal>=1', { metric: '_internal', operator: '>=', threshold: 1, unit: null }],
    ['  \t a > 1 \n', { metric: 'a', operator: '>', threshold: 1, unit: null }],
    ['\u00a0a\u3000>\u20281', { metric: 'a', operator: '>', threshold: 1, unit: null }],
    ['n > 999999999999999.999999999999999', { metric: 'n', operator: '>', threshold: Number('999999999999999.999999999999999'), unit: null }],
    [`${'m'.repeat(128)} > 1`, { metric: 'm'.repeat(128), operator: '>', threshold: 1, unit: null }],
  ])('%j', (text, condition) => {
    expect(accepted(text)).toEqual(condition);
  });
});

describe('parseCondition rejects anything else, quoting what it got', () => {
  test.each([
    ['false positives get too high'],
    [''],
    ['   '],
    ['a >'],
    ['> 1'],
    ['1a > 1'],
    ['a-b > 1'],
    ['a = 1'],
    ['a => 1'],
    ['a >> 1'],
    ['a ! 1'],
    ['a > 1.'],
    ['a > .5'],
    ['a > +1'],
    ['a > --1'],
    ['a > 1e3'],
    ['a > 1,000'],
    ['a > 1 2'],
    ['a > 1 ms s'],
    ['a > 1 m s'],
    ['a > 1MS'],
    ['a > 1 days'],
    ['a > 1%%'],
    ['a > $'],
    ['a > 1 $'],
    ['a > - 1'],
    ['a > 1;'],
    ['a > 1 and b > 2'],
    ['a > 1234567890123456'],
    ['a > 1.1234567890123456'],
    [`${'m'.repeat(129)} > 1`],
    ['ａ > 1'],
  ])('%j', (text) => {
    const reason = rejected(text);
    expect(reason).toMatch(NOT_OF_THE_FORM);
    expect(reason.startsWith(`"${text.slice(0, 77)}`)).toBe(true);
  });

  test('a long condition is quoted shortened to 80 characters', () => {
    const text = `a > ${'x'.repeat(200)}`;
    expect(rejected(text)).toBe(
      `"${text.slice(0, 77)}..." is not of the form \`metric operator threshold\` (e.g. \`false_positive_rate > 0.20\`, \`cost_per_account > $1.50\`)`,
    );
  });

  test('a currency sign and a unit together are refused', () => {
    expect(rejected('cost > $1.50%')).toBe('"cost > $1.50%" has both a currency sign and a unit');
    expect(rejected('cost > $5 ms')).toBe('"cost > $5 ms" has both a currency sign and a unit');
  });

  test.each(['rate > 100.5%', 'rate > -1%', 'rate > 101 %'])('a percentage outside 0..100 is refused: %j', (text) => {
    expect(rejected(text)).toBe(`"${text}" has a percentage outside 0..100`);
  });
});

describe('hostile conditions are rejected, not backtracked over', () => {
  // Each of these made the former regular expression backtrack for a minute or more.
  test.each([
    ['"a >" and 150,000 spaces', `a >${' '.repeat(150_000)}`],
    ['"a > $" and 150,000 spaces then junk', `a > $${' '.repeat(150_000)}!`],
    ['a 256 KiB run of spaces between operator and a bad number', `a >${' '.repeat(256 * 1024 - 8)}1.x`],
    ['256 KiB of alternating spaces and tabs after a number', `a > 1${' \t'.repeat(128 * 1024)}?`],
    ['256 KiB of metric characters', `${'a'.repeat(256 * 1024)} > 1`],
  ])('%s', (_label, text) => {
    const reason = rejected(text);
    expect(reason).toMatch(NOT_OF_THE_FORM);
    expect(reason.length).toBeLessThan(300);
  });

  test('a 256 KiB condition that follows the grammar still parses', () => {
    const pad = ' '.repeat(64 * 1024);
    expect(accepted(`${pad}a${pad}>${pad}$${pad}1.5${pad}`)).toEqual({ metric: 'a', operator: '>', threshold: 1.5, unit: '$' });
  });
});

describe('the scanner accepts exactly the language of the former regular expression', () => {
  // The former definition, kept here as the specification; safe on the short inputs generated below.
  const FORMER = /^\s*([A-Za-z_][A-Za-z0-9_.]{0,127})\s*(>=|<=|==|!=|>|<)\s*(\$)?\s*(-?[0-9]{1,15}(?:\.[0-9]{1,15})?)\s*(%|ms|s|m|h)?\s*$/;

  function former(text: string): ConditionParse {
    const m = FORMER.exec(text);
    if (!m)
      return {
        ok: false,
        reason: `"${text.length > 80 ? text.slice(0, 77) + '...' : text}" is not of the form \`metric operator threshold\` (e.g. \`false_positive_rate > 0.20\`, \`cost_per_account > $1.50\`)`,
      };
    const [, metric, operator, dollar, number, suffix] = m;
    if (dollar && suffix) return { ok: false, reason: `"${text}" has both a currency sign and a unit` };
    const threshold = Number(number);
    const unit = dollar ? '$' : (suffix ?? null);
    if (unit === '%' && (threshold < 0 || threshold > 100)) return { ok: false, reason: `"${text}" has a percentage outside 0..100` };
    return { ok: true, condition: { metric, operator, threshold, unit } } as ConditionParse;
  }

  const piece = fc.constantFrom(
    'a',
    'Z',
    '_',
    'x.y',
    '9',
    '0',
    '1.5',
    '.',
    '-',
    '$',
    '%',
    'ms',
    'm',
    's',
    'h',
    'e',
    '>',
    '<',
    '=',
    '!',
    '>=',
    '==',
    ' ',
    '\t',
    '\n',
    '\u00a0',
    '+',
    ',',
  );

  test("on generated inputs built from the grammar's own pieces", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(parseCondition(text)).toEqual(former(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('actionStrength: what a condition does when it fires, strongest first', () => {
  test.each([
    ['stop_conditions', 'rollback', 5],
    ['stop_conditions', 'page', 1],
    ['stop_conditions', null, 4],
    ['rollback_triggers', null, 5],
    ['stop_conditions', 'something else', 0],
  ] as const)('%s %s', (list, action, strength) => {
    expect(actionStrength(list, action)).toBe(strength);
  });
});

describe('loosenedBy for conditions that fire below a threshold', () => {
  const c = (text: string) => {
    const r = parseCondition(text);
    if (!r.ok) throw new Error(r.reason);
    return r.condition;
  };
  test.each([
    ['precision < 0.8', 'precision < 0.7', 'loosened'],
    ['precision < 0.8', 'precision < 0.9', 'tightened'],
    ['precision <= 0.8', 'precision < 0.8', 'loosened'],
    ['precision < 0.8', 'precision > 0.8', 'changed'],
  ] as const)('%s -> %s is %s', (before, after, how) => {
    expect(loosenedBy(c(before), c(after))).toBe(how);
  });
});
