// Evidence files as the tools write them, for the reader tests and the end-to-end ones.

/** A promptfoo results file (output format version 3) with `pass` of `pass + fail` tests passing. */
export function promptfooResults(
  pass: number,
  fail: number,
  options: { errors?: number; statsSuccesses?: number; redteam?: boolean; timestamp?: string } = {},
): string {
  const errors = options.errors ?? 0;
  const results = [
    ...Array.from({ length: pass }, (_, i) => ({ success: true, score: 1, failureReason: 0, testIdx: i })),
    ...Array.from({ length: fail }, (_, i) => ({
      success: false,
      score: 0,
      failureReason: 1,
      testIdx: pass + i,
      ...(options.redteam ? { metadata: { pluginId: 'harmful:privacy', severity: i === 0 ? 'critical' : 'low' } } : {}),
    })),
    ...Array.from({ length: errors }, (_, i) => ({ success: false, score: 0, failureReason: 2, error: 'timeout', testIdx: pass + fail + i })),
  ];
  return (
    JSON.stringify(
      {
        evalId: 'eval-2026-05-30',
        results: {
          version: 3,
          timestamp: options.timestamp ?? '2026-05-30T10:00:00Z',
          prompts: [
            {
              raw: 'Score renewal risk for {{account}}',
              label: 'renewal risk v2',
              provider: 'openai:gpt-4o-mini',
              metrics: { score: pass, testPassCount: pass, testFailCount: fail, testErrorCount: errors, cost: 0.42, tokenUsage: { total: 1200 } },
            },
          ],
          results,
          stats: { successes: options.statsSuccesses ?? pass, failures: fail, errors, tokenUsage: { total: 1200, prompt: 900, completion: 300 } },
        },
        config: { description: 'renewal risk' },
      },
      null,
      2,
    ) + '\n'
  );
}

/** A JUnit report of one suite with `pass` passing and `fail` failing cases (the suite may claim other counts). */
export function junitReport(pass: number, fail: number, claim: { tests?: number; failures?: number } = {}): string {
  const cases = [
    ...Array.from({ length: pass }, (_, i) => `    <testcase classname="evals.test_triage" name="case_${i}" time="0.1"/>`),
    ...Array.from(
      { length: fail },
      (_, i) =>
        `    <testcase classname="evals.test_triage" name="bad_${i}" time="0.1">\n      <failure message="wrong label">expected high</failure>\n    </testcase>`,
    ),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
  <testsuite name="pytest" tests="${claim.tests ?? pass + fail}" failures="${claim.failures ?? fail}" errors="0" skipped="0" time="1.2">
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}

export const METRICS_YAML = `# offline eval on the holdout set
metrics:
  precision_at_top_10: 0.87
  recall_at_top_10: 0.74
  latency:
    p95_ms: 1800
`;
