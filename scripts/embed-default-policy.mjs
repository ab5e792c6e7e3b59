// The source of src/core/policy/defaultPolicy.ts, from policies/default.yaml, so the embedded default is the
// file users read (scripts/generate.mjs writes it).
export function defaultPolicySource(text) {
  return (
    '// Generated from policies/default.yaml by `npm run generate`; a test keeps the two identical.\n' +
    "export const DEFAULT_POLICY_FILE = '<default policy>';\n" +
    `export const DEFAULT_POLICY_YAML = ${JSON.stringify(text)};\n`
  );
}
