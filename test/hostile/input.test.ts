// Hostile input (issue #5): each bad input is committed into a real repository as a pull request over a
// base commit. The gate must answer with a located finding and a block, never throw, stay within a time
// bound, never read outside the repository and never touch the JavaScript prototypes.
import { STAGES } from '../../src/core/policy/coreSettings.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadManifest, loadPolicy } from '../../src/core/load/documents.js';
import { MAX_SOURCE_BYTES } from '../../src/core/parse/yamlSource.js';
import { renderJson } from '../../src/core/render/json.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderText } from '../../src/core/render/text.js';
import type { Report } from '../../src/core/report/model.js';
import { readyManifest, SEED_POLICY } from '../fixtures/seeds.js';
import { fieldLabel, fullExample, withValueAt, wrongValueFor, yamlOf } from '../helpers/arbitraries.js';
import { lineOf } from '../helpers/gate.js';
import { expectLocated, expectNoPollution, findingsIn, gatePr, printTimings, prototypeSnapshot, recordTiming } from './support.js';

const READY = readyManifest();
const M = 'rollouts/renewal-risk.yaml';

afterAll(() => printTimings('test/hostile/input.test.ts'));

/** One workflow has one manifest: files that each stand for a rollout of their own get a workflow name of their own. */
const ownWorkflows = (files: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(files).map(([file, text]) => [file, text.replace('"AI renewal-risk assistant"', JSON.stringify(`AI renewal-risk assistant ${file}`))]),
  );

