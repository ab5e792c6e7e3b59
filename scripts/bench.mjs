// `npm run bench`: what a gate run costs as a repository grows, on realistic repositories
// (scripts/bench/generate.mjs: varied manifests of about 3.5 KB, evidence of 0.2-3 KB per workflow, team
// and shared, typed evidence (eval results with `sources`) in a quarter of the workflows, 100 team policies
// with custom checks, a 5,000-commit history whose hot manifests are edited often, and pull requests that
// change 1, 100 and every manifest).
//
// Repositories are generated once and cached under .bench/. For each size (default 2,000 and 20,000
// manifests, 5,000 commits) it times, `--runs` times each, every job interleaved with the others so that
// load drift hits all alike (medians reported):
//   PR 1 / PR N / PR all   node dist/cli.js check --base main --head pr-1|pr-some|pr-all --format json --now <fixed>
//   full check             ... --head pr-some --all
//   full floor             scripts/bench/floor.mjs --mode full: ls-tree + diff-tree + every manifest blob and the old
//                          blob of each changed one through one cat-file --batch + YAML.parse; nothing else
//   full, one policy       (smallest size) the full check with --policies policies-one: the same rules as one policy
//   PR N, plain evidence   (smallest size) PR N on a twin repository whose manifests keep every evidence plain
//                          (same files, no typed evidence, no `sources`): PR N against it is what typed
//                          evidence costs a pull-request check (reading and checking the results, one history
//                          walk for when each result and source last changed, the search for typed dependents)
// and, on a copy of the smallest size with a 50-commit history, PR N. Wall time, CPU time (user + system)
// and peak memory (max RSS) come from GNU time (including git child processes) or, without it, from an
// in-process wrapper (scripts/bench/rss.mjs; the Node process only). Prints Markdown tables and each target
// of issue #15 with its figure.
// Then the exposure-source case (issue #12): N manifests each bound to a flag file of its own (default
// 200 and 2,000; scripts/bench/sources.mjs) and a PR that changes one flag file; its PR check must stay
// within 1.2x of the same PR with the smallest N. Last, the history case (scripts/bench/history.mjs).
//
// Options: --sizes 2000,20000   --runs 3   --changed 100   --commits 5000   --short-commits 50   --fresh
//          --cli dist/cli.js   --rss auto|time|node   --json FILE (also write the raw results)
//          --source-sizes 200,2000 (the exposure-source case; empty to skip it)
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_NOW, generateRepo } from './bench/generate.mjs';
import { generateSourcesRepo } from './bench/sources.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(ROOT, '.bench');
const FLOOR = join(ROOT, 'scripts/bench/floor.mjs');
const RSS_WRAPPER = join(ROOT, 'scripts/bench/rss.mjs');
const TARGETS = { prSize: 1.2, prHistory: 1.2, fullFloor: 1.3, policies: 1.2, rss: 2 };

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000,20000' },
    runs: { type: 'string', default: '3' },
    changed: { type: 'string', default: '100' },
    commits: { type: 'string', default: '5000' },
    'short-commits': { type: 'string', default: '50' },
    fresh: { type: 'boolean', default: false },
    cli: { type: 'string', default: 'dist/cli.js' },
    rss: { type: 'string', default: 'auto' },
    json: { type: 'string' },
    'source-sizes': { type: 'string', default: '200,2000' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(
    'usage: npm run bench -- [--sizes 2000,20000] [--runs 3] [--changed 100] [--commits 5000] [--short-commits 50] [--fresh] [--cli dist/cli.js] [--rss auto|time|node] [--json FILE] [--source-sizes 200,2000]\n',
  );
  process.exit(0);
}
const int = (v) => Number(String(v).trim().replace(/_/g, ''));
const sizes = values.sizes
  .split(',')
  .map(int)
  .sort((a, b) => a - b);
