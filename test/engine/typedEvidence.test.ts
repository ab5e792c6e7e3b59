// Typed evidence through real git histories: the gate reads what the evidence says, checks it against
// the manifest's, the base's and the policy's criteria, and fails closed, with a located finding, on
// evidence that is failing, malformed, silent about a metric, stale or edited after its run.
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { checksOf, findingsOf, gateOn, MANIFEST, NOW } from '../helpers/gate.js';
import { createRepo, type FileSpec } from '../helpers/repo.js';
import { runGate } from '../../src/engine/run.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderText } from '../../src/core/render/text.js';
import type { Report } from '../../src/core/report/model.js';
import { junitReport, METRICS_YAML, promptfooResults } from '../core/evidence/fixtures.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicy } from '../../src/core/load/documents.js';
import { EVIDENCE_MAX_AGE, EVIDENCE_THRESHOLDS, BLOCK_UNVERIFIED_CRITERIA } from '../../src/core/rules/evidenceSettings.js';

const PLAIN_EVAL = '    offline_eval: evidence/offline-eval.md\n';
const RESULTS = 'evals/results.json';

/** The ready manifest with `offline_eval` as the given typed entry (indented under `evidence:`). */
function withEval(entry: string, overrides: Parameters<typeof readyManifest>[0] = {}): string {
  const m = readyManifest(overrides);
  if (!m.includes(PLAIN_EVAL)) throw new Error('fixture changed');
  return m.replace(PLAIN_EVAL, entry);
}

const promptfooEntry = (require = '{ pass_rate: ">= 0.95", errors: "== 0" }', path = RESULTS) =>
  `    offline_eval:\n      path: ${path}\n      format: promptfoo\n      require: ${require}\n`;

const metricsEntry = (path = 'evals/holdout.yaml', require = '{}') =>
  `    offline_eval:\n      path: ${path}\n      format: metrics\n      require: ${require}\n`;

const typedFindings = (r: Report) =>
  checksOf(r).filter((c) =>
    ['evidence_criteria_met', 'evidence_fresh', 'stage_criteria_met', 'stage_criteria_unverified', 'stop_conditions_clear'].includes(c),
  );

/** Each format through the same cases: what the file is, and the outcome the gate must give. */
const FORMATS = [
  {
    format: 'promptfoo',
    path: RESULTS,
    require: '{ pass_rate: ">= 0.95" }',
    passing: promptfooResults(97, 3),
    failing: promptfooResults(40, 60),
    malformed: '{"results": [',
    tampered: promptfooResults(40, 60, { statsSuccesses: 97 }) as string | null,
  },
  {
    format: 'junit',
    path: 'evals/junit.xml',
    require: '{ pass_rate: ">= 0.95" }',
    passing: junitReport(20, 0),
    failing: junitReport(8, 12),
    malformed: '<testsuites><testsuite tests="1"></testsuites>',
    tampered: junitReport(8, 12, { failures: 0 }) as string | null,
  },
  {
    format: 'metrics',
    path: 'evals/holdout.yaml',
    require: '{ precision_at_top_10: ">= 0.85" }',
    passing: METRICS_YAML,
    failing: 'metrics:\n  precision_at_top_10: 0.61\n',
    malformed: 'metrics: {precision_at_top_10: 0.9',
    tampered: null as string | null,
  },
] as const;

describe.each(FORMATS)('$format evidence through a real history', (f) => {
  const entry = (require: string = f.require) => `    offline_eval:\n      path: ${f.path}\n      format: ${f.format}\n      require: ${require}\n`;
  const judged = async (file: string, require?: string) =>
    findingsOf(await gateOn({ head: { [MANIFEST]: withEval(entry(require)), [f.path]: file } }), 'evidence_criteria_met').map((x) => x.message);

  test('passing evidence passes', async () => {
    expect(await judged(f.passing)).toEqual([]);
  });

  test('failing evidence blocks with the measured value', async () => {
    expect((await judged(f.failing)).join('\n')).toMatch(/does not hold .*, not >= /);
  });

  test('malformed evidence is a located finding', async () => {
    expect((await judged(f.malformed)).join('\n')).toMatch(new RegExp(`"${f.path}" cannot be read as ${f.format} \\(line \\d+, column \\d+\\)`));
  });

  test('a criterion with no metric behind it blocks', async () => {
    expect((await judged(f.passing, '{ no_such_metric: ">= 1" }')).join('\n')).toMatch(/states no metric no_such_metric/);
  });

  test('evidence not produced again after the orchestration changed is stale', async () => {
    const report = await gateOn({
      base: { [MANIFEST]: withEval(entry()), [f.path]: f.passing },
      head: { [MANIFEST]: withEval(entry(), { triagePattern: 'routing' }) },
    });
    expect(findingsOf(report, 'evidence_fresh')[0]?.message).toMatch(new RegExp(`"${f.path}" is stale: the change edits orchestration.triage`));
  });
});

