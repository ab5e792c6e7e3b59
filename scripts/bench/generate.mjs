// Generates a benchmark repository of rollout manifests with a long history, in one `git fast-import`
// stream (no `git add`/`git commit` per file), so even 20,000 manifests and 5,000 commits take seconds.
//
// What it holds, all deterministic (seeded by the manifest's index):
//   - `manifests` manifests in 100 teams (rollouts/team-NN/workflow-NNNNN.yaml), of varied shape and size
//     (1-6 capabilities, 1-3 orchestration paths, 3-8 stop conditions, 1-4 rollback triggers, 0-16 comment
//     lines: 1.7-5 KB, about 3.2 KB on average);
//   - evidence per workflow (offline eval and shadow report, 0.2-3 KB each), per team (runbook, alerting,
//     SLO) and shared (SHARED_EVIDENCE);
//   - typed evidence: a quarter of the workflows (isTyped) also have eval results, a metrics file or promptfoo
//     results, and prompts, and with `typed` (the default) their manifests declare the results as typed
//     `offline_eval` with `rollout_plan.sources` (the workflow's prompts directory and the shared model
//     config); without it the same files are there and the manifests keep the plain offline eval;
//   - one policy per team in policies/ (applies_to its directory, two custom checks each), and the same
//     rules as one policy for every manifest in policies-one/;
//   - main: one commit with all of it, then `commits - 1` commits up to the base, each editing one or two
//     "hot" manifests (one in fifty: a stop-condition threshold, now and then the exposure) and now and
//     then their evidence, or their prompts with the eval run again in the same commit;
//   - three pull requests on top of main: pr-1 (one hot manifest), pr-N (`changed` manifests, half of
//     them hot) and pr-all (every manifest): tenant_percent 5 -> 10, every fifth also its triage pattern
//     (with its eval results produced again where it has them).
//
// Nothing is checked out: the gate reads git objects only. Importable (the smoke test uses it) and runnable:
//   node scripts/bench/generate.mjs DIR MANIFESTS [CHANGED] [COMMITS] [POLICIES] [plain]
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared evidence files, as in test/fixtures/seeds.ts (the smoke test keeps the two in sync). */
export const SHARED_EVIDENCE = {
  'evidence/trace-coverage.md': 'trace_id on 100% of runs; spans: plan, tool, policy\n',
  'evidence/policy-prechecks.md': 'egress guardrail tests: 42 passed\n',
  'evidence/policy-decision-traces.md': 'policy decisions appear as span events\n',
  'evidence/offline-eval.md': 'precision_at_top_10 = 0.88 on the holdout set\n',
  'evidence/slo.md': 'p95 latency < 2s; availability 99.5%\n',
  'evidence/rollback-plan.md': 'Disable the flag renewal_risk_ai; CS Ops takes over the queue.\n',
  'evidence/shadow-report.md': '14 days of shadow comparison, 0 severity-1 differences\n',
  'evidence/runbook.md': 'runbook\n',
  'evidence/alerting.md': 'alerts\n',
  'evidence/regression-gate.md': 'regression gate\n',
  'reviews/triage-routing.md': 'Routing on triage reviewed by technical and risk owners.\n',
};

export const COMMIT_DATES = {
  initial: '2025-11-03T09:00:00Z',
  /** The last commit on main. */
  base: '2026-04-27T09:00:00Z',
  pr: '2026-04-29T09:00:00Z',
};

/** A moment after every commit, for deterministic waiver/dwell judgements (`--now`). */
export const BENCH_NOW = '2026-04-30T00:00:00Z';

export const TEAMS = 100;

/** A small deterministic generator of numbers in [0, 1) (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

const pad = (n, w) => String(n).padStart(w, '0');
export const teamOf = (i, manifests) => i % Math.min(TEAMS, manifests);
const teamName = (t) => `team-${pad(t, 2)}`;

/** Repository path of manifest `i` of `manifests`. */
export function manifestPath(i, manifests) {
  return `rollouts/${teamName(teamOf(i, manifests))}/workflow-${pad(i, 5)}.yaml`;
}

const workflowEvidenceDir = (i, manifests) => `evidence/${teamName(teamOf(i, manifests))}/workflow-${pad(i, 5)}`;

/** Whether manifest `i` is edited often on main. */
export const isHot = (i) => i % 50 === 3;