const runs = int(values.runs);
const changed = int(values.changed);
const commits = int(values.commits);
const shortCommits = int(values['short-commits']);
if ([...sizes, runs, changed, commits, shortCommits].some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write('bench: --sizes, --runs, --changed, --commits and --short-commits must be positive integers\n');
  process.exit(2);
}
if (sizes.some((n) => n < changed)) {
  process.stderr.write(`bench: every size must be at least --changed (${changed})\n`);
  process.exit(2);
}
const cli = resolve(ROOT, values.cli);
if (!existsSync(cli)) {
  process.stderr.write(`bench: ${values.cli} does not exist; run \`npm run build\` first\n`);
  process.exit(2);
}

const log = (text) => process.stderr.write(text + '\n');

// ---- peak memory: GNU time when it works, else the in-process wrapper --------------------------------
function detectGnuTime() {
  for (const bin of ['/usr/bin/time', 'gtime']) {
    const out = join(tmpdir(), `rollout-gate-bench-time-${process.pid}`);
    try {
      const r = spawnSync(bin, ['-f', '%M %U %S', '-o', out, process.execPath, '-e', ''], { stdio: 'ignore' });
      const line = r.status === 0 && existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n').pop() : '';
      if (/^\d+ [\d.]+ [\d.]+$/.test(line)) return bin;
    } catch {
      /* not there */
    } finally {
      rmSync(out, { force: true });
    }
  }
  return null;
}
const gnuTime = values.rss === 'node' ? null : detectGnuTime();
if (values.rss === 'time' && !gnuTime) {
  process.stderr.write('bench: --rss time: GNU time (/usr/bin/time -f) is not available\n');
  process.exit(2);
}

