// `rollout-gate replay REPORT.json`: a decision recorded in a JSON report is run again from exactly its
// recorded inputs, and proves the same answer byte for byte, or says what differs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/adapters/cli/main.js';
import type { Report } from '../../../src/core/report/model.js';
import { TOOL_VERSION } from '../../../src/version.js';
import { EVIDENCE_FILES, readyManifest } from '../../fixtures/seeds.js';
import { MANIFEST, without } from '../../helpers/gate.js';
import { createRepo, type TestRepo } from '../../helpers/repo.js';

async function cli(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes a report where a CI job would keep it: outside the repository, as an artifact. */
function artifact(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-artifact-'));
  scratch.push(dir);
  const file = join(dir, 'rollout-gate-report.json');
  writeFileSync(file, text);
  return file;
}

/** Requires an SLO and paces raises by three days: reading the history is part of the decision. */
const POLICY = 'rollout:\n  require: [slo_defined]\n  pacing:\n    min_dwell: 3d\n';

/** A base with a dwell policy and a manifest at 2%, then a pull request that raises it to 5% and drops the SLO. */
function pullRequestRepo(): { repo: TestRepo; base: string; head: string } {
  const repo = createRepo();
  const base = repo.commitFiles({ ...EVIDENCE_FILES, 'policies/pacing.yaml': POLICY, [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'base', {
    date: '2026-05-01T00:00:00Z',
  });
  repo.git('checkout', '-q', '-b', 'ramp');
  const head = repo.commitFiles({ [MANIFEST]: without(readyManifest({ tenantPercent: 5 }), 'slo:') }, 'raise exposure, drop SLO');
  return { repo, base, head };
}

describe('the decision record in the JSON report', () => {
  test('names the tool version, base, merge base, head, now, the policy digest per manifest and every blob read by id', async () => {
    const { repo, base, head } = pullRequestRepo();
    try {
      const r = await cli(repo.dir, 'check', '--base', base, '--format', 'json', '--now', '2026-06-01');
      const report = JSON.parse(r.out) as Report;
      const record = report.record;
      expect(record).toMatchObject({ format: 1, toolVersion: TOOL_VERSION, base, mergeBase: base, head, now: '2026-06-01T00:00:00.000Z' });
      expect(record.options).toEqual({
        manifestGlobs: ['rollouts/**/*.yml', 'rollouts/**/*.yaml'],
        policyDir: 'policies',
        all: false,
        evaluate: 'head',
        timelines: true,
      });
      const blob = (rev: string, path: string) => repo.git('rev-parse', `${rev}:${path}`).trim();
      expect(record.inputs).toEqual(
        expect.arrayContaining([
          { role: 'policy', commit: base, path: 'policies/pacing.yaml', oid: blob(base, 'policies/pacing.yaml') },
          { role: 'manifest', commit: head, path: MANIFEST, oid: blob(head, MANIFEST) },
          { role: 'manifest', commit: base, path: MANIFEST, oid: blob(base, MANIFEST) },
          { role: 'evidence', commit: head, path: 'evidence/offline-eval.md', oid: blob(head, 'evidence/offline-eval.md') },
          // Pacing read the manifest's history on the base branch: those versions are inputs too.
          { role: 'history', commit: base, path: MANIFEST, oid: blob(base, MANIFEST) },
        ]),
      );
      expect(record.policies).toEqual([
        {
          file: MANIFEST,
          digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
          sources: [{ file: 'policies/pacing.yaml', source: blob(base, 'policies/pacing.yaml') }],
        },
      ]);
    } finally {
      repo.cleanup();
    }
  });

  test('a repository on the embedded default policy records the default by the digest of its text', async () => {
    const repo = createRepo();
    try {
      repo.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'base');
      repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 4 }), 'evidence/slo.md': null }, 'raise, and delete the SLO');
      const report = JSON.parse((await cli(repo.dir, 'check', '--format', 'json', '--now', '2026-06-01')).out) as Report;
      expect(report.record.policies).toEqual([
        {
          file: MANIFEST,
          digest: expect.stringMatching(/^sha256:/),
          sources: [{ file: expect.any(String), source: expect.stringMatching(/^embedded:sha256:[0-9a-f]{64}$/) }],
        },
      ]);
      // Evidence the manifest names and the tree does not hold is an input as well: its absence decided.
      const absent = report.record.inputs.filter((i) => i.role === 'evidence' && i.oid === null).map((i) => i.path);
      expect(absent).toEqual(['evidence/slo.md']);
    } finally {
      repo.cleanup();
    }
  });
});

