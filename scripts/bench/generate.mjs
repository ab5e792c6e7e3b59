// Generates a benchmark repository of rollout manifests WITH history, in one `git fast-import` stream
// (no `git add`/`git commit` per file), so even 20,000 manifests take seconds.
//
// History (main), all commits dated:
//   C1 2026-01-05  initial: every manifest + shared and per-workflow evidence (every 5th manifest at limited_beta)
//   C2 2026-02-02  every 4th manifest (i % 4 == 1) gains a stop condition
//   C3 2026-03-02  every 5th manifest (i % 5 == 0) promoted limited_beta -> canary (5% of tenants)
//   C4 2026-04-06  every 9th manifest (i % 9 == 2) gains a rollback trigger; shared SLO evidence updated   <- base (main)
// PR (branch pr), parent C4:
//   P  2026-04-20  `changed` manifests: tenant_percent 5 -> 10; every 5th of them also triage pattern
//                  fixed_workflow -> routing; one per-workflow evidence file updated                  <- head (pr)
//
// Nothing is checked out: the gate reads git objects only. Importable (the smoke test uses it) and runnable:
//   node scripts/bench/generate.mjs DIR MANIFESTS [CHANGED]
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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
  initial: '2026-01-05T09:00:00Z',
  stopConditions: '2026-02-02T09:00:00Z',
  promotion: '2026-03-02T09:00:00Z',
  rollbackTriggers: '2026-04-06T09:00:00Z',
  pr: '2026-04-20T09:00:00Z',
};

/** A moment after every commit, for deterministic waiver/dwell judgements (`--now`). */
export const BENCH_NOW = '2026-05-01T00:00:00Z';

const TEAM_SIZE = 100;

/** Repository path of manifest `i` (teams of 100 workflows, one directory each). */
export function manifestPath(i) {
  return `rollouts/team-${String(Math.floor(i / TEAM_SIZE)).padStart(3, '0')}/workflow-${String(i).padStart(5, '0')}.yaml`;
}

function evidenceDir(i) {
  return `evidence/team-${String(Math.floor(i / TEAM_SIZE)).padStart(3, '0')}/workflow-${String(i).padStart(5, '0')}`;
}

/**
 * Manifest `i` in a given state: test/fixtures/seeds.ts readyManifest() made distinct per workflow (name,
 * product owner, its own offline-eval and shadow evidence), so no two blobs are identical.
 */
export function manifestYaml(i, state = {}) {
  const stage = state.stage ?? 'canary';
  const tenantPercent = state.tenantPercent ?? 5;
  const pattern = state.pattern ?? 'fixed_workflow';
  const team = Math.floor(i / TEAM_SIZE);
  const dir = evidenceDir(i);
  const extraStop = state.extraStop ? `    - "escalation_rate > 0.10"\n` : '';
  const extraTrigger = state.extraTrigger ? `    - "error_rate > 0.05"\n` : '';
  return `# yaml-language-server: $schema=../../schemas/manifest.schema.json
rollout_plan:
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
  stop_conditions:
    - "cost_per_account > $1.50"
    - "false_positive_rate > 0.20"
    - "customer_complaint_count >= 3"
${extraStop}  rollback_triggers:
    - "latency_p95_ms > 2000"
${extraTrigger}  owners:
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
    triage:
      pattern: ${pattern}
      review: reviews/triage-routing.md
  capabilities:
    create_support_ticket:
      owner: "Support Platform"
      access: write
      transport: http
      timeout: 10s
      retry: { max_attempts: 3 }
      idempotency: "idempotency_key = request_id"
      unknown_side_effect: "stop the run until reconciliation"
      telemetry: "ticket_create_outcome"
    check_access_request_status:
      owner: "Identity Team"
      access: read
      transport: mcp
      timeout: 5s
      retry: { max_attempts: 2 }
      telemetry: "status_check_outcome"
      session: { stateful: true, expiry_signal: "mcp_session_expired_total", reinit: "re-initialize and re-run the policy decision" }
  approval:
    queue_owner: "CS Ops lead"
    timeout: 30m
    backlog_threshold: 50
    on_timeout: fallback
    fallback: "route to the manual queue"
  evidence:
    trace_coverage: evidence/trace-coverage.md
    policy_prechecks: evidence/policy-prechecks.md
    policy_decision_traces: evidence/policy-decision-traces.md
    offline_eval: ${dir}/offline-eval.md
    slo: evidence/slo.md
`;
}