/** Whether workflow `i` has eval results (typed evidence): a quarter, half of them metrics files, half promptfoo results. */
export const isTyped = (i) => i % 4 === 1;
const typedFormat = (i) => (i % 8 === 1 ? 'metrics' : 'promptfoo');

/** Repository path of workflow `i`'s eval results. */
export const resultsPath = (i, manifests) =>
  `${workflowEvidenceDir(i, manifests)}/${typedFormat(i) === 'metrics' ? 'offline-eval.metrics.yaml' : 'offline-eval.promptfoo.json'}`;

/** The prompts directory of workflow `i`, and the model config every typed manifest names as sources. */
export const promptsDir = (i, manifests) => `prompts/${teamName(teamOf(i, manifests))}/workflow-${pad(i, 5)}`;
export const MODEL_CONFIG = 'config/model.yaml';

/** Eval results of workflow `i`, run `version`: passing, varied by both. */
export function resultsFile(i, version = 0) {
  const rnd = random(i * 104729 + version * 7 + 1);
  const tests = pick(rnd, 20, 60);
  const failed = pick(rnd, 0, Math.floor(tests / 25));
  if (typedFormat(i) === 'metrics')
    return `# offline eval of workflow ${i}, run ${version}\nmetrics:\n  precision_at_top_10: ${(0.86 + rnd() * 0.1).toFixed(3)}\n  recall_at_top_10: ${(0.7 + rnd() * 0.2).toFixed(3)}\n  latency:\n    p95_ms: ${pick(rnd, 800, 1900)}\n  tests: ${tests}\n  failed: ${failed}\n`;
  const results = Array.from({ length: tests }, (_, k) => ({
    success: k >= failed,
    score: k >= failed ? 1 : 0,
    failureReason: k >= failed ? 0 : 1,
    testIdx: k,
  }));
  return (
    JSON.stringify(
      {
        evalId: `eval-${i}-${version}`,
        results: {
          version: 3,
          timestamp: COMMIT_DATES.initial,
          prompts: [
            {
              raw: 'Score renewal risk for {{account}}',
              label: 'renewal risk',
              provider: 'openai:gpt-4o-mini',
              metrics: {
                score: tests - failed,
                testPassCount: tests - failed,
                testFailCount: failed,
                testErrorCount: 0,
                cost: 0.42,
                tokenUsage: { total: 1200 },
              },
            },
          ],
          results,
          stats: { successes: tests - failed, failures: failed, errors: 0, tokenUsage: { total: 1200, prompt: 900, completion: 300 } },
        },
        config: { description: `workflow ${i}` },
      },
      null,
      1,
    ) + '\n'
  );
}

const LOREM = 'the assistant drafts a recommendation, a customer-success manager reviews it, and nothing reaches the customer without that review; ';

/** Text of about `bytes` bytes, varied by `seed`. */
function prose(seed, bytes) {
  const rnd = random(seed);
  let out = '';
  while (out.length < bytes) out += `${LOREM.slice(pick(rnd, 0, 40))}run ${pick(rnd, 1, 9999)} measured ${(rnd() * 100).toFixed(2)}.\n`;
  return out.slice(0, bytes) + '\n';
}

const CAPABILITIES = [
  (n) => `    create_support_ticket_${n}:
      owner: "Support Platform"
      access: write
      transport: http
      timeout: 10s
      retry: { max_attempts: 3 }
      idempotency: "idempotency_key = request_id"
      unknown_side_effect: "stop the run until reconciliation"
      telemetry: "ticket_create_outcome"
`,
  (n) => `    check_access_request_status_${n}:
      owner: "Identity Team"
      access: read
      transport: mcp
      timeout: 5s
      retry: { max_attempts: 2 }
      telemetry: "status_check_outcome"
      session: { stateful: true, expiry_signal: "mcp_session_expired_total", reinit: "re-initialize and re-run the policy decision" }
`,
  (n) => `    read_account_health_${n}:
      owner: "Data Eng"
      access: read
      transport: http
      timeout: 3s
      retry: { max_attempts: 2 }
      telemetry: "account_health_read_outcome"
`,
];

/**
 * Manifest `i` of `manifests` in a given state. Its shape (how many capabilities, orchestration paths,
 * stop conditions, rollback triggers, comment lines) is fixed by `i`; `state` is what history changes.
 */