// A generic metrics file has no redundancy to check a hand edit against (freshness still applies to it).
test.each(FORMATS.filter((f) => f.tampered !== null))('$format evidence edited by hand in the pull request, without a new run, blocks', async (f) => {
  const entry = `    offline_eval:\n      path: ${f.path}\n      format: ${f.format}\n      require: ${f.require}\n`;
  const report = await gateOn({ base: { [MANIFEST]: withEval(entry), [f.path]: f.failing }, head: { [f.path]: f.tampered! } });
  expect(findingsOf(report, 'evidence_criteria_met')[0]?.message).toMatch(/edited after the run/);
});

describe('promptfoo results as evidence', () => {
  test('passing results pass, and the report shows the measured value next to the threshold', async () => {
    const report = await gateOn({ head: { [MANIFEST]: withEval(promptfooEntry()), [RESULTS]: promptfooResults(97, 3) } });
    expect(report.findings).toEqual([]);
    expect(report.evidenceChecks).toEqual([
      expect.objectContaining({ criterion: 'errors == 0', state: 'met', measured: expect.objectContaining({ value: 0, evidence: RESULTS }) }),
      expect.objectContaining({
        criterion: 'pass_rate >= 0.95',
        state: 'met',
        subject: 'evidence.offline_eval',
        measured: expect.objectContaining({ metric: 'pass_rate', value: 0.97 }),
      }),
    ]);
  });

  test('results that say 40% pass block, saying what was measured and where', async () => {
    const report = await gateOn({ head: { [MANIFEST]: withEval(promptfooEntry()), [RESULTS]: promptfooResults(40, 60) } });
    const [f] = findingsOf(report, 'evidence_criteria_met');
    expect(f).toMatchObject({
      severity: 'block',
      file: MANIFEST,
      message: expect.stringMatching(/"pass_rate >= 0.95" does not hold .*pass_rate 0.4, not >= 0.95, evals\/results.json line \d+/),
    });
    expect(report.verdict).toBe('block');
  });

  test('a summary edited in the pull request without running the eval again blocks', async () => {
    // The base has honest failing results; the change edits the summary to 97 passes and promotes nothing else.
    const report = await gateOn({
      base: { [MANIFEST]: withEval(promptfooEntry()), [RESULTS]: promptfooResults(40, 60) },
      head: { [RESULTS]: promptfooResults(40, 60, { statsSuccesses: 97 }) },
    });
    expect(findingsOf(report, 'evidence_criteria_met')[0]?.message).toMatch(/says 97 but the 100 recorded tests have 40; the summary was edited after the run/);
  });

  test.each([
    ['invalid JSON', '{"results": {"stats": {"successes": 97,', /cannot be read as promptfoo \(line \d+, column \d+\): evidence is not valid JSON or YAML/],
    ['a one-byte file', 'x', /not a promptfoo results file/],
    ['an eval that ran nothing', JSON.stringify({ results: { stats: { successes: 0, failures: 0, errors: 0 } } }), /record no tests/],
  ])('%s is a located finding, never a crash or a pass', async (_, text, message) => {
    const report = await gateOn({ head: { [MANIFEST]: withEval(promptfooEntry()), [RESULTS]: text } });
    const [f] = findingsOf(report, 'evidence_criteria_met');
    expect(f).toMatchObject({
      severity: 'block',
      file: MANIFEST,
      line:
        withEval(promptfooEntry())
          .split('\n')
          .findIndex((l) => l.includes(`path: ${RESULTS}`)) + 1,
    });
    expect(f?.message).toMatch(message);
  });

  test('a criterion naming a metric the results do not state blocks, listing what they state', async () => {
    const report = await gateOn({ head: { [MANIFEST]: withEval(promptfooEntry('{ accuracy: ">= 0.9" }')), [RESULTS]: promptfooResults(97, 3) } });
    expect(findingsOf(report, 'evidence_criteria_met')[0]?.message).toMatch(
      /states no metric accuracy for "accuracy >= 0.9" .*it states passed, failed, errors, tests, pass_rate/,
    );
    expect(report.evidenceChecks).toEqual([expect.objectContaining({ criterion: 'accuracy >= 0.9', state: 'unverified', measured: null })]);
  });

  test('a results file larger than a manifest may be (every output kept) is read in full', async () => {
    const big = promptfooResults(97, 3).replace('"config": {', `"config": {\n    "outputs": "${'o'.repeat(600 * 1024)}",`);
    const report = await gateOn({ head: { [MANIFEST]: withEval(promptfooEntry()), [RESULTS]: big } });
    expect(report.findings).toEqual([]);
    expect(report.evidenceChecks.map((c) => [c.criterion, c.state, c.measured?.value])).toContainEqual(['pass_rate >= 0.95', 'met', 0.97]);
  });

  test('a bound that is not an operator and a number makes the manifest invalid, at the bound', async () => {
    const manifest = withEval(promptfooEntry('{ pass_rate: ">= most" }'));
    const report = await gateOn({ head: { [MANIFEST]: manifest, [RESULTS]: promptfooResults(97, 3) } });
    expect(findingsOf(report, 'manifest_invalid')[0]).toMatchObject({
      line: manifest.split('\n').findIndex((l) => l.includes('>= most')) + 1,
      message: expect.stringMatching(/evidence.offline_eval.require.pass_rate: ">= most" is not an operator and a number/),
    });
  });

  test('a missing results file is reported once, as invalid evidence', async () => {
    const report = await gateOn({ head: { [MANIFEST]: withEval(promptfooEntry()) } });
    expect(checksOf(report)).toContain('evidence_invalid');
    expect(findingsOf(report, 'evidence_criteria_met')).toEqual([]);
  });
});

