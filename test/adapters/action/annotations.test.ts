import { emitAnnotations, planAnnotations, type AnnotationSink } from '../../../src/core/render/annotations.js';
import { finding } from './reportFixtures.js';

test('most important first: block before warn, then input errors, then file and line', () => {
  const plan = planAnnotations([
    finding({ severity: 'warn', file: 'rollouts/a.yml', line: 1, check: 'w' }),
    finding({ file: 'rollouts/b.yml', line: 9, check: 'b9' }),
    finding({ file: 'rollouts/b.yml', line: 2, check: 'b2' }),
    finding({ readinessBlock: 'input', file: 'rollouts/z.yml', line: 5, check: 'manifest_invalid' }),
  ]);
  expect(plan.annotations.map((a) => [a.level, a.title])).toEqual([
    ['error', 'Invalid input: manifest_invalid'],
    ['error', 'Observability: b2'],
    ['error', 'Observability: b9'],
    ['warning', 'Observability: w'],
  ]);
  expect(plan.omitted).toBe(0);
});

test('an annotation carries file, line, column, message, fix and owner', () => {
  const [a] = planAnnotations([finding()]).annotations;
  expect(a).toEqual({
    level: 'error',
    title: 'Observability: evidence_trace_coverage',
    message:
      'Trace coverage evidence is missing.\nFix: Commit a trace coverage report and point evidence.trace_coverage at it. Owner (technical): AI Platform @alice.',
    file: 'rollouts/triage.yml',
    startLine: 14,
    startColumn: 5,
  });
});

test('a finding without a line annotates the file; without a file, the run', () => {
  const plan = planAnnotations([finding({ line: 0, column: 0, check: 'no_line' }), finding({ file: '', line: 0, column: 0, check: 'no_file' })]);
  const noLine = plan.annotations.find((a) => a.title.endsWith('no_line'));
  const noFile = plan.annotations.find((a) => a.title.endsWith('no_file'));
  expect(noLine).not.toHaveProperty('startLine');
  expect(noLine).toHaveProperty('file', 'rollouts/triage.yml');
  expect(noFile).not.toHaveProperty('file');
});

test('at most 10 errors and 10 warnings; the rest are counted for the summary', () => {
  const findings = [
    ...Array.from({ length: 14 }, (_, i) => finding({ line: i + 1 })),
    ...Array.from({ length: 12 }, (_, i) => finding({ severity: 'warn', line: i + 1 })),
  ];
  const calls: string[] = [];
  const sink: AnnotationSink = {
    error: (_m, p) => calls.push(`error ${p.startLine ?? 0}`),
    warning: (_m, p) => calls.push(`warning ${p.startLine ?? 0}`),
  };
  expect(emitAnnotations(findings, sink)).toBe(6);
  expect(calls.filter((c) => c.startsWith('error'))).toEqual(Array.from({ length: 10 }, (_, i) => `error ${i + 1}`));
  expect(calls.filter((c) => c.startsWith('warning'))).toHaveLength(10);
});