/** Runs `node script args` in cwd with stdout to a file; wall time, peak RSS, CPU time, exit code. */
function measure(script, args, { cwd, stdoutFile }) {
  const report = join(tmpdir(), `rollout-gate-bench-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const argv = gnuTime
    ? [gnuTime, ['-f', '%M %U %S', '-o', report, process.execPath, script, ...args]]
    : [process.execPath, [RSS_WRAPPER, report, script, ...args]];
  const fd = openSync(stdoutFile, 'w');
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(argv[0], argv[1], { cwd, stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      closeSync(fd);
      let maxRssKb = NaN;
      let cpuMs = NaN;
      try {
        const text = readFileSync(report, 'utf8').trim();
        if (gnuTime) {
          const [m, u, s] = text.split('\n').pop().split(' ').map(Number);
          maxRssKb = m;
          cpuMs = (u + s) * 1000;
        } else ({ maxRssKb, cpuMs } = JSON.parse(text));
      } catch {
        /* reported below as NaN */
      }
      rmSync(report, { force: true });
      resolvePromise({ code, wallMs, maxRssKb, cpuMs, stderr });
    });
  });
}

// ---- repositories -------------------------------------------------------------------------------------
const generatorHash = createHash('sha256')
  .update(readFileSync(join(ROOT, 'scripts/bench/generate.mjs')))
  .update(readFileSync(join(ROOT, 'policies/default.yaml')))
  .digest('hex')
  .slice(0, 16);

async function ensureRepo(size, history, typed = true) {
  const name = `repo-${size}-${history}c${typed ? '' : '-plain'}`;
  const dir = join(BENCH_DIR, name);
  const metaFile = join(BENCH_DIR, `${name}.json`);
  if (!values.fresh && existsSync(metaFile) && existsSync(dir)) {
    try {
      const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
      const head = execFileSync('git', ['rev-parse', '--verify', '--quiet', 'refs/heads/pr-some'], { cwd: dir, encoding: 'utf8' }).trim();
      if (meta.generator === generatorHash && meta.changed === changed && meta.typed === typed && meta.heads.some === head) return meta;
    } catch {
      /* stale or broken: regenerate */
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const t = performance.now();
  const r = await generateRepo({ dir, manifests: size, changed, commits: history, typed });
  const meta = { generator: generatorHash, changed, ...r, generatedMs: Math.round(performance.now() - t) };
  delete meta.manifestPaths;
  writeFileSync(metaFile, JSON.stringify(meta, null, 2));
  log(`  generated ${size} manifests, ${history} commits${typed ? '' : ', plain evidence'} in ${(meta.generatedMs / 1000).toFixed(1)} s`);
  return meta;
}

// ---- checks on the outputs (first run only; not timed) ------------------------------------------------
function verifyCheck(want, file, code) {
  if (code !== 0 && code !== 1) throw new Error(`exited with ${code}`);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const files = report.manifests.map((m) => m.file).sort();
  if (files.length !== want.length || files.some((f, i) => f !== want[i]))
    throw new Error(`reported ${files.length} manifests, expected exactly ${want.length}`);
  if (report.findings.some((f) => f.check === 'manifest_invalid')) throw new Error('a generated manifest is invalid');
  return report;
}

/** A PR check on the typed repository reads typed evidence and finds it valid and met; on the plain twin it reads none. */
function verifyTyped(report, typed) {
  const read = report.evidenceChecks.length;
  if (typed ? read === 0 : read > 0) throw new Error(`checked ${read} typed evidence criteria, expected ${typed ? 'some' : 'none'}`);
  const bad = report.evidenceChecks.filter((c) => c.state !== 'met').length + report.findings.filter((f) => f.check === 'evidence_invalid').length;
  if (bad > 0) throw new Error(`${bad} typed evidence criteria unmet or files invalid; the generated results should pass`);
}

function verifyFloor(want, file, code) {
  if (code !== 0) throw new Error(`floor exited with ${code}`);
  const r = JSON.parse(readFileSync(file, 'utf8'));
  if (r.blobs !== want || r.parsed !== want) throw new Error(`floor read ${r.blobs} blobs (parsed ${r.parsed}), expected ${want}`);
}

// ---- the runs -----------------------------------------------------------------------------------------
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const jobs = [];
for (const size of sizes) {
  log(`${size} manifests, ${commits} commits:`);
  const meta = await ensureRepo(size, commits);
  const check = (head, ...extra) => ['check', '--base', meta.base, '--head', head, '--format', 'json', '--now', BENCH_NOW, ...extra];
  const add = (key, script, args, verify) => jobs.push({ key: `${size}/${key}`, cwd: meta.dir, script, args, verify });
  add('pr1', cli, check(meta.heads.one), (f, c) => verifyCheck(meta.changedPaths.one, f, c));
  add('prSome', cli, check(meta.heads.some), (f, c) => verifyTyped(verifyCheck(meta.changedPaths.some, f, c), true));
  add('prAll', cli, check(meta.heads.all), (f, c) => verifyCheck(meta.changedPaths.all, f, c));
  add('full', cli, check(meta.heads.some, '--all'), (f, c) => verifyCheck(meta.changedPaths.all, f, c));
  add('fullFloor', FLOOR, ['--repo', meta.dir, '--mode', 'full', '--base', meta.base, '--head', meta.heads.some], (f, c) =>
    verifyFloor(meta.manifests + meta.changedPaths.some.length, f, c),
  );
  if (size === sizes[0]) {
    add('fullOnePolicy', cli, check(meta.heads.some, '--all', '--policies', 'policies-one'), (f, c) => verifyCheck(meta.changedPaths.all, f, c));
    log(`${size} manifests, ${commits} commits, plain evidence:`);
    const plain = await ensureRepo(size, commits, false);
    jobs.push({
      key: `${size}/prSomePlain`,
      cwd: plain.dir,
      script: cli,
      args: ['check', '--base', plain.base, '--head', plain.heads.some, '--format', 'json', '--now', BENCH_NOW],
      verify: (f, c) => verifyTyped(verifyCheck(plain.changedPaths.some, f, c), false),
    });
  }
}
{
  const size = sizes[0];
  log(`${size} manifests, ${shortCommits} commits:`);
  const meta = await ensureRepo(size, shortCommits);
  jobs.push({
    key: `${size}/prSomeShort`,
    cwd: meta.dir,
    script: cli,
    args: ['check', '--base', meta.base, '--head', meta.heads.some, '--format', 'json', '--now', BENCH_NOW],
    verify: (f, c) => verifyCheck(meta.changedPaths.some, f, c),
  });
}

const loadStart = loadavg()[0];
const outDir = join(BENCH_DIR, 'out');
mkdirSync(outDir, { recursive: true });
const samples = new Map(jobs.map((j) => [j.key, []]));
for (let r = 0; r < runs; r++) {
  for (const job of jobs) {
    const stdoutFile = join(outDir, `${job.key.replace('/', '-')}.json`);
    const m = await measure(job.script, job.args, { cwd: job.cwd, stdoutFile });
    try {
      if (r === 0) job.verify(stdoutFile, m.code);
      else if (job.script === cli ? m.code !== 0 && m.code !== 1 : m.code !== 0) throw new Error(`exited with ${m.code}`);
    } catch (error) {
      throw new Error(`${job.key}: ${error.message}\n${m.stderr.trim()}`, { cause: error });
    }
    samples.get(job.key).push(m);
    log(
      `  run ${r + 1}/${runs} ${job.key.padEnd(20)} ${(m.wallMs / 1000).toFixed(2).padStart(7)} s wall  ${(m.cpuMs / 1000).toFixed(2).padStart(7)} s cpu  ${Math.round(m.maxRssKb / 1024)} MB`,
    );
  }
}
const loadEnd = loadavg()[0];
const result = (key) => {
  const ms = samples.get(key) ?? [];
  return {
    wallMs: median(ms.map((m) => m.wallMs)),
    cpuMs: median(ms.map((m) => m.cpuMs)),
    maxRssKb: median(ms.map((m) => m.maxRssKb)),
    wallSamplesMs: ms.map((m) => Math.round(m.wallMs)),
  };
};

// ---- the report ---------------------------------------------------------------------------------------
const fmtN = (n) => n.toLocaleString('en-US');
const sec = (ms) => (!Number.isFinite(ms) ? 'n/a' : ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`);
const mb = (kb) => (Number.isFinite(kb) ? `${Math.round(kb / 1024)} MB` : 'n/a');
const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');
const verdict = (x, target) => (!Number.isFinite(x) ? 'n/a' : x <= target ? 'PASS' : 'MISS');
const cell = (r) => `${sec(r.wallMs)} (${sec(r.cpuMs)})`;

const nodeVersion = process.version;
const gitVersion = execFileSync('git', ['--version'], { encoding: 'utf8' })
  .trim()
  .replace(/^git version /, '');
const lines = [];
lines.push('### Benchmark (`npm run bench`)');
lines.push('');
lines.push(
  `Each repository: N manifests in 100 teams (varied shapes, about 3.5 KB each), evidence per workflow (0.2–3 KB), per team and shared, ` +
    `typed evidence (eval results, with \`sources\`) in a quarter of the workflows, one policy per team with two custom checks, ${fmtN(commits)} commits on main editing the hot manifests (one in fifty), and pull requests ` +
    `changing 1, ${changed} and every manifest (tenant_percent 5 → 10; every fifth also its triage pattern). Median of ${runs} interleaved run(s); ` +
    `each cell is wall time (CPU time, user + system${gnuTime ? ', including git child processes' : ', Node process only'}); peak memory is max RSS. ` +
    `Node ${nodeVersion}, git ${gitVersion}, ${cpus().length} CPU(s).`,
);
lines.push('');
lines.push(
  `| Manifests | PR, 1 changed | PR, ${changed} changed | PR, all changed | Full check | Full floor | Full ÷ floor | Full check RSS | Full floor RSS |`,
);
lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of sizes) {
  const [pr1, prSome, prAll, full, floor] = ['pr1', 'prSome', 'prAll', 'full', 'fullFloor'].map((k) => result(`${size}/${k}`));
  lines.push(
    `| ${fmtN(size)} | ${cell(pr1)} | ${cell(prSome)} | ${cell(prAll)} | ${cell(full)} | ${cell(floor)} | ${ratio(full.wallMs / floor.wallMs)} (${ratio(full.cpuMs / floor.cpuMs)}) | ${mb(full.maxRssKb)} | ${mb(floor.maxRssKb)} |`,
  );
}
lines.push('');
lines.push('Targets (issue #15), wall time (CPU time):');
lines.push('');
const small = sizes[0];
const large = sizes[sizes.length - 1];
const target = (what, x, xCpu, limit, figures) =>
  lines.push(
    `- ${what} within ${limit}×: ${figures} = **${ratio(x)}** (${ratio(xCpu)}) — **${verdict(x, limit)}**${verdict(xCpu, limit) !== verdict(x, limit) ? ` (CPU time: ${verdict(xCpu, limit)})` : ''}`,
  );
