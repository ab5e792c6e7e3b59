// Regenerates every generated file from its source:
//   src/core/policy/defaultPolicy.ts       from policies/default.yaml
//   src/version.ts                    from package.json's version (scripts/embed-version.mjs)
//   schemas/policy.schema.json        from the rule registry's settings (src/core/docs/policySchema.ts)
//   src/core/schema/compiledValidators.ts  from schemas/ (ajv standalone, scripts/compile-schemas.mjs)
//   src/core/sources/compiledSources.ts      from schemas/vendor/ (the source formats' published schemas)
//   README.md's reference section     from the manifest schema and the rule registry
//   node scripts/generate.mjs           rewrite them
//   node scripts/generate.mjs --check   exit 1, naming each stale file, when any differs from what is committed
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledSourcesSource, compiledValidatorsSource } from './compile-schemas.mjs';
import { defaultPolicySource } from './embed-default-policy.mjs';
import { VERSION_MODULE, versionSource } from './embed-version.mjs';

const check = process.argv.includes('--check');
// Inside the project, so the bundle's external packages resolve from node_modules.
mkdirSync('node_modules/.cache', { recursive: true });
const scratch = mkdtempSync(join('node_modules/.cache', 'rollout-gate-generate-'));
try {
  // The registry is TypeScript: bundle the generator entry once and load it.
  const entry = join(scratch, 'generate.mjs');
  await build({
    entryPoints: ['src/core/docs/generate.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: entry,
    logLevel: 'warning',
    packages: 'external',
  });
  const gen = await import(pathToFileURL(resolve(entry)).href);

  const stale = [];
  const emit = (file, text) => {
    let committed = null;
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (committed === text) return;
    if (check) stale.push(file);
    else writeFileSync(file, text);
  };
  emit('src/core/policy/defaultPolicy.ts', defaultPolicySource(readFileSync('policies/default.yaml', 'utf8')));
  emit(VERSION_MODULE, versionSource());
  emit('schemas/policy.schema.json', gen.policySchemaText());
  // Compiled from the files on disk: in --check mode a stale schema is already reported above.
  emit('src/core/schema/compiledValidators.ts', compiledValidatorsSource());
  emit('src/core/sources/compiledSources.ts', compiledSourcesSource());
  emit('README.md', gen.withReference(readFileSync('README.md', 'utf8'), gen.renderReference()));
  if (stale.length > 0) {
    process.stderr.write(`out of date: ${stale.join(', ')}; run \`npm run generate\` and commit the result.\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
