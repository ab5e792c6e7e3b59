// streamGit: git's output as it arrives, and git stopped once the reader has what it needs.
import { GitError } from '../../src/git/exec.js';
import { streamGit } from '../../src/git/stream.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

describe('streamGit', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = createRepo();
    for (let i = 0; i < 3; i++) repo.commitFiles({ 'a.txt': `${i}\n` }, `commit ${i}`);
  });
  afterAll(() => repo.cleanup());

  test('hands over all of the output when the reader wants it all', async () => {
    const chunks: Buffer[] = [];
    const r = await streamGit(repo.dir, ['log', '--format=%s'], (c) => (chunks.push(c), 'more'));
    expect(r).toEqual({ stopped: false });
    expect(Buffer.concat(chunks).toString('utf8')).toBe('commit 2\ncommit 1\ncommit 0\n');
  });

  test("stops git when the reader says 'enough'", async () => {
    let calls = 0;
    const r = await streamGit(repo.dir, ['log', '--format=%s'], () => (calls++, 'enough'));
    expect(r).toEqual({ stopped: true });
    expect(calls).toBe(1);
  });

  test('a failing git rejects with a classified GitError', async () => {
    const error = (await streamGit(repo.dir, ['log', '--end-of-options', 'no-such-rev', '--'], () => 'more').catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(error.kind).toBe('unknown_revision');
  });

  test("a reader's error rejects the stream", async () => {
    await expect(
      streamGit(repo.dir, ['log'], () => {
        throw new Error('unreadable');
      }),
    ).rejects.toThrow('unreadable');
  });
});
