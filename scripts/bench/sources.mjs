// Generates the exposure-source benchmark repository: N manifests (the main benchmark's, at canary on 5%
// of tenants), each bound to a flagd flag file of its own that serves 5%, in one commit on main; and a PR
// commit that changes one flag file (5% -> 10%) and nothing else. The PR check must find the one manifest
// that binds it, and its cost must not grow with N. One `git fast-import` stream; nothing is checked out.
//   node scripts/bench/sources.mjs DIR MANIFESTS
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMIT_DATES, SHARED_EVIDENCE, manifestPath, manifestYaml } from './generate.mjs';

const IDENT = 'Rollout Bench <bench@example.com>';
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' };

/** Repository path of the flag file manifest `i` binds. */
export function flagPath(i, manifests) {
  return manifestPath(i, manifests)
    .replace(/^rollouts\//, 'flags/')
    .replace(/\.yaml$/, '.flagd.json');
}

/** flagd flag file `i`, serving `on` to `percent`% of evaluations. */
export function flagFile(i, percent) {
  const flag = {
    state: 'ENABLED',
    variants: { on: true, off: false },
    defaultVariant: 'off',
    targeting: { fractional: [{ cat: [{ var: '$flagd.flagKey' }, { var: 'targetingKey' }] }, ['on', percent], ['off', 100 - percent]] },
  };
  return JSON.stringify({ $schema: 'https://flagd.dev/schema/v0/flags.json', flags: { [`workflow-${i}`]: flag } }, null, 2) + '\n';
}

/** Manifest `i` of the main benchmark, bound to its flag file. */
export function boundManifestYaml(i, manifests) {
  return `${manifestYaml(i, manifests, { stage: 'canary', tenantPercent: 5 })}  exposure_sources:\n    - kind: flagd\n      path: ${flagPath(i, manifests)}\n      flag: workflow-${i}\n      variant: "on"\n`;
}

/** The index of the manifest whose flag file the PR changes: in the middle, so no listing order favours it. */
export const changedSource = (manifests) => Math.floor(manifests / 2);

export async function generateSourcesRepo({ dir, manifests }) {
  dir = resolve(dir);
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty`);
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, env, stdio: ['pipe', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((res, rej) => {
    child.on('error', rej);
    child.on('close', (code) => (code === 0 ? res() : rej(new Error(`git fast-import exited with ${code}: ${stderr}`))));
  });
  const write = (buf) => (child.stdin.write(buf) ? Promise.resolve() : new Promise((r) => child.stdin.once('drain', r)));
  const data = (content) => {
    const body = Buffer.from(content, 'utf8');
    return Buffer.concat([Buffer.from(`data ${body.length}\n`), body, Buffer.from('\n')]);
  };
  let mark = 0;
  const commit = async (ref, date, message, parent, files) => {
    mark += 1;
    const when = `${Math.floor(Date.parse(date) / 1000)} +0000`;
    await write(Buffer.from(`commit ${ref}\nmark :${mark}\nauthor ${IDENT} ${when}\ncommitter ${IDENT} ${when}\n`));
    await write(data(message));
    if (parent) await write(Buffer.from(`from :${parent}\n`));
    for (const [path, content] of files) {
      await write(Buffer.from(`M 100644 inline ${path}\n`));
      await write(data(content));
    }
    await write(Buffer.from('\n'));
    return mark;
  };
  function* initialFiles() {
    for (const [p, c] of Object.entries(SHARED_EVIDENCE)) yield [p, c];
    for (let i = 0; i < manifests; i++) {
      const evidence = manifestPath(i, manifests)
        .replace(/^rollouts\//, 'evidence/')
        .replace(/\.yaml$/, '');
      yield [`${evidence}/offline-eval.md`, `workflow ${i}: precision_at_top_10 = 0.${86 + (i % 10)} on the holdout set\n`];
      yield [`${evidence}/shadow-report.md`, `workflow ${i}: 14 days of shadow comparison, 0 severity-1 differences\n`];
      yield [manifestPath(i, manifests), boundManifestYaml(i, manifests)];
      yield [flagPath(i, manifests), flagFile(i, 5)];
    }
  }
  const changed = changedSource(manifests);
  const c1 = await commit('refs/heads/main', COMMIT_DATES.initial, `Add ${manifests} manifests bound to their flag files\n`, null, initialFiles());
  await commit('refs/heads/pr', COMMIT_DATES.pr, `Raise one flag to 10%\n`, c1, [[flagPath(changed, manifests), flagFile(changed, 10)]]);
  await write(Buffer.from('done\n'));
  child.stdin.end();
  await exited;
  const rev = (ref) => execFileSync('git', ['rev-parse', ref], { cwd: dir, env, encoding: 'utf8' }).trim();
  return {
    dir,
    manifests,
    base: rev('refs/heads/main'),
    head: rev('refs/heads/pr'),
    changedManifest: manifestPath(changed, manifests),
    changedSource: flagPath(changed, manifests),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    process.stderr.write('usage: node scripts/bench/sources.mjs DIR MANIFESTS\n');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(await generateSourcesRepo({ dir, manifests: Number(n) }), null, 2) + '\n');
}
