// `rollout-gate history` for a rollout that binds exposure sources: besides the declared exposure, what
// each bound source served, read as the pull-request check reads it, at every commit that changed it,
// including commits that never touched the manifest; with the binding of the manifest version live then.
import { main } from '../../src/adapters/cli/main.js';
import type { ManifestVersion } from '../../src/core/history/timeline.js';
import { chartRows, renderExposureChart } from '../../src/core/render/mermaid.js';
import { BlobReader } from '../../src/git/blobs.js';
import { branchVersions } from '../../src/engine/branchVersions.js';
import { runGate } from '../../src/engine/run.js';
import { runHistory, type RolloutHistory } from '../../src/engine/history.js';
import { sourceSamples } from '../../src/engine/sourceHistory.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { boundManifest, FLAG_BINDING, FLAG_FILE, flagdFile, ROLLOUT_BINDING, ROLLOUT_FILE, rolloutFile } from '../fixtures/sources.js';
import { MANIFEST } from '../helpers/gate.js';
import { createRepo, runGit, type FileSpec, type TestRepo } from '../helpers/repo.js';

const ALICE = 'Alice Rollout <alice@example.com>';
const BOB = 'Bob Ramp <bob@example.com>';
const NOW = '2026-01-20T00:00:00Z';
const FLAG_REF = { kind: 'flagd', path: FLAG_FILE, selector: 'flag=renewal-risk-assistant variant=on' } as const;

function commitAs(repo: TestRepo, files: Record<string, FileSpec>, message: string, author: string, date: string): string {
  repo.write(files);
  runGit(repo.dir, ['commit', '-q', '--allow-empty', '--no-verify', '-m', message, '--author', author], date);
  return repo.git('rev-parse', 'HEAD').trim();
}

async function historyOf(repo: TestRepo): Promise<RolloutHistory> {
  const outcome = await runHistory({ repoDir: repo.dir, now: new Date(NOW), verdicts: false });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.history;
}

