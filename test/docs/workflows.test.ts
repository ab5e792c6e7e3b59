// The workflows as teams run them: the example users copy (.github/examples/rollout-gate.yml), what the
// README shows and says of it, and this repository's own workflows. Comments in YAML are lost on parsing,
// so the pins (`uses: owner/repo@<sha> # vX.Y.Z`) are read from the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const EXAMPLE = '.github/examples/rollout-gate.yml';
const WORKFLOW_FILES = [
  EXAMPLE,
  ...readdirSync('.github/workflows')
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join('.github/workflows', f)),
];

type Json = Record<string, unknown>;
const read = (path: string): string => readFileSync(path, 'utf8');
const parse = (path: string): Json => YAML.parse(read(path)) as Json;
const jobsOf = (workflow: Json): Record<string, Json> => workflow['jobs'] as Record<string, Json>;

/** The file without its comment lines, and without the blank runs they leave: what the README shows. */
function withoutCommentLines(text: string): string {
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('#')) continue;
    if (line.trim() === '' && (kept.length === 0 || kept[kept.length - 1]!.trim() === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  return kept.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// A small evaluator for the GitHub expressions the workflows' concurrency settings use: context paths,
// 'string' literals, `==` and `||`. Anything else throws, so a changed expression cannot pass unread.

type Value = string | number | boolean | null;

function evaluate(expression: string, context: Json): Value {
  const tokens = expression.match(/\|\||==|'(?:[^']|'')*'|[A-Za-z_][\w.-]*|\S/g) ?? [];
  let at = 0;
  const operand = (): Value => {
    const token = tokens[at++];
    if (token === undefined) throw new Error(`expression ends early: ${expression}`);
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (!/^[A-Za-z_]/.test(token)) throw new Error(`unsupported token "${token}" in: ${expression}`);
    let value: unknown = context;
    for (const key of token.split('.')) value = value !== null && typeof value === 'object' ? (value as Json)[key] : undefined;
    return value === undefined ? null : (value as Value);
  };
  const comparison = (): Value => {
    const left = operand();
    if (tokens[at] !== '==') return left;
    at += 1;
    const right = operand();
    // GitHub compares strings ignoring case.
    return typeof left === 'string' && typeof right === 'string' ? left.toLowerCase() === right.toLowerCase() : left === right;
  };
  let value = comparison();
  while (tokens[at] === '||') {
    at += 1;
    const next = comparison();
    // `a || b` is a when a is truthy, else b.
    value = value !== null && value !== false && value !== 0 && value !== '' ? value : next;
  }
  if (at !== tokens.length) throw new Error(`unsupported expression: ${expression}`);
  return value;
}

/** A string with `${{ }}` parts, as GitHub interpolates it. */
const interpolate = (template: string, context: Json): string => template.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e, context) ?? ''));

/** A setting that is either a literal or one whole `${{ }}` expression. */
function setting(value: unknown, context: Json): Value {
  if (typeof value !== 'string') return value as Value;
  const whole = /^\$\{\{(.*)\}\}$/.exec(value.trim());
  return whole ? evaluate(whole[1]!, context) : interpolate(value, context);
}

