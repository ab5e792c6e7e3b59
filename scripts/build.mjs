// Bundles the action and the CLI into self-contained ES modules under dist/, so both run with plain Node and no install.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { staleVersionModule } from './embed-version.mjs';

// The bundles carry the version from src/version.ts; refuse to build one that disagrees with package.json.
const stale = staleVersionModule();
if (stale !== null) {
  console.error(stale);
  process.exit(1);
}

// check-dist builds into a scratch directory and compares; everyone else builds into dist/.
const out = process.env.ROLLOUT_GATE_DIST_DIR ?? 'dist';

// Some bundled CommonJS dependencies call require() for Node built-ins; an ESM bundle needs a real require for that.
const banner = "import { createRequire as __rgCreateRequire } from 'node:module';\nconst require = __rgCreateRequire(import.meta.url);";

// The `yaml` package's Node build reads process.env.LOG_TOKENS once per token (and LOG_STREAM once per
// document), and every read of process.env is a call into the runtime: a sixth of a full check. The package
// also publishes a build without those debug hooks, for runtimes without process.env (its `default` export
// condition, browser/); it is the same parser, and the bundle takes it. test/bench/bundle.test.ts keeps the
// bundles free of per-token environment reads.
const yamlPackage = dirname(createRequire(import.meta.url).resolve('yaml/package.json'));
const yamlWithoutEnvReads = {
  name: 'yaml-without-env-reads',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: join(yamlPackage, 'browser/index.js') }));
  },
};

// jsonc-parser's `main` is a UMD build whose modules require() each other at run time, out of the
// bundler's sight; its `module` build is plain ES modules, which the bundle takes.
const jsoncParserPackage = dirname(createRequire(import.meta.url).resolve('jsonc-parser/package.json'));
const jsoncParserEsm = {
  name: 'jsonc-parser-esm',
  setup(b) {
    b.onResolve({ filter: /^jsonc-parser$/ }, () => ({ path: join(jsoncParserPackage, 'lib/esm/main.js') }));
  },
};

const common = {
  bundle: true,
  plugins: [yamlWithoutEnvReads, jsoncParserEsm],
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: banner },
  // ajv-formats-draft2019 (under the Argo Rollouts models' validators) calls require('punycode'), which
  // would load Node's deprecated built-in and print a warning on every run: bundle the userland package
  // it depends on instead.
  alias: { punycode: 'punycode/punycode.js' },
};

await build({ ...common, entryPoints: ['src/adapters/action/main.ts'], outfile: `${out}/index.js` });
await build({ ...common, entryPoints: ['src/adapters/cli/main.ts'], outfile: `${out}/cli.js`, banner: { js: '#!/usr/bin/env node\n' + banner } });
// Both bundles start it from beside themselves to load many manifests on every core.
await build({ ...common, entryPoints: ['src/engine/loadWorker.ts'], outfile: `${out}/loadWorker.js` });
