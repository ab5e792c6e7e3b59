// promptfoo's results file (`promptfoo eval --output results.json`). The shape follows promptfoo's
// documented JSON output (an EvaluateSummary of version 2 or 3 under `results`): there is no small
// published schema package for it, so only the fields read here are relied on:
//   results.stats      { successes, failures, errors, tokenUsage { total, prompt, completion } }
//   results.prompts[]  { label | raw, provider, metrics { score, testPassCount, testFailCount, testErrorCount, cost } }
//   results.results[]  { success, score, failureReason (2 = error), metadata { pluginId, severity } }
//   results.timestamp  when the eval ran
// The per-test results are counted again and must agree with the summary: a summary edited by hand
// after the run disagrees with the tests it summarises.
import type { ValuePath } from '../parse/yamlSource.js';
import { metricName, ratio, timestampOf, unreadable, type EvidenceReader, type Metric } from './reading.js';
import { isRecord, numberOf, readStructured } from './structured.js';

const RERUN = 'run the eval again and commit its results file as promptfoo wrote it';
const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** promptfoo's ResultFailureReason for a test that errored rather than failed an assertion. */
const FAILURE_REASON_ERROR = 2;

export const readPromptfoo: EvidenceReader = (file, bytes) => {
  const parsed = readStructured(file, bytes);
  if (!parsed.ok) return parsed.reading;
  const { doc } = parsed;
  const root = doc.value;
  const summary = isRecord(root) && isRecord(root['results']) ? root['results'] : null;
  if (!summary || !isRecord(summary['stats']))
    return unreadable(doc.at([]), 'not a promptfoo results file: it has no `results.stats`', `${RERUN} (\`promptfoo eval --output results.json\`)`);
  const stats = summary['stats'];
  const metrics = new Map<string, Metric>();
  const put = (name: string, value: number, path: ValuePath) => metrics.set(name, { name, value, at: doc.at(path) });

  const counts: Record<'successes' | 'failures' | 'errors', number> = { successes: 0, failures: 0, errors: 0 };
  for (const key of ['successes', 'failures', 'errors'] as const) {
    const n = numberOf(stats[key]);
    if (n === null || n < 0 || !Number.isInteger(n))
      return unreadable(doc.at(['results', 'stats', key]), `promptfoo results: \`results.stats.${key}\` is not a count`, RERUN);
    counts[key] = n;
  }
  const total = counts.successes + counts.failures + counts.errors;
  if (total === 0) return unreadable(doc.at(['results', 'stats']), 'promptfoo results record no tests: an eval that ran nothing proves nothing', RERUN);
  const statsAt = ['results', 'stats'];
  put('passed', counts.successes, [...statsAt, 'successes']);
  put('failed', counts.failures, [...statsAt, 'failures']);
  put('errors', counts.errors, [...statsAt, 'errors']);
  put('tests', total, statsAt);
  put('pass_rate', ratio(counts.successes, total), [...statsAt, 'successes']);
  const usage = isRecord(stats['tokenUsage']) ? stats['tokenUsage'] : {};
  for (const key of ['total', 'prompt', 'completion'] as const) {
    const n = numberOf(usage[key]);
    if (n !== null) put(`tokens_${key}`, n, [...statsAt, 'tokenUsage', key]);
  }

  const results = Array.isArray(summary['results']) ? summary['results'] : null;
  if (results) {
    const seen = { successes: 0, failures: 0, errors: 0 };
    const severity: Record<(typeof SEVERITIES)[number], number> = { critical: 0, high: 0, medium: 0, low: 0 };
    let redteam = false;
    let scored = 0;
    let scoreSum = 0;
    for (const r of results) {
      if (!isRecord(r)) continue;
      const meta = isRecord(r['metadata']) ? r['metadata'] : {};
      if (typeof meta['pluginId'] === 'string') redteam = true;
      const score = numberOf(r['score']);
      if (score !== null) {
        scored += 1;
        scoreSum += score;
      }
      if (r['success'] === true) seen.successes += 1;
      else {
        if (r['failureReason'] === FAILURE_REASON_ERROR) seen.errors += 1;
        else seen.failures += 1;
        const s = typeof meta['severity'] === 'string' ? meta['severity'].toLowerCase() : '';
        if ((SEVERITIES as readonly string[]).includes(s)) severity[s as (typeof SEVERITIES)[number]] += 1;
      }
    }
    for (const key of ['successes', 'failures', 'errors'] as const) {
      if (seen[key] !== counts[key])
        return unreadable(
          doc.at([...statsAt, key]),
          `promptfoo results disagree with themselves: \`results.stats.${key}\` says ${counts[key]} but the ${results.length} recorded tests have ${seen[key]}; the summary was edited after the run`,
          RERUN,
        );
    }
    if (scored > 0) put('mean_score', Math.round((scoreSum / scored) * 1e6) / 1e6, ['results', 'results']);
    if (redteam) for (const s of SEVERITIES) put(`redteam_${s}`, severity[s], ['results', 'results']);
  }

  const prompts = Array.isArray(summary['prompts']) ? summary['prompts'] : [];
  let cost = 0;
  let costed = false;
  for (const [i, p] of prompts.entries()) {
    if (!isRecord(p) || !isRecord(p['metrics'])) continue;
    const m = p['metrics'];
    const at = ['results', 'prompts', i, 'metrics'];
    const label = typeof p['label'] === 'string' && p['label'] !== '' ? p['label'] : typeof p['raw'] === 'string' ? p['raw'] : String(i);
    const name = `prompts.${metricName(typeof p['provider'] === 'string' && prompts.length > 1 ? `${label}.${p['provider']}` : label)}`;
    const pass = numberOf(m['testPassCount']);
    const fail = numberOf(m['testFailCount']) ?? 0;
    const err = numberOf(m['testErrorCount']) ?? 0;
    if (pass !== null && pass + fail + err > 0) put(`${name}.pass_rate`, ratio(pass, pass + fail + err), [...at, 'testPassCount']);
    const score = numberOf(m['score']);
    if (score !== null) put(`${name}.score`, score, [...at, 'score']);
    const c = numberOf(m['cost']);
    if (c !== null) {
      put(`${name}.cost`, c, [...at, 'cost']);
      cost += c;
      costed = true;
    }
  }
  if (costed) put('cost', Math.round(cost * 1e6) / 1e6, ['results', 'prompts']);
  return { ok: true, format: 'promptfoo', metrics, producedAt: timestampOf(summary['timestamp']) };
};