const queueRef = (pr: number) => `refs/heads/gh-readonly-queue/main/pr-${pr}-${'ab'.repeat(20)}`;
/** The `github` context of one run per event, as GitHub fills in the fields the expressions read. */
const RUNS: Record<string, Json> = {
  'pull_request #12': { github: { event_name: 'pull_request', ref: 'refs/pull/12/merge', event: { pull_request: { number: 12 } } } },
  'pull_request_review #12': {
    github: { event_name: 'pull_request_review', ref: 'refs/pull/12/merge', event: { pull_request: { number: 12 }, review: { state: 'approved' } } },
  },
  'pull_request #13': { github: { event_name: 'pull_request', ref: 'refs/pull/13/merge', event: { pull_request: { number: 13 } } } },
  'merge_group pr-12': {
    github: { event_name: 'merge_group', ref: queueRef(12), event: { merge_group: { head_ref: queueRef(12), head_sha: 'c'.repeat(40) } } },
  },
  'merge_group pr-13': {
    github: { event_name: 'merge_group', ref: queueRef(13), event: { merge_group: { head_ref: queueRef(13), head_sha: 'd'.repeat(40) } } },
  },
  'push main': { github: { event_name: 'push', ref: 'refs/heads/main', event: { before: 'e'.repeat(40), after: 'f'.repeat(40) } } },
  'push release': { github: { event_name: 'push', ref: 'refs/heads/release', event: { before: 'e'.repeat(40), after: 'f'.repeat(40) } } },
};

function concurrencyOf(path: string): Record<string, { group: string; cancel: Value }> {
  const concurrency = parse(path)['concurrency'] as Json;
  return Object.fromEntries(
    Object.entries(RUNS).map(([run, context]) => [
      run,
      { group: String(setting(concurrency['group'], context)), cancel: setting(concurrency['cancel-in-progress'], context) },
    ]),
  );
}

test.each([EXAMPLE, '.github/workflows/rollout-gate.yml'])(
  '%s: one concurrency group per pull request, per merge group and per pushed branch; only pull-request runs cancel',
  (path) => {
    const c = concurrencyOf(path);
    // A review shares its pull request's group, so the newer run replaces the older one.
    expect(c['pull_request_review #12']!.group).toBe(c['pull_request #12']!.group);
    expect(c['pull_request #12']!.group).toBe('rollout-gate-12');
    const distinct = ['pull_request #12', 'pull_request #13', 'merge_group pr-12', 'merge_group pr-13', 'push main', 'push release'].map(
      (run) => c[run]!.group,
    );
    expect(new Set(distinct).size).toBe(distinct.length);
    expect(c['merge_group pr-12']!.group).toBe(`rollout-gate-${queueRef(12)}`);
    expect(c['push main']!.group).toBe('rollout-gate-refs/heads/main');
    expect(Object.fromEntries(Object.entries(c).map(([run, v]) => [run, v.cancel]))).toEqual({
      'pull_request #12': true,
      'pull_request_review #12': true,
      'pull_request #13': true,
      'merge_group pr-12': false,
      'merge_group pr-13': false,
      'push main': false,
      'push release': false,
    });
  },
);

test("CI: a pull request's new push cancels its run; main and the merge queue are never cancelled", () => {
  const c = concurrencyOf('.github/workflows/ci.yml');
  expect(c['pull_request #12']).toEqual({ group: 'ci-12', cancel: true });
  expect(c['merge_group pr-12']).toEqual({ group: `ci-${queueRef(12)}`, cancel: false });
  expect(c['push main']).toEqual({ group: 'ci-refs/heads/main', cancel: false });
});

test("the expression evaluator reads GitHub's operators the way GitHub does", () => {
  const context = { github: { event_name: 'Push', ref: 'refs/heads/main', event: {} } };
  expect(evaluate(' github.event.pull_request.number || github.ref ', context)).toBe('refs/heads/main');
  expect(evaluate("github.event_name == 'push' || github.event_name == 'merge_group'", context)).toBe(true);
  expect(evaluate("github.event_name == 'pull_request'", context)).toBe(false);
  expect(() => evaluate("github.event_name != 'push'", context)).toThrow(/unsupported/);
  expect(() => evaluate("startsWith(github.ref, 'refs/tags/')", context)).toThrow(/unsupported/);
});

// ---------------------------------------------------------------------------------------------------------