describe('rollout-gate replay', () => {
  let repo: TestRepo;
  let base: string;
  beforeAll(() => ({ repo, base } = pullRequestRepo()));
  afterAll(() => repo.cleanup());

  const record = async (...extra: string[]) => {
    const r = await cli(repo.dir, 'check', '--base', base, '--format', 'json', ...extra);
    expect(r.code).toBe(1);
    return r.out;
  };

  test('exits 0 when the report replays byte-identical, from a branch that has moved on since', async () => {
    const text = await record('--now', '2026-06-01');
    // The branch moves and the work tree changes: the replay reads the recorded commits, never names or files.
    repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 3 }) }, 'later');
    writeFileSync(join(repo.dir, MANIFEST), 'not: a manifest\n');
    try {
      const r = await cli(repo.dir, 'replay', artifact(text));
      expect(r.err).toBe('');
      expect(r.out).toMatch(/^replay: identical\. .* verdict block\.\n$/);
      expect(r.code).toBe(0);
    } finally {
      repo.git('checkout', '-q', '--', MANIFEST);
      repo.git('reset', '-q', '--hard', 'HEAD~1');
    }
  });

  test('a report that read the evidence at the merge replays identical: the merge is recomputed from base and head', async () => {
    const forked = pullRequestRepo();
    try {
      forked.repo.git('checkout', '-q', 'main');
      const moved = forked.repo.commitFiles({ 'evidence/offline-eval.md': null }, 'base moves on');
      forked.repo.git('checkout', '-q', 'ramp');
      const r = await cli(forked.repo.dir, 'check', '--base', moved, '--evaluate', 'merge', '--format', 'json', '--now', '2026-06-01');
      const report = JSON.parse(r.out) as Report;
      expect(report.evaluated.kind).toBe('merge');
      expect(report.record.options.evaluate).toBe('merge');
      const replayed = await cli(forked.repo.dir, 'replay', artifact(r.out));
      expect(replayed.out).toMatch(/^replay: identical/);
      expect(replayed.code).toBe(0);
    } finally {
      forked.repo.cleanup();
    }
  });

  test('a report made without --now replays too: the moment it judged against is recorded', async () => {
    const r = await cli(repo.dir, 'replay', artifact(await record()));
    expect(r.out).toMatch(/^replay: identical/);
    expect(r.code).toBe(0);
  });

  test('an edited verdict is found: exit 1, naming the verdict, with the lines that differ', async () => {
    const text = (await record('--now', '2026-06-01')).replace('"verdict": "block"', '"verdict": "pass"');
    const r = await cli(repo.dir, 'replay', artifact(text));
    expect(r.code).toBe(1);
    expect(r.out).toContain('replay: DIFFERS.');
    expect(r.out).toContain('  - verdict: recorded pass, replayed block\n');
    expect(r.out).toContain('-  "verdict": "pass",\n+  "verdict": "block",');
  });

  test('a policy digest that is not what the recorded base holds names the manifest, both digests and their sources', async () => {
    const report = JSON.parse(await record('--now', '2026-06-01')) as Report;
    // What a report of another policy (or a tool with another embedded default) carries for the same commits.
    const edited = {
      ...report,
      record: {
        ...report.record,
        policies: report.record.policies.map((p) => ({
          ...p,
          digest: 'sha256:' + '0'.repeat(64),
          sources: [{ file: 'policies/pacing.yaml', source: 'f'.repeat(40) }],
        })),
      },
    };
    const r = await cli(repo.dir, 'replay', artifact(JSON.stringify(edited, null, 2) + '\n'));
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `  - policy of ${MANIFEST}: the digest differs, recorded sha256:${'0'.repeat(64)} from policies/pacing.yaml (${'f'.repeat(40)}), replayed ${report.record.policies[0]!.digest} from policies/pacing.yaml (`,
    );
    expect(r.out).toContain('@@ line');
  });

  test('a report of another tool version says so first, and which version to replay with', async () => {
    const text = (await record('--now', '2026-06-01'))
      .replaceAll(`"version": "${TOOL_VERSION}"`, '"version": "0.0.9"')
      .replace(`"toolVersion": "${TOOL_VERSION}"`, '"toolVersion": "0.0.9"');
    const r = await cli(repo.dir, 'replay', artifact(text));
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[1]).toBe(
      `  - tool version: the report was made by rollout-gate 0.0.9, this is ${TOOL_VERSION}; replay with 0.0.9 (its release's dist/cli.js) to prove the same answer`,
    );
  });

  test('what cannot be a decision record is a usage error with what is wrong, never a pass', async () => {
    const report = JSON.parse(await record('--now', '2026-06-01')) as Report;
    const cases: [string, RegExp][] = [
      ['{', /is not JSON/],
      [JSON.stringify({ verdict: 'pass' }), /has no `record`/],
      [JSON.stringify({ ...report, record: { ...report.record, head: 'HEAD' } }), /record\.head must be a full object id/],
      [JSON.stringify({ ...report, record: { ...report.record, format: 2 } }), /record\.format is 2/],
      [JSON.stringify({ ...report, record: { ...report.record, now: 'yesterday' } }), /record\.now must be an ISO 8601 time/],
      [JSON.stringify([report]), /the report must be an object/],
      [JSON.stringify({ ...report, record: 'none' }), /record must be an object/],
      [
        JSON.stringify({ ...report, record: { ...report.record, options: { ...report.record.options, all: 'yes' } } }),
        /record\.options\.all must be true or false/,
      ],
      [
        JSON.stringify({ ...report, record: { ...report.record, options: { ...report.record.options, evaluate: 'checkout' } } }),
        /record\.options\.evaluate must be "head" or "merge"/,
      ],
      [
        JSON.stringify({ ...report, record: { ...report.record, options: { ...report.record.options, timelines: 1 } } }),
        /record\.options\.timelines must be true or false/,
      ],
      [
        JSON.stringify({ ...report, record: { ...report.record, external: { ...report.record.external, reviews: 'maybe' } } }),
        /record\.external\.reviews must be "read" or "not_read"/,
      ],
      [
        JSON.stringify({ ...report, record: { ...report.record, inputs: [{ role: 'secret', commit: report.head, path: 'x', oid: null }] } }),
        /record\.inputs\[0\]\.role must be one of/,
      ],
      [JSON.stringify({ ...report, record: { ...report.record, inputs: 'all of them' } }), /record\.inputs must be a list/],
      [
        JSON.stringify({ ...report, record: { ...report.record, policies: [{ file: 'x', digest: 1, sources: [] }] } }),
        /record\.policies\[0\]\.digest must be a string/,
      ],
      [JSON.stringify({ ...report, approvals: [{ handle: '@a', state: 'granted' }] }), /approvals\[0\]\.state must be one of/],
      ...(
        [
          ['.github/workflows/gate.yml', 'yes', /record\.external\.gateWorkflow\.eventBase must be a full object id/],
          ['../../etc/passwd', report.base, /record\.external\.gateWorkflow\.path must name a file in \.github\/workflows\/, not "\.\.\/\.\.\/etc\/passwd"/],
        ] as const
      ).map(([path, eventBase, message]): [string, RegExp] => [
        JSON.stringify({ ...report, record: { ...report.record, external: { ...report.record.external, gateWorkflow: { path, eventBase } } } }),
        message,
      ]),
      [
        JSON.stringify({ ...report, record: { ...report.record, external: { ...report.record.external, gateWorkflow: 'gate.yml' } } }),
        /record\.external\.gateWorkflow must be an object/,
      ],
      ...(
        [
          [{ kind: 'maybe' }, /record\.external\.reviewed\.kind must be "reviews" or "unavailable"/],
          [
            { kind: 'reviews', outcomes: [{ handle: '@a', state: 'unchecked', commit: null }] },
            /record\.external\.reviewed\.outcomes\[0\]\.state must be one of/,
          ],
          [
            { kind: 'reviews', outcomes: [{ handle: '@a', state: 'approved', commit: 'HEAD' }] },
            /record\.external\.reviewed\.outcomes\[0\]\.commit must be a full/,
          ],
          [{ kind: 'reviews', outcomes: [{ state: 'approved', commit: null }] }, /record\.external\.reviewed\.outcomes\[0\]\.handle must be a string/],
        ] as const
      ).map(([reviewed, message]): [string, RegExp] => [
        JSON.stringify({ ...report, record: { ...report.record, external: { ...report.record.external, reviewed } } }),
        message,
      ]),
    ];
    for (const [text, message] of cases) {
      const r = await cli(repo.dir, 'replay', artifact(text));
      expect({ code: r.code, err: r.err }).toEqual({ code: 2, err: expect.stringMatching(message) });
    }
    expect((await cli(repo.dir, 'replay')).code).toBe(2);
    expect((await cli(repo.dir, 'replay', join(tmpdir(), 'no-such-report.json'))).err).toMatch(/cannot read/);
  });
});

test('after a force-push pruned the judged head, replay exits 1 naming the missing commit and blob', async () => {
  const { repo, base, head } = pullRequestRepo();
  try {
    const text = (await cli(repo.dir, 'check', '--base', base, '--format', 'json', '--now', '2026-06-01')).out;
    const manifestBlob = repo.git('rev-parse', `${head}:${MANIFEST}`).trim();
    // The author rewrites the pull request and force-pushes; the old head is garbage-collected.
    repo.git('reset', '-q', '--hard', base);
    repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 3 }) }, 'smaller step');
    repo.git('reflog', 'expire', '--expire=now', '--all');
    repo.git('gc', '-q', '--prune=now');
    const r = await cli(repo.dir, 'replay', artifact(text));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`  - the head commit (${head}) is not in this repository: it was force-pushed away and pruned`);
    expect(r.out).toContain(`the blob of manifest ${MANIFEST} at ${head.slice(0, 12)} (${manifestBlob}) is not in this repository`);
    expect(r.out).toContain(`git fetch origin ${head}`);
  } finally {
    repo.cleanup();
  }
});
