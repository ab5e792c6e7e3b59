// Each class of malformed input gets a located error (file, line, column) and blocks: never a crash,
// never a silent pass.
import { readyManifest } from '../fixtures/seeds.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGate } from '../../src/engine/run.js';
import { findingsOf, gateOn, lineOf, MANIFEST, NOW, runScenario } from '../helpers/gate.js';

const ready = readyManifest();

async function invalid(manifest: string | Buffer, extraHead: Record<string, string | { symlink: string }> = {}) {
  const r = await gateOn({ head: { [MANIFEST]: manifest, ...extraHead } });
  expect(r.verdict).toBe('block');
  return r;
}

describe('malformed manifests are located errors', () => {
  test('invalid YAML points at the broken line', async () => {
    const text = ready.replace('    dogfood:\n', '    dogfood: [unclosed\n');
    const r = await invalid(text);
    const [f] = findingsOf(r, 'manifest_invalid');
    expect(f).toMatchObject({ file: MANIFEST, readinessBlock: 'input' });
    expect(f!.message).toMatch(/invalid YAML/);
    expect(f!.line).toBeGreaterThanOrEqual(lineOf(text, 'dogfood: [unclosed'));
  });

  test('a wrong type names the field, the expected type and the line', async () => {
    const text = ready.replace('accounts: 20', 'accounts: "twenty"');
    const [f] = findingsOf(await invalid(text), 'manifest_invalid');
    expect(f).toMatchObject({ line: lineOf(text, 'accounts: "twenty"'), column: 17 });
    expect(f!.message).toBe('rollout_plan.stages.limited_beta.accounts must be an integer, got "twenty"');
  });

  test('an unknown key is reported at the key with a did-you-mean', async () => {
    const text = ready.replace('  stop_conditions:', '  stop_conditons:');
    const [f] = findingsOf(await invalid(text), 'manifest_invalid');
    expect(f).toMatchObject({ line: lineOf(text, 'stop_conditons:'), column: 3 });
    expect(f!.message).toBe('unknown key "stop_conditons" in rollout_plan');
    expect(f!.remediation).toMatch(/did you mean "stop_conditions"/);
  });

  test('a misspelled owner category suggests the real one', async () => {
    const text = ready.replace('    on_call: "AI Platform On-call"', '    oncall: "AI Platform On-call"');
    const [f] = findingsOf(await invalid(text), 'manifest_invalid');
    expect(f!.remediation).toMatch(/did you mean "on_call"/);
  });

  test('a duplicate key is refused at the second occurrence', async () => {
    const text = ready.replace('    risk: "Trust Steward"', '    risk: "Trust Steward"\n    risk: "Someone Else"');
    const [f] = findingsOf(await invalid(text), 'manifest_invalid');
    expect(f).toMatchObject({ line: lineOf(text, 'risk: "Someone Else"') });
    expect(f!.message).toMatch(/duplicate key/);
  });

  test('a stop condition that is not `metric operator threshold` is an error at its line', async () => {
    const text = ready.replace('"false_positive_rate > 0.20"', '"false positives get too high"');
    const [f] = findingsOf(await invalid(text), 'manifest_invalid');
    expect(f).toMatchObject({ line: lineOf(text, 'false positives get too high') });
    expect(f!.message).toMatch(/stop_conditions\[1\]: "false positives get too high" is not of the form `metric operator threshold`/);
  });

  test('current_stage must name a stage of the ladder', async () => {
    const text = ready.replace('current_stage: canary', 'current_stage: canery');
    const [f] = findingsOf(await invalid(text), 'manifest_invalid');
    expect(f).toMatchObject({ line: lineOf(text, 'current_stage: canery') });
  });

  test('a missing evidence file is located at the field that names it', async () => {
    const text = ready.replace('evidence/slo.md', 'evidence/slo-v2.md');
    const r = await invalid(text);
    expect(findingsOf(r, 'evidence_invalid')[0]).toMatchObject({
      line: lineOf(text, 'evidence/slo-v2.md'),
      message: 'evidence.slo: "evidence/slo-v2.md" does not exist at the evaluated commit',
    });
  });

  test.each([
    ['../outside.md', /leaves the repository/],
    ['/etc/passwd', /absolute path/],
    ['evidence/../../x.md', /leaves the repository/],
  ])('an evidence path escaping the repository (%s) is refused', async (path, reason) => {
    const text = ready.replace('evidence/slo.md', path);
    const [f] = findingsOf(await invalid(text), 'evidence_invalid');
    expect(f).toMatchObject({ line: lineOf(text, path) });
    expect(f!.message).toMatch(reason);
  });

  test('a symlink as evidence is refused, never followed', async () => {
    const text = ready.replace('evidence/slo.md', 'evidence/slo-link.md');
    const r = await invalid(text, { 'evidence/slo-link.md': { symlink: '/etc/hostname' } });
    expect(findingsOf(r, 'evidence_invalid')[0]!.message).toMatch(/is a symbolic link/);
  });

  test('a directory is not evidence', async () => {
    const text = ready.replace('evidence/slo.md', 'evidence');
    const r = await invalid(text);
    expect(findingsOf(r, 'evidence_invalid')[0]!.message).toMatch(/is not a regular file/);
  });

  test('evidence that exists only in the work tree does not count: files are read from the commit', async () => {
    const text = ready.replace('evidence/slo.md', 'evidence/uncommitted.md');
    const { report, repo } = await runScenario({ head: { [MANIFEST]: text } });
    writeFileSync(join(repo.dir, 'evidence/uncommitted.md'), 'present on disk only\n');
    const again = await runGate({ repoDir: repo.dir, now: NOW });
    repo.cleanup();
    expect(findingsOf(report, 'evidence_invalid')).toHaveLength(1);
    expect(again.ok && findingsOf(again.report, 'evidence_invalid')).toHaveLength(1);
  });
});