describe('the example workflow', () => {
  const example = parse(EXAMPLE);

  test('runs on pull requests, on reviews (submitted and dismissed) and in the merge queue, with no path filter', () => {
    expect(example['on']).toEqual({ pull_request: null, pull_request_review: { types: ['submitted', 'dismissed'] }, merge_group: null });
  });

  test('asks for reading the code and writing the one comment, nothing else', () => {
    expect(example['permissions']).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  test('one job, named rollout-gate (the check to require), that is never skipped', () => {
    const jobs = jobsOf(example);
    expect(Object.keys(jobs)).toEqual(['rollout-gate']);
    expect(jobs['rollout-gate']!['name']).toBe('rollout-gate');
    // A skipped job reports success, which would satisfy the required check without a verdict.
    expect(jobs['rollout-gate']).not.toHaveProperty('if');
  });

  test('checks out the full history without keeping the token, then runs the gate', () => {
    const steps = jobsOf(example)['rollout-gate']!['steps'] as Json[];
    expect(steps[0]).toMatchObject({ uses: expect.stringMatching(/^actions\/checkout@/), with: { 'fetch-depth': 0, 'persist-credentials': false } });
    expect(steps[1]).toMatchObject({ uses: 'OWNER/rollout-gate@v1', id: 'gate' });
  });
});

// ---------------------------------------------------------------------------------------------------------

interface Pin {
  readonly file: string;
  readonly line: number;
  readonly action: string;
  readonly ref: string;
  readonly comment: string | undefined;
}

function pinsOf(file: string): Pin[] {
  return read(file)
    .split('\n')
    .flatMap((text, i) => {
      const m = /^\s*(?:-\s+)?uses:\s*([^\s@#]+)(?:@([^\s#]+))?\s*(?:#\s*(.*))?$/.exec(text);
      return m ? [{ file, line: i + 1, action: m[1]!, ref: m[2] ?? '', comment: m[3]?.trim() }] : [];
    });
}

describe('every action is pinned by the full commit SHA of a release, with the version in a comment', () => {
  const pins = WORKFLOW_FILES.flatMap(pinsOf);

  test('the workflows use actions at all (the pattern reads them)', () => {
    expect(pins.filter((p) => p.file === EXAMPLE).map((p) => p.action)).toEqual(['actions/checkout', 'OWNER/rollout-gate', 'actions/upload-artifact']);
  });

  test.each(WORKFLOW_FILES)('%s', (file) => {
    for (const pin of pins.filter((p) => p.file === file)) {
      const where = `${pin.file}:${pin.line} ${pin.action}@${pin.ref}`;
      // This repository's own action, and the example's placeholder for it (no release to pin exists).
      if (pin.action === './' || (file === EXAMPLE && pin.action === 'OWNER/rollout-gate' && pin.ref === 'v1')) continue;
      expect({ where, ref: pin.ref }).toEqual({ where, ref: expect.stringMatching(/^[0-9a-f]{40}$/) });
      expect({ where, comment: pin.comment }).toEqual({ where, comment: expect.stringMatching(/^v\d+\.\d+\.\d+$/) });
    }
  });

  test('an action is pinned to the same commit and version everywhere', () => {
    const byAction = new Map<string, Set<string>>();
    for (const pin of pins.filter((p) => /^[0-9a-f]{40}$/.test(p.ref))) {
      byAction.set(pin.action, (byAction.get(pin.action) ?? new Set()).add(`${pin.ref} # ${pin.comment ?? ''}`));
    }
    expect([...byAction.keys()].sort()).toEqual(['actions/attest-build-provenance', 'actions/checkout', 'actions/setup-node', 'actions/upload-artifact']);
    for (const [action, versions] of byAction) expect({ action, versions: [...versions] }).toEqual({ action, versions: [expect.any(String)] });
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('the release workflow', () => {
  const release = parse('.github/workflows/release.yml');
  const jobs = jobsOf(release);

  test('runs on a pushed vX.Y.Z tag, or by hand with the version', () => {
    expect(release['on']).toEqual({
      push: { tags: ['v*.*.*'] },
      workflow_dispatch: { inputs: { version: expect.objectContaining({ required: true, type: 'string' }) } },
    });
  });

  test('gives each job only what it needs, and nothing by default', () => {
    expect(release['permissions']).toEqual({});
    expect(Object.fromEntries(Object.entries(jobs).map(([id, job]) => [id, job['permissions']]))).toEqual({
      verify: { contents: 'read' },
      attest: { contents: 'read', 'id-token': 'write', attestations: 'write' },
      release: { contents: 'write' },
    });
  });

  test('verifies first, attests the two bundles, then publishes; one release at a time, never cancelled', () => {
    expect(jobs['attest']!['needs']).toBe('verify');
    expect(jobs['release']!['needs']).toEqual(['verify', 'attest']);
    expect(release['concurrency']).toEqual({ group: 'release', 'cancel-in-progress': false });
    const attest = (jobs['attest']!['steps'] as Json[]).find((s) => String(s['uses']).startsWith('actions/attest-build-provenance@'));
    expect(
      String((attest?.['with'] as Json)['subject-path'])
        .trim()
        .split('\n'),
    ).toEqual(['dist/index.js', 'dist/cli.js']);
  });

  test('the verify job runs the tests, rebuilds dist/ and requires the committed one', () => {
    const runs = (jobs['verify']!['steps'] as Json[]).map((s) => (typeof s['run'] === 'string' ? s['run'] : ''));
    expect(runs).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm test', 'npm run lint:workflows']));
    expect(runs.some((r) => r.includes('npm run build') && r.includes('git status --porcelain -- dist/'))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('README: every workflow snippet is the example, or a stated excerpt of it', () => {
  const readme = read('README.md');
  const MARKER = /^<!-- (workflow|excerpt): (\S+) without its comment lines/;
  // A fenced YAML block, with the line before it (blank lines skipped) and its line number.
  const blocks = [...readme.matchAll(/(?:^|\n)((?:<!--[^\n]*-->\n)?)```ya?ml\n([\s\S]*?)\n```/g)].map((m) => ({
    marker: MARKER.exec(m[1]!.trim()),
    body: m[2]!,
    line: readme.slice(0, m.index).split('\n').length + 1,
  }));
  const workflowLike = (body: string): boolean => /^\s*(?:-\s+)?(?:on|jobs|steps|uses|runs-on|permissions|concurrency):/m.test(body);

  test('the README has the whole example and at least one excerpt', () => {
    expect(blocks.filter((b) => b.marker?.[1] === 'workflow')).toHaveLength(1);
    expect(blocks.filter((b) => b.marker?.[1] === 'excerpt').length).toBeGreaterThan(0);
  });

  test('no YAML block that looks like a workflow goes unchecked', () => {
    const unmarked = blocks.filter((b) => b.marker === null && workflowLike(b.body)).map((b) => `README.md:${b.line}`);
    expect(unmarked).toEqual([]);
  });

  test('the whole example, as the README shows it, is the file without its comment lines', () => {
    for (const block of blocks.filter((b) => b.marker?.[1] === 'workflow')) {
      const source = read(block.marker![2]!);
      expect(block.body).toBe(withoutCommentLines(source));
      // Dropping the comment lines changed nothing a runner reads.
      expect(YAML.parse(block.body)).toEqual(YAML.parse(source));
    }
  });

  test('each excerpt is a run of consecutive lines of the file without its comment lines', () => {
    for (const block of blocks.filter((b) => b.marker?.[1] === 'excerpt')) {
      const source = `\n${withoutCommentLines(read(block.marker![2]!))}\n`;
      expect({ line: block.line, found: source.includes(`\n${block.body}\n`) }).toEqual({ line: block.line, found: true });
    }
  });

  test('the README names the runner version node24 actions need', () => {
    expect(readme).toContain('v2.327.1 or later');
    expect(parse('action.yml')['runs']).toMatchObject({ using: 'node24' });
  });
});
