// How a change to the workflow that runs the gate is judged: two texts in, differences out.
import { compareGateWorkflow, isGateStep, type WorkflowVersion } from '../../../src/core/gateWorkflow/compare.js';

const FILE = '.github/workflows/rollout-gate.yml';

const WORKFLOW = `name: Rollout gate

on:
  pull_request:
  merge_group:

permissions:
  contents: read
  pull-requests: write

jobs:
  rollout-gate:
    name: rollout-gate
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          fetch-depth: 0
      # The gate itself.
      - uses: acme/rollout-gate@v1
        id: gate
        with:
          manifests: |
            rollouts/**/*.yml
          policy-dir: policies
          fail-on: block
      - name: Keep the JSON report
        if: always()
        uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f
        with:
          name: rollout-gate-report
          path: \${{ steps.gate.outputs.report-path }}
`;

const text = (t: string): WorkflowVersion => ({ kind: 'text', text: t });
const ABSENT: WorkflowVersion = { kind: 'absent' };

/** The workflow with one exact piece of text replaced (the replacement must apply). */
function edit(from: string, to: string, source = WORKFLOW): string {
  if (!source.includes(from)) throw new Error(`test fixture: ${JSON.stringify(from)} is not in the workflow`);
  return source.replace(from, to);
}

const compare = (head: string, base = WORKFLOW) => compareGateWorkflow(FILE, text(base), text(head));
const severities = (head: string, base = WORKFLOW) => compare(head, base).differences.map((d) => d.severity);

describe('recognising the gate step', () => {
  test.each([
    ['acme/rollout-gate@v1', true],
    ['acme/rollout-gate@3d3c42e5aac5ba805825da76410c181273ba90b1', true],
    ['acme/Rollout-Gate@releases/v1', true],
    ['rollout-gate@v1', true],
    ['./', true],
    ['  ./  ', true],
    ['acme/rollout-gate-fork@v1', false],
    ['acme/not-rollout-gate@v1', false],
    ['acme/rollout-gate/sub@v1', false],
    ['acme/rollout-gate', false],
    ['./.github/actions/gate', false],
    ['actions/checkout@v4', false],
    [42, false],
    [undefined, false],
  ])('uses: %p -> %p', (uses, expected) => {
    expect(isGateStep(uses)).toBe(expected);
  });
});

