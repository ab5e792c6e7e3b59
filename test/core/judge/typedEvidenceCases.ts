// Table cases for the typed-evidence rules, judged purely: the evidence texts go through the product's
// readers in memory, and history is given. The same behaviour runs through real repositories in
// test/engine/typedEvidence.test.ts.
import { readyManifest } from '../../fixtures/seeds.js';
import { promptfooResults } from '../evidence/fixtures.js';
import type { PureCase } from './support.js';

const PLAIN_EVAL = '    offline_eval: evidence/offline-eval.md\n';
const typed = (entry: string, overrides: Parameters<typeof readyManifest>[0] = {}) => readyManifest(overrides).replace(PLAIN_EVAL, entry);
const promptfoo = `    offline_eval:\n      path: evals/results.json\n      format: promptfoo\n      require: { pass_rate: ">= 0.95" }\n`;
const holdout = `    offline_eval:\n      path: evals/holdout.yaml\n      format: metrics\n`;

export const typedEvidenceCases: PureCase[] = [
  {
    check: 'evidence_criteria_met',
    head: typed(promptfoo),
    files: { 'evals/results.json': promptfooResults(40, 60) },
    at: 'path: evals/results.json',
    message: /"pass_rate >= 0.95" does not hold \(evidence.offline_eval\): pass_rate 0.4, not >= 0.95, evals\/results.json line \d+/,
  },
  {
    check: 'evidence_criteria_met',
    head: typed(promptfoo),
    at: 'path: evals/results.json',
    evidence: { 'evals/results.json': 'ok' },
    // The engine read nothing: the rule fails closed rather than pass what it never saw.
    message: /the typed evidence "evals\/results.json" was not read/,
  },
  {
    check: 'evidence_fresh',
    base: typed(promptfoo),
    head: typed(promptfoo, { triagePattern: 'routing' }),
    files: { 'evals/results.json': promptfooResults(97, 3) },
    history: { lastChange: { 'evals/results.json': '2026-05-01T00:00:00Z' } },
    at: 'path: evals/results.json',
    message: /is stale: the change edits orchestration.triage but does not produce the evidence again \(last changed on 2026-05-01\)/,
  },
  {
    check: 'evidence_fresh',
    head: typed(promptfoo, { extra: '  sources: [prompts/]\n' }),
    files: { 'evals/results.json': promptfooResults(97, 3) },
    history: { lastChange: { 'evals/results.json': '2026-05-01T00:00:00Z', 'prompts/': '2026-05-03T00:00:00Z' }, after: [['prompts/', 'evals/results.json']] },
    at: 'path: evals/results.json',
    message: /is stale: it last changed on 2026-05-01 .*before the source "prompts\/" changed on 2026-05-03/,
  },
  {
    check: 'stage_criteria_met',
    base: typed(holdout, { stage: 'limited_beta' }),
    head: typed(holdout, { stage: 'canary' }),
    files: { 'evals/holdout.yaml': 'metrics:\n  precision_at_top_10: 0.8\n' },
    at: '    limited_beta:',
    message: /stages.limited_beta.exit: "precision_at_top_10 >= 0.85" does not hold: precision_at_top_10 0.8, not >= 0.85/,
  },
  {
    check: 'stage_criteria_unverified',
    base: typed(holdout, { stage: 'limited_beta' }),
    head: typed(holdout, { stage: 'canary' }),
    files: { 'evals/holdout.yaml': 'metrics:\n  recall: 0.8\n' },
    policy: 'rollout:\n  require: [offline_eval_pass]\n  block_unverified_criteria: true\n',
    at: '    limited_beta:',
    message: /"precision_at_top_10 >= 0.85" is unverified: no typed evidence states precision_at_top_10/,
  },
  {
    check: 'stop_conditions_clear',
    base: typed(holdout, { tenantPercent: 2 }),
    head: typed(holdout, { tenantPercent: 5 }),
    files: { 'evals/holdout.yaml': 'metrics:\n  cost_per_account: 1.9\n' },
    at: '"cost_per_account > $1.50"',
    message: /stop condition "cost_per_account > \$1.50" is already crossed: cost_per_account 1.9 > \$1.5/,
  },
];
