// The committed bundles parse YAML without reading the environment per token: every read of process.env
// is a call into the runtime, and the `yaml` package's Node build makes one per token (LOG_TOKENS) and per
// document (LOG_STREAM). scripts/build.mjs bundles the package's build without those debug hooks.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { MANIFEST } from '../helpers/gate.js';
import { createRepo } from '../helpers/repo.js';

const BUNDLES = ['dist/index.js', 'dist/cli.js', 'dist/loadWorker.js'] as const;

/** The source of each bundled module: esbuild heads every module with a `// node_modules/...` comment. */
function bundledModules(text: string): string[] {
  return [...text.matchAll(/^\/\/ (node_modules\/\S+)$/gm)].map((m) => m[1] as string);
}

describe.each(BUNDLES)('%s', (bundle) => {
  const text = readFileSync(resolve(bundle), 'utf8');

  test('carries the yaml parser without its debug hooks on the environment', () => {
    expect(text).not.toMatch(/LOG_TOKENS|LOG_STREAM/);
    const yamlModules = bundledModules(text).filter((m) => m.startsWith('node_modules/yaml/'));
    expect(yamlModules.length).toBeGreaterThan(10);
    expect(yamlModules.filter((m) => !m.startsWith('node_modules/yaml/browser/'))).toEqual([]);
    expect(yamlModules).toEqual(
      expect.arrayContaining(['node_modules/yaml/browser/dist/parse/parser.js', 'node_modules/yaml/browser/dist/compose/composer.js']),
    );
  });

  test('reads process.env only in the few places that run once per process, never in the parser', () => {
    // Each hit, with the module it is in: what reads the environment, and how often.
    const lines = text.split('\n');
    let module = '(bundle)';
    const reads: string[] = [];
    for (const line of lines) {
      const header = /^\/\/ (\S+)$/.exec(line);
      if (header) module = header[1] as string;
      if (/process\.env\b/.test(line)) reads.push(module);
    }
    expect(reads.filter((m) => m.includes('yaml'))).toEqual([]);
    expect(reads.filter((m) => m.includes('src/core/'))).toEqual([]);
  });
});

test('the bundled CLI prints no token trace with LOG_TOKENS set, and judges as without it', () => {
  const repo = createRepo();
  try {
    repo.commitFiles({ ...EVIDENCE_FILES, 'README.md': 'x\n' }, 'init');
    repo.commitFiles({ [MANIFEST]: readyManifest() }, 'add rollout');
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [resolve('dist/cli.js'), 'check', '--format', 'json', '--now', '2026-06-01'], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
    const traced = run({ LOG_TOKENS: '1', LOG_STREAM: '1' });
    const plain = run({});
    expect(traced.stdout).not.toMatch(/^\| /m);
    expect(JSON.parse(traced.stdout)).toEqual(JSON.parse(plain.stdout));
    expect(traced.status).toBe(plain.status);
  } finally {
    repo.cleanup();
  }
});