describe('a change to what the gate is given blocks', () => {
  test.each([
    [
      'manifests narrowed',
      edit('            rollouts/**/*.yml\n', '            rollouts/other/**\n'),
      'input `manifests` of the rollout-gate step of job `rollout-gate` changed from "rollouts/**/*.yml" to "rollouts/other/**"',
      23,
    ],
    [
      'policy-dir swapped',
      edit('policy-dir: policies', 'policy-dir: elsewhere'),
      'input `policy-dir` of the rollout-gate step of job `rollout-gate` changed from "policies" to "elsewhere"',
      25,
    ],
    [
      'base set',
      edit('          fail-on: block\n', '          fail-on: block\n          base: ${{ github.event.pull_request.head.sha }}\n'),
      'input `base` of the rollout-gate step of job `rollout-gate` changed from (not set) to "${{ github.event.pull_request.head.sha }}"',
      27,
    ],
    [
      'fail-on removed',
      edit('          fail-on: block\n', ''),
      'input `fail-on` of the rollout-gate step of job `rollout-gate` changed from "block" to (not set)',
      23,
    ],
    [
      'comment set',
      edit('          fail-on: block\n', '          fail-on: block\n          comment: never\n'),
      'input `comment` of the rollout-gate step of job `rollout-gate` changed from (not set) to "never"',
      27,
    ],
    [
      'evaluate set to head, so evidence the base deleted still counts',
      edit('          fail-on: block\n', '          fail-on: block\n          evaluate: head\n'),
      'input `evaluate` of the rollout-gate step of job `rollout-gate` changed from (not set) to "head"',
      27,
    ],
    [
      'github-token set',
      edit('          fail-on: block\n', '          fail-on: block\n          github-token: ""\n'),
      'input `github-token` of the rollout-gate step of job `rollout-gate` changed from (not set) to ""',
      27,
    ],
    [
      'input named in other case',
      edit('policy-dir: policies', 'Policy-Dir: elsewhere'),
      'input `policy-dir` of the rollout-gate step of job `rollout-gate` changed from "policies" to "elsewhere"',
      25,
    ],
    [
      'triggers changed',
      edit('  merge_group:\n', '  push:\n'),
      'the `on:` triggers changed from {"merge_group":null,"pull_request":null} to {"pull_request":null,"push":null}',
      4,
    ],
    [
      'step skipped by if:',
      edit('        id: gate\n', '        id: gate\n        if: false\n'),
      '`if:` of the rollout-gate step of job `rollout-gate` changed from (not set) to false',
      22,
    ],
    [
      'step allowed to fail',
      edit('        id: gate\n', '        id: gate\n        continue-on-error: true\n'),
      '`continue-on-error:` of the rollout-gate step of job `rollout-gate` changed from (not set) to true',
      22,
    ],
    [
      'action swapped',
      edit('acme/rollout-gate@v1', 'mallory/rollout-gate@v1'),
      '`uses:` of the rollout-gate step of job `rollout-gate` changed from "acme/rollout-gate@v1" to "mallory/rollout-gate@v1"',
      20,
    ],
    [
      'job given an if:',
      edit('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    if: false\n'),
      '`if:` of job `rollout-gate` changed from (not set) to false',
      15,
    ],
    ['check renamed', edit('    name: rollout-gate\n', '    name: gate\n'), '`name:` of job `rollout-gate` changed from "rollout-gate" to "gate"', 13],
    [
      'job made to depend on another',
      edit('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    needs: [lint]\n'),
      '`needs:` of job `rollout-gate` changed from (not set) to ["lint"]',
      15,
    ],
    [
      'environment for the gate',
      edit('permissions:\n', 'env:\n  NODE_OPTIONS: --require ./x.js\n\npermissions:\n'),
      'the workflow-level `env:` changed from (not set) to {"NODE_OPTIONS":"--require ./x.js"}',
      8,
    ],
    [
      'a step added before the gate',
      edit('      # The gate itself.\n', '      - run: echo "$PWD/bin" >> "$GITHUB_PATH"\n      # The gate itself.\n'),
      'the steps before the rollout-gate step of job `rollout-gate` changed',
      16,
    ],
    [
      'the checkout before the gate changed',
      edit('fetch-depth: 0', 'fetch-depth: 1'),
      'the steps before the rollout-gate step of job `rollout-gate` changed',
      16,
    ],
  ])('%s', (_name, head, message, line) => {
    const { differences, notes } = compare(head);
    expect(differences).toEqual([{ severity: 'block', line, column: expect.any(Number), message }]);
    expect(notes).toEqual([]);
  });

  test('each changed input is its own finding, on its own line', () => {
    const head = edit('policy-dir: policies', 'policy-dir: elsewhere', edit('            rollouts/**/*.yml\n', '            nothing/**\n'));
    expect(compare(head).differences.map((d) => [d.severity, d.line])).toEqual([
      ['block', 23],
      ['block', 25],
    ]);
  });

  test('the gate step gone from a workflow that ran it', () => {
    const head = edit('      - uses: acme/rollout-gate@v1\n', '      - uses: acme/other-check@v1\n');
    expect(compare(head).differences).toEqual([
      {
        severity: 'block',
        line: 1,
        column: 1,
        message: `the workflow ${FILE} ran the gate at the base but has no rollout-gate step (\`uses: <owner>/rollout-gate@<ref>\` or \`uses: ./\`) at head`,
      },
    ]);
  });

  test('the gate moved to a job of another name', () => {
    const head = edit('  rollout-gate:\n    name', '  gate:\n    name');
    expect(compare(head).differences.map((d) => d.message)).toEqual([
      'job `gate` runs the gate at head but did not at the base',
      'job `rollout-gate` ran the gate at the base but does not at head',
    ]);
  });

  test('a second gate step added to the job', () => {
    const head = edit('      - name: Keep the JSON report\n', '      - uses: ./\n      - name: Keep the JSON report\n');
    expect(compare(head).differences.map((d) => [d.message, d.line])).toEqual([['rollout-gate step 2 of job `rollout-gate` is new at head', 27]]);
  });

  test('a head that does not parse blocks, located at the error', () => {
    const head = edit('          policy-dir: policies\n', '          policy-dir: [policies\n');
    const [only, ...rest] = compare(head).differences;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ severity: 'block', line: expect.any(Number) });
    expect(only!.message).toMatch(
      /^the workflow \.github\/workflows\/rollout-gate\.yml that runs the gate does not parse at head \(.+\), so what it changes about the gate cannot be checked$/,
    );
    expect(only!.line).toBeGreaterThanOrEqual(26);
  });

  test.each([
    ['duplicate keys', edit('          fail-on: block\n', '          fail-on: block\n          fail-on: warn\n')],
    ['two documents', `${WORKFLOW}---\nname: other\n`],
    ['a list, not a mapping', '- one\n- two\n'],
    [
      'an alias bomb',
      `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    ],
    ['nesting deep enough to exhaust the stack', `${'['.repeat(20_000)}${']'.repeat(20_000)}\n`],
  ])('%s at head blocks', (_name, head) => {
    expect(severities(head)).toEqual(['block']);
  });

  test('a head that cannot be read, or is gone, blocks', () => {
    expect(compareGateWorkflow(FILE, text(WORKFLOW), { kind: 'unreadable', reason: 'it is a symbolic link' }).differences).toEqual([
      {
        severity: 'block',
        line: 1,
        column: 1,
        message: `the workflow ${FILE} that runs the gate cannot be read at head (it is a symbolic link), so what it changes about the gate cannot be checked`,
      },
    ]);
    expect(compareGateWorkflow(FILE, text(WORKFLOW), ABSENT).differences.map((d) => d.severity)).toEqual(['block']);
  });
});

describe('any other change warns', () => {
  test.each([
    ['a comment', edit('      # The gate itself.\n', '      # The gate itself, pinned.\n'), 19],
    ['the report upload', edit('if: always()', "if: always() && steps.gate.outputs.report-path != ''"), 28],
    ['permissions', edit('  pull-requests: write\n', ''), 9],
    ['the workflow name', edit('name: Rollout gate', 'name: Gate'), 1],
    ['key order and quoting only', edit('policy-dir: policies\n          fail-on: block', 'fail-on: "block"\n          policy-dir: \'policies\''), 25],
  ])('%s', (_name, head, line) => {
    expect(compare(head).differences).toEqual([
      {
        severity: 'warn',
        line,
        column: 1,
        message: `the workflow ${FILE} that runs the gate changed (first at line ${line}), though not the gate's inputs, triggers or the steps before it`,
      },
    ]);
  });

  test('an unchanged file has nothing to say', () => {
    expect(compare(WORKFLOW)).toEqual({ differences: [], notes: [] });
  });

  test("a workflow without a gate step (a reusable workflow's caller) warns and says why its inputs were not compared", () => {
    const caller = 'on: pull_request\njobs:\n  gate:\n    uses: acme/shared/.github/workflows/gate.yml@v1\n';
    const { differences, notes } = compare(caller.replace('@v1', '@v2'), caller);
    expect(differences.map((d) => d.severity)).toEqual(['warn']);
    expect(notes).toEqual([expect.stringContaining('has no rollout-gate step')]);
  });
});

