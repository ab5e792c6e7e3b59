// Generated files are committed (the action runs without a build step); this keeps them current.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY_YAML } from '../../src/core/policy/defaultPolicy.js';

test('every generated file (default policy, policy schema, compiled validators, README reference) is current', () => {
  // Exits 1 naming each stale file and `npm run generate`.
  expect(() => execFileSync(process.execPath, ['scripts/generate.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
});

test('the embedded default policy is policies/default.yaml', () => {
  expect(DEFAULT_POLICY_YAML).toBe(readFileSync('policies/default.yaml', 'utf8'));
});
