// `npm run bench` (history case): `rollout-gate history` over a long history against its floor, one
// `git log` over the same paths.
//
// Generates (once; cached under .bench/) a repository with 2,000 manifests and 5,000 commits on main: the
// first adds every manifest, each later one changes the exposure of two of them (an hour apart). Then
// times, `--runs` times each (median, interleaved):
//   history    node dist/cli.js history --format json --now <fixed>      (every timeline, with its verdicts)
//   timeline   node dist/cli.js history --no-verdicts --format json ...  (the timelines alone)
//   floor      git log --first-parent --raw --no-renames main -- <the 2,000 manifest paths>
// and prints the ratio of each against the target: within 2x of the floor. `history` says on stderr how
// many verdicts it judged directly and how many commits it gave a full gate run; the bench prints that too.
//
// Options: --commits 5000  --manifests 2000  --runs 3  --fresh  --cli dist/cli.js
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { manifestPath, manifestYaml, SHARED_EVIDENCE } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET = 2;
const NOW = '2026-12-01T00:00:00Z';
const START = Date.parse('2025-06-01T00:00:00Z');

const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '5000' },
    manifests: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    fresh: { type: 'boolean', default: false },
    cli: { type: 'string', default: 'dist/cli.js' },
  },
});
const commits = Number(values.commits);
const manifests = Number(values.manifests);
const runs = Number(values.runs);
for (const [name, n] of [
  ['commits', commits],
  ['manifests', manifests],
  ['runs', runs],
])
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench history: --${name} must be a positive integer\n`);
    process.exit(2);
  }
const cli = resolve(ROOT, values.cli);
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' };
const log = (text) => process.stderr.write(text + '\n');

/** The manifests commit `k` (1-based, after the first) changes, and the exposure it gives them. */
const touched = (k) => [(k * 37) % manifests, (k * 101 + 1) % manifests];
const percentAt = (k) => 5 + (k % 4) * 5;

async function generate(dir) {
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, env, stdio: ['pipe', 'inherit', 'inherit'] });
  const exited = new Promise((res, rej) => child.on('close', (code) => (code === 0 ? res() : rej(new Error(`git fast-import exited with ${code}`)))));
  const write = (text) => (child.stdin.write(text) ? Promise.resolve() : new Promise((res) => child.stdin.once('drain', res)));
  const data = (content) => `data ${Buffer.byteLength(content)}\n${content}\n`;
  for (let k = 0; k < commits; k++) {
    const when = `${Math.floor((START + k * 3_600_000) / 1000)} +0000`;
    const who = `Engineer ${k % 7} <engineer${k % 7}@example.com>`;
    let text = `commit refs/heads/main\nmark :${k + 1}\nauthor ${who} ${when}\ncommitter ${who} ${when}\n${data(k === 0 ? 'add the manifests\n' : `step ${k}\n`)}`;
    if (k > 0) text += `from :${k}\n`;
    if (k === 0) {
      for (const [p, c] of Object.entries(SHARED_EVIDENCE)) text += `M 100644 inline ${p}\n${data(c)}`;
      await write(text);
      for (let i = 0; i < manifests; i++) await write(`M 100644 inline ${manifestPath(i, manifests)}\n${data(manifestYaml(i, manifests))}`);
      await write('\n');
      continue;
    }
    for (const i of touched(k)) text += `M 100644 inline ${manifestPath(i, manifests)}\n${data(manifestYaml(i, manifests, { tenantPercent: percentAt(k) }))}`;
    await write(text + '\n');
  }
  await write('done\n');
  child.stdin.end();
  await exited;
}

/** Wall and CPU time of a command (CPU from the child's resource usage); exit codes other than `ok` fail the bench. */
function time(command, args, cwd, ok = [0]) {
  return new Promise((res, rej) => {
    const t = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', rej);
    child.on('exit', (code) => {
      const wall = performance.now() - t;
      if (!ok.includes(code)) return rej(new Error(`${command} ${args.slice(0, 3).join(' ')} exited with ${code}: ${stderr}`));
      res({ wall, stderr });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;

const repo = join(ROOT, '.bench', `history-${manifests}-${commits}`);
if (values.fresh) rmSync(repo, { recursive: true, force: true });
if (!existsSync(join(repo, '.git'))) {
  log(`bench history: generating ${manifests} manifests over ${commits} commits in ${repo}`);
  rmSync(repo, { recursive: true, force: true });
  await generate(repo);
}
const paths = Array.from({ length: manifests }, (_, i) => manifestPath(i, manifests));
const floorArgs = ['log', '--first-parent', '--raw', '--no-renames', '--no-abbrev', '--format=%H %ct %P', 'main', '--', ...paths];
const historyArgs = [cli, 'history', '--ref', 'main', '--format', 'json', '--now', NOW];

const floorMs = [];
const historyMs = [];
const timelineMs = [];
let judged = '';
for (let r = 0; r < runs; r++) {
  floorMs.push((await time('git', floorArgs, repo)).wall);
  const h = await time(process.execPath, historyArgs, repo);
  historyMs.push(h.wall);
  judged = h.stderr.trim().replace(/^rollout-gate: /, '');
  timelineMs.push((await time(process.execPath, [...historyArgs, '--no-verdicts'], repo)).wall);
}

const floor = median(floorMs);
const history = median(historyMs);
const timeline = median(timelineMs);
const ratio = history / floor;
const timelineRatio = timeline / floor;
process.stdout.write(
  [
    '',
    '### History (`rollout-gate history`)',
    '',
    `${manifests} manifests, ${commits} commits on main (each after the first changes two manifests' exposure). Median of ${runs} run(s), interleaved.`,
    '',
    '| With verdicts | Timelines alone (`--no-verdicts`) | One `git log` over the same paths | Ratio with verdicts | Ratio, timelines alone |',
    '|---:|---:|---:|---:|---:|',
    `| ${sec(history)} | ${sec(timeline)} | ${sec(floor)} | ${ratio.toFixed(2)}x | ${timelineRatio.toFixed(2)}x |`,
    '',
    `- History within ${TARGET}x of one \`git log\` over the same paths: ${sec(history)} / ${sec(floor)} = **${ratio.toFixed(2)}x** — **${ratio <= TARGET ? 'met' : 'NOT met'}** (${judged})`,
    `- Timelines alone: ${sec(timeline)} / ${sec(floor)} = ${timelineRatio.toFixed(2)}x`,
    '',
  ].join('\n'),
);
