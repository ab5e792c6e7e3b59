// Fallback for machines without GNU time: runs a Node script in THIS process and, at exit, writes the
// process's own peak RSS and CPU time to a file. Child git processes are not included (GNU time's
// figures include them), which is why bench.mjs prefers /usr/bin/time when it works.
//
//   node scripts/bench/rss.mjs REPORT_FILE SCRIPT [ARGS...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [report, script, ...args] = process.argv.slice(2);
if (!report || !script) {
  process.stderr.write('usage: node scripts/bench/rss.mjs REPORT_FILE SCRIPT [ARGS...]\n');
  process.exit(2);
}
process.on('exit', () => {
  const u = process.resourceUsage();
  // maxRSS is in kilobytes, CPU times in microseconds.
  writeFileSync(report, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, childrenIncluded: false }));
});
const path = resolve(script);
// The script sees itself as the entry point (dist/cli.js checks process.argv[1] to decide to run).
process.argv = [process.argv[0], path, ...args];
await import(pathToFileURL(path).href);