/** Indices of the manifests the PR changes: spread over the whole tree, mixing history residues. */
export function changedIndices(manifests, changed) {
  if (!Number.isInteger(changed) || changed < 0 || changed > manifests) throw new RangeError(`changed must be an integer in 0..${manifests}, got ${changed}`);
  const out = [];
  const step = manifests / Math.max(changed, 1);
  for (let k = 0; k < changed; k++) out.push(Math.floor(k * step) + (step >= 3 ? k % 3 : 0));
  return out;
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
 * Creates (in `dir`, which must be absent or empty) a repository with `manifests` manifests, four dated
 * commits on main and one PR commit on branch `pr` changing `changed` of them. Returns what was made.
 */
export async function generateRepo({ dir, manifests, changed = 50 }) {
  if (!Number.isInteger(manifests) || manifests < 1) throw new RangeError(`manifests must be a positive integer, got ${manifests}`);
  const prSet = changedIndices(manifests, changed);
  if (new Set(prSet).size !== prSet.length || prSet.some((i) => i >= manifests)) throw new Error('internal: changed indices are not distinct');
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
  const commit = async (ref, date, message, parent, files) => {
    mark += 1;
    const when = `${Math.floor(Date.parse(date) / 1000)} +0000`;
    await w.add(Buffer.from(`commit ${ref}\nmark :${mark}\nauthor ${IDENT} ${when}\ncommitter ${IDENT} ${when}\n`));
    await w.add(data(message));
    if (parent) await w.add(Buffer.from(`from :${parent}\n`));
    for (const [path, content] of files) {
      await w.add(Buffer.from(`M 100644 inline ${path}\n`));
      await w.add(data(content));
    }
    await w.add(Buffer.from('\n'));
    return mark;
  };

  // The state of every manifest along main.
  const state = Array.from({ length: manifests }, (_, i) => ({
    stage: i % 5 === 0 ? 'limited_beta' : 'canary',
    tenantPercent: 5,
    pattern: 'fixed_workflow',
    extraStop: false,
    extraTrigger: false,
  }));
  function* initialFiles() {
    for (const [p, c] of Object.entries(SHARED_EVIDENCE)) yield [p, c];
    for (let i = 0; i < manifests; i++) {
      const dirI = evidenceDir(i);
      yield [`${dirI}/offline-eval.md`, `workflow ${i}: precision_at_top_10 = 0.${86 + (i % 10)} on the holdout set\n`];
      yield [`${dirI}/shadow-report.md`, `workflow ${i}: 14 days of shadow comparison, 0 severity-1 differences\n`];
      yield [manifestPath(i), manifestYaml(i, state[i])];
    }
  }
  const touch = function* (pick, edit) {
    for (let i = 0; i < manifests; i++) {
      if (!pick(i)) continue;
      edit(state[i]);
      yield [manifestPath(i), manifestYaml(i, state[i])];
    }
  };

  try {
    const c1 = await commit('refs/heads/main', COMMIT_DATES.initial, `Add ${manifests} rollout manifests and their evidence\n`, null, initialFiles());
    const c2 = await commit(
      'refs/heads/main',
      COMMIT_DATES.stopConditions,
      'Add an escalation stop condition\n',
      c1,
      touch(
        (i) => i % 4 === 1,
        (s) => (s.extraStop = true),
      ),
    );
    const c3 = await commit(
      'refs/heads/main',
      COMMIT_DATES.promotion,
      'Promote limited betas to canary\n',
      c2,
      touch(
        (i) => i % 5 === 0,
        (s) => ((s.stage = 'canary'), (s.tenantPercent = 5)),
      ),
    );
    const c4Files = [
      ...touch(
        (i) => i % 9 === 2,
        (s) => (s.extraTrigger = true),
      ),
      ['evidence/slo.md', 'p95 latency < 2s; availability 99.5%; error budget 0.5%\n'],
    ];
    const c4 = await commit('refs/heads/main', COMMIT_DATES.rollbackTriggers, 'Add an error-rate rollback trigger; update the SLO\n', c3, c4Files);
    const prFiles = [];
    prSet.forEach((i, k) => {
      const s = { ...state[i], tenantPercent: 10, ...(k % 5 === 0 ? { pattern: 'routing' } : {}) };
      prFiles.push([manifestPath(i), manifestYaml(i, s)]);
    });
    if (prSet.length > 0)
      prFiles.push([`${evidenceDir(prSet[0])}/offline-eval.md`, `workflow ${prSet[0]}: precision_at_top_10 = 0.91 on the 2026-04 holdout set\n`]);
    await commit('refs/heads/pr', COMMIT_DATES.pr, `Widen ${prSet.length} canaries to 10% of tenants\n`, c4, prFiles);
    await w.add(Buffer.from('done\n'));
    await w.flush();
    child.stdin.end();
  } catch (error) {
    child.kill();
    await exited.catch(() => undefined);
    throw error;
  }
  await exited;

  const base = git(dir, ['rev-parse', 'refs/heads/main']).trim();
  const head = git(dir, ['rev-parse', 'refs/heads/pr']).trim();
  return {
    dir,
    manifests,
    base,
    head,
    manifestPaths: Array.from({ length: manifests }, (_, i) => manifestPath(i)),
    changedPaths: prSet.map(manifestPath).sort(),
    now: BENCH_NOW,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, n, c] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node scripts/bench/generate.mjs DIR MANIFESTS [CHANGED]');
    process.exit(2);
  }
  const t = performance.now();
  const r = await generateRepo({ dir, manifests: Number(n), changed: c === undefined ? 50 : Number(c) });
  console.log(
    JSON.stringify({ dir: r.dir, manifests: r.manifests, base: r.base, head: r.head, changed: r.changedPaths.length, ms: Math.round(performance.now() - t) }),
  );
}
