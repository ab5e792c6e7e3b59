// Each reader turns the bytes of one format into metrics with their place in the file, or one located
// problem; none of them throws on bad input, and hostile input is refused in bounded time.
import { readJunit } from '../../../src/core/evidence/junit.js';
import { readMetricsFile } from '../../../src/core/evidence/metricsFile.js';
import { readPromptfoo } from '../../../src/core/evidence/promptfoo.js';
import { EVIDENCE_MAX_BYTES, type EvidenceReading } from '../../../src/core/evidence/reading.js';
import { judgeCriterion } from '../../../src/core/evidence/criteria.js';
import { parseCondition } from '../../../src/core/model/conditions.js';
import { junitReport, METRICS_YAML, promptfooResults } from './fixtures.js';

const none = { pointer: null };
const metricsOf = (r: EvidenceReading): Record<string, number> => {
  if (!r.ok) throw new Error(`expected metrics, got: ${r.problem.message}`);
  return Object.fromEntries([...r.metrics.values()].map((m) => [m.name, m.value]));
};
const problemOf = (r: EvidenceReading) => {
  if (r.ok) throw new Error('expected a problem');
  return r.problem;
};

describe('promptfoo results', () => {
  test('give pass/fail/error counts, the pass rate, token usage, cost and per-prompt rates', () => {
    const m = metricsOf(readPromptfoo('evals/results.json', Buffer.from(promptfooResults(97, 3)), none));
    expect(m).toMatchObject({ passed: 97, failed: 3, errors: 0, tests: 100, pass_rate: 0.97, tokens_total: 1200, tokens_prompt: 900, cost: 0.42 });
    expect(m['prompts.renewal_risk_v2.pass_rate']).toBe(0.97);
  });

  test('locate the pass rate at the summary counts', () => {
    const text = promptfooResults(4, 1);
    const r = readPromptfoo('r.json', Buffer.from(text), none);
    if (!r.ok) throw new Error('unreadable');
    const line = text.split('\n').findIndex((l) => l.includes('"successes"')) + 1;
    expect(r.metrics.get('pass_rate')?.at).toMatchObject({ file: 'r.json', line });
  });

  test('count red-team failures by severity when the run is a red-team run', () => {
    const m = metricsOf(readPromptfoo('r.json', Buffer.from(promptfooResults(8, 2, { redteam: true })), none));
    expect(m).toMatchObject({ redteam_critical: 1, redteam_low: 1, redteam_high: 0 });
    expect(metricsOf(readPromptfoo('r.json', Buffer.from(promptfooResults(8, 2)), none))).not.toHaveProperty('redteam_critical');
  });

  test('with a summary edited after the run (it disagrees with the recorded tests) are refused', () => {
    const p = problemOf(readPromptfoo('r.json', Buffer.from(promptfooResults(40, 60, { statsSuccesses: 97 })), none));
    expect(p.message).toMatch(/stats.successes` says 97 but the 100 recorded tests have 40; the summary was edited/);
  });

  test('with a count written twice is refused at the second, not read as the last one written', () => {
    // JSON.parse would keep the later "successes"; a results file edited that way proves nothing.
    const text = promptfooResults(4, 1).replace('"successes": 4,', '"successes": 4,\n      "successes": 5,');
    expect(text).toContain('"successes": 5');
    const p = problemOf(readPromptfoo('r.json', Buffer.from(text), none));
    expect(p).toMatchObject({ line: text.split('\n').findIndex((l) => l.includes('"successes": 5')) + 1 });
    expect(p.message).toMatch(/duplicate key "successes"/);
  });

  test.each([
    ['invalid JSON', '{"results": {"stats": ', /not valid JSON or YAML/],
    ['another JSON file', '{"tests": 3}', /not a promptfoo results file/],
    ['no tests', JSON.stringify({ results: { stats: { successes: 0, failures: 0, errors: 0 } } }), /record no tests/],
    ['counts that are not counts', JSON.stringify({ results: { stats: { successes: 'all', failures: 0, errors: 0 } } }), /successes` is not a count/],
    ['a one-byte file', 'x', /not a promptfoo results file/],
  ])('%s is a located problem', (_, text, message) => {
    const p = problemOf(readPromptfoo('r.json', Buffer.from(text), none));
    expect(p).toMatchObject({ file: 'r.json', line: expect.any(Number), column: expect.any(Number) });
    expect(p.message).toMatch(message);
    expect(p.hint).not.toBe('');
  });
});