export function manifestYaml(i, manifests, state = {}, options = { typed: false }) {
  const rnd = random(i * 7919 + 17);
  const stage = state.stage ?? 'canary';
  const tenantPercent = state.tenantPercent ?? 5;
  const pattern = state.pattern ?? 'fixed_workflow';
  const threshold = state.threshold ?? 150;
  const team = teamOf(i, manifests);
  const dir = workflowEvidenceDir(i, manifests);
  const teamDir = `evidence/${teamName(team)}`;
  const capabilities = pick(rnd, 1, 6);
  const paths = pick(rnd, 1, 3);
  const stops = pick(rnd, 3, 8);
  const triggers = pick(rnd, 1, 4);
  const comments = pick(rnd, 0, 16);
  const commentLines = Array.from({ length: comments }, (_, k) => `  # ${LOREM.slice(k % 30, 40 + ((k * 13) % 60)).trim()}\n`).join('');
  const stopLines = [
    `    - "cost_per_account > $${(threshold / 100).toFixed(2)}"\n`,
    '    - "false_positive_rate > 0.20"\n',
    '    - "customer_complaint_count >= 3"\n',
    '    - "escalation_rate > 0.10"\n',
    '    - "latency_p99_ms > 4000"\n',
    '    - "tool_error_rate > 0.05"\n',
    '    - "manual_override_rate > 0.30"\n',
    '    - "token_cost_per_run > $0.40"\n',
  ]
    .slice(0, stops)
    .join('');
  const triggerLines = ['    - "latency_p95_ms > 2000"\n', '    - "error_rate > 0.05"\n', '    - "refusal_rate > 0.15"\n', '    - "budget_burn_pct > 80%"\n']
    .slice(0, triggers)
    .join('');
  const orchestration = ['triage', 'drafting', 'escalation']
    .slice(0, paths)
    .map((name, k) => `    ${name}:\n      pattern: ${k === 0 ? pattern : 'fixed_workflow'}\n      review: reviews/${name}-routing.md\n`)
    .join('');
  const caps = Array.from({ length: capabilities }, (_, k) => CAPABILITIES[(i + k) % CAPABILITIES.length](k)).join('');
  const typed = options.typed && isTyped(i);
  const require = typedFormat(i) === 'metrics' ? '{ precision_at_top_10: ">= 0.85" }' : '{ pass_rate: ">= 0.9", errors: "== 0" }';
  const offlineEval = typed
    ? `\n      path: ${resultsPath(i, manifests)}\n      format: ${typedFormat(i)}\n      require: ${require}`
    : ` ${dir}/offline-eval.md`;
  const sources = typed ? `  sources: [${promptsDir(i, manifests)}/, ${MODEL_CONFIG}]\n` : '';
  return `# yaml-language-server: $schema=../../schemas/manifest.schema.json
${commentLines}rollout_plan:
  workflow: "AI renewal-risk assistant ${i}"
  current_stage: ${stage}
  stages:
    dogfood:
      users: "customer-success managers only"
      exit: ["80 reviewed recommendations", "no severity-1 errors"]
    limited_beta:
      accounts: ${20 + (i % 7)}
      exit: ["precision_at_top_10 >= 0.85", "support_load <= planned"]
    canary:
      tenant_percent: ${tenantPercent}
      exit: ["metrics stable for 7 days"]
    ga:
      traffic_percent: 100
${sources}  stop_conditions:
${stopLines}  rollback_triggers:
${triggerLines}  owners:
    product: "Team ${team} Product Lead"
    technical: { name: "AI Platform", github: "@ai-platform-lead" }
    data: "Data Eng"
    eval: "Eval Guild"
    support: "CS Ops"
    cost: "FinOps"
    risk: "Trust Steward"
    on_call: "AI Platform On-call"
    rollback: "AI Platform On-call"
  rollback:
    plan: evidence/rollback-plan.md
    fallback: "CS managers work the queue by hand"
  shadow_period:
    days: 14
    evidence: ${dir}/shadow-report.md
  orchestration:
${orchestration}  capabilities:
${caps}  approval:
    queue_owner: "CS Ops lead"
    timeout: 30m
    backlog_threshold: 50
    on_timeout: fallback
    fallback: "route to the manual queue"
  evidence:
    trace_coverage: evidence/trace-coverage.md
    policy_prechecks: evidence/policy-prechecks.md
    policy_decision_traces: evidence/policy-decision-traces.md
    offline_eval:${offlineEval}
    slo: ${i % 3 === 0 ? `${teamDir}/slo.md` : 'evidence/slo.md'}
    runbook: ${teamDir}/runbook.md
    alerting: ${teamDir}/alerting.md
`;
}