describe('JUnit XML as evidence', () => {
  const entry = (require: string) => `    offline_eval:\n      path: evals/junit.xml\n      format: junit\n      require: ${require}\n`;

  test('a passing report passes; a failing one blocks with its measured pass rate', async () => {
    const pass = await gateOn({ head: { [MANIFEST]: withEval(entry('{ pass_rate: ">= 0.95", errors: "== 0" }')), 'evals/junit.xml': junitReport(20, 0) } });
    expect(pass.findings).toEqual([]);
    const fail = await gateOn({ head: { [MANIFEST]: withEval(entry('{ pass_rate: ">= 0.95" }')), 'evals/junit.xml': junitReport(15, 5) } });
    expect(findingsOf(fail, 'evidence_criteria_met')[0]?.message).toMatch(/pass_rate 0.75, not >= 0.95, evals\/junit.xml line 2/);
  });

  test('counts edited after the run, malformed XML and an entity bomb are located findings', async () => {
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE b [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<testsuite tests="&b;"/>\n';
    for (const [xml, message] of [
      [junitReport(10, 10, { failures: 0 }), /says failures="0" but its test cases have 10/],
      ['<testsuites>\n<testsuite tests="2">\n</testsuites>\n', /not well-formed XML/],
      [bomb, /document type declaration is refused/],
    ] as const) {
      const started = Date.now();
      const report = await gateOn({ head: { [MANIFEST]: withEval(entry('{ pass_rate: ">= 0.95" }')), 'evals/junit.xml': xml } });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(findingsOf(report, 'evidence_criteria_met')[0]?.message).toMatch(message);
    }
  });
});

describe('a metrics file as evidence', () => {
  test('criteria against named metrics pass and fail; a pointer reads an exported summary', async () => {
    const pass = await gateOn({
      head: { [MANIFEST]: withEval(metricsEntry('evals/holdout.yaml', '{ precision_at_top_10: ">= 0.85" }')), 'evals/holdout.yaml': METRICS_YAML },
    });
    expect(pass.findings).toEqual([]);
    const fail = await gateOn({
      head: { [MANIFEST]: withEval(metricsEntry('evals/holdout.yaml', '{ recall_at_top_10: ">= 0.80" }')), 'evals/holdout.yaml': METRICS_YAML },
    });
    expect(findingsOf(fail, 'evidence_criteria_met')[0]?.message).toMatch(/recall_at_top_10 0.74, not >= 0.8, evals\/holdout.yaml line 4/);
    const exported = JSON.stringify({ summary: { scores: { faithfulness: 0.91 } } });
    const pointer = `    offline_eval:\n      path: evals/export.json\n      format: metrics\n      pointer: /summary/scores\n      require: { faithfulness: ">= 0.9" }\n`;
    expect((await gateOn({ head: { [MANIFEST]: withEval(pointer), 'evals/export.json': exported } })).findings).toEqual([]);
  });

  test('a huge file is refused unread, and deep nesting is refused, both as findings', async () => {
    const huge = `{"metrics": {"precision_at_top_10": 0.9}, "pad": "${'x'.repeat(4 * 1024 * 1024)}"}`;
    const deep = `{"metrics": ${'['.repeat(3000)}${']'.repeat(3000)}}`;
    const entry = metricsEntry('evals/m.json', '{ precision_at_top_10: ">= 0.85" }');
    expect(findingsOf(await gateOn({ head: { [MANIFEST]: withEval(entry), 'evals/m.json': huge } }), 'evidence_criteria_met')[0]?.message).toMatch(
      /over the 4194304-byte limit/,
    );
    expect(findingsOf(await gateOn({ head: { [MANIFEST]: withEval(entry), 'evals/m.json': deep } }), 'evidence_criteria_met')[0]?.message).toMatch(/nesting/);
  });
});

describe('moves to get failing evidence past the gate', () => {
  const base = { [MANIFEST]: withEval(promptfooEntry()), [RESULTS]: promptfooResults(97, 3) };
  const failing = { [RESULTS]: promptfooResults(40, 60) };

  test('lowering the criterion in the same change: the base criterion still applies', async () => {
    const report = await gateOn({ base, head: { ...failing, [MANIFEST]: withEval(promptfooEntry('{ pass_rate: ">= 0.3" }')) } });
    expect(
      findingsOf(report, 'evidence_criteria_met')
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(/"pass_rate >= 0.95" does not hold \(evidence.offline_eval at the base\)/);
  });

  test('turning typed evidence into a plain path: the file is still read as the base declared it', async () => {
    const report = await gateOn({ base, head: { ...failing, [MANIFEST]: withEval(`    offline_eval: ${RESULTS}\n`) } });
    expect(findingsOf(report, 'evidence_criteria_met')[0]?.message).toMatch(/pass_rate 0.4, not >= 0.95/);
  });

  test('removing the entry: its criteria still apply', async () => {
    const report = await gateOn({ base, head: { ...failing, [MANIFEST]: withEval('') } });
    expect(findingsOf(report, 'evidence_criteria_met')[0]?.message).toMatch(/was typed evidence at the base and the change removes it/);
  });

  test("swapping the tool's results for a hand-written metrics file: it must still read as the base declares it", async () => {
    const fake = 'metrics:\n  pass_rate: 1\n  errors: 0\n';
    const report = await gateOn({
      base,
      head: { [RESULTS]: null, 'evals/fake.yaml': fake, [MANIFEST]: withEval(metricsEntry('evals/fake.yaml', '{ pass_rate: ">= 0.95", errors: "== 0" }')) },
    });
    expect(findingsOf(report, 'evidence_criteria_met')[0]?.message).toMatch(
      /reads "evals\/fake.yaml" as metrics, but it must also read as the base declares it \(promptfoo\): not a promptfoo results file/,
    );
  });

  test('pointing into another part of the file: the part the base declares must meet the criteria too', async () => {
    const file = (real: number) => JSON.stringify({ metrics: { precision_at_top_10: real }, summary: { precision_at_top_10: 0.95 } });
    const entry = (pointer: string | null) =>
      `    offline_eval:\n      path: evals/m.json\n      format: metrics\n${pointer ? `      pointer: ${pointer}\n` : ''}      require: { precision_at_top_10: ">= 0.85" }\n`;
    const moved = { base: { [MANIFEST]: withEval(entry(null)), 'evals/m.json': file(0.9) } };
    expect(typedFindings(await gateOn({ ...moved, head: { [MANIFEST]: withEval(entry('/summary')) } }))).toEqual([]);
    const dodged = await gateOn({ ...moved, head: { [MANIFEST]: withEval(entry('/summary')), 'evals/m.json': file(0.6) } });
    expect(findingsOf(dodged, 'evidence_criteria_met')[0]?.message).toMatch(
      /"precision_at_top_10 >= 0.85" does not hold when "evals\/m.json" is read as the base declares it \(metrics\)/,
    );
  });

  test('a genuine rollback passes whatever the evidence says', async () => {
    const report = await gateOn({ base, head: { ...failing, [MANIFEST]: withEval(promptfooEntry(), { tenantPercent: 2 }) } });
    expect(report.verdict).toBe('pass');
  });
});

describe('policy thresholds', () => {
  const policy = `rollout:
  require: [offline_eval_pass]
  evidence_thresholds:
    offline_eval:
      require: ["pass_rate >= 0.90"]
      stages:
        ga: ["pass_rate >= 0.99"]
`;

  test('apply per stage: GA asks more than canary', async () => {
    const files = { [RESULTS]: promptfooResults(97, 3) };
    const canary = await gateOn({ base: { 'policies/p.yaml': policy }, head: { ...files, [MANIFEST]: withEval(promptfooEntry('{}')) } });
    expect(typedFindings(canary)).toEqual([]);
    expect(canary.evidenceChecks.map((c) => `${c.subject}: ${c.criterion} ${c.state}`)).toEqual([
      'policy evidence_thresholds.offline_eval: pass_rate >= 0.90 met',
    ]);
    const ga = await gateOn({ base: { 'policies/p.yaml': policy }, head: { ...files, [MANIFEST]: withEval(promptfooEntry('{}'), { stage: 'ga' }) } });
    expect(findingsOf(ga, 'evidence_criteria_met')[0]?.message).toMatch(
      /"pass_rate >= 0.99" does not hold \(policy evidence_thresholds.offline_eval.stages.ga\)/,
    );
  });

  test('a threshold on plain evidence fails closed, saying to declare its format', async () => {
    const report = await gateOn({ base: { 'policies/p.yaml': policy }, head: { [MANIFEST]: readyManifest() } });
    expect(findingsOf(report, 'evidence_criteria_met')[0]?.message).toMatch(/is a plain document, but the policy asks for "pass_rate >= 0.90" on it/);
  });

  test('a change that lowers a threshold is judged by the base policy and reported as loosening', async () => {
    const report = await gateOn({
      base: { 'policies/p.yaml': policy, [MANIFEST]: withEval(promptfooEntry('{}')), [RESULTS]: promptfooResults(97, 3) },
      head: { 'policies/p.yaml': policy.replace('0.90', '0.50'), [RESULTS]: promptfooResults(60, 40) },
    });
    expect(findingsOf(report, 'evidence_criteria_met')[0]?.message).toMatch(/pass_rate 0.6, not >= 0.9/);
    expect(findingsOf(report, 'policy_changed')[0]?.message).toMatch(/evidence_thresholds.offline_eval: "pass_rate >= 0.90" is loosened/);
  });
});

describe('freshness', () => {
  async function history(steps: { files: Record<string, FileSpec>; date: string }[], policy?: string) {
    const repo = createRepo();
    repo.commitFiles({ ...EVIDENCE_FILES, 'README.md': 'demo\n', ...(policy ? { 'policies/p.yaml': policy } : {}) }, 'base', { date: '2026-05-01T00:00:00Z' });
    for (const s of steps) repo.commitFiles(s.files, 'step', { date: s.date });
    const outcome = await runGate({ repoDir: repo.dir, now: NOW });
    repo.cleanup();
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report;
  }
  const withSources = (entry = promptfooEntry('{ pass_rate: ">= 0.9" }')) => withEval(entry, { extra: '  sources: [prompts/]\n' });

  test('results produced after the prompts changed are fresh; a prompt change after them makes them stale', async () => {
    const fresh = await history([
      { files: { 'prompts/triage.txt': 'v1\n' }, date: '2026-05-10T00:00:00Z' },
      { files: { [MANIFEST]: withSources(), [RESULTS]: promptfooResults(97, 3) }, date: '2026-05-20T00:00:00Z' },
    ]);
    expect(typedFindings(fresh)).toEqual([]);
    const stale = await history([
      { files: { [MANIFEST]: withSources(), [RESULTS]: promptfooResults(97, 3), 'prompts/triage.txt': 'v1\n' }, date: '2026-05-10T00:00:00Z' },
      // The prompt change is back-dated: order comes from ancestry, not from dates a pull request sets.
      { files: { 'prompts/triage.txt': 'v2\n' }, date: '2026-04-01T00:00:00Z' },
    ]);
    expect(findingsOf(stale, 'evidence_fresh')[0]?.message).toMatch(/"evals\/results.json" is stale: .*before the source "prompts\/" changed/);
  });

  test('a change to orchestration that does not run the eval again makes the results stale', async () => {
    const report = await gateOn({
      base: { [MANIFEST]: withEval(promptfooEntry('{}')), [RESULTS]: promptfooResults(97, 3), 'reviews/triage-routing.md': 'Routing reviewed.\n' },
      head: { [MANIFEST]: withEval(promptfooEntry('{}'), { triagePattern: 'routing' }) },
    });
    expect(findingsOf(report, 'evidence_fresh')[0]?.message).toMatch(/the change edits orchestration.triage but does not produce the evidence again/);
  });

  test('a new manifest for results already on the base branch is not stale: nothing about the workflow changed since', async () => {
    const report = await gateOn({ base: { [RESULTS]: promptfooResults(97, 3) }, head: { [MANIFEST]: withEval(promptfooEntry('{}')) } });
    expect(typedFindings(report)).toEqual([]);
  });

  test('the policy can set a maximum age per evidence kind, plain documents included', async () => {
    const policy = 'rollout:\n  require: [offline_eval_pass]\n  evidence_max_age:\n    offline_eval: 14d\n';
    const old = await history([{ files: { [MANIFEST]: readyManifest() }, date: '2026-05-02T00:00:00Z' }], policy);
    expect(findingsOf(old, 'evidence_fresh')[0]?.message).toMatch(/"evidence\/offline-eval.md" is 31 days old .*older than the 14d the policy allows/);
    const recent = await history(
      [{ files: { [MANIFEST]: readyManifest(), 'evidence/offline-eval.md': 'precision 0.9\n' }, date: '2026-05-25T00:00:00Z' }],
      policy,
    );
    expect(findingsOf(recent, 'evidence_fresh')).toEqual([]);
  });

  test("old results committed again are as old as their run's own timestamp", async () => {
    const policy = 'rollout:\n  require: [offline_eval_pass]\n  evidence_max_age:\n    offline_eval: 14d\n';
    const committed = (timestamp: string) =>
      history(
        [{ files: { [MANIFEST]: withEval(promptfooEntry('{}')), [RESULTS]: promptfooResults(97, 3, { timestamp }) }, date: '2026-05-30T00:00:00Z' }],
        policy,
      );
    expect(findingsOf(await committed('2026-05-29T12:00:00Z'), 'evidence_fresh')).toEqual([]);
    expect(findingsOf(await committed('2026-02-01T12:00:00Z'), 'evidence_fresh')[0]?.message).toMatch(
      /is 119 days old \(its run is dated 2026-02-01\), older than the 14d/,
    );
  });
});

describe('freshness across many manifests', () => {
  // 24 rollouts, each with its own promptfoo results and prompts under `sources` (a quarter also name a
  // source that never existed): one history walk answers them all, and each is judged as on its own.
  const N = 24;
  const at = (n: number) => String(n).padStart(2, '0');
  const file = (n: number) => `rollouts/wf-${at(n)}.yaml`;
  const results = (n: number) => `evals/wf-${at(n)}/results.json`;
  const prompt = (n: number) => `prompts/wf-${at(n)}/triage.txt`;
  const manifest = (n: number, tenantPercent: number) => {
    const sources = n % 4 === 0 ? `[prompts/wf-${at(n)}/, prompts/never-${at(n)}/]` : `[prompts/wf-${at(n)}/]`;
    return withEval(promptfooEntry('{ pass_rate: ">= 0.9" }', results(n)), { tenantPercent, extra: `  sources: ${sources}\n` }).replace(
      'AI renewal-risk assistant',
      `Assistant ${at(n)}`,
    );
  };
  const all = (f: (n: number) => [string, string][]) => Object.fromEntries(Array.from({ length: N }, (_, n) => f(n)).flat());

  test('evidence older than its prompts is stale, newer is fresh, manifest by manifest', async () => {
    const repo = createRepo();
    try {
      repo.commitFiles(
        {
          ...EVIDENCE_FILES,
          ...all((n) => [
            [prompt(n), 'v1\n'],
            [results(n), promptfooResults(97, 3)],
            [file(n), manifest(n, 5)],
          ]),
        },
        'start',
        {
          date: '2026-05-01T00:00:00Z',
        },
      );
      // A third have their prompts changed and no new run; a third have them changed and the eval run again.
      repo.commitFiles(
        all((n) => (n % 3 === 0 ? [] : [[prompt(n), 'v2\n']])),
        'tune prompts',
        { date: '2026-05-10T00:00:00Z' },
      );
      repo.commitFiles({ 'README.md': 'unrelated\n' }, 'unrelated', { date: '2026-05-11T00:00:00Z' });
      const base = repo.commitFiles(
        all((n) => (n % 3 === 2 ? [[results(n), promptfooResults(98, 2)]] : [])),
        'run the evals again',
        {
          date: '2026-05-12T00:00:00Z',
        },
      );
      repo.commitFiles(
        all((n) => [[file(n), manifest(n, 10)]]),
        'widen every canary',
        { date: '2026-05-20T00:00:00Z' },
      );
      const outcome = await runGate({ repoDir: repo.dir, base, now: NOW });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      const stale = findingsOf(outcome.report, 'evidence_fresh');
      expect(outcome.report.manifests).toHaveLength(N);
      expect(stale.map((f) => f.file).sort()).toEqual(
        Array.from({ length: N }, (_, n) => n)
          .filter((n) => n % 3 === 1)
          .map(file),
      );
      for (const f of stale) expect(f.message).toMatch(new RegExp(`"evals/wf-\\d+/results.json" is stale: .*before the source "prompts/wf-\\d+/" changed`));
      expect(findingsOf(outcome.report, 'evidence_criteria_met')).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});

describe('freshness where history cannot say', () => {
  test('a shallow clone fails closed and says to fetch all history', async () => {
    const origin = createRepo();
    origin.commitFiles(
      {
        ...EVIDENCE_FILES,
        'prompts/triage.txt': 'v1\n',
        [RESULTS]: promptfooResults(97, 3),
        [MANIFEST]: withEval(promptfooEntry('{}'), { extra: '  sources: [prompts/]\n' }),
      },
      'base',
    );
    origin.commitFiles({ 'README.md': 'demo\n' }, 'unrelated');
    origin.commitFiles({ [MANIFEST]: withEval(promptfooEntry('{}'), { extra: '  sources: [prompts/]\n', triagePattern: 'routing' }) }, 'route triage');
    const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-shallow-evidence-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '2', `file://${origin.dir}`, dir], { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
      const outcome = await runGate({ repoDir: dir, now: NOW });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(findingsOf(outcome.report, 'evidence_fresh')[0]?.message).toMatch(/cannot be told \(the clone is shallow\).*fetch-depth: 0/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      origin.cleanup();
    }
  });
});

describe('a policy that names typed-evidence settings wrongly', () => {
  test('a mistyped evidence kind or a criterion that does not parse is a located error', () => {
    const kind = loadPolicy('policies/p.yaml', 'rollout:\n  evidence_max_age:\n    offline_evals: 14d\n');
    expect(kind.ok ? [] : kind.problems).toContainEqual(
      expect.objectContaining({ line: 3, message: expect.stringMatching(/"offline_evals", which is not one of .*offline_eval/) }),
    );
    const criterion = loadPolicy('policies/p.yaml', 'rollout:\n  evidence_thresholds:\n    offline_eval:\n      require: ["pass_rate >= most"]\n');
    expect(criterion.ok ? [] : criterion.problems).toContainEqual(
      expect.objectContaining({ line: 4, message: expect.stringMatching(/evidence_thresholds.offline_eval: "pass_rate >= most" is not of the form/) }),
    );
  });
});

describe('the README', () => {
  test('the typed-evidence policy example is a valid policy with the settings it shows', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /```yaml\n(rollout:\n {2}evidence_thresholds:[\s\S]*?)```/.exec(readme)?.[1];
    if (!block) throw new Error('example not found');
    const loaded = loadPolicy('policies/p.yaml', block);
    if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
    expect(loaded.value.get(EVIDENCE_THRESHOLDS).offline_eval?.stages['ga']?.map((c) => c.text)).toEqual(['pass_rate >= 0.97']);
    expect(loaded.value.get(EVIDENCE_MAX_AGE)).toEqual({ offline_eval: 14 * 86_400_000 });
    expect(loaded.value.get(BLOCK_UNVERIFIED_CRITERIA)).toBe(true);
  });
});

describe('stage criteria on a promotion through the seed ladder', () => {
  const holdout = (precision: number) => `metrics:\n  precision_at_top_10: ${precision}\n`;
  const promote = (precision: number | null, options: { from?: string; policy?: string } = {}) =>
    gateOn({
      base: {
        [MANIFEST]: withEval(metricsEntry(), { stage: options.from ?? 'limited_beta' }),
        'evals/holdout.yaml': holdout(0.9),
        ...(options.policy ? { 'policies/p.yaml': options.policy } : {}),
      },
      head: {
        [MANIFEST]: withEval(metricsEntry(), { stage: 'canary' }),
        'evals/holdout.yaml': precision === null ? 'metrics:\n  recall: 0.7\n' : holdout(precision),
      },
    });

  test('precision_at_top_10 >= 0.85 met: the promotion passes and the criterion is listed with its value', async () => {
    const report = await promote(0.87);
    expect(typedFindings(report)).toEqual([]);
    expect(report.evidenceChecks).toContainEqual(
      expect.objectContaining({
        subject: 'stages.limited_beta.exit',
        criterion: 'precision_at_top_10 >= 0.85',
        state: 'met',
        measured: expect.objectContaining({ value: 0.87 }),
      }),
    );
    expect(report.evidenceChecks).toContainEqual(expect.objectContaining({ criterion: 'support_load <= planned', state: 'human' }));
  });

  test('precision_at_top_10 >= 0.85 unmet: the promotion blocks', async () => {
    const report = await promote(0.8);
    expect(findingsOf(report, 'stage_criteria_met')[0]).toMatchObject({
      severity: 'block',
      message: expect.stringMatching(
        /stages.limited_beta.exit: "precision_at_top_10 >= 0.85" does not hold: precision_at_top_10 0.8, not >= 0.85, evals\/holdout.yaml/,
      ),
    });
  });

  test('skipping the rung does not skip its exit criteria', async () => {
    const report = await promote(0.8, { from: 'dogfood' });
    expect(
      findingsOf(report, 'stage_criteria_met')
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(/stages.limited_beta.exit/);
  });

  test('renaming the live rung in the promoting change does not shed its exit criteria', async () => {
    const renamed = withEval(metricsEntry(), { stage: 'canary' })
      .replace('    limited_beta:\n', '    beta_two:\n')
      .replace(/exit: \["precision_at_top_10 >= 0.85", "support_load <= planned"\]/, 'exit: ["support_load <= planned"]');
    const report = await gateOn({
      base: { [MANIFEST]: withEval(metricsEntry(), { stage: 'limited_beta' }), 'evals/holdout.yaml': holdout(0.9) },
      head: { [MANIFEST]: renamed, 'evals/holdout.yaml': holdout(0.8) },
    });
    expect(
      findingsOf(report, 'stage_criteria_met')
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(/stages.limited_beta.exit: "precision_at_top_10 >= 0.85" does not hold/);
  });

  test('a criterion no evidence measures warns by default, and blocks where the policy says so', async () => {
    const warned = await promote(null);
    expect(findingsOf(warned, 'stage_criteria_unverified')[0]).toMatchObject({
      severity: 'warn',
      message: expect.stringMatching(/"precision_at_top_10 >= 0.85" is unverified/),
    });
    const blocked = await promote(null, { policy: 'rollout:\n  require: [offline_eval_pass]\n  block_unverified_criteria: true\n' });
    expect(findingsOf(blocked, 'stage_criteria_unverified')[0]?.severity).toBe('block');
  });
});

describe('stop conditions against current metrics', () => {
  const canaryReport = (fpr: number) => `metrics:\n  false_positive_rate: ${fpr}\n  precision_at_top_10: 0.9\n`;
  const entry = `    offline_eval:\n      path: reports/canary.yaml\n      format: metrics\n`;

  test('a stop condition already crossed blocks widening exposure and says which', async () => {
    const report = await gateOn({
      base: { [MANIFEST]: withEval(entry, { tenantPercent: 2 }), 'reports/canary.yaml': canaryReport(0.1) },
      head: { [MANIFEST]: withEval(entry, { tenantPercent: 5 }), 'reports/canary.yaml': canaryReport(0.25) },
    });
    expect(findingsOf(report, 'stop_conditions_clear')[0]?.message).toMatch(
      /stop condition "false_positive_rate > 0.20" is already crossed: false_positive_rate 0.25 > 0.2, reports\/canary.yaml/,
    );
  });

  test('removing the crossed condition in the same change does not clear it; rolling back always passes', async () => {
    const base = { [MANIFEST]: withEval(entry, { tenantPercent: 2 }), 'reports/canary.yaml': canaryReport(0.25) };
    const removed = await gateOn({ base, head: { [MANIFEST]: withEval(entry, { tenantPercent: 5 }).replace('    - "false_positive_rate > 0.20"\n', '') } });
    expect(findingsOf(removed, 'stop_conditions_clear')[0]?.message).toMatch(/\(at the base\) is already crossed/);
    const rollback = await gateOn({ base, head: { [MANIFEST]: withEval(entry, { tenantPercent: 1 }) } });
    expect(rollback.verdict).toBe('pass');
  });
});

describe('the comment', () => {
  test('shows each verified criterion with its measured value, the evidence and its age', async () => {
    const report = await gateOn({ head: { [MANIFEST]: withEval(promptfooEntry()), [RESULTS]: promptfooResults(97, 3) } });
    const md = renderMarkdown(report);
    expect(md).toContain('### Evidence checked');
    expect(md).toMatch(/- ✅ `pass_rate 0.97 >= 0.95`, evals\/results.json, 150 days old \(evidence.offline\\_eval\) — `rollouts\/renewal-risk.yaml:\d+`/);
  });

  test('lists unmet, unverified and human-judged criteria as such', async () => {
    const report = await gateOn({
      base: { [MANIFEST]: withEval(metricsEntry(), { stage: 'limited_beta' }), 'evals/holdout.yaml': 'metrics:\n  precision_at_top_10: 0.9\n' },
      head: { [MANIFEST]: withEval(metricsEntry(), { stage: 'canary' }), 'evals/holdout.yaml': 'metrics:\n  precision_at_top_10: 0.8\n' },
    });
    const md = renderMarkdown(report);
    expect(md).toMatch(/- ⛔ `precision_at_top_10 0.8, not >= 0.85`, evals\/holdout.yaml/);
    expect(md).toMatch(/- 👤 support\\_load &lt;= planned: for people to judge/);
    const text = renderText(report);
    expect(text).toMatch(
      /Evidence checked:\n {2}rollouts\/renewal-risk.yaml:\d+: unmet: precision_at_top_10 0.8, not >= 0.85, evals\/holdout.yaml, 150 days old \(stages.limited_beta.exit\)/,
    );
    expect(text).toMatch(/for people to judge: support_load <= planned \(stages.limited_beta.exit\)/);
  });
});

describe('a change that edits or removes what an untouched manifest relies on re-judges it, however the manifest spells the path', () => {
  // The spelling lands with an innocent-looking change; the next one edits the results by hand.
  test.each([
    ['a leading ./', './evals/results.json'],
    ['a doubled slash', 'evals//results.json'],
    ['a /./ segment', 'evals/./results.json'],
    ['a YAML escape of the slash', '"evals\\/results.json"'],
    ['a YAML escape of a letter', '"ev\\x61ls/results.json"'],
  ])('results edited by hand under a path written with %s block', async (_, spelled) => {
    const report = await gateOn({
      base: { [MANIFEST]: withEval(promptfooEntry(undefined, spelled)), [RESULTS]: promptfooResults(40, 60) },
      head: { [RESULTS]: promptfooResults(40, 60, { statsSuccesses: 97 }) },
    });
    expect(report.manifests.map((m) => m.file)).toEqual([MANIFEST]);
    expect(findingsOf(report, 'evidence_criteria_met')[0]?.message).toMatch(/the summary was edited after the run/);
    expect(report.verdict).toBe('block');
  });

  test('a prompt edited under a source directory written as ./prompts// makes the results stale', async () => {
    const manifest = withEval(promptfooEntry()) + '  sources: ["./prompts//"]\n';
    const report = await gateOn({
      base: { [MANIFEST]: manifest, [RESULTS]: promptfooResults(97, 3), 'prompts/triage.txt': 'Triage the ticket.\n' },
      head: { 'prompts/triage.txt': 'Triage the ticket, and guess when unsure.\n' },
    });
    expect(findingsOf(report, 'evidence_fresh')[0]?.message).toMatch(/stale/);
  });

  test('evidence deleted under a path written as evidence/./slo.md blocks the manifest that declares it', async () => {
    const manifest = readyManifest().replace('    slo: evidence/slo.md\n', '    slo: evidence/./slo.md\n');
    const report = await gateOn({ base: { [MANIFEST]: manifest }, head: { 'evidence/slo.md': null } });
    expect(report.manifests.map((m) => m.file)).toEqual([MANIFEST]);
    expect(report.verdict).toBe('block');
  });

  test('a manifest that only mentions the directory of an edited file, or the file in a comment, is not judged', async () => {
    const OTHER = 'rollouts/other.yaml';
    const other = readyManifest().replace('"AI renewal-risk assistant"', '"other assistant"') + '# see evals/results.json and evals/ for the team eval\n';
    const report = await gateOn({
      base: { [MANIFEST]: withEval(promptfooEntry()), [OTHER]: other, [RESULTS]: promptfooResults(97, 3) },
      head: { [RESULTS]: promptfooResults(96, 4) },
    });
    expect(report.manifests.map((m) => m.file)).toEqual([MANIFEST]);
  });
});
