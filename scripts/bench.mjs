// `npm run bench`: how rollout-gate scales with the number of manifests (issue #3).
//
// For each size (default 200, 2,000, 20,000 manifests) it generates (once; cached under .bench/) a git
// repository with history and a PR commit changing 50 manifests (scripts/bench/generate.mjs), then times,
// `--runs` times each (median reported, runs interleaved so load drift hits all alike):
//   PR check     node dist/cli.js check --base main --head pr --format json --now <fixed>
//   PR floor     scripts/bench/floor.mjs --mode pr: diff-tree + the 100 blobs via one cat-file --batch + YAML.parse
//   full check   ... the same with --all
//   full floor   scripts/bench/floor.mjs --mode full: ls-tree + diff-tree + every manifest blob and the old blob
//                of each changed one (the blobs a full check parses; pacing history is in neither floor) + YAML.parse
// with peak memory (max RSS) from GNU time (includes the git children) or, without it, from an in-process
// wrapper (scripts/bench/rss.mjs; the Node process only). Prints a Markdown table and the targets:
//   PR check on 20,000 manifests within 1.2x of the PR check on 200
//   full check within 1.5x of its floor
// Then the exposure-source case (issue #12): N manifests each bound to a flag file of its own (default
// 200 and 2,000; scripts/bench/sources.mjs) and a PR that changes one flag file; its PR check must stay
// within 1.2x of the same PR with the smallest N.
//
// Options: --sizes 200,2000   --runs 3   --changed 50   --fresh (regenerate repos)   --cli dist/cli.js
//          --rss auto|time|node   --json FILE (also write the raw results)
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
const PR_TARGET = 1.2;
const FLOOR_TARGET = 1.5;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200,2000,20000' },
    runs: { type: 'string', default: '3' },
    changed: { type: 'string', default: '50' },
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
    'usage: npm run bench -- [--sizes 200,2000,20000] [--runs 3] [--changed 50] [--fresh] [--cli dist/cli.js] [--rss auto|time|node] [--json FILE]\n',
  );
  process.exit(0);
}
const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
const runs = Number(values.runs);
const changed = Number(values.changed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(changed) || changed < 1) {
  process.stderr.write('bench: --sizes must be positive integers, --runs and --changed positive integers\n');
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
  .digest('hex')
  .slice(0, 16);

async function ensureRepo(size) {
  const dir = join(BENCH_DIR, `repo-${size}`);
  const metaFile = join(BENCH_DIR, `repo-${size}.json`);
  if (!values.fresh && existsSync(metaFile) && existsSync(dir)) {
    try {
      const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
      const head = execFileSync('git', ['rev-parse', '--verify', '--quiet', 'refs/heads/pr'], { cwd: dir, encoding: 'utf8' }).trim();
      if (meta.generator === generatorHash && meta.changed === changed && meta.head === head) return meta;
    } catch {
      /* stale or broken: regenerate */
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const t = performance.now();
  const r = await generateRepo({ dir, manifests: size, changed });
  const meta = {
    generator: generatorHash,
    manifests: size,
    changed,
    dir,
    base: r.base,
    head: r.head,
    changedPaths: r.changedPaths,
    now: r.now,
    generatedMs: Math.round(performance.now() - t),
  };
  writeFileSync(metaFile, JSON.stringify(meta, null, 2));
  log(`  generated ${size} manifests in ${(meta.generatedMs / 1000).toFixed(1)} s`);
  return meta;
}

// ---- checks on the outputs (once per size; not timed) -------------------------------------------------
function verifyCheck(kind, meta, file, code) {
  if (code !== 0 && code !== 1) throw new Error(`${kind} exited with ${code}`);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const files = report.manifests.map((m) => m.file);
  if (kind === 'pr') {
    const want = [...meta.changedPaths].sort().join('\n');
    if ([...files].sort().join('\n') !== want)
      throw new Error(`PR check reported ${files.length} manifests, expected exactly the ${meta.changedPaths.length} changed ones`);
  } else if (files.length !== meta.manifests) throw new Error(`full check reported ${files.length} manifests, expected ${meta.manifests}`);
}

function verifyFloor(kind, meta, file, code) {
  if (code !== 0) throw new Error(`${kind} floor exited with ${code}`);
  const r = JSON.parse(readFileSync(file, 'utf8'));
  // The PR floor reads both sides of each changed manifest; the full floor every manifest plus the old side of the changed ones.
  const want = kind === 'pr' ? 2 * meta.changed : meta.manifests + meta.changed;
  if (r.blobs !== want || r.parsed !== want) throw new Error(`${kind} floor read ${r.blobs} blobs (parsed ${r.parsed}), expected ${want}`);
}

// ---- the runs -----------------------------------------------------------------------------------------
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function benchSize(size) {
  log(`${size} manifests:`);
  const meta = await ensureRepo(size);
  const outDir = join(BENCH_DIR, 'out');
  mkdirSync(outDir, { recursive: true });
  const common = ['check', '--base', meta.base, '--head', meta.head, '--format', 'json', '--now', BENCH_NOW];
  const jobs = {
    pr: { script: cli, args: common, verify: (f, c) => verifyCheck('pr', meta, f, c) },
    prFloor: {
      script: FLOOR,
      args: ['--repo', meta.dir, '--mode', 'pr', '--base', meta.base, '--head', meta.head],
      verify: (f, c) => verifyFloor('pr', meta, f, c),
    },
    full: { script: cli, args: [...common, '--all'], verify: (f, c) => verifyCheck('full', meta, f, c) },
    fullFloor: {
      script: FLOOR,
      args: ['--repo', meta.dir, '--mode', 'full', '--base', meta.base, '--head', meta.head],
      verify: (f, c) => verifyFloor('full', meta, f, c),
    },
  };
  const samples = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  for (let r = 0; r < runs; r++) {
    for (const [name, job] of Object.entries(jobs)) {
      const stdoutFile = join(outDir, `${size}-${name}.json`);
      const m = await measure(job.script, job.args, { cwd: meta.dir, stdoutFile });
      try {
        if (r === 0) job.verify(stdoutFile, m.code);
        else if (job.script === cli ? m.code !== 0 && m.code !== 1 : m.code !== 0) throw new Error(`exited with ${m.code}`);
      } catch (error) {
        throw new Error(`${size} manifests, ${name}: ${error.message}\n${m.stderr.trim()}`, { cause: error });
      }
      samples[name].push(m);
      log(
        `  run ${r + 1}/${runs} ${name.padEnd(9)} ${(m.wallMs / 1000).toFixed(2).padStart(7)} s wall  ${(m.cpuMs / 1000).toFixed(2).padStart(7)} s cpu  ${Math.round(m.maxRssKb / 1024)} MB`,
      );
    }
  }
  const summary = {};
  for (const [name, ms] of Object.entries(samples)) {
    summary[name] = {
      wallMs: median(ms.map((m) => m.wallMs)),
      cpuMs: median(ms.map((m) => m.cpuMs)),
      maxRssKb: median(ms.map((m) => m.maxRssKb)),
      wallSamplesMs: ms.map((m) => Math.round(m.wallMs)),
    };
  }
  return { size, ...summary };
}

const fmtN = (n) => n.toLocaleString('en-US');
const sec = (ms) => (!Number.isFinite(ms) ? 'n/a' : ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`);
const mb = (kb) => (Number.isFinite(kb) ? `${Math.round(kb / 1024)} MB` : 'n/a');
const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');
const verdict = (x, target) => (!Number.isFinite(x) ? 'n/a' : x <= target ? 'PASS' : 'MISS');

const loadStart = loadavg()[0];
const results = [];
for (const size of sizes) results.push(await benchSize(size));
const loadEnd = loadavg()[0];

const nodeVersion = process.version;
const gitVersion = execFileSync('git', ['--version'], { encoding: 'utf8' })
  .trim()
  .replace(/^git version /, '');
const lines = [];
lines.push(`### Benchmark (\`npm run bench\`)`);
lines.push('');
lines.push(
  `Each repository: N manifests in teams of 100, their evidence files (2 per workflow + shared), 4 dated commits on main and a PR commit ` +
    `changing ${changed} manifests (tenant_percent 5 → 10; every 5th also changes its orchestration pattern). Median of ${runs} run(s); ` +
    `peak memory is max RSS${gnuTime ? ' (GNU time, including git child processes)' : ' (Node process only)'}; ` +
    `floor = one \`git cat-file --batch\` + \`YAML.parse\` of the manifest blobs the check parses (both sides of each changed manifest; the full floor also every unchanged one; not the base-branch history that pacing reads). Node ${nodeVersion}, git ${gitVersion}, ${cpus().length} CPU(s).`,
);
lines.push('');
lines.push('| Manifests | PR check | PR floor | PR check RSS | Full check (`--all`) | Full floor | Full ÷ floor | Full check RSS | Full floor RSS |');
lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  lines.push(
    `| ${fmtN(r.size)} | ${sec(r.pr.wallMs)} | ${sec(r.prFloor.wallMs)} | ${mb(r.pr.maxRssKb)} | ${sec(r.full.wallMs)} | ${sec(r.fullFloor.wallMs)} | ${ratio(r.full.wallMs / r.fullFloor.wallMs)} | ${mb(r.full.maxRssKb)} | ${mb(r.fullFloor.maxRssKb)} |`,
  );
}
lines.push('');
lines.push(
  'CPU time (user + system' + (gnuTime ? ', including git child processes' : ', Node process only') + '), less sensitive to other load on the machine:',
);
lines.push('');
lines.push('| Manifests | PR check | PR floor | Full check | Full floor | Full ÷ floor |');
lines.push('|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  lines.push(
    `| ${fmtN(r.size)} | ${sec(r.pr.cpuMs)} | ${sec(r.prFloor.cpuMs)} | ${sec(r.full.cpuMs)} | ${sec(r.fullFloor.cpuMs)} | ${ratio(r.full.cpuMs / r.fullFloor.cpuMs)} |`,
  );
}
lines.push('');
lines.push('Targets (issue #3):');
lines.push('');
const small = results.reduce((a, b) => (b.size < a.size ? b : a));
const large = results.reduce((a, b) => (b.size > a.size ? b : a));
if (small !== large) {
  const x = large.pr.wallMs / small.pr.wallMs;
  const note = small.size === 200 && large.size === 20000 ? '' : ` (the issue compares 20,000 with 200; these are the sizes run)`;
  lines.push(
    `- PR check on ${fmtN(large.size)} manifests within ${PR_TARGET}× of the PR check on ${fmtN(small.size)}${note}: ${sec(large.pr.wallMs)} / ${sec(small.pr.wallMs)} = **${ratio(x)}** — **${verdict(x, PR_TARGET)}** (CPU time: ${ratio(large.pr.cpuMs / small.pr.cpuMs)})`,
  );
} else lines.push(`- PR check scaling: needs two sizes (run with e.g. \`--sizes 200,20000\`)`);
for (const r of results) {
  const x = r.full.wallMs / r.fullFloor.wallMs;
  lines.push(
    `- Full check within ${FLOOR_TARGET}× of its floor at ${fmtN(r.size)} manifests: ${sec(r.full.wallMs)} / ${sec(r.fullFloor.wallMs)} = **${ratio(x)}** — **${verdict(x, FLOOR_TARGET)}** (CPU time: ${ratio(r.full.cpuMs / r.fullFloor.cpuMs)})`,
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
      { node: nodeVersion, git: gitVersion, cpus: cores, runs, changed, rss: gnuTime ? 'gnu-time' : 'node', loadStart, loadEnd, results },
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
      `- PR check changing one source, ${fmtN(hi.size)} bound manifests within ${PR_TARGET}× of ${fmtN(lo.size)}: ${sec(hi.wallMs)} / ${sec(lo.wallMs)} = **${ratio(x)}** — **${verdict(x, PR_TARGET)}** (CPU time: ${ratio(hi.cpuMs / lo.cpuMs)})`,
    );
  }
  return out;
}
