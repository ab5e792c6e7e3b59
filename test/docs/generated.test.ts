// Generated sources are committed (the action runs without a build step); these tests keep them current.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY_YAML } from '../../src/policy/defaultPolicy.js';

test('the compiled schema validators are what the schemas in schemas/ compile to', () => {
  // Exits 1 with a message naming `npm run generate` when schemas/ changed without regenerating.
  expect(() => execFileSync(process.execPath, ['scripts/compile-schemas.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
});

test('the embedded default policy is policies/default.yaml', () => {
  expect(DEFAULT_POLICY_YAML).toBe(readFileSync('policies/default.yaml', 'utf8'));
});
