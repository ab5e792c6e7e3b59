// The exposure-source benchmark's repository at a small size: every manifest and flag file is valid, and a
// gate run on its PR (one flag file changed) judges exactly the manifest that binds it. `npm run bench` times it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifest } from '../../src/core/load/documents.js';
import { runGate } from '../../src/engine/run.js';
import { readSource } from '../../src/core/sources/readers.js';
import { BENCH_NOW } from '../../scripts/bench/generate.mjs';
import { boundManifestYaml, flagFile, flagPath, generateSourcesRepo } from '../../scripts/bench/sources.mjs';

describe('exposure-source benchmark repository', () => {
  test('its manifests bind flag files that serve what they declare', () => {
    const m = loadManifest('rollouts/x.yaml', boundManifestYaml(3, 2000));
    if (!m.ok) throw new Error(m.problems[0]?.message);
    const [binding] = m.value.exposureSources;
    expect(binding).toMatchObject({ kind: 'flagd', path: flagPath(3, 2000) });
    const read = readSource(flagPath(3, 2000), flagFile(3, 5), binding!, { now: new Date(BENCH_NOW) });
    expect(read.ok && [read.served.low, read.served.high]).toEqual([5, 5]);
  });

  test('the PR changes one flag file, and the gate judges exactly the manifest that binds it', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'rollout-gate-bench-sources-'));
    try {
      const repo = await generateSourcesRepo({ dir: join(tmp, 'repo'), manifests: 20 });
      const outcome = await runGate({ repoDir: repo.dir, base: repo.base, head: repo.head, now: new Date(BENCH_NOW) });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(outcome.report.manifests.map((x) => x.file)).toEqual([repo.changedManifest]);
      expect(outcome.report.changes).toEqual([
        expect.objectContaining({ kind: 'source_exposure_increased', file: repo.changedSource, from: { low: 5, high: 5 }, to: { low: 10, high: 10 } }),
      ]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
