// The check run's content, as pure functions: conclusion, annotations, the size limit of its text.
import { CHECK_OUTPUT_MAX_CHARS, checkAnnotations, clipOutput, conclusionOf } from '../../../src/adapters/action/checkRun.js';
import { finding } from './reportFixtures.js';

test.each([
  ['block', 'block', 'failure'],
  ['block', 'warn', 'failure'],
  ['warn', 'block', 'neutral'],
  ['warn', 'warn', 'failure'],
  ['pass', 'block', 'success'],
  ['pass', 'warn', 'success'],
] as const)('verdict %s with fail-on %s concludes %s', (verdict, failOn, conclusion) => {
  expect(conclusionOf(verdict, failOn)).toBe(conclusion);
});

test('every finding with a file is an annotation, most important first, on one line with its column', () => {
  const annotations = checkAnnotations([
    finding({ severity: 'warn', check: 'w', line: 3, column: 0 }),
    finding({ check: 'b', line: 14, column: 5 }),
    finding({ check: 'nowhere', file: '' }),
    ...Array.from({ length: 30 }, (_, i) => finding({ check: `many_${i}`, line: 100 + i })),
  ]);
  // No cap of 10 per level, as workflow commands have; the finding without a file has no line to point at.
  expect(annotations).toHaveLength(32);
  expect(annotations[0]).toEqual({
    path: 'rollouts/triage.yml',
    start_line: 14,
    end_line: 14,
    start_column: 5,
    end_column: 5,
    annotation_level: 'failure',
    title: 'Observability: b',
    message:
      'Trace coverage evidence is missing.\nFix: Commit a trace coverage report and point evidence.trace_coverage at it. Owner (technical): AI Platform @alice.',
  });
  expect(annotations.at(-1)).toMatchObject({ title: 'Observability: w', annotation_level: 'warning', start_line: 3 });
  expect(annotations.at(-1)).not.toHaveProperty('start_column');
});

test('a finding at line 0 is put on line 1, where GitHub accepts it', () => {
  expect(checkAnnotations([finding({ line: 0, column: 0 })])[0]).toMatchObject({ start_line: 1, end_line: 1 });
});

describe('clipOutput', () => {
  test('text within the limit is kept as it is', () => {
    expect(clipOutput('x'.repeat(CHECK_OUTPUT_MAX_CHARS))).toBe('x'.repeat(CHECK_OUTPUT_MAX_CHARS));
  });

  test('longer text is cut to the limit, saying where the rest is', () => {
    const clipped = clipOutput('y'.repeat(CHECK_OUTPUT_MAX_CHARS + 10));
    expect(clipped.length).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_CHARS);
    expect(clipped).toMatch(/the job summary has the full report\)$/);
  });

  test.each([30, 31, 120, 121])('a cut at %i never splits a surrogate pair', (max) => {
    const clipped = clipOutput('😀'.repeat(100), max);
    expect(clipped.length).toBeLessThanOrEqual(max);
    expect(() => encodeURIComponent(clipped)).not.toThrow();
  });
});