describe('a workflow with no reviewed version at the base', () => {
  test('new in this change and running the gate: blocks, and the summary says why', () => {
    const { differences, notes } = compareGateWorkflow(FILE, ABSENT, text(WORKFLOW));
    expect(differences).toEqual([
      {
        severity: 'block',
        line: 1,
        column: 1,
        message: `the workflow ${FILE} is new in this change and runs the gate: its inputs and triggers have never been reviewed on the base branch`,
      },
    ]);
    expect(notes).toEqual([`The workflow ${FILE} that runs the gate is new in this change, so there is no reviewed version of it to compare with.`]);
  });

  test('new in this change without a gate step: a warning and a note', () => {
    const { differences, notes } = compareGateWorkflow(
      FILE,
      ABSENT,
      text('on: pull_request\njobs:\n  x:\n    uses: acme/shared/.github/workflows/gate.yml@v1\n'),
    );
    expect(differences.map((d) => d.severity)).toEqual(['warn']);
    expect(notes).toHaveLength(1);
  });

  test('unparseable at the base and running the gate at head: blocks like a new file', () => {
    const { differences, notes } = compareGateWorkflow(FILE, text('jobs: [\n'), text(WORKFLOW));
    expect(differences.map((d) => d.severity)).toEqual(['block']);
    expect(differences[0]!.message).toContain('does not parse at the base');
    expect(notes).toHaveLength(1);
  });

  test('in neither commit (it reached the base branch after the pull request forked): nothing to report but a note', () => {
    const { differences, notes } = compareGateWorkflow(FILE, ABSENT, ABSENT);
    expect(differences).toEqual([]);
    expect(notes).toEqual([expect.stringContaining('does not change it')]);
  });
});