/** The rules every policy carries: the embedded default policy's, without its comments. */
function defaultRules() {
  return readFileSync(join(ROOT, 'policies/default.yaml'), 'utf8')
    .split('\n')
    .filter((l) => !/^\s*#/.test(l) && l.trim() !== '')
    .join('\n');
}

function customChecks(prefix) {
  return `  custom_checks:
    - id: ${prefix}_support_owner_named
      block: ownership_and_rollback
      message: "the support owner must be named"
      schema: { properties: { rollout_plan: { properties: { owners: { required: [support] } } } } }
    - id: ${prefix}_canary_stops_enough
      block: operational_readiness
      message: "a canary needs at least four stop conditions"
      when: { properties: { rollout_plan: { properties: { current_stage: { const: canary } } } } }
      schema: { properties: { rollout_plan: { properties: { stop_conditions: { minItems: 4 } } } } }
`;
}

/** Team `t`'s policy: the default rules, for its directory, with two custom checks of its own. */
export function teamPolicyYaml(t) {
  return `${defaultRules()}\n  applies_to: ["rollouts/${teamName(t)}/**"]\n${customChecks(teamName(t).replace('-', '_'))}`;
}

/** The same rules as one policy for every manifest. */
export function onePolicyYaml() {
  return `${defaultRules()}\n${customChecks('all')}`;
}

/** Indices of `changed` manifests, spread over the whole range, half of them hot when there are enough. */
export function changedIndices(manifests, changed) {
  if (!Number.isInteger(changed) || changed < 0 || changed > manifests) throw new RangeError(`changed must be an integer in 0..${manifests}, got ${changed}`);
  if (changed === manifests) return Array.from({ length: manifests }, (_, i) => i);
  const hot = Array.from({ length: manifests }, (_, i) => i).filter(isHot);
  const chosen = new Set();
  const wantHot = Math.min(Math.ceil(changed / 2), hot.length);
  for (let k = 0; k < wantHot; k++) chosen.add(hot[Math.floor((k * hot.length) / wantHot)]);
  const cold = Array.from({ length: manifests }, (_, i) => i).filter((i) => !isHot(i));
  const need = Math.min(changed - chosen.size, cold.length);
  // Spread evenly, each pick one further along, so the set holds every residue (typed evidence is one in four).
  for (let k = 0; k < need; k++) chosen.add(cold[(Math.floor((k * cold.length) / need) + k) % cold.length]);
  for (const i of hot) if (chosen.size < changed) chosen.add(i);
  return [...chosen].sort((a, b) => a - b);
}

/** Buffered writer to a child's stdin that respects backpressure. */
class StreamWriter {
  constructor(stream) {
    this.stream = stream;
    this.parts = [];
    this.size = 0;
  }
  async add(buf) {
    this.parts.push(buf);
    this.size += buf.length;
    if (this.size >= 1 << 20) await this.flush();
  }
  async flush() {
    if (this.size === 0) return;
    const chunk = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk))
      await new Promise((res, rej) => {
        const onDrain = () => {
          this.stream.off('error', onError);
          res();
        };
        const onError = (e) => {
          this.stream.off('drain', onDrain);
          rej(e);
        };
        this.stream.once('drain', onDrain);
        this.stream.once('error', onError);
      });
  }
}

const IDENT = 'Rollout Bench <bench@example.com>';

