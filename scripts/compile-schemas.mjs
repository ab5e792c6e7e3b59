// Writes src/core/schema/compiledValidators.ts: the manifest and policy JSON Schemas compiled ahead of time with
// ajv's standalone mode. Compiling them at start-up cost every run about 150 ms (ajv generates and evals the
// same code each time); the generated validators are the code ajv would have built, with the same options.
// scripts/generate.mjs writes it (and checks it with --check).
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';

// Must match the options documented in src/core/schema/validate.ts (allErrors and verbose feed describeErrors).
const OPTIONS = { strict: true, allErrors: true, verbose: true, allowUnionTypes: true };

export function compiledValidatorsSource() {
  const manifest = JSON.parse(readFileSync('schemas/manifest.schema.json', 'utf8'));
  const policy = JSON.parse(readFileSync('schemas/policy.schema.json', 'utf8'));
  const ajv = new Ajv({ ...OPTIONS, code: { source: true, esm: true } });
  ajv.addSchema(manifest);
  ajv.addSchema(policy);
  const code = (standalone.default ?? standalone)(ajv, { manifest: manifest.$id, policy: policy.$id });
  // ajv's ESM output still reaches its runtime helpers through require(), which an ES module lacks;
  // import them instead. Any other require() would be a new helper this script does not know yet.
  const RUNTIME = 'require("ajv/dist/runtime/ucs2length").default';
  const body = code.split(RUNTIME).join('ucs2length');
  if (/\brequire\(/.test(body)) throw new Error('compile-schemas: ajv emitted a runtime require() this script does not map; extend RUNTIME handling');
  return [
    '// Generated from schemas/*.schema.json by scripts/compile-schemas.mjs (ajv standalone); do not edit.',
    '// A test fails when it is out of date: run `npm run generate`.',
    '// @ts-nocheck',
    "import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';",
    '// Node gives a CommonJS module as its exports object, esbuild gives its `default` export: accept both.',
    "const ucs2length = typeof ucs2lengthModule === 'function' ? ucs2lengthModule : ucs2lengthModule.default;",
    body.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}

/**
 * The published schemas of the exposure-source formats (schemas/vendor/), compiled the same way into their
 * own module: a source file a manifest binds is validated against its format's own schema before it is
 * read. flagd's flag-definition schema as the flagd project publishes it; Flagger's Canary schema as its
 * CustomResourceDefinition states it; GO Feature Flag's flag schema as that project publishes it. Not strict, and formats unchecked: the published schemas use
 * keywords (`x-kubernetes-*`) and formats (`int32`) that ajv's strict mode refuses.
 */
export function compiledSourcesSource() {
  const flags = JSON.parse(readFileSync('schemas/vendor/flagd/flags.json', 'utf8'));
  const targeting = JSON.parse(readFileSync('schemas/vendor/flagd/targeting.json', 'utf8'));
  const canary = JSON.parse(readFileSync('schemas/vendor/flagger/canary.schema.json', 'utf8'));
  // GO Feature Flag publishes its schema as draft 2020-12, but it uses no keyword that draft-07 lacks
  // ($defs, $ref, properties, items): compiled as draft-07 with the other two, under an id of our own.
  const goff = {
    ...JSON.parse(readFileSync('schemas/vendor/go-feature-flag/flag-schema.json', 'utf8')),
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://gofeatureflag.org/schema/flag-schema.json',
  };
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, validateFormats: false, code: { source: true, esm: true } });
  ajv.addSchema(targeting, './targeting.json');
  ajv.addSchema(flags);
  ajv.addSchema(canary);
  ajv.addSchema(goff);
  const code = (standalone.default ?? standalone)(ajv, { flagd: flags.$id, flaggerCanary: canary.$id, goFeatureFlag: goff.$id });
  const RUNTIME = 'require("ajv/dist/runtime/ucs2length").default';
  const body = code.split(RUNTIME).join('ucs2length');
  if (/\brequire\(/.test(body)) throw new Error('compile-schemas: ajv emitted a runtime require() this script does not map; extend RUNTIME handling');
  return [
    '// Generated from schemas/vendor/ by scripts/compile-schemas.mjs (ajv standalone); do not edit.',
    '// A test fails when it is out of date: run `npm run generate`.',
    '// @ts-nocheck',
    "import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';",
    "const ucs2length = typeof ucs2lengthModule === 'function' ? ucs2lengthModule : ucs2lengthModule.default;",
    body.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}
