// The README's format reference is generated from the schemas and the check catalog; this keeps it current.
// To refresh it after changing either: UPDATE_README=1 npm test -- test/docs
import { readFileSync, writeFileSync } from 'node:fs';
import { renderReference } from '../../src/docs/reference.js';

const START = '<!-- reference:start (generated from schemas/ and the check catalog) -->';
const END = '<!-- reference:end -->';

test('README.md carries the current generated format reference', () => {
  const readme = readFileSync('README.md', 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  expect(from).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  const fresh = `${START}\n${renderReference()}\n${END}`;
  if (process.env.UPDATE_README) writeFileSync('README.md', readme.slice(0, from) + fresh + readme.slice(to + END.length));
  else expect(readme.slice(from, to + END.length)).toBe(fresh);
});

test('the README documents the two commands a newcomer needs', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain('node scripts/example.mjs');
  expect(readme).toContain('npm ci && npm test');
});
