// Loading many manifests on every core: the worker threads give exactly what loading in this thread gives,
// in order, problems included; a worker that dies hands its work back to this thread; and a small run, or
// one without the bundled worker script (running from source), never starts a worker.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { answer, bundledWorkerFile, inThreadLoader, manifestLoader, MIN_ITEMS_FOR_WORKERS, type LoadItem } from '../../src/engine/manifestLoader.js';
import { renderJson } from '../../src/core/render/json.js';
import { runGate } from '../../src/engine/run.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { createRepo } from '../helpers/repo.js';

const WORKER = resolve('dist/loadWorker.js');

/** Varied manifests: valid ones of several shares, one that is not YAML, one that breaks the schema, one empty. */
function items(n: number): LoadItem[] {
  return Array.from({ length: n }, (_, i) => {
    const file = `rollouts/m-${i}.yaml`;
    if (i % 97 === 5) return { file, bytes: Buffer.from('rollout_plan: [broken') };
    if (i % 89 === 7) return { file, bytes: Buffer.from('rollout_plan:\n  workflow: 3\n') };
    if (i % 83 === 11) return { file, bytes: Buffer.from('') };
    return { file, bytes: Buffer.from(readyManifest({ tenantPercent: (i % 20) + 1 })) };
  });
}

describe('the manifest loader', () => {
  test('worker threads load what this thread loads, in order, with and without plain data', async () => {
    const many = items(260);
    for (const keepRaw of [false, true]) {
      const pool = manifestLoader(many.length, WORKER, 2);
      expect(pool).not.toBe(inThreadLoader);
      try {
        const [viaWorkers, here] = await Promise.all([pool.load(many, { keepRaw }), inThreadLoader.load(many, { keepRaw })]);
        expect(viaWorkers).toEqual(here);
        expect(viaWorkers.filter((r) => !r.ok).length).toBeGreaterThanOrEqual(6);
      } finally {
        await pool.close();
      }
    }
  });

  test('the live stage is one of the stages after the trip, as it is when loaded here', async () => {
    const pool = manifestLoader(MIN_ITEMS_FOR_WORKERS, WORKER, 2);
    try {
      const [loaded] = await pool.load([{ file: 'rollouts/a.yaml', bytes: Buffer.from(readyManifest()) }], { keepRaw: false });
      if (!loaded?.ok) throw new Error('expected the manifest to load');
      expect(loaded.value.stages).toContain(loaded.value.currentStage);
    } finally {
      await pool.close();
    }
  });

  test('a worker that dies leaves its chunk and the rest to this thread, with the same result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-loader-'));
    try {
      const dying = join(dir, 'dying.mjs');
      writeFileSync(dying, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
      const many = items(MIN_ITEMS_FOR_WORKERS);
      const pool = manifestLoader(many.length, dying, 2);
      try {
        expect(await pool.load(many, { keepRaw: false })).toEqual(await inThreadLoader.load(many, { keepRaw: false }));
        // Once broken, the pool loads in this thread.
        expect(await pool.load(many.slice(0, 3), { keepRaw: false })).toEqual(await inThreadLoader.load(many.slice(0, 3), { keepRaw: false }));
      } finally {
        await pool.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a few manifests, one core, or no worker script: loaded in this thread', () => {
    expect(manifestLoader(MIN_ITEMS_FOR_WORKERS - 1, WORKER, 2)).toBe(inThreadLoader);
    expect(manifestLoader(10_000, WORKER, 1)).toBe(inThreadLoader);
    expect(manifestLoader(10_000, null, 4)).toBe(inThreadLoader);
    // Run from source, there is no worker script beside the module.
    expect(bundledWorkerFile()).toBeNull();
  });

  test("the worker's answer is the in-thread load of each file in the request", async () => {
    const few = items(12).slice(4, 8);
    const bytes = Buffer.concat(few.map((i) => i.bytes));
    let end = 0;
    const ends = few.map((i) => (end += i.bytes.length));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    const reply = answer({ id: 7, files: few.map((i) => i.file), ends, bytes: buffer, keepRaw: true });
    expect(reply.id).toBe(7);
    expect(reply.results).toEqual(await inThreadLoader.load(few, { keepRaw: true }));
    expect(reply.results.map((r) => r.ok)).toEqual([true, false, true, false]);
  });
});

describe('a full check of many manifests, read and loaded a batch ahead, through the bundled CLI', () => {
  test('reports exactly what the engine reports from source', async () => {
    const repo = createRepo();
    try {
      const files = Object.fromEntries(
        Array.from({ length: MIN_ITEMS_FOR_WORKERS + 10 }, (_, i) => [
          `rollouts/w-${String(i).padStart(3, '0')}.yaml`,
          i % 50 === 7 ? 'rollout_plan: [broken' : readyManifest({ tenantPercent: (i % 9) + 1 }).replace('"AI renewal-risk assistant"', `"assistant ${i}"`),
        ]),
      );
      repo.commitFiles({ ...EVIDENCE_FILES, ...files }, 'many rollouts');
      const cli = spawnSync(process.execPath, [resolve('dist/cli.js'), 'check', '--all', '--format', 'json', '--now', '2026-06-01T00:00:00Z'], {
        cwd: repo.dir,
        encoding: 'utf8',
      });
      const here = await runGate({ repoDir: repo.dir, all: true, now: new Date('2026-06-01T00:00:00Z') });
      if (!here.ok) throw new Error(here.failure.message);
      expect(cli.stdout).toBe(renderJson(here.report));
      expect(here.report.manifests).toHaveLength(MIN_ITEMS_FOR_WORKERS + 10);
      expect(here.report.manifests.filter((m) => m.verdict === 'block').length).toBeGreaterThanOrEqual(5);
    } finally {
      repo.cleanup();
    }
  }, 60_000);
});