if (small !== large) {
  const [a, b] = [result(`${large}/prSome`), result(`${small}/prSome`)];
  target(
    `PR check, ${changed} changed, ${fmtN(large)} vs ${fmtN(small)} manifests`,
    a.wallMs / b.wallMs,
    a.cpuMs / b.cpuMs,
    TARGETS.prSize,
    `${sec(a.wallMs)} / ${sec(b.wallMs)}`,
  );
} else lines.push(`- PR check across sizes: needs two sizes (run with e.g. \`--sizes 2000,20000\`)`);
{
  const [a, b] = [result(`${small}/prSome`), result(`${small}/prSomeShort`)];
  target(
    `PR check, ${changed} changed, ${fmtN(small)} manifests, ${fmtN(commits)} vs ${fmtN(shortCommits)} commits`,
    a.wallMs / b.wallMs,
    a.cpuMs / b.cpuMs,
    TARGETS.prHistory,
    `${sec(a.wallMs)} / ${sec(b.wallMs)}`,
  );
}
for (const size of sizes) {
  const [a, b] = [result(`${size}/full`), result(`${size}/fullFloor`)];
  target(
    `Full check at ${fmtN(size)} manifests vs its floor`,
    a.wallMs / b.wallMs,
    a.cpuMs / b.cpuMs,
    TARGETS.fullFloor,
    `${sec(a.wallMs)} / ${sec(b.wallMs)}`,
  );
}
{
  const [a, b] = [result(`${small}/full`), result(`${small}/fullOnePolicy`)];
  target(
    `100 team policies with custom checks vs one policy (full check, ${fmtN(small)} manifests)`,
    a.wallMs / b.wallMs,
    a.cpuMs / b.cpuMs,
    TARGETS.policies,
    `${sec(a.wallMs)} / ${sec(b.wallMs)}`,
  );
}
{
  // No target: what the typed-evidence features add to a pull-request check.
  const [a, b] = [result(`${small}/prSome`), result(`${small}/prSomePlain`)];
  lines.push(
    `- Typed evidence with \`sources\` in a quarter of the workflows vs the same repository with plain evidence (PR check, ${changed} changed, ${fmtN(small)} manifests): ${sec(a.wallMs)} / ${sec(b.wallMs)} = **${ratio(a.wallMs / b.wallMs)}** (${ratio(a.cpuMs / b.cpuMs)})`,
  );
}
{
  const [a, b] = [result(`${large}/full`), result(`${large}/fullFloor`)];
  const x = a.maxRssKb / b.maxRssKb;
  lines.push(
    `- Peak RSS of the full check at ${fmtN(large)} manifests within ${TARGETS.rss}× of its floor's: ${mb(a.maxRssKb)} / ${mb(b.maxRssKb)} = **${ratio(x)}** — **${verdict(x, TARGETS.rss)}**`,
  );
}
const cores = cpus().length;
if (Math.max(loadStart, loadEnd) > cores) {
  lines.push('');
  lines.push(
    `_Note: the 1-minute load average was ${loadStart.toFixed(1)} at the start and ${loadEnd.toFixed(1)} at the end on ${cores} CPU(s): other work was running, so wall times are inflated and noisy; the CPU-time ratios are the steadier figures._`,
  );
}
lines.push(...(await benchSources()));
process.stdout.write(lines.join('\n') + '\n');
if (values.json)
  writeFileSync(
    resolve(values.json),
    JSON.stringify(
      {
        node: nodeVersion,
        git: gitVersion,
        cpus: cores,
        runs,
        changed,
        commits,
        shortCommits,
        rss: gnuTime ? 'gnu-time' : 'node',
        loadStart,
        loadEnd,
        results: Object.fromEntries([...samples.keys()].map((k) => [k, result(k)])),
      },
      null,
      2,
    ) + '\n',
  );

