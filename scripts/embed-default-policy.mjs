// Writes src/policy/defaultPolicy.ts from policies/default.yaml, so the embedded default is the file users read.
import { readFileSync, writeFileSync } from 'node:fs';
const text = readFileSync('policies/default.yaml', 'utf8');
writeFileSync(
  'src/policy/defaultPolicy.ts',
  "// Generated from policies/default.yaml by scripts/embed-default-policy.mjs; a test keeps the two identical.\n" +
    "export const DEFAULT_POLICY_FILE = '<default policy>';\n" +
    `export const DEFAULT_POLICY_YAML = ${JSON.stringify(text)};\n`,
);