describe('when a run says it happened', () => {
  const producedAt = (r: EvidenceReading) => (r.ok ? r.producedAt?.toISOString() : 'unreadable');
  test.each([
    ['promptfoo', readPromptfoo('r.json', Buffer.from(promptfooResults(1, 0, { timestamp: '2026-03-01T08:00:00Z' })), none), '2026-03-01T08:00:00.000Z'],
    ['promptfoo without one', readPromptfoo('r.json', Buffer.from(promptfooResults(1, 0, { timestamp: 'yesterday' })), none), undefined],
    [
      'JUnit, the earliest suite, a time without a zone taken as UTC',
      readJunit(
        'r.xml',
        Buffer.from(
          '<testsuites><testsuite tests="1" timestamp="2026-04-02T10:00:00"><testcase name="a"/></testsuite><testsuite tests="1" timestamp="2026-04-01T09:30:00+02:00"><testcase name="b"/></testsuite></testsuites>',
        ),
        none,
      ),
      '2026-04-01T07:30:00.000Z',
    ],
    ['a metrics file, which has no agreed place for it', readMetricsFile('m.yaml', Buffer.from(METRICS_YAML), none), undefined],
  ])('%s', (_, reading, expected) => {
    expect(producedAt(reading)).toBe(expected);
  });
});

describe('JUnit XML', () => {
  test('gives tests, failures, errors, skipped, passed and the pass rate', () => {
    expect(metricsOf(readJunit('r.xml', Buffer.from(junitReport(19, 1)), none))).toEqual({
      tests: 20,
      passed: 19,
      failures: 1,
      errors: 0,
      skipped: 0,
      pass_rate: 0.95,
    });
  });

  test('reads a single <testsuite> root, and counts the cases when the suite states no counts', () => {
    const xml =
      '<testsuite name="jest"><testcase name="a"/><testcase name="b"><error message="boom"/></testcase><testcase name="c"><skipped/></testcase></testsuite>';
    expect(metricsOf(readJunit('r.xml', Buffer.from(xml), none))).toMatchObject({ tests: 3, passed: 1, errors: 1, skipped: 1, pass_rate: 0.5 });
  });

  test('with counts edited after the run (they disagree with the test cases) are refused', () => {
    const p = problemOf(readJunit('r.xml', Buffer.from(junitReport(5, 5, { failures: 0 })), none));
    expect(p.message).toMatch(/says failures="0" but its test cases have 5; the report was edited after the run/);
    expect(p.line).toBe(3);
  });

  test('that is not well-formed is refused at the line of the error', () => {
    const p = problemOf(readJunit('r.xml', Buffer.from('<testsuites>\n  <testsuite tests="1">\n    <testcase>\n</testsuites>\n'), none));
    expect(p.message).toMatch(/not well-formed XML/);
    expect(p.line).toBeGreaterThan(1);
  });

  test('an entity bomb is refused unexpanded, in bounded time, at its declaration', () => {
    const lol = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${lol}\n]>\n<testsuite tests="&lol10;"><testcase name="a"/></testsuite>\n`;
    const started = Date.now();
    const p = problemOf(readJunit('r.xml', Buffer.from(bomb), none));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(p).toMatchObject({ line: 2, message: expect.stringMatching(/document type declaration is refused/) });
  });

  test('deep nesting is refused in bounded time', () => {
    const deep = '<testsuites>' + '<x>'.repeat(50000) + '</x>'.repeat(50000) + '</testsuites>';
    const started = Date.now();
    const p = problemOf(readJunit('r.xml', Buffer.from(deep), none));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(p.message).toMatch(/could not be read as XML: Maximum nested tags/);
  });

  test.each([
    ['another XML document', '<coverage line-rate="0.9"/>', /neither <testsuites> nor <testsuite>/],
    ['a report with no tests', '<testsuites><testsuite name="e" tests="0"/></testsuites>', /records no tests/],
    ['a count that is not a number', '<testsuite tests="many"/>', /tests="many"` is not a count/],
    ['binary', Buffer.from([0x3c, 0, 0x3e]), /binary/],
  ])('%s is a located problem', (_, text, message) => {
    expect(problemOf(readJunit('r.xml', Buffer.isBuffer(text) ? text : Buffer.from(text), none)).message).toMatch(message);
  });
});

