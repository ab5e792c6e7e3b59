// BlobReader keeps Node's event loop alive exactly while it owes answers, including while close() waits for
// git to exit. Jest's own handles keep its loop alive, so this runs the reader in a plain Node process: a
// process that ends early would print nothing and exit 0, the same as a gate that silently passed.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { createRepo, type TestRepo } from '../helpers/repo.js';

let repo: TestRepo;
let scratch: string;
let script: string;

beforeAll(async () => {
  repo = createRepo();
  repo.commitFiles({ 'a.txt': 'alpha\n', 'b.txt': 'beta\n' }, 'two files');
  scratch = mkdtempSync(join(tmpdir(), 'rollout-gate-lifetime-'));
  script = join(scratch, 'close-with-reads-outstanding.mjs');
  // Each round asks for a blob and closes the reader before the answer has arrived.
  const entry = `
    import { BlobReader } from ${JSON.stringify(resolve('src/git/blobs.ts'))};
    const [dir, rounds] = [process.argv[2], Number(process.argv[3])];
    for (let i = 0; i < rounds; i++) {
      const reader = new BlobReader(dir);
      const answer = reader.readMany(['HEAD:a.txt']).then(([b]) => b);
      const closed = reader.close();
      const blob = await answer;
      await closed;
      if (!blob || blob.tooLarge || blob.content.toString() !== 'alpha\\n') throw new Error('wrong content in round ' + i);
    }
    process.stdout.write('finished ' + rounds + ' rounds\\n');
  `;
  await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'silent',
  });
});

afterAll(() => {
  repo.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

test('close() with a read still outstanding keeps the process alive until git has exited', async () => {
  const run = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [script, repo.dir, '40'], { timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe('finished 40 rounds\n');
  expect(run.code).toBe(0);
});