function gitEnv() {
  return { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' };
}

/**
 * fast-import deflates every object with a fresh zlib stream; with glibc's default malloc that grows and
 * trims the heap (brk) around each object, which on some VMs costs ~100 us per call: 9 s instead of 0.5 s
 * for 2,000 manifests. A larger trim threshold / top pad stops the thrash (ignored by other allocators).
 */
function fastImportEnv() {
  const tunable = 'glibc.malloc.trim_threshold=134217728:glibc.malloc.mmap_threshold=134217728';
  const prior = process.env.GLIBC_TUNABLES;
  return { ...gitEnv(), GLIBC_TUNABLES: prior ? `${prior}:${tunable}` : tunable, MALLOC_TOP_PAD_: String(64 << 20) };
}

function git(dir, args, input) {
  return execFileSync('git', args, { cwd: dir, env: gitEnv(), encoding: 'utf8', input, maxBuffer: 512 * 1024 * 1024 });
}
/**
 * Creates (in `dir`, which must be absent or empty) the repository described at the top of this file.
 * Returns what was made.
 */
export async function generateRepo({ dir, manifests, changed = 100, commits = 5000, policies = TEAMS, typed = true }) {
  if (!Number.isInteger(manifests) || manifests < 1) throw new RangeError(`manifests must be a positive integer, got ${manifests}`);
  if (!Number.isInteger(commits) || commits < 1) throw new RangeError(`commits must be a positive integer, got ${commits}`);
  if (!Number.isInteger(policies) || policies < 1 || policies > TEAMS) throw new RangeError(`policies must be an integer in 1..${TEAMS}, got ${policies}`);
  const prSet = changedIndices(manifests, Math.min(changed, manifests));
  dir = resolve(dir);
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty`);
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);

  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, env: fastImportEnv(), stdio: ['pipe', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((res, rej) => {
    child.on('error', rej);
    child.on('close', (code) => (code === 0 ? res() : rej(new Error(`git fast-import exited with ${code}: ${stderr}`))));
  });
  const w = new StreamWriter(child.stdin);
  let mark = 0;

  const data = (content) => {
    const body = Buffer.from(content, 'utf8');
    return Buffer.concat([Buffer.from(`data ${body.length}\n`), body, Buffer.from('\n')]);
  };
  const commit = async (ref, when, message, parent, files) => {
    mark += 1;
    const stamp = `${when} +0000`;
    await w.add(Buffer.from(`commit ${ref}\nmark :${mark}\nauthor ${IDENT} ${stamp}\ncommitter ${IDENT} ${stamp}\n`));
    await w.add(data(message));
    if (parent) await w.add(Buffer.from(`from :${parent}\n`));
    for (const [path, content] of files) {
      await w.add(Buffer.from(`M 100644 inline ${path}\n`));
      await w.add(data(content));
    }
    await w.add(Buffer.from('\n'));
    return mark;
  };

  const state = Array.from({ length: manifests }, (_, i) => ({ stage: i % 5 === 0 ? 'limited_beta' : 'canary', tenantPercent: 5, threshold: 150 }));
  const teams = Math.min(TEAMS, manifests);
  const evidenceText = (i, kind, version = 0) => prose(i * 31 + kind.length + version * 101, pick(random(i * 13 + kind.length), 200, 3000));
  function* initialFiles() {
    for (const [p, c] of Object.entries(SHARED_EVIDENCE)) yield [p, c];
    for (const name of ['drafting', 'escalation']) yield [`reviews/${name}-routing.md`, `Routing on ${name} reviewed by technical and risk owners.\n`];
    yield [MODEL_CONFIG, 'model: gpt-4o-mini\ntemperature: 0.2\n'];
    for (let t = 0; t < teams; t++) {
      for (const kind of ['runbook', 'alerting', 'slo']) yield [`evidence/${teamName(t)}/${kind}.md`, prose(t * 977 + kind.length, 1200)];
      if (t < policies) yield [`policies/${teamName(t)}.yaml`, teamPolicyYaml(t)];
    }
    yield ['policies-one/all.yaml', onePolicyYaml()];
    for (let i = 0; i < manifests; i++) {
      const d = workflowEvidenceDir(i, manifests);
      yield [`${d}/offline-eval.md`, evidenceText(i, 'offline-eval')];
      yield [`${d}/shadow-report.md`, evidenceText(i, 'shadow-report')];
      if (isTyped(i)) yield [resultsPath(i, manifests), resultsFile(i)];
      if (isTyped(i)) yield [`${promptsDir(i, manifests)}/triage.txt`, prose(i * 389, 800)];
      yield [manifestPath(i, manifests), manifestYaml(i, manifests, state[i], { typed })];
    }
  }

  const start = Math.floor(Date.parse(COMMIT_DATES.initial) / 1000);
  const end = Math.floor(Date.parse(COMMIT_DATES.base) / 1000);
  const hot = Array.from({ length: manifests }, (_, i) => i).filter(isHot);
  const hotPool = hot.length > 0 ? hot : [0];
  try {
    let parent = await commit(
      'refs/heads/main',
      start,
      `Add ${manifests} rollout manifests, their evidence and ${policies} team policies\n`,
      null,
      initialFiles(),
    );
    for (let k = 1; k < commits; k++) {
      const when = commits === 1 ? end : Math.round(start + ((end - start) * k) / (commits - 1));
      const files = [];
      for (const i of k % 3 === 0 ? [hotPool[(k * 7) % hotPool.length], hotPool[(k * 11 + 1) % hotPool.length]] : [hotPool[(k * 7) % hotPool.length]]) {
        const s = state[i];
        s.threshold = 120 + ((k * 37) % 90);
        if (k % 9 === 0) s.tenantPercent = s.tenantPercent === 5 ? 4 : 5;
        files.push([manifestPath(i, manifests), manifestYaml(i, manifests, s, { typed })]);
        if (k % 10 === 0) files.push([`${workflowEvidenceDir(i, manifests)}/offline-eval.md`, evidenceText(i, 'offline-eval', k)]);
        // Now and then the workflow's prompts change, and the eval is run again in the same commit.
        if (isTyped(i) && k % 25 === 0) files.push([`${promptsDir(i, manifests)}/triage.txt`, prose(k * 389 + i, 800)]);
        if (isTyped(i) && (k % 10 === 0 || k % 25 === 0)) files.push([resultsPath(i, manifests), resultsFile(i, k)]);
      }
      parent = await commit('refs/heads/main', when, `Tune the stop conditions of ${files.length} workflow(s)\n`, parent, files);
    }
    const base = parent;
    const prWhen = Math.floor(Date.parse(COMMIT_DATES.pr) / 1000);
    const pr = async (ref, indices) => {
      const files = indices.map((i, k) => [
        manifestPath(i, manifests),
        manifestYaml(i, manifests, { ...state[i], tenantPercent: 10, ...(k % 5 === 0 ? { pattern: 'routing' } : {}) }, { typed }),
      ]);
      // A changed triage pattern has its eval run again, as the freshness rule asks.
      indices.forEach((i, k) => {
        if (k % 5 === 0 && isTyped(i)) files.push([resultsPath(i, manifests), resultsFile(i, 99_999)]);
      });
      if (indices.length > 0) files.push([`${workflowEvidenceDir(indices[0], manifests)}/offline-eval.md`, evidenceText(indices[0], 'offline-eval', 99_999)]);
      await commit(ref, prWhen, `Widen ${indices.length} canaries to 10% of tenants\n`, base, files);
    };
    await pr('refs/heads/pr-1', [hotPool[0]]);
    await pr('refs/heads/pr-some', prSet);
    await pr(
      'refs/heads/pr-all',
      Array.from({ length: manifests }, (_, i) => i),
    );
    await w.add(Buffer.from('done\n'));
    await w.flush();
    child.stdin.end();
  } catch (error) {
    child.kill();
    await exited.catch(() => undefined);
    throw error;
  }
  await exited;

  const rev = (ref) => git(dir, ['rev-parse', ref]).trim();
  const paths = (indices) => indices.map((i) => manifestPath(i, manifests)).sort();
  return {
    dir,
    manifests,
    commits,
    policies,
    typed,
    base: rev('refs/heads/main'),
    heads: { one: rev('refs/heads/pr-1'), some: rev('refs/heads/pr-some'), all: rev('refs/heads/pr-all') },
    changedPaths: { one: paths([hotPool[0]]), some: paths(prSet), all: paths(Array.from({ length: manifests }, (_, i) => i)) },
    manifestPaths: paths(Array.from({ length: manifests }, (_, i) => i)),
    now: BENCH_NOW,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, n, c, h, p, plain] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node scripts/bench/generate.mjs DIR MANIFESTS [CHANGED] [COMMITS] [POLICIES] [plain]');
    process.exit(2);
  }
  const t = performance.now();
  const r = await generateRepo({
    dir,
    manifests: Number(n),
    changed: c === undefined ? 100 : Number(c),
    commits: h === undefined ? 5000 : Number(h),
    policies: p === undefined ? TEAMS : Number(p),
    typed: plain !== 'plain',
  });
  console.log(JSON.stringify({ dir: r.dir, manifests: r.manifests, commits: r.commits, base: r.base, heads: r.heads, ms: Math.round(performance.now() - t) }));
}
