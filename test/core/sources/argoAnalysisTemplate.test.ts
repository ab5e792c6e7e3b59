// The AnalysisTemplate reader: the range each metric accepts, from its success and failure conditions,
// read as text and never evaluated. Every accepted fixture passes the AnalysisTemplate CRD's schema.
import { argoAnalysisTemplateReader, simpleCondition } from '../../../src/core/sources/argoAnalysisTemplate.js';
import type { ArgoAnalysisTemplateBinding } from '../../../src/core/sources/binding.js';
import { analysisTemplateFile, TEMPLATE_FILE } from '../../fixtures/sources.js';

const binding: ArgoAnalysisTemplateBinding = {
  kind: 'argo_analysis_template',
  path: TEMPLATE_FILE,
  name: 'success-rate',
  at: { file: 'rollouts/r.yaml', line: 1, column: 1 },
};
const read = (text: string) => argoAnalysisTemplateReader.read(TEMPLATE_FILE, text, binding, { now: new Date('2026-06-01T00:00:00Z') });

describe('the AnalysisTemplate reader', () => {
  test.each([
    ['result[0] <= 0.2', { op: '<=', value: 0.2 }],
    ['result > 1.5', { op: '>', value: 1.5 }],
    ['  result[0] >= -3  ', { op: '>=', value: -3 }],
    ['result[0] <= 0.2 && result[0] >= 0', null],
    ['len(result) > 0', null],
    ['asFloat(result) < 5', null],
  ])('%s is read as %j', (text, parsed) => {
    expect(simpleCondition(text)).toEqual(parsed);
  });

  test('each metric accepts the range its conditions state, with the bounds that still pass', () => {
    const r = read(analysisTemplateFile());
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect(r.served.carriesExposure).toBe(false);
    expect(r.served.metrics.map((m) => [m.name, m.min, m.max, m.maxInclusive])).toEqual([
      ['false_positive_rate', null, 0.2, true],
      ['cost_per_account', null, 1.5, true],
      ['customer_complaint_count', null, 3, false],
    ]);
  });

  test.each([
    ['another template', analysisTemplateFile().replace('name: success-rate', 'name: other'), /named "other"/],
    [
      'a metric without a provider',
      analysisTemplateFile().replace(/ {6}provider:\n {8}prometheus:\n {10}address: .*\n {10}query: sum\(renewal_cost.*\n/, ''),
      /provider/,
    ],
  ])('refuses %s', (_name, text, message) => {
    const r = read(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.message).join('\n')).toMatch(message);
  });
  test('lower bounds, and both conditions on one metric, narrow the accepted range from each side', () => {
    const text = analysisTemplateFile()
      .replace('successCondition: result[0] <= 0.20', 'successCondition: result[0] >= 0.9\n      failureCondition: result[0] < 0.8')
      .replace('failureCondition: result[0] > 1.5', 'successCondition: result[0] < 2\n      failureCondition: result[0] >= 1.5')
      .replace('successCondition: result < 3', 'successCondition: result > 1\n      failureCondition: result <= 1');
    const r = read(text);
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect(r.served.metrics.map((m) => [m.name, m.min, m.minInclusive, m.max, m.maxInclusive])).toEqual([
      ['false_positive_rate', 0.9, true, null, true],
      ['cost_per_account', null, true, 1.5, false],
      ['customer_complaint_count', 1, false, null, true],
    ]);
  });
});