/** The gate blocked, every finding is located, and `file` has a finding of `check` at `line`. */
function expectBlockedAt(report: Report, file: string, check: string, line: number, message?: RegExp): void {
  expect(report.verdict).toBe('block');
  expectLocated(report);
  const hits = findingsIn(report, file, check);
  expect(hits.map((f) => f.line)).toContain(line);
  if (message)
    expect(
      hits
        .filter((f) => f.line === line)
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(message);
  const result = report.manifests.find((m) => m.file === file);
  if (result) expect(result.verdict).toBe('block');
}

describe('YAML aliases, anchors and merge keys', () => {
  const billionLaughs = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...'bcdefghi'.split('').map(
      (k, i) =>
        `${k}: &${k} [${Array(9)
          .fill(`*${'abcdefghi'[i] ?? ''}`)
          .join(',')}]`,
    ),
    '',
  ].join('\n');

  test('a billion-laughs alias bomb, a self-referencing alias and a merge key are refused where they start', async () => {
    const files = {
      'rollouts/bomb.yaml': billionLaughs,
      'rollouts/self.yaml': 'rollout_plan: &loop\n  workflow: w\n  stages: {a: {}}\n  again: *loop\n',
      'rollouts/self-key.yaml': '&k rollout_plan: *k\n',
      'rollouts/alias-only.yaml': 'rollout_plan:\n  workflow: *nowhere\n  stages: {a: {}}\n',
      'rollouts/merge.yaml': 'rollout_plan:\n  <<: {workflow: w}\n  stages: {a: {}}\n',
    };
    const { report } = await gatePr('alias bomb / self alias / merge key', { head: files });
    expectBlockedAt(report, 'rollouts/bomb.yaml', 'manifest_invalid', 1, /anchor &a is not allowed/);
    expectBlockedAt(report, 'rollouts/self.yaml', 'manifest_invalid', 1, /anchor &loop is not allowed/);
    expectBlockedAt(report, 'rollouts/self-key.yaml', 'manifest_invalid', 1);
    expectBlockedAt(report, 'rollouts/alias-only.yaml', 'manifest_invalid', 2);
    expectBlockedAt(report, 'rollouts/merge.yaml', 'manifest_invalid', 2, /merge keys/);
  });

  test('the bomb is refused without being expanded (pure parser, bounded)', () => {
    const start = performance.now();
    const r = loadManifest('bomb.yaml', billionLaughs.replace(/\n$/, '\nj: &j [*i,*i,*i,*i,*i,*i,*i,*i,*i]\n'));
    recordTiming('alias bomb (parser only)', performance.now() - start);
    expect(r.ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('deep nesting', () => {
  const deep: Record<string, string> = {
    'rollouts/deep-open.yaml': '['.repeat(10_000),
    'rollouts/deep-balanced.yaml': '['.repeat(10_000) + ']'.repeat(10_000),
    'rollouts/deep-maps.yaml': 'rollout_plan: ' + '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000),
    'rollouts/deep-dashes.yaml': '- '.repeat(10_000) + 'x\n',
    'rollouts/deep-keys.yaml': '? '.repeat(10_000) + 'x\n',
    'rollouts/deep-block.yaml': Array.from({ length: 600 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1\n',
    'rollouts/deep-compact.yaml': Array.from({ length: 300 }, (_, i) => ' '.repeat(2 * i) + '- a:').join('\n') + ' 1\n',
  };

  // Before the nesting pre-scan, the second such file in one process killed Node outright
  // ("FATAL ERROR: RegExpCompiler Allocation failed"); all of them go through one run here.
  test('10,000 nested brackets, maps, dashes, keys and indentation levels: one located finding each, no crash', async () => {
    const { report } = await gatePr('deep nesting (7 files, 10,000 levels)', { head: deep });
    for (const file of Object.keys(deep)) {
      const [f] = findingsIn(report, file, 'manifest_invalid');
      expect(f?.message).toBe('YAML nesting is deeper than 64 levels');
      expect(f!.line).toBeGreaterThanOrEqual(1);
    }
    expect(findingsIn(report, 'rollouts/deep-open.yaml')[0]).toMatchObject({ line: 1 });
    expect(findingsIn(report, 'rollouts/deep-block.yaml')[0]!.line).toBeGreaterThan(30);
    expect(report.verdict).toBe('block');
  });

  test('nesting within the limit still parses', () => {
    const nested = 'rollout_plan:\n  workflow: w\n  stages: {a: {}}\n  stop_conditions: ' + '['.repeat(20) + ']'.repeat(20) + '\n';
    const r = loadManifest('n.yaml', nested);
    // Parsed: the error is the schema's (a list is not a condition), not a nesting refusal.
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.message).join('\n')).not.toMatch(/nesting/);
  });
});

describe('size', () => {
  test('a manifest one byte over the cap is refused before parsing; one at the cap is read', async () => {
    const atCap = READY + '#' + 'x'.repeat(MAX_SOURCE_BYTES - Buffer.byteLength(READY) - 2) + '\n';
    expect(Buffer.byteLength(atCap)).toBe(MAX_SOURCE_BYTES);
    // Over the cap, and broken YAML after the cap: it must not even be parsed.
    const over = atCap + '[';
    const huge = Buffer.alloc(20 * 1024 * 1024, 'a: [');
    const { report } = await gatePr('over the size cap (256 KiB + 1, 20 MiB)', {
      head: { 'rollouts/at-cap.yaml': atCap, 'rollouts/over-cap.yaml': over, 'rollouts/huge.yaml': huge },
    });
    expectBlockedAt(report, 'rollouts/over-cap.yaml', 'manifest_invalid', 1, new RegExp(`over the ${MAX_SOURCE_BYTES}-byte limit`));
    expectBlockedAt(report, 'rollouts/huge.yaml', 'manifest_invalid', 1, /limit/);
    expect(findingsIn(report, 'rollouts/over-cap.yaml')).toHaveLength(1);
    expect(findingsIn(report, 'rollouts/at-cap.yaml')).toEqual([]);
    expect(report.manifests.find((m) => m.file === 'rollouts/at-cap.yaml')?.verdict).toBe('pass');
  });

  test('the parser refuses an oversized string itself (callers that skip the BlobReader)', () => {
    const r = loadManifest('big.yaml', 'a: ' + 'b'.repeat(MAX_SOURCE_BYTES));
    expect(r).toMatchObject({ ok: false, problems: [{ line: 1, column: 1, message: expect.stringMatching(/over the 262144-byte limit/) }] });
  });

  test('a 256 KiB manifest with 13,000 stop conditions or 18,000 unknown keys stays linear', () => {
    const conditions =
      'rollout_plan:\n  workflow: w\n  stages: {a: {}}\n  stop_conditions:\n' + Array.from({ length: 13_000 }, (_, i) => `    - "m${i} > 1"`).join('\n') + '\n';
    const keys = 'rollout_plan:\n  workflow: w\n  stages: {a: {}}\n  owners:\n' + Array.from({ length: 18_000 }, (_, i) => `    k${i}: 1`).join('\n') + '\n';
    for (const [label, text] of [
      ['13,000 stop conditions (parser only)', conditions],
      ['18,000 unknown keys (parser only)', keys],
    ] as const) {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_SOURCE_BYTES);
      const start = performance.now();
      const r = loadManifest('wide.yaml', text);
      const ms = performance.now() - start;
      recordTiming(label, ms);
      expect(ms).toBeLessThan(10_000);
      if (label.startsWith('18')) expect(r.ok ? [] : r.problems).toHaveLength(18_000);
    }
  });
});

describe('document structure', () => {
  test('multi-document files, duplicate keys, empty and blank files, tagged collections and complex keys are located errors', async () => {
    const dupNested = READY.replace('    risk: "Trust Steward"', '    risk: "Trust Steward"\n    risk: "Someone Else"');
    const files = {
      'rollouts/two-docs.yaml': READY + '---\n' + READY,
      'rollouts/doc-markers.yaml': '---\n---\n',
      'rollouts/dup-top.yaml': 'rollout_plan:\n  workflow: a\n  stages: {a: {}}\nrollout_plan:\n  workflow: b\n',
      'rollouts/dup-nested.yaml': dupNested,
      'rollouts/dup-number-string.yaml': 'rollout_plan:\n  workflow: w\n  stages:\n    1: {}\n    "1": {}\n',
      'rollouts/empty.yaml': '',
      'rollouts/blank.yaml': '  \n\t\n\n',
      'rollouts/comment-only.yaml': '# nothing here\n',
      'rollouts/null.yaml': '~\n',
      'rollouts/scalar.yaml': 'just a string\n',
      'rollouts/list.yaml': '- rollout_plan: {}\n',
      'rollouts/omap.yaml': 'rollout_plan:\n  workflow: w\n  stages: !!omap [a: {}]\n',
      'rollouts/complex-key.yaml': 'rollout_plan:\n  workflow: w\n  ? [a, b]\n  : c\n',
    };
    const { report } = await gatePr('multi-document / duplicate keys / empty', { head: files });
    const readyLines = READY.split('\n').length;
    expectBlockedAt(report, 'rollouts/two-docs.yaml', 'manifest_invalid', readyLines, /more than one YAML document/);
    expectBlockedAt(report, 'rollouts/doc-markers.yaml', 'manifest_invalid', 2, /more than one YAML document/);
    expectBlockedAt(report, 'rollouts/dup-top.yaml', 'manifest_invalid', 4, /duplicate key/);
    expectBlockedAt(report, 'rollouts/dup-nested.yaml', 'manifest_invalid', lineOf(dupNested, 'Someone Else'), /duplicate key/);
    expectBlockedAt(report, 'rollouts/dup-number-string.yaml', 'manifest_invalid', 5, /duplicate key/);
    for (const f of ['empty', 'blank']) expectBlockedAt(report, `rollouts/${f}.yaml`, 'manifest_invalid', 1, /file is empty/);
    for (const f of ['comment-only', 'null', 'scalar', 'list']) expectBlockedAt(report, `rollouts/${f}.yaml`, 'manifest_invalid', 1, /must be an object/);
    expectBlockedAt(report, 'rollouts/omap.yaml', 'manifest_invalid', 3, /unsupported YAML node/);
    expectBlockedAt(report, 'rollouts/complex-key.yaml', 'manifest_invalid', 3, /keys must be plain scalars/);
    expect(report.manifests).toHaveLength(Object.keys(files).length);
  });
});

describe('__proto__ and constructor keys', () => {
  const protoManifest = [
    '__proto__:',
    '  polluted: yes',
    'rollout_plan:',
    '  workflow: w',
    '  constructor: {prototype: {polluted: yes}}',
    '  stages:',
    '    constructor: {exit: [x]}',
    '    toString: {}',
    '  owners:',
    '    __proto__: {polluted: yes}',
    '  capabilities:',
    '    constructor: {access: read, __proto__: {polluted: yes}}',
    '',
  ].join('\n');
  // A manifest going live at a stage named "constructor": it is not on the conventional ladder, so the
  // initial-stage check cannot place it (before the fix, the ladder lookup found Object and said "not beyond").
  const ctorLive = [
    'rollout_plan:',
    '  workflow: w',
    '  current_stage: constructor',
    '  stages:',
    '    hasOwnProperty: {exit: [x]}',
    '    constructor: {users: "every customer"}',
    '',
  ].join('\n');
  const protoPolicy = [
    'rollout:',
    '  rollout_mode: {initial: canary}',
    '  stages:',
    '    constructor: {owners: [risk], require: [slo_defined]}',
    '    __proto__: {owners: [data]}',
    '  custom_checks:',
    '    - id: constructor',
    '      block: observability',
    '      message: the workflow must be named',
    '      schema:',
    '        type: object',
    '        required: [signed_off]',
    '        properties:',
    '          __proto__: {type: object, properties: {polluted: {const: true}}}',
    '          constructor: {type: object}',
    '',
  ].join('\n');

  test('in manifests and in the base policy: located findings, no pollution, no crash', async () => {
    const before = prototypeSnapshot();
    const { report } = await gatePr('__proto__ / constructor keys', {
      base: { 'policies/proto.yaml': protoPolicy },
      head: { 'rollouts/proto.yaml': protoManifest, 'rollouts/ctor-live.yaml': ctorLive },
    });
    expectNoPollution(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expectBlockedAt(report, 'rollouts/proto.yaml', 'manifest_invalid', 1, /unknown key "__proto__" in the document/);
    expectBlockedAt(report, 'rollouts/proto.yaml', 'manifest_invalid', 5, /unknown key "constructor" in rollout_plan/);
    expectBlockedAt(report, 'rollouts/proto.yaml', 'manifest_invalid', 10, /unknown key "__proto__" in rollout_plan.owners/);
    expectBlockedAt(report, 'rollouts/proto.yaml', 'manifest_invalid', 12, /unknown key "__proto__" in rollout_plan.capabilities.constructor/);
    // The policy's "__proto__" stage stays an ordinary key, and its "constructor" check and stage work.
    expect(findingsIn(report, 'policies/proto.yaml')).toEqual([]);
    const live = findingsIn(report, 'rollouts/ctor-live.yaml');
    expect(live.find((f) => f.check === 'initial_stage_respected')).toMatchObject({
      line: 6,
      severity: 'block',
      message: expect.stringMatching(/cannot tell whether stage "constructor"/),
    });
    expect(live.find((f) => f.check === 'constructor')).toMatchObject({ severity: 'block', message: 'the workflow must be named' });
    expect(
      live
        .filter((f) => f.check === 'owners_named')
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(/risk owner/);
    expect(live.map((f) => f.message).join('\n')).toMatch(/SLO/);
    expect(report.verdict).toBe('block');
  });

  test('the pure loaders keep __proto__ an own key of a prototype-free object', () => {
    const before = prototypeSnapshot();
    const r = loadPolicy('p.yaml', protoPolicy);
    expect(r.ok).toBe(true);
    if (r.ok) {
      const stages = r.value.get(STAGES);
      expect(Object.keys(stages).sort()).toEqual(['__proto__', 'constructor']);
      expect(Object.getPrototypeOf(stages)).toBeNull();
    }
    const m = loadManifest('m.yaml', ctorLive);
    expect(m.ok && Object.getPrototypeOf(m.value.raw)).toBeNull();
    expectNoPollution(before);
  });
});

describe('wrong types for every field of the schemas', () => {
  for (const name of ['manifest', 'policy'] as const) {
    const { doc, fields } = fullExample(name);
    const load = name === 'manifest' ? loadManifest : loadPolicy;

    test(`the full ${name} example (every field set) is valid`, () => {
      const r = load('full.yaml', yamlOf(doc));
      expect(r.ok ? [] : r.problems).toEqual([]);
      expect(fields.length).toBeGreaterThan(name === 'manifest' ? 80 : 25);
    });

    test(`each of the ${name} fields with a wrong type gives a located error naming it (LF and CRLF)`, () => {
      for (const field of fields) {
        for (const eol of ['\n', '\r\n'] as const) {
          const { text, line, column } = withValueAt(doc, field.path, wrongValueFor(name, field), eol);
          const r = load('wrong.yaml', text);
          expect(r.ok).toBe(false);
          const problems = r.ok ? [] : r.problems;
          const label = fieldLabel(field.path);
          const hit = problems.find((p) => p.line === line && p.column === column && p.message.startsWith(label));
          if (!hit) throw new Error(`${name} field ${label} (${JSON.stringify(eol)}): expected an error at ${line}:${column}, got ${JSON.stringify(problems)}`);
        }
      }
    });
  }

  test('committed as one pull request (manifests) and one base commit (policies): every file blocks at its field', async () => {
    const manifests = fullExample('manifest');
    const policies = fullExample('policy');
    const head: Record<string, string> = {};
    const base: Record<string, string> = {};
    const expected: [string, number, string][] = [];
    manifests.fields.forEach((field, i) => {
      const { text, line } = withValueAt(manifests.doc, field.path, wrongValueFor('manifest', field));
      head[`rollouts/wrong/${String(i).padStart(3, '0')}.yaml`] = text;
      expected.push([`rollouts/wrong/${String(i).padStart(3, '0')}.yaml`, line, 'manifest_invalid']);
    });
    policies.fields.forEach((field, i) => {
      const { text, line } = withValueAt(policies.doc, field.path, wrongValueFor('policy', field));
      base[`policies/wrong-${String(i).padStart(3, '0')}.yaml`] = text;
      expected.push([`policies/wrong-${String(i).padStart(3, '0')}.yaml`, line, 'policy_invalid']);
    });
    const { report } = await gatePr(`wrong types (${manifests.fields.length} manifests, ${policies.fields.length} policies)`, { base, head, bulk: true });
    for (const [file, line, check] of expected) expectBlockedAt(report, file, check, line);
  });
});

describe('encodings and line endings', () => {
  test('non-UTF-8, binary and UTF-16 files are refused at line 1', async () => {
    const files: Record<string, Buffer> = {
      'rollouts/latin1.yaml': Buffer.from('rollout_plan:\n  workflow: caf\xe9\n', 'latin1'),
      'rollouts/overlong.yaml': Buffer.concat([Buffer.from('rollout_plan:\n  workflow: '), Buffer.from([0xc0, 0xaf]), Buffer.from('\n')]),
      'rollouts/surrogate.yaml': Buffer.concat([Buffer.from('a: '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]),
      'rollouts/nul.yaml': Buffer.from('rollout_plan:\n  workflow: a\u0000b\n'),
      'rollouts/png.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'rollouts/utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('rollout_plan:\n', 'utf16le')]),
      'rollouts/random.yaml': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
    };
    const { report } = await gatePr('non-UTF-8 / binary', { head: files });
    for (const file of ['latin1', 'overlong', 'surrogate']) expectBlockedAt(report, `rollouts/${file}.yaml`, 'manifest_invalid', 1, /not valid UTF-8/);
    for (const file of ['nul', 'png', 'utf16', 'random']) expectBlockedAt(report, `rollouts/${file}.yaml`, 'manifest_invalid', 1, /binary/);
  });

  test('CRLF (with or without a BOM) parses like LF and reports the same lines; CR-only fails closed', async () => {
    const crlf = READY.replace(/\n/g, '\r\n');
    const broken = READY.replace('days: 14', 'days: "fourteen"');
    const { report } = await gatePr('CRLF line endings', {
      head: ownWorkflows({
        'rollouts/crlf.yaml': crlf,
        'rollouts/bom-crlf.yaml': '\ufeff' + crlf,
        'rollouts/broken-crlf.yaml': broken.replace(/\n/g, '\r\n'),
        'rollouts/broken-lf.yaml': broken,
        'rollouts/cr-only.yaml': READY.replace(/\n/g, '\r'),
      }),
    });
    for (const f of ['crlf', 'bom-crlf']) expect(report.manifests.find((m) => m.file === `rollouts/${f}.yaml`)?.verdict).toBe('pass');
    const line = lineOf(broken, 'days: "fourteen"');
    const crlfHit = findingsIn(report, 'rollouts/broken-crlf.yaml', 'manifest_invalid');
    const lfHit = findingsIn(report, 'rollouts/broken-lf.yaml', 'manifest_invalid');
    expect(crlfHit).toHaveLength(1);
    expect(crlfHit[0]).toMatchObject({ line, column: 11 });
    expect({ ...crlfHit[0], file: '' }).toEqual({ ...lfHit[0], file: '' });
    // A lone CR is not a YAML line break: the whole file is the first comment line, i.e. nothing.
    expectBlockedAt(report, 'rollouts/cr-only.yaml', 'manifest_invalid', 1);
  });
});

describe('file names', () => {
  const names = [
    'rollouts/with space.yaml',
    'rollouts/ünïcødé-渲染.yaml',
    'rollouts/nfd-cafe\u0301.yaml',
    'rollouts/new\nline.yaml',
    'rollouts/tab\there.yaml',
    'rollouts/-leading-dash.yaml',
    'rollouts/--help.yaml',
    'rollouts/"quoted" \'name\'.yaml',
    'rollouts/back\\slash.yaml',
    'rollouts/:(glob)*?[x].yaml',
    'rollouts/sub dir/-x.yml',
  ];

  test('manifests under rollouts/ with odd names are found and reported with their exact names', async () => {
    const head: Record<string, string> = {};
    // Valid YAML, wrong schema: every file gets a finding that must carry its exact name.
    for (const n of names) head[n] = 'rollout_plan:\n  workflow: 42\n  stages: {a: {}}\n';
    head['rollouts/ok name ✓.yaml'] = READY;
    const { report } = await gatePr('odd file names', { head });
    expect(report.manifests.map((m) => m.file).sort()).toEqual([...names, 'rollouts/ok name ✓.yaml'].sort());
    for (const n of names) expectBlockedAt(report, n, 'manifest_invalid', 2, /workflow must be a string/);
    expect(report.manifests.find((m) => m.file === 'rollouts/ok name ✓.yaml')?.verdict).toBe('pass');
    // Renderers keep the names intact (JSON) or at least never break a line on them (text).
    expect(JSON.parse(renderJson(report)).manifests.map((m: { file: string }) => m.file)).toContain('rollouts/new\nline.yaml');
    expect(renderText(report)).not.toMatch(/^line\.yaml/m);
  });
});

describe('evidence paths and symbolic links', () => {
  let outside = '';
  let secretFile = '';
  const SECRET = `ROLLOUT-GATE-SECRET-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'rollout-gate-outside-'));
    secretFile = join(outside, 'secret.txt');
    writeFileSync(secretFile, `${SECRET}\n`);
    process.env['ROLLOUT_GATE_HOSTILE_SECRET'] = SECRET;
  });
  afterAll(() => {
    delete process.env['ROLLOUT_GATE_HOSTILE_SECRET'];
    rmSync(outside, { recursive: true, force: true });
  });

  test('.., absolute, home, backslash and NUL paths and symlinks out of the repository are refused; nothing outside is read', async () => {
    const paths: Record<string, [string, RegExp]> = {
      trace_coverage: ['evidence/secret.md', /symbolic link/],
      policy_prechecks: ['evidence/environ', /symbolic link/],
      policy_decision_traces: ['evidence/passwd', /symbolic link/],
      offline_eval: ['evidence/outside/secret.txt', /does not exist/],
      slo: ['../../etc/passwd', /leaves the repository/],
      runbook: ['/etc/passwd', /absolute path/],
      alerting: ['~/.ssh/id_rsa', /absolute path/],
      regression_gate: ['evidence\\..\\..\\etc\\passwd', /leaves the repository/],
      rollback_rehearsal: ['evidence/./../../../etc/shadow', /leaves the repository/],
      failed_run_drills: ['C:\\Windows\\win.ini', /absolute path/],
      multi_tenant_tests: ['evidence/a\u0000b', /NUL byte/],
      high_risk_path_tests: [`${'x/'.repeat(300)}y.md`, /does not exist/],
    };
    const evidenceBlock = Object.entries(paths)
      .map(([k, [p]]) => `    ${k}: ${JSON.stringify(p)}`)
      .join('\n');
    const text = READY.replace(/ {2}evidence:\n( {4}.*\n)+/, `  evidence:\n${evidenceBlock}\n`);
    const { report } = await gatePr('evidence paths and symlinks outside the repository', {
      base: { 'policies/leak.yaml': { symlink: secretFile }, 'policies/main.yaml': SEED_POLICY },
      head: {
        [M]: text,
        'evidence/secret.md': { symlink: secretFile },
        'evidence/environ': { symlink: '/proc/self/environ' },
        'evidence/passwd': { symlink: '../../etc/passwd' },
        'evidence/outside': { symlink: outside },
        'rollouts/leak.yaml': { symlink: secretFile },
        'rollouts/environ.yaml': { symlink: '/proc/self/environ' },
      },
    });
    for (const [kind, [path, reason]] of Object.entries(paths)) {
      const line = text.split('\n').findIndex((l) => l.startsWith(`    ${kind}:`)) + 1;
      const hit = findingsIn(report, M, 'evidence_invalid').find((f) => f.line === line);
      expect(hit?.message).toMatch(reason);
      expect(hit?.message).toContain(`evidence.${kind}`);
      expect(path.length).toBeGreaterThan(0);
    }
    expectBlockedAt(report, 'rollouts/leak.yaml', 'manifest_invalid', 1, /symbolic link/);
    expectBlockedAt(report, 'rollouts/environ.yaml', 'manifest_invalid', 1, /symbolic link/);
    expect(findingsIn(report, 'policies/leak.yaml', 'policy_invalid')[0]).toMatchObject({ line: 1, message: expect.stringMatching(/symbolic link/) });
    for (const out of [JSON.stringify(report), renderJson(report), renderText(report), renderMarkdown(report)]) {
      expect(out).not.toContain(SECRET);
      expect(out).not.toMatch(/root:x?:0:0/);
      expect(out).not.toContain('ROLLOUT_GATE_HOSTILE_SECRET');
    }
  });
});

describe('absurd numbers', () => {
  const stop = (threshold: string) => READY.replace('"false_positive_rate > 0.20"', JSON.stringify(`false_positive_rate > ${threshold}`));
  const exposure = (value: string) => READY.replace('tenant_percent: 5', `tenant_percent: ${value}`);

  test('stop conditions and exposures with 1e309, 20-digit numbers, NaN, Infinity: located errors; -0 is zero', async () => {
    const head: Record<string, string> = {};
    const bad = ['1e309', '99999999999999999999', 'NaN', 'Infinity', '.inf', '-.inf', '.nan', '1e5', '0x10', '1_000', '--1'];
    bad.forEach((v, i) => {
      head[`rollouts/stop-${i}.yaml`] = stop(v);
      head[`rollouts/exposure-${i}.yaml`] = exposure(v);
    });
    head['rollouts/stop-raw-number.yaml'] = READY.replace('"false_positive_rate > 0.20"', '1e309');
    head['rollouts/stop-minus-zero.yaml'] = stop('-0');
    head['rollouts/exposure-minus-zero.yaml'] = exposure('-0');
    head['rollouts/exposure-quoted-infinity.yaml'] = exposure('"Infinity"');
    const { report } = await gatePr('absurd numbers', { head: ownWorkflows(head) });
    const stopLine = lineOf(READY, 'false_positive_rate > 0.20');
    const exposureLine = lineOf(READY, 'tenant_percent: 5');
    bad.forEach((v, i) => {
      expectBlockedAt(report, `rollouts/stop-${i}.yaml`, 'manifest_invalid', stopLine, /stop_conditions\[1\]: .* is not of the form/);
      // 0x10 is YAML for 16: a valid exposure (above the initial cap); every other value is refused outright.
      if (v === '0x10') expect(findingsIn(report, `rollouts/exposure-${i}.yaml`, 'tenant_exposure_within_cap')[0]?.message).toMatch(/exposes 16%/);
      else expectBlockedAt(report, `rollouts/exposure-${i}.yaml`, 'manifest_invalid', exposureLine, /tenant_percent|not finite/);
    });
    expectBlockedAt(report, 'rollouts/stop-raw-number.yaml', 'manifest_invalid', stopLine, /not finite/);
    expectBlockedAt(report, 'rollouts/exposure-quoted-infinity.yaml', 'manifest_invalid', exposureLine, /must be a number, got "Infinity"/);
    for (const f of ['rollouts/stop-minus-zero.yaml', 'rollouts/exposure-minus-zero.yaml']) {
      expect(report.manifests.find((m) => m.file === f)?.verdict).toBe('pass');
    }
    for (const c of report.changes) if ('delta' in c) expect(c.delta === null || Number.isFinite(c.delta)).toBe(true);
    expect(renderJson(report)).not.toMatch(/"(line|column)": (null|NaN|Infinity)/);
  });
});

describe('thousands of manifests in one pull request', () => {
  test('2,000 manifests: the run completes and each one is reported', async () => {
    const head: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) {
      const name = `rollouts/team-${String(i % 40).padStart(2, '0')}/workflow-${String(i).padStart(4, '0')}.yaml`;
      head[name] = i % 10 === 7 ? READY.replace('days: 14', 'days: soon') : READY.replace('"AI renewal-risk assistant"', `"workflow ${i}"`);
    }
    const { report, ms } = await gatePr('2,000 manifests in one pull request', { head, bulk: true });
    expect(report.manifests).toHaveLength(2000);
    expect(report.counts.manifestsChecked).toBe(2000);
    expect(report.manifests.filter((m) => m.verdict === 'block')).toHaveLength(200);
    expect(report.manifests.filter((m) => m.verdict === 'pass')).toHaveLength(1800);
    expect(report.findings.filter((f) => f.check === 'manifest_invalid')).toHaveLength(200);
    expect(report.verdict).toBe('block');
    expect(ms).toBeLessThan(15_000);
  });
});

describe('policies on the base commit', () => {
  const custom = (schema: string, extra = '') =>
    `${SEED_POLICY}  custom_checks:\n    - id: named_workflow\n      block: observability\n      message: workflow names follow the convention\n      schema:\n${schema}\n${extra}`;
  const slowPattern = custom(
    '        type: object\n        properties:\n          rollout_plan:\n            properties:\n              workflow: {type: string, pattern: "^(a+)+$"}',
  );

  test('an invalid custom-check schema, a regular expression, a bad glob: located policy_invalid, block, bounded', async () => {
    const policies = {
      'policies/invalid-schema.yaml': custom('        type: nonsense'),
      'policies/unknown-keyword.yaml': custom('        type: object\n        requird: [rollout_plan]'),
      'policies/bad-ref.yaml': custom('        $ref: "https://example.com/schema.json"'),
      'policies/slow-pattern.yaml': slowPattern,
      'policies/pattern-properties.yaml': custom('        type: object\n        patternProperties:\n          "^(a|a)*$": {}'),
      'policies/bad-glob.yaml': `rollout:\n  applies_to: ["rollouts/+(a|a)b", "rollouts/{1..100000}.yaml", "rollouts/*a*a*a*b"]\n  require: [slo_defined]\n`,
      'policies/alias.yaml': 'rollout: &r\n  require: [slo_defined]\n',
    };
    // The manifest the slow pattern would have stalled on: "aaaa…!" backtracks 2^n times against ^(a+)+$.
    const text = READY.replace('"AI renewal-risk assistant"', `"${'a'.repeat(40)}!"`);
    const { report, ms } = await gatePr('invalid or slow custom check / unsafe glob (base policy)', {
      base: policies,
      head: { [M]: text, 'rollouts/+(a|a)aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab.yaml': READY },
    });
    expect(ms).toBeLessThan(15_000);
    // Located at the fragment itself: its first line, under `schema:`.
    const schemaLine = (file: string) => lineOf(policies[file as keyof typeof policies], 'schema:') + 1;
    expectBlockedAt(report, 'policies/invalid-schema.yaml', 'policy_invalid', schemaLine('policies/invalid-schema.yaml'), /not a valid JSON Schema/);
    expectBlockedAt(report, 'policies/unknown-keyword.yaml', 'policy_invalid', schemaLine('policies/unknown-keyword.yaml'), /unknown keyword.*requird|requird/);
    expectBlockedAt(report, 'policies/bad-ref.yaml', 'policy_invalid', schemaLine('policies/bad-ref.yaml'), /not a valid JSON Schema/);
    expectBlockedAt(
      report,
      'policies/slow-pattern.yaml',
      'policy_invalid',
      lineOf(slowPattern, 'pattern:'),
      /uses `pattern`; regular expressions are not allowed/,
    );
    expectBlockedAt(
      report,
      'policies/pattern-properties.yaml',
      'policy_invalid',
      lineOf(policies['policies/pattern-properties.yaml'], 'patternProperties'),
      /uses `patternProperties`/,
    );
    const globs = findingsIn(report, 'policies/bad-glob.yaml', 'policy_invalid').map((f) => f.message);
    expect(globs).toEqual([expect.stringMatching(/extglob/), expect.stringMatching(/brace range/), expect.stringMatching(/more than two \*/)]);
    expectBlockedAt(report, 'policies/alias.yaml', 'policy_invalid', 1, /anchor &r/);
    // The manifests are still judged (by the policies that loaded, or the default one) and reported.
    expect(report.manifests).toHaveLength(2);
    expect(report.verdict).toBe('block');
  });

  test('a policy that did load still gates: the custom check without regexes runs on the hostile workflow name', async () => {
    const policy = custom(
      '        type: object\n        properties:\n          rollout_plan:\n            type: object\n            properties:\n              workflow: {type: string, maxLength: 30}',
    );
    const text = READY.replace('"AI renewal-risk assistant"', `"${'a'.repeat(40)}!"`);
    const { report } = await gatePr('custom check on a hostile value', { base: { 'policies/named.yaml': policy }, head: { [M]: text } });
    expect(findingsIn(report, M, 'named_workflow')).toHaveLength(1);
    expect(report.verdict).toBe('block');
  });
});

describe('waivers', () => {
  const waiver = (check: string, approver: string, expires: string) =>
    READY + `  waivers:\n    - check: ${check}\n      reason: "accepted for the pilot"\n      approver: ${approver}\n      expires: ${expires}\n`;
  const waiverLine = READY.split('\n').length + 1;

  test('expired, impossible dates, unknown checks and empty approvers are located and block', async () => {
    const head = {
      'rollouts/expired.yaml': waiver('slo_defined', '"Risk Lead"', '"2026-05-31"'),
      'rollouts/feb-30.yaml': waiver('slo_defined', '"Risk Lead"', '"2026-02-30"'),
      'rollouts/month-13.yaml': waiver('slo_defined', '"Risk Lead"', '"2026-13-01"'),
      'rollouts/not-a-date.yaml': waiver('slo_defined', '"Risk Lead"', 'tomorrow'),
      'rollouts/unquoted-date.yaml': waiver('slo_defined', '"Risk Lead"', '2026-12-31'),
      'rollouts/unknown-check.yaml': waiver('slo_defnied', '"Risk Lead"', '"2026-12-31"'),
      'rollouts/empty-approver.yaml': waiver('slo_defined', '""', '"2026-12-31"'),
      'rollouts/blank-approver.yaml': waiver('slo_defined', '"   "', '"2026-12-31"'),
      'rollouts/tbd-approver.yaml': waiver('slo_defined', 'TBD', '"2026-12-31"'),
    };
    const { report } = await gatePr('waivers', { head: ownWorkflows(head) });
    expectBlockedAt(report, 'rollouts/expired.yaml', 'waiver_expired', waiverLine, /expired on 2026-05-31/);
    expectBlockedAt(report, 'rollouts/feb-30.yaml', 'manifest_invalid', waiverLine + 3, /"2026-02-30" is not a real calendar date/);
    expectBlockedAt(report, 'rollouts/month-13.yaml', 'manifest_invalid', waiverLine + 3, /not a real calendar date/);
    expectBlockedAt(report, 'rollouts/not-a-date.yaml', 'manifest_invalid', waiverLine + 3, /expires/);
    // An unquoted date is read as the date it says (no input error); the waiver is new in the pull request,
    // so it waits for approval like any waiver the change adds.
    expect(findingsIn(report, 'rollouts/unquoted-date.yaml').map((f) => f.check)).toEqual(['waiver_approved']);
    expect(report.waivers.find((w) => w.file === 'rollouts/unquoted-date.yaml')).toMatchObject({ expires: '2026-12-31', state: 'awaiting_approval' });
    expectBlockedAt(report, 'rollouts/unknown-check.yaml', 'manifest_invalid', waiverLine, /unknown check "slo_defnied"/);
    expect(findingsIn(report, 'rollouts/unknown-check.yaml', 'manifest_invalid')[0]?.remediation).toMatch(/did you mean "slo_defined"/);
    expectBlockedAt(report, 'rollouts/empty-approver.yaml', 'manifest_invalid', waiverLine + 2, /approver/);
    for (const f of ['blank', 'tbd']) expectBlockedAt(report, `rollouts/${f}-approver.yaml`, 'manifest_invalid', waiverLine, /no named approver/);
  });
});
