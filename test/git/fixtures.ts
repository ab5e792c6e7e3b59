// Bulk fixtures for the git-layer tests: `git fast-import` writes many files as one pack in one
// process, where the helper's one `git add` per file would dominate the suite's run time.
import { execFileSync } from 'node:child_process';

export interface ImportOptions {
  /** Commit to build on (its tree is kept, the files are added on top); default: a root commit. */
  parent?: string;
  /** ISO date for author and committer. */
  date?: string;
  message?: string;
}

/** Commits `files` to `ref` (e.g. refs/heads/many) without touching the index or work tree; returns the commit id. */
export function importCommit(dir: string, ref: string, files: Record<string, string | Buffer>, options: ImportOptions = {}): string {
  const when = Math.floor(Date.parse(options.date ?? '2026-01-01T00:00:00Z') / 1000);
  const message = Buffer.from(options.message ?? 'import');
  const parts: Buffer[] = [
    Buffer.from(`commit ${ref}\nmark :1\ncommitter Test Author <author@example.com> ${when} +0000\ndata ${message.length}\n`),
    message,
    Buffer.from('\n'),
  ];
  if (options.parent) parts.push(Buffer.from(`from ${options.parent}\n`));
  for (const [path, content] of Object.entries(files)) {
    if (/[\n"]/.test(path) || path.startsWith(' ')) throw new Error(`importCommit cannot encode path ${JSON.stringify(path)}`);
    const body = Buffer.isBuffer(content) ? content : Buffer.from(content);
    parts.push(Buffer.from(`M 100644 inline ${path}\ndata ${body.length}\n`), body, Buffer.from('\n'));
  }
  parts.push(Buffer.from('done\n'));
  execFileSync('git', ['fast-import', '--quiet', '--done'], {
    cwd: dir,
    input: Buffer.concat(parts),
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
  return execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: dir, encoding: 'utf8' }).trim();
}
