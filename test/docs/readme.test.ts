// The README's format reference is generated (`npm run generate`) from the schemas and the rule registry.
import { readFileSync } from 'node:fs';
import { renderReference, withReference } from '../../src/core/docs/generate.js';

test('README.md carries the current generated format reference', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(withReference(readme, renderReference())).toBe(readme);
});

test('the README documents the two commands a newcomer needs', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain('node scripts/example.mjs');
  expect(readme).toContain('npm ci && npm test');
});
