// action.yml is the action's public interface; these checks keep it and the code that reads it in step.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readInputs } from '../../../src/adapters/action/inputs.js';
import { GATE_INPUTS, REPORTING_INPUTS } from '../../../src/core/gateWorkflow/compare.js';

const ROOT = resolve(import.meta.dirname, '../../..');
interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

test("runs the committed bundle on the runner's Node 24", () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  expect(action.branding.icon).toBeTruthy();
  expect(action.branding.color).toBeTruthy();
});

test('declares exactly the inputs the action reads, each optional and described', () => {
  const read: string[] = [];
  readInputs((name) => (read.push(name), ''), {}, '/w');
  expect(Object.keys(action.inputs).sort()).toEqual([...new Set(read)].sort());
  for (const input of Object.values(action.inputs)) {
    expect(input.description.length).toBeGreaterThan(10);
    expect(input.required ?? false).toBe(false);
  }
});

test('the defaults in action.yml mean what the code does when an input is empty', () => {
  const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? '']));
  expect(defaults['github-token']).toBe('${{ github.token }}');
  const env = { RUNNER_TEMP: '/t' };
  const fromDefaults = readInputs((name) => (name === 'github-token' ? 'x' : (defaults[name] ?? '').trim()), env, '/w');
  const fromEmpty = readInputs((name) => (name === 'github-token' ? 'x' : ''), env, '/w');
  expect(fromDefaults).toEqual(fromEmpty);
});

test('declares the outputs the action sets', () => {
  const main = readFileSync(join(ROOT, 'src/adapters/action/main.ts'), 'utf8');
  const set = [...main.matchAll(/core\.setOutput\('([^']+)'/g)].map((m) => m[1]);
  expect(Object.keys(action.outputs).sort()).toEqual([...new Set(set)].sort());
});

/** The first column of the table under a README heading: the names it documents, in order. */
function readmeTable(heading: string): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const rows =
    readme
      .slice(start + heading.length + 2)
      .trimStart()
      .split('\n\n')[0] ?? '';
  return rows
    .split('\n')
    .slice(2)
    .map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1] ?? `unreadable row: ${row}`);
}

test("the README's Inputs and Outputs tables document exactly action.yml's inputs and outputs", () => {
  expect(readmeTable('### Inputs').sort()).toEqual(Object.keys(action.inputs).sort());
  expect(readmeTable('### Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
});

test("every input is either one the gate's integrity check guards (a change blocks) or a reporting one", () => {
  // A new input left out of both lists would let a pull request change it with only a warning.
  expect([...GATE_INPUTS, ...REPORTING_INPUTS].sort()).toEqual(Object.keys(action.inputs).sort());
});
