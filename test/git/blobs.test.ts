import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobReader, type BlobRead } from '../../src/git/blobs.js';
import { GitError } from '../../src/git/exec.js';
import { listTree } from '../../src/git/tree.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';
import { importCommit } from './fixtures.js';

/** One object through the pipelined reader. */
const readOne = async (r: BlobReader, name: string) => (await r.readMany([name]))[0] ?? null;

const COUNT = 3000;

/** Deterministic content of varying size; every 7th file is binary with NUL and LF bytes. */
function contentFor(i: number): Buffer {
  if (i % 7 === 0) {
    const bytes = Buffer.alloc(50 + (i % 300));
    for (let j = 0; j < bytes.length; j++) bytes[j] = (i * 31 + j * 7) % 256;
    bytes[0] = 0;
    bytes[1] = 0x0a;
    return bytes;
  }
  return Buffer.from(`id: ${i}\nstage: canary\n${'x'.repeat(i % 2000)}\n`);
}

function content(result: BlobRead | null | undefined): Buffer {
  if (!result || result.tooLarge) throw new Error('expected content');
  return result.content;
}

describe('BlobReader', () => {
  let repo: TestRepo;
  let head: string;
  let many: string;
  let oids: string[];
  const big = Buffer.alloc(3 * 1024 * 1024 + 17, 'abc\0\n');
  const readers: BlobReader[] = [];
  const reader = (options?: ConstructorParameters<typeof BlobReader>[1]): BlobReader => {
    const r = new BlobReader(repo.dir, options);
    readers.push(r);
    return r;
  };

  beforeAll(async () => {
    repo = createRepo();
    head = repo.commitFiles(
      {
        'réglages/✓.yaml': 'stage: ga\n',
        'with space.yaml': 'space: true\n',
        '-dash.yaml': 'dash: true\n',
        'new\nline.yaml': 'newline: true\n',
        'empty.txt': '',
      },
      'odd names',
    );
    const files: Record<string, Buffer> = { 'big.bin': big };
    for (let i = 0; i < COUNT; i++) files[`many/f${String(i).padStart(4, '0')}.bin`] = contentFor(i);
    many = importCommit(repo.dir, 'refs/heads/many', files, { parent: head });
    const entries = await listTree(repo.dir, many, ['many']);
    expect(entries).toHaveLength(COUNT);
    oids = entries.map((e) => e.oid);
  });
  afterAll(async () => {
    await Promise.all(readers.map((r) => r.close()));
    repo.cleanup();
  });

  it(`reads ${COUNT} blobs in one pipelined readMany with exact contents`, async () => {
    const r = reader();
    const results = await r.readMany(oids);
    expect(results).toHaveLength(COUNT);
    for (let i = 0; i < COUNT; i++) {
      const result = results[i];
      expect(result?.oid).toBe(oids[i]);
      expect(result?.type).toBe('blob');
      expect(content(result).equals(contentFor(i))).toBe(true);
      expect(result?.size).toBe(contentFor(i).length);
    }
    // Same process answers again afterwards, in a different order, interleaved with other calls.
    const [again, single] = await Promise.all([r.readMany([...oids].reverse()), readOne(r, oids[5] as string)]);
    expect(content(again[0]).equals(contentFor(COUNT - 1))).toBe(true);
    expect(content(single).equals(contentFor(5))).toBe(true);
  });

  it('reads by <commit>:<path>, including unicode, spaces and leading dashes, and big or empty blobs', async () => {
    const r = reader();
    const [unicode, space, dash, bigBlob, empty] = await r.readMany([
      `${head}:réglages/✓.yaml`,
      `${head}:with space.yaml`,
      `${head}:-dash.yaml`,
      `${many}:big.bin`,
      `${head}:empty.txt`,
    ]);
    expect(content(unicode).toString('utf8')).toBe('stage: ga\n');
    expect(content(space).toString('utf8')).toBe('space: true\n');
    expect(content(dash).toString('utf8')).toBe('dash: true\n');
    expect(content(bigBlob).equals(big)).toBe(true);
    expect(empty).toMatchObject({ size: 0, tooLarge: false });
    expect(content(empty)).toHaveLength(0);
    const tree = await readOne(r, `${head}^{tree}`);
    expect(tree?.type).toBe('tree');
  });

  it('returns null for missing objects without disturbing the other answers', async () => {
    const r = reader();
    const results = await r.readMany([
      oids[0] as string,
      '0123456789012345678901234567890123456789',
      `${head}:no/such file.yaml`,
      'no-such-ref:x',
      '',
      oids[1] as string,
    ]);
    expect(results.map((x) => x === null)).toEqual([false, true, true, true, true, false]);
    expect(content(results[5]).equals(contentFor(1))).toBe(true);
    expect(await readOne(r, '0123456789012345678901234567890123456789')).toBeNull();
  });

  it('rejects an ambiguous short id without disturbing other reads', async () => {
    const r = reader();
    const seen = new Map<string, string>();
    let prefix: string | undefined;
    for (const oid of oids) {
      const p = oid.slice(0, 4);
      if (seen.has(p) && seen.get(p) !== oid) {
        prefix = p;
        break;
      }
      seen.set(p, oid);
    }
    expect(prefix).toBeDefined();
    const error = (await r.readMany([oids[0] as string, prefix as string]).catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(error.kind).toBe('unknown_revision');
    expect(error.message).toContain('ambiguous');
    expect(content(await readOne(r, oids[9] as string)).equals(contentFor(9))).toBe(true);
  });

  it('answers reads already asked when closed', async () => {
    const r = reader();
    const pending = r.readMany(oids); // several 64 KiB writes: close() must wait for all of them
    await r.close();
    const results = await pending;
    expect(results.every((x, i) => x !== null && content(x).equals(contentFor(i)))).toBe(true);
  });

  it('rejects names that cannot be sent over the batch protocol', async () => {
    const r = reader();
    for (const name of [`${head}:new\nline.yaml`, 'HEAD:a\r']) {
      const error = (await readOne(r, name).catch((e: unknown) => e)) as GitError;
      expect(error).toBeInstanceOf(GitError);
      expect(error.kind).toBe('failed');
      expect(error.message).toContain('object id');
    }
    // The blob itself is readable by its id.
    const oid = repo.git('rev-parse', `${head}:new\nline.yaml`).trim();
    expect(content(await readOne(r, oid)).toString()).toBe('newline: true\n');
  });

  it('skips over objects larger than maxBlobSize without holding them', async () => {
    const r = reader({ maxBlobSize: 1024 * 1024 });
    const [bigBlob, small] = await r.readMany([`${many}:big.bin`, oids[3] as string]);
    expect(bigBlob).toEqual({ oid: repo.git('rev-parse', `${many}:big.bin`).trim(), type: 'blob', size: big.length, tooLarge: true, content: null });
    expect(small?.tooLarge).toBe(false);
    expect(content(small).equals(contentFor(3))).toBe(true);
  });

  it('rejects pending reads when the git process dies, and stays failed', async () => {
    const r = reader();
    const pending = r.readMany(oids);
    const pid = r.pid;
    expect(pid).toBeGreaterThan(0);
    process.kill(pid as number, 'SIGKILL');
    const error = (await pending.catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(['failed', 'corrupt']).toContain(error.kind);
    expect(error.message).toContain('cat-file --batch');
    await expect(readOne(r, oids[0] as string)).rejects.toBeInstanceOf(GitError);
  });

  it('reports git_missing when git is not on PATH', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'rollout-gate-nogit-'));
    try {
      const r = reader({ env: { PATH: empty } });
      await expect(readOne(r, oids[0] as string)).rejects.toMatchObject({ kind: 'git_missing' });
      await r.close();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('refuses reads after close', async () => {
    const r = reader();
    expect(content(await readOne(r, oids[2] as string)).equals(contentFor(2))).toBe(true);
    await r.close();
    await expect(readOne(r, oids[2] as string)).rejects.toThrow(/closed/);
  });

  it('reads a corrupt loose object as missing (git 2.39 cat-file --batch behaviour)', async () => {
    const r2 = createRepo();
    try {
      r2.commitFiles({ 'a.txt': 'hello\n', 'b.txt': 'world\n' }, 'x');
      const a = r2.git('rev-parse', 'HEAD:a.txt').trim();
      const b = r2.git('rev-parse', 'HEAD:b.txt').trim();
      const file = join(r2.dir, '.git', 'objects', a.slice(0, 2), a.slice(2));
      chmodSync(file, 0o644);
      writeFileSync(file, 'not zlib at all');
      const r = new BlobReader(r2.dir);
      try {
        const [ra, rb] = await r.readMany([a, b]);
        expect(ra).toBeNull();
        expect(content(rb).toString()).toBe('world\n');
      } finally {
        await r.close();
      }
    } finally {
      r2.cleanup();
    }
  });

  it('reports not_a_repo outside a repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-norepo-'));
    const r = new BlobReader(dir);
    try {
      const error = (await readOne(r, 'HEAD').catch((e: unknown) => e)) as GitError;
      expect(error).toBeInstanceOf(GitError);
      expect(error.kind).toBe('not_a_repo');
    } finally {
      await r.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
