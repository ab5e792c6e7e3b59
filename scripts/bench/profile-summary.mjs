// Summarises a V8 .cpuprofile (from `node --cpu-prof dist/cli.js ...`): self time by function and by
// source module. dist/cli.js is an esbuild bundle whose `// src/...` and `// node_modules/...` comments
// mark where each module starts; those map bundle lines back to modules.
//
//   node scripts/bench/profile-summary.mjs PROFILE.cpuprofile [--bundle dist/cli.js] [--top 25]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { bundle: { type: 'string', default: 'dist/cli.js' }, top: { type: 'string', default: '25' } },
});
const [file] = positionals;
if (!file) {
  process.stderr.write('usage: node scripts/bench/profile-summary.mjs PROFILE.cpuprofile [--bundle dist/cli.js] [--top 25]\n');
  process.exit(2);
}
const top = Number(values.top);
const profile = JSON.parse(readFileSync(file, 'utf8'));

// Module starts in the bundle: [line (0-based), module].
const starts = [];
try {
  readFileSync(values.bundle, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /^\/\/ (?:\S*\/)?((?:src|node_modules)\/\S+)$/.exec(line);
      if (m) starts.push([i, m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1 (dep)')]);
    });
} catch {
  /* no bundle: modules by URL only */
}
const moduleAt = (url, line) => {
  if (!url) return '(native / gc / idle)';
  if (!url.endsWith('cli.js') || starts.length === 0) return url.startsWith('node:') ? url : url.startsWith('file:') ? fileURLToPath(url) : url;
  let lo = 0;
  let hi = starts.length - 1;
  let best = '(bundle prelude)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid][0] <= line) {
      best = starts[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
};

// Self time per node: samples * interval (timeDeltas give the exact spacing).
const selfUs = new Map();
const { nodes, samples, timeDeltas } = profile;
for (let i = 0; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const byFn = new Map();
const byModule = new Map();
for (const n of nodes) {
  const us = selfUs.get(n.id) ?? 0;
  if (!us) continue;
  const cf = n.callFrame;
  const mod = moduleAt(cf.url, cf.lineNumber);
  const fnKey = `${cf.functionName || '(anonymous)'}  [${mod}${cf.url ? `:${cf.lineNumber + 1}` : ''}]`;
  byFn.set(fnKey, (byFn.get(fnKey) ?? 0) + us);
  byModule.set(mod, (byModule.get(mod) ?? 0) + us);
}
const show = (title, map) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, us] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}\n`);
  }
};
process.stdout.write(`total sampled: ${(total / 1000).toFixed(0)} ms (${samples.length} samples)\n`);
show('self time by module', byModule);
show('self time by function', byFn);