async function cli(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Each entry as [commit, author, the source events in it as `kind state share`]. */
const servedEvents = (h: RolloutHistory) =>
  h.timelines[0]!.entries.map((e) => [
    e.commit,
    e.events.flatMap((ev) =>
      ev.kind !== 'source_served'
        ? [ev.kind]
        : [`${ev.source.path} ${ev.served.state === 'measured' ? `${ev.served.low}-${ev.served.high}` : ev.served.state}`],
    ),
  ]);

describe('a flagd-bound rollout whose flag file is raised twice and rolled back without touching the manifest', () => {
  let repo: TestRepo;
  let history: RolloutHistory;
  const c: Record<string, string> = {};
  beforeAll(async () => {
    repo = createRepo();
    c.start = commitAs(
      repo,
      { ...EVIDENCE_FILES, [MANIFEST]: boundManifest(FLAG_BINDING), [FLAG_FILE]: flagdFile(5) },
      'canary at 5%, served by the flag',
      ALICE,
      '2026-01-01T00:00:00Z',
    );
    c.raise = commitAs(repo, { [FLAG_FILE]: flagdFile(10) }, 'flag to 10%', BOB, '2026-01-03T00:00:00Z');
    c.docs = commitAs(repo, { 'README.md': 'docs\n' }, 'docs only', ALICE, '2026-01-04T00:00:00Z');
    c.raiseAgain = commitAs(repo, { [FLAG_FILE]: flagdFile(25) }, 'flag to 25%', BOB, '2026-01-05T00:00:00Z');
    // Another flag in the same file: what this rollout's flag serves does not change.
    c.otherFlag = commitAs(
      repo,
      { [FLAG_FILE]: flagdFile(25).replace('"defaultVariant": "on"', '"defaultVariant": "off"') },
      'banner off',
      ALICE,
      '2026-01-06T00:00:00Z',
    );
    c.rollback = commitAs(repo, { [FLAG_FILE]: flagdFile(5) }, 'flag back to 5%', BOB, '2026-01-07T00:00:00Z');
    c.declare = commitAs(repo, { [MANIFEST]: boundManifest(FLAG_BINDING, { tenantPercent: 10 }) }, 'declare 10%', ALICE, '2026-01-08T00:00:00Z');
    history = await historyOf(repo);
  });
  afterAll(() => repo.cleanup());

  test('each change of what the flag serves is an entry of its own, with its commit, date and author', () => {
    expect(servedEvents(history)).toEqual([
      [c.start, ['manifest_added', 'stage_went_live', `${FLAG_FILE} 5-5`]],
      [c.raise, [`${FLAG_FILE} 10-10`]],
      [c.raiseAgain, [`${FLAG_FILE} 25-25`]],
      [c.rollback, [`${FLAG_FILE} 5-5`]],
      [c.declare, ['exposure_increased']],
    ]);
    const entries = history.timelines[0]!.entries;
    expect(entries.map((e) => [e.date, e.author, e.path])).toEqual([
      ['2026-01-01T00:00:00.000Z', 'Alice Rollout', MANIFEST],
      ['2026-01-03T00:00:00.000Z', 'Bob Ramp', MANIFEST],
      ['2026-01-05T00:00:00.000Z', 'Bob Ramp', MANIFEST],
      ['2026-01-07T00:00:00.000Z', 'Bob Ramp', MANIFEST],
      ['2026-01-08T00:00:00.000Z', 'Alice Rollout', MANIFEST],
    ]);
    // A commit to the flag file is no manifest version: what the manifest declares is unchanged by it.
    expect(entries.map((e) => e.live.exposure?.value)).toEqual([5, 5, 5, 5, 10]);
    expect(entries[1]!.events[0]).toEqual({
      kind: 'source_served',
      source: FLAG_REF,
      served: { state: 'measured', low: 10, high: 10, basis: 'targeting serves on to 10%' },
    });
  });

  test('the served holds: each share from the commit that set it to the next, the last one up to --now', () => {
    expect(history.timelines[0]!.served.map((h) => [h.served.state === 'measured' && h.served.high, h.from, h.until, h.ongoing])).toEqual([
      [5, '2026-01-01T00:00:00.000Z', '2026-01-03T00:00:00.000Z', false],
      [10, '2026-01-03T00:00:00.000Z', '2026-01-05T00:00:00.000Z', false],
      [25, '2026-01-05T00:00:00.000Z', '2026-01-07T00:00:00.000Z', false],
      [5, '2026-01-07T00:00:00.000Z', '2026-01-20T00:00:00.000Z', true],
    ]);
  });

  test('the chart draws what the flag served in a section of its own, below the declared steps', () => {
    const t = history.timelines[0]!;
    expect(chartRows(t).map((r) => [r.section, r.label, r.tag])).toEqual([
      ['canary', '5% held 7d, policy asks 3d', 'done'],
      ['canary', '10% holding 12d, policy asks 3d', 'active'],
      ...[
        ['serves 5%, held 2d', 'done'],
        ['serves 10%, held 2d', 'done'],
        ['serves 25%, held 2d', 'done'],
        ['serves 5%, holding 13d', 'active'],
      ].map(([label, tag]) => [`served by ${FLAG_FILE} flag=renewal-risk-assistant variant=on`, label, tag]),
    ]);
    expect(renderExposureChart(t)!.split('\n').slice(5)).toEqual([
      '  section canary',
      '  5% held 7d, policy asks 3d :done, step0, 2026-01-01 00:00, 2026-01-08 00:00',
      '  10% holding 12d, policy asks 3d :active, step1, 2026-01-08 00:00, 2026-01-20 00:00',
      `  section served by ${FLAG_FILE} flag=renewal-risk-assistant variant=on`,
      '  serves 5%, held 2d :done, step2, 2026-01-01 00:00, 2026-01-03 00:00',
      '  serves 10%, held 2d :done, step3, 2026-01-03 00:00, 2026-01-05 00:00',
      '  serves 25%, held 2d :done, step4, 2026-01-05 00:00, 2026-01-07 00:00',
      '  serves 5%, holding 13d :active, step5, 2026-01-07 00:00, 2026-01-20 00:00',
      '```',
    ]);
  });

  test('text, Markdown and JSON show the served shares, byte-identical for the same commits and --now', async () => {
    for (const format of ['text', 'json', 'markdown']) {
      const a = await cli(repo.dir, 'history', '--no-verdicts', '--format', format, '--now', NOW);
      const b = await cli(repo.dir, 'history', '--no-verdicts', '--format', format, '--now', NOW);
      expect(a.code).toBe(0);
      expect(a.out).toBe(b.out);
    }
    const name = `flagd flag flag=renewal-risk-assistant variant=on in ${FLAG_FILE}`;
    const text = (await cli(repo.dir, 'history', '--no-verdicts', '--now', NOW)).out.split('\n');
    expect(text).toEqual(
      expect.arrayContaining([
        `  2026-01-03 00:00 ${c.raise!.slice(0, 12)} Bob Ramp: not replayed, canary at 5%`,
        `      ${name} now serves 10% (targeting serves on to 10%)`,
        '  served by its exposure sources:',
        `    ${name}: 25% held 2d from 2026-01-05 00:00`,
        `    ${name}: 5% holding 13d from 2026-01-07 00:00`,
      ]),
    );
    const md = (await cli(repo.dir, 'history', '--no-verdicts', '--format', 'markdown', '--now', NOW)).out;
    expect(md).toContain(
      `| 2026-01-07 00:00 | \`${c.rollback!.slice(0, 12)}\` | Bob Ramp | ${name} now serves 5% (targeting serves on to 5%) | canary at 5% | not replayed |`,
    );
    expect(md).toContain(`  section served by ${FLAG_FILE} flag=renewal-risk-assistant variant=on\n`);
    const json = JSON.parse((await cli(repo.dir, 'history', '--no-verdicts', '--format', 'json', '--now', NOW)).out) as RolloutHistory;
    expect(json.timelines[0]!.entries[2]).toMatchObject({
      commit: c.raiseAgain,
      verdict: null,
      events: [{ kind: 'source_served', source: FLAG_REF, served: { state: 'measured', low: 25, high: 25 } }],
    });
    expect(json.timelines[0]!.served).toHaveLength(4);
  });

  test('a commit that changes only the flag gets the verdict a gate run on it gives the manifest: raises block, the rollback passes', async () => {
    const outcome = await runHistory({ repoDir: repo.dir, now: new Date(NOW) });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const entries = outcome.history.timelines[0]!.entries;
    for (const commit of [c.raise, c.raiseAgain, c.rollback]) {
      const entry = entries.find((e) => e.commit === commit)!;
      const run = await runGate({ repoDir: repo.dir, head: commit, now: new Date(entry.date) });
      if (!run.ok) throw new Error(run.failure.message);
      expect(entry.verdict).toBe(run.report.manifests.find((m) => m.file === entry.path)!.verdict);
    }
    expect(entries.map((e) => [e.commit, e.verdict])).toEqual([
      [c.start, expect.any(String)],
      [c.raise, 'block'],
      [c.raiseAgain, 'block'],
      [c.rollback, 'pass'],
      [c.declare, expect.any(String)],
    ]);
  });
});

describe('a binding added mid-history, a source version that cannot be read, the binding retargeted, then dropped', () => {
  let repo: TestRepo;
  let history: RolloutHistory;
  const c: Record<string, string> = {};
  const OTHER = 'flags/renewal-v2.flagd.json';
  beforeAll(async () => {
    repo = createRepo();
    c.start = commitAs(
      repo,
      { ...EVIDENCE_FILES, [MANIFEST]: readyManifest({ tenantPercent: 10 }), [FLAG_FILE]: flagdFile(5) },
      'no binding yet',
      ALICE,
      '2026-01-01T00:00:00Z',
    );
    // Before the manifest binds it, the flag file is nothing to this rollout's timeline.
    c.unbound = commitAs(repo, { [FLAG_FILE]: flagdFile(10) }, 'flag to 10%', BOB, '2026-01-02T00:00:00Z');
    c.bind = commitAs(repo, { [MANIFEST]: boundManifest(FLAG_BINDING, { tenantPercent: 10 }) }, 'bind the flag', ALICE, '2026-01-03T00:00:00Z');
    c.broken = commitAs(repo, { [FLAG_FILE]: flagdFile(10).replace('"state": "ENABLED"', '"state": "ON"') }, 'typo', BOB, '2026-01-04T00:00:00Z');
    // A manifest version that does not load keeps the binding of the last one that did.
    c.badManifest = commitAs(repo, { [MANIFEST]: boundManifest(FLAG_BINDING, { tenantPercent: 10 }) + 'oops: [\n' }, 'bad yaml', ALICE, '2026-01-04T12:00:00Z');
    c.fixed = commitAs(repo, { [FLAG_FILE]: flagdFile(10) }, 'fix', BOB, '2026-01-05T00:00:00Z');
    c.goodManifest = commitAs(repo, { [MANIFEST]: boundManifest(FLAG_BINDING, { tenantPercent: 10 }) }, 'fix the yaml', ALICE, '2026-01-05T12:00:00Z');
    c.deleted = commitAs(repo, { [FLAG_FILE]: null }, 'delete the flag file', BOB, '2026-01-06T00:00:00Z');
    c.retarget = commitAs(
      repo,
      { [OTHER]: flagdFile(10), [MANIFEST]: boundManifest(FLAG_BINDING.replace(FLAG_FILE, OTHER), { tenantPercent: 10 }) },
      'bind the new flag file',
      ALICE,
      '2026-01-07T00:00:00Z',
    );
    c.unbind = commitAs(repo, { [MANIFEST]: readyManifest({ tenantPercent: 10 }) }, 'drop the binding', ALICE, '2026-01-08T00:00:00Z');
    c.after = commitAs(repo, { [OTHER]: flagdFile(50) }, 'no longer bound', BOB, '2026-01-09T00:00:00Z');
    history = await historyOf(repo);
  });
  afterAll(() => repo.cleanup());

  test('each point in time is read with the binding of the manifest version live then', () => {
    expect(servedEvents(history)).toEqual([
      [c.start, ['manifest_added', 'stage_went_live']],
      [c.bind, [`${FLAG_FILE} 10-10`]],
      [c.broken, [`${FLAG_FILE} unmeasured`]],
      [c.badManifest, ['manifest_invalid']],
      [c.fixed, [`${FLAG_FILE} 10-10`]],
      [c.deleted, [`${FLAG_FILE} unmeasured`]],
      [c.retarget, [`${FLAG_FILE} unbound`, `${OTHER} 10-10`]],
      [c.unbind, [`${OTHER} unbound`]],
    ]);
  });

  test('what cannot be measured says why, and is never a share', () => {
    const events = history.timelines[0]!.entries.flatMap((e) => e.events);
    const unmeasured = events.flatMap((e) => (e.kind === 'source_served' && e.served.state === 'unmeasured' ? [e.served.reason] : []));
    expect(unmeasured).toEqual([expect.stringMatching(/^flagd: /), `${FLAG_FILE} does not exist at this commit`]);
    const holds = history.timelines[0]!.served.map((h) => [h.source.path, h.served.state, h.from.slice(0, 10), h.until.slice(0, 10), h.ongoing]);
    expect(holds).toEqual([
      [FLAG_FILE, 'measured', '2026-01-03', '2026-01-04', false],
      [FLAG_FILE, 'unmeasured', '2026-01-04', '2026-01-05', false],
      [FLAG_FILE, 'measured', '2026-01-05', '2026-01-06', false],
      [FLAG_FILE, 'unmeasured', '2026-01-06', '2026-01-07', false],
      [OTHER, 'measured', '2026-01-07', '2026-01-08', false],
    ]);
    const rows = chartRows(history.timelines[0]!).filter((r) => r.section.startsWith('served by'));
    expect(rows.map((r) => [r.label, r.tag])).toEqual([
      ['serves 10%, held 1d', 'done'],
      ['cannot be measured, held 1d', 'crit'],
      ['serves 10%, held 1d', 'done'],
      ['cannot be measured, held 1d', 'crit'],
      ['serves 10%, held 1d', 'done'],
    ]);
  });

  test('the text says it in words', async () => {
    const text = (await cli(repo.dir, 'history', '--no-verdicts', '--now', NOW)).out;
    const name = `flagd flag flag=renewal-risk-assistant variant=on in ${FLAG_FILE}`;
    expect(text).toContain(`      ${name}: what it serves cannot be measured: ${FLAG_FILE} does not exist at this commit\n`);
    expect(text).toContain(`      ${name} is no longer bound as an exposure source\n`);
    expect(text).toContain(`    ${name}: cannot be measured held 1d from 2026-01-04 00:00\n`);
  });
});

describe('an Argo Rollout, read as the gate reads it', () => {
  test('created with its binding it deploys at once (100%); its next update stops at the first pause', async () => {
    const repo = createRepo();
    try {
      const c: Record<string, string> = {};
      c.start = commitAs(
        repo,
        { ...EVIDENCE_FILES, [MANIFEST]: boundManifest(ROLLOUT_BINDING), [ROLLOUT_FILE]: rolloutFile() },
        'new Rollout',
        ALICE,
        '2026-01-01T00:00:00Z',
      );
      // The manifest changes, the Rollout does not: it keeps what it served.
      c.owner = commitAs(repo, { [MANIFEST]: boundManifest(ROLLOUT_BINDING).replace('"FinOps"', '"Cost Office"') }, 'owner', ALICE, '2026-01-02T00:00:00Z');
      c.update = commitAs(repo, { [ROLLOUT_FILE]: rolloutFile({ image: 'ghcr.io/example/renewal-risk:1.5.0' }) }, 'new image', BOB, '2026-01-03T00:00:00Z');
      c.gone = commitAs(repo, { [MANIFEST]: null }, 'remove the manifest', ALICE, '2026-01-04T00:00:00Z');
      c.away = commitAs(repo, { [ROLLOUT_FILE]: rolloutFile({ image: 'ghcr.io/example/renewal-risk:1.6.0' }) }, 'unbound update', BOB, '2026-01-05T00:00:00Z');
      c.back = commitAs(repo, { [MANIFEST]: boundManifest(ROLLOUT_BINDING) }, 'restore the manifest', ALICE, '2026-01-06T00:00:00Z');
      const history = await historyOf(repo);
      expect(servedEvents(history)).toEqual([
        [c.start, ['manifest_added', 'stage_went_live', `${ROLLOUT_FILE} 100-100`]],
        [c.owner, ['owner_changed']],
        [c.update, [`${ROLLOUT_FILE} 5-5`]],
        [c.gone, ['manifest_removed', `${ROLLOUT_FILE} unbound`]],
        // Bound again to a Rollout that already exists: read as the gate reads an update, to its first pause.
        [c.back, ['manifest_added', 'stage_went_live', `${ROLLOUT_FILE} 5-5`]],
      ]);
    } finally {
      repo.cleanup();
    }
  });
});

test('a bound path is read as the gate reads it: normalized, or refused with the reason; a link is never followed', async () => {
  const repo = createRepo();
  try {
    const outside = FLAG_BINDING.replace(FLAG_FILE, '../flags/renewal.flagd.json');
    const more = (path: string) => FLAG_BINDING.replace(FLAG_FILE, path).replace('  exposure_sources:\n', '');
    const link = 'flags/link.flagd.json';
    commitAs(
      repo,
      {
        ...EVIDENCE_FILES,
        [MANIFEST]: boundManifest(outside + more(`./${FLAG_FILE}`) + more(link)),
        [FLAG_FILE]: flagdFile(5),
        [link]: { symlink: 'renewal.flagd.json' },
      },
      'start',
      ALICE,
      '2026-01-01T00:00:00Z',
    );
    const events = (await historyOf(repo)).timelines[0]!.entries[0]!.events.filter((e) => e.kind === 'source_served');
    expect(events).toEqual([
      {
        kind: 'source_served',
        source: { ...FLAG_REF, path: '../flags/renewal.flagd.json' },
        served: { state: 'unmeasured', reason: 'exposure source path "../flags/renewal.flagd.json" leaves the repository (contains ..)' },
      },
      { kind: 'source_served', source: FLAG_REF, served: { state: 'measured', low: 5, high: 5, basis: 'targeting serves on to 5%' } },
      { kind: 'source_served', source: { ...FLAG_REF, path: link }, served: { state: 'unmeasured', reason: 'exposure source is a symbolic link' } },
    ]);
  } finally {
    repo.cleanup();
  }
});

describe('source samples refuse versions that are not on the walked chain', () => {
  test('versions from another branch cannot be lined up: a git failure, never a silent timeline', async () => {
    const repo = createRepo();
    const reader = new BlobReader(repo.dir);
    try {
      repo.commitFiles({ [MANIFEST]: boundManifest(FLAG_BINDING), [FLAG_FILE]: flagdFile(5) }, 'start');
      repo.git('checkout', '-q', '-b', 'side');
      const sideOnly = 'rollouts/side-only.yaml';
      const side = repo.commitFiles({ [MANIFEST]: boundManifest(FLAG_BINDING, { tenantPercent: 10 }), [sideOnly]: boundManifest(FLAG_BINDING) }, 'side');
      repo.git('checkout', '-q', 'main');
      const main = repo.commitFiles({ [FLAG_FILE]: flagdFile(10) }, 'main');
      const walked = await branchVersions(repo.dir, side, [MANIFEST, sideOnly], reader, { shallowFile: `${repo.dir}/.git/shallow`, maxCount: 50 });
      const versions = walked.get(MANIFEST) as readonly ManifestVersion[];
      // The first version is on main, the second is not; a manifest made on the side branch has none there.
      for (const [path, vs] of [
        [MANIFEST, versions],
        [sideOnly, walked.get(sideOnly) as readonly ManifestVersion[]],
      ] as const)
        await expect(sourceSamples(repo.dir, main, new Map([[path, vs]]), reader)).rejects.toThrow(/could not be lined up/);
      // On its own chain the same versions line up.
      const samples = await sourceSamples(repo.dir, side, new Map([[MANIFEST, versions]]), reader);
      expect(samples.get(MANIFEST)!.map((s) => s.readings.map((r) => r.served.state === 'measured' && r.served.high))).toEqual([[5], [5]]);
    } finally {
      await reader.close();
      repo.cleanup();
    }
  });

  test('manifests that bind nothing cost no walk and get no samples', async () => {
    const repo = createRepo();
    const reader = new BlobReader(repo.dir);
    try {
      const tip = repo.commitFiles({ [MANIFEST]: readyManifest() }, 'start');
      const walked = await branchVersions(repo.dir, tip, [MANIFEST], reader, { shallowFile: `${repo.dir}/.git/shallow`, maxCount: 50 });
      expect(await sourceSamples(repo.dir, tip, new Map([[MANIFEST, walked.get(MANIFEST) as readonly ManifestVersion[]]]), reader)).toEqual(new Map());
    } finally {
      await reader.close();
      repo.cleanup();
    }
  });
});