// The history case (scripts/bench/history.mjs: `rollout-gate history` against one `git log` over the same paths).
spawnSync(process.execPath, [join(ROOT, 'scripts/bench/history.mjs'), '--runs', String(runs), '--cli', cli], { stdio: 'inherit' });

// ---- the exposure-source case (issue #12) --------------------------------------------------------------
async function benchSources() {
  const sourceSizes = values['source-sizes']
    .split(',')
    .map((x) => x.trim().replace(/_/g, ''))
    .filter((x) => x !== '')
    .map(Number);
  if (sourceSizes.length === 0) return [];
  const sourcesHash = createHash('sha256')
    .update(readFileSync(join(ROOT, 'scripts/bench/sources.mjs')))
    .update(generatorHash)
    .digest('hex')
    .slice(0, 16);
  const measured = [];
  for (const size of sourceSizes) {
    log(`${size} manifests bound to ${size} flag files:`);
    const dir = join(BENCH_DIR, `sources-${size}`);
    const metaFile = join(BENCH_DIR, `sources-${size}.json`);
    let meta = null;
    if (!values.fresh && existsSync(metaFile) && existsSync(dir)) {
      const cached = JSON.parse(readFileSync(metaFile, 'utf8'));
      if (cached.generator === sourcesHash) meta = cached;
    }
    if (!meta) {
      rmSync(dir, { recursive: true, force: true });
      meta = { generator: sourcesHash, ...(await generateSourcesRepo({ dir, manifests: size })) };
      writeFileSync(metaFile, JSON.stringify(meta, null, 2));
    }
    const stdoutFile = join(BENCH_DIR, 'out', `sources-${size}.json`);
    mkdirSync(dirname(stdoutFile), { recursive: true });
    const samples = [];
    for (let r = 0; r < runs; r++) {
      const m = await measure(cli, ['check', '--base', meta.base, '--head', meta.head, '--format', 'json', '--now', BENCH_NOW], { cwd: meta.dir, stdoutFile });
      if (r === 0) {
        // The one manifest that binds the changed flag file, with the change located in that file.
        const report = JSON.parse(readFileSync(stdoutFile, 'utf8'));
        const files = report.manifests.map((x) => x.file);
        const located = report.changes.some((c) => c.kind === 'source_exposure_increased' && c.file === meta.changedSource);
        if (files.length !== 1 || files[0] !== meta.changedManifest || !located)
          throw new Error(
            `sources ${size}: the PR check judged ${files.join(', ') || 'nothing'}; expected ${meta.changedManifest} with a change in ${meta.changedSource}\n${m.stderr}`,
          );
      }
      samples.push(m);
      log(
        `  run ${r + 1}/${runs} PR check ${(m.wallMs / 1000).toFixed(2).padStart(7)} s wall  ${(m.cpuMs / 1000).toFixed(2).padStart(7)} s cpu  ${Math.round(m.maxRssKb / 1024)} MB`,
      );
    }
    measured.push({
      size,
      wallMs: median(samples.map((m) => m.wallMs)),
      cpuMs: median(samples.map((m) => m.cpuMs)),
      maxRssKb: median(samples.map((m) => m.maxRssKb)),
    });
  }
  const out = [
    '',
    'Exposure sources (issue #12): N manifests, each bound to a flagd flag file of its own, and a PR that changes one flag file (5% → 10%):',
    '',
  ];
  out.push('| Manifests and sources | PR check | PR check CPU | PR check RSS |', '|---:|---:|---:|---:|');
  for (const r of measured) out.push(`| ${fmtN(r.size)} | ${sec(r.wallMs)} | ${sec(r.cpuMs)} | ${mb(r.maxRssKb)} |`);
  const lo = measured.reduce((a, b) => (b.size < a.size ? b : a));
  const hi = measured.reduce((a, b) => (b.size > a.size ? b : a));
  if (lo !== hi) {
    const x = hi.wallMs / lo.wallMs;
    out.push(
      '',
      `- PR check changing one source, ${fmtN(hi.size)} bound manifests within ${TARGETS.prSize}× of ${fmtN(lo.size)}: ${sec(hi.wallMs)} / ${sec(lo.wallMs)} = **${ratio(x)}** — **${verdict(x, TARGETS.prSize)}** (CPU time: ${ratio(hi.cpuMs / lo.cpuMs)})`,
    );
  }
  return out;
}
