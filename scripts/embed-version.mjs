// Writes src/version.ts from package.json's "version", so the CLI's --version and every report carry the
// version the package is published under, with package.json the one place it is set.
//   node scripts/embed-version.mjs           rewrite the file
//   node scripts/embed-version.mjs --check   exit 1 when the committed file is not what package.json gives
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const VERSION_MODULE = 'src/version.ts';

/** The source src/version.ts must have for the package.json in the working directory. */
export function versionSource() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  // Semantic-versioning characters only: the value is pasted into TypeScript source.
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/.test(version)) {
    throw new Error(`package.json: "version" must be a semantic version such as 1.2.3; got ${JSON.stringify(version)}`);
  }
  return [
    '// Generated from package.json by scripts/embed-version.mjs; do not edit. A test keeps the two identical.',
    `export const TOOL_VERSION = '${version}';`,
    '',
  ].join('\n');
}

/** A message naming the fix when src/version.ts is missing or differs from package.json, else null. */
export function staleVersionModule() {
  let committed = null;
  try {
    committed = readFileSync(VERSION_MODULE, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  return committed === versionSource() ? null : `${VERSION_MODULE} does not match package.json's version; run \`npm run generate\` and commit it.`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    if (process.argv.includes('--check')) {
      const stale = staleVersionModule();
      if (stale !== null) throw new Error(stale);
    } else {
      writeFileSync(VERSION_MODULE, versionSource());
    }
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