describe('a metrics file', () => {
  test('gives the numbers under `metrics`, nested ones with dotted names, each at its line', () => {
    const r = readMetricsFile('m.yaml', Buffer.from(METRICS_YAML), none);
    expect(metricsOf(r)).toEqual({ precision_at_top_10: 0.87, recall_at_top_10: 0.74, 'latency.p95_ms': 1800 });
    if (r.ok) expect(r.metrics.get('recall_at_top_10')?.at).toMatchObject({ line: 4, column: 21 });
  });

  test("reads Model Card Toolkit's performance metrics, values written as strings included", () => {
    const card = JSON.stringify({
      quantitative_analysis: {
        performance_metrics: [
          { type: 'accuracy', value: '0.91' },
          { type: 'recall', value: 0.8, slice: 'enterprise' },
        ],
      },
    });
    expect(metricsOf(readMetricsFile('card.json', Buffer.from(card), none))).toEqual({ accuracy: 0.91, 'recall.enterprise': 0.8 });
  });

  test('follows a JSON pointer into any file', () => {
    const summary = JSON.stringify({ run: { id: 7 }, summary: { scores: { faithfulness: 0.93, toxicity: 0.01 } } });
    expect(metricsOf(readMetricsFile('s.json', Buffer.from(summary), { pointer: '/summary/scores' }))).toEqual({ faithfulness: 0.93, toxicity: 0.01 });
    expect(problemOf(readMetricsFile('s.json', Buffer.from(summary), { pointer: '/summary/missing' })).message).toMatch(/nothing at pointer/);
  });

  test.each([
    ['invalid YAML', 'metrics: [1, 2', /not valid JSON or YAML/],
    ['no metrics', 'results: {}\n', /has no `metrics`/],
    ['no numbers', 'metrics: { precision: high }\n', /no numeric metric/],
    ['deep nesting', '['.repeat(5000) + ']'.repeat(5000), /nesting/],
  ])('%s is a located problem', (_, text, message) => {
    expect(problemOf(readMetricsFile('m.yaml', Buffer.from(text), none)).message).toMatch(message);
  });

  test('a huge file is refused unread', () => {
    const huge = Buffer.alloc(EVIDENCE_MAX_BYTES + 1, 0x20);
    expect(problemOf(readMetricsFile('m.json', huge, none)).message).toMatch(/over the 4194304-byte limit/);
  });

  test('large JSON is read without the position index, its nesting still bounded', () => {
    const big = JSON.stringify({ metrics: { precision: 0.9 }, outputs: 'x'.repeat(300 * 1024) });
    expect(metricsOf(readMetricsFile('m.json', Buffer.from(big), none))).toEqual({ precision: 0.9 });
    const deep = JSON.stringify({ metrics: { a: 1 }, pad: 'x'.repeat(300 * 1024) })
      .replace('{"a":1}', '['.repeat(200) + ']'.repeat(200) + ',"a":1}')
      .replace('[', '{"z":[');
    expect(readMetricsFile('m.json', Buffer.from(deep), none).ok).toBe(false);
  });
});

describe('a criterion against metrics', () => {
  const metrics = new Map([['pass_rate', { name: 'pass_rate', value: 0.97, at: { file: 'r.json', line: 3, column: 5 } }]]);
  test.each([
    ['pass_rate >= 0.95', 'met'],
    ['pass_rate >= 0.98', 'unmet'],
    ['pass_rate == 0.97', 'met'],
    ['pass_rate != 0.97', 'unmet'],
    ['pass_rate < 1', 'met'],
    ['errors == 0', 'unverified'],
  ])('%s is %s', (text, kind) => {
    const parsed = parseCondition(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(judgeCriterion(parsed.condition, metrics).kind).toBe(kind);
  });
});
