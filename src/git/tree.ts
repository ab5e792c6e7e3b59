// Trees: listing the files of a commit and the changes between two commits. Both read git's
// NUL-separated (-z) output, so any path (spaces, tabs, newlines, leading dashes, unicode) comes
// through byte-exact; paths are decoded as UTF-8. Each call is a single git process.
import { GitError, git } from './exec.js';

export interface TreeEntry {
  path: string;
  /** Octal mode as git prints it: 100644, 100755, 120000 (symlink), 160000 (gitlink), 040000. */
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  oid: string;
  /** Blob size in bytes; null for gitlinks (and trees). */
  size: number | null;
}

const NUL = 0;
const TAB = 9;

/** Splits -z output into records; the trailing empty record after the final NUL is dropped. */
function* nulRecords(out: Buffer): Generator<Buffer> {
  let start = 0;
  while (start < out.length) {
    let end = out.indexOf(NUL, start);
    if (end === -1) end = out.length;
    yield out.subarray(start, end);
    start = end + 1;
  }
}

function protocolError(args: readonly string[], cwd: string, what: string): GitError {
  return new GitError('failed', args, '', { cwd, message: `unexpected output from git ${args.join(' ')} in ${cwd}: ${what}` });
}

/**
 * Every file (recursively) in `commit`'s tree, or only those under `pathspecs`. Pathspecs are
 * literal paths relative to the repository root (GIT_LITERAL_PATHSPECS=1: `*`, `?`, `:(magic)` and
 * leading dashes mean themselves); a directory pathspec selects everything under it. Absent or empty
 * pathspecs list the whole tree, as git does.
 */
export async function listTree(cwd: string, commit: string, pathspecs: readonly string[] = [], options: { sizes?: boolean } = {}): Promise<TreeEntry[]> {
  // ls-tree has no `--` separator (a `--` would be a path); --end-of-options before the tree-ish
  // keeps the tree-ish and every path after it from being parsed as options.
  // Sizes cost a read of every blob (-l), so listings that only need names and ids skip them.
  const sizes = options.sizes ?? true;
  const args = ['ls-tree', '-r', '-z', ...(sizes ? ['-l'] : []), '--full-tree', '--end-of-options', commit, ...pathspecs];
  const out = await git(cwd, args, { env: { GIT_LITERAL_PATHSPECS: '1' } });
  const entries: TreeEntry[] = [];
  for (const record of nulRecords(out)) {
    // <mode> SP <type> SP <oid> SP+ <size or -> TAB <path>
    const tab = record.indexOf(TAB);
    if (tab === -1) throw protocolError(args, cwd, 'record without a tab');
    const fields = record.subarray(0, tab).toString('latin1').trim().split(/ +/);
    const [mode, type, oid, size = '-'] = fields;
    if (fields.length !== (sizes ? 4 : 3) || !mode || !oid || (type !== 'blob' && type !== 'tree' && type !== 'commit')) {
      throw protocolError(args, cwd, JSON.stringify(record.subarray(0, tab).toString('latin1')));
    }
    entries.push({
      path: record.subarray(tab + 1).toString('utf8'),
      mode,
      type,
      oid,
      size: size === '-' ? null : Number(size),
    });
  }
  return entries;
}

interface ChangeIds {
  path: string;
  /** null when the side does not exist (added: old side; deleted: new side). */
  oldOid: string | null;
  newOid: string | null;
  oldMode: string | null;
  newMode: string | null;
}

export type FileChange =
  | (ChangeIds & { status: 'added' | 'modified' | 'deleted' | 'type_changed' })
  | (ChangeIds & { status: 'renamed' | 'copied'; from: string; /** 0-100 */ similarity: number });

const STATUS: Record<string, 'added' | 'modified' | 'deleted' | 'type_changed'> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  T: 'type_changed',
};

function nullIfZero(value: string, zero: RegExp): string | null {
  return zero.test(value) ? null : value;
}

/** Id of the empty tree in this repository's hash algorithm (git knows it without storing it). */
async function emptyTree(cwd: string): Promise<string> {
  return (await git(cwd, ['hash-object', '-t', 'tree', '--stdin'], { input: '' })).toString('utf8').trim();
}

/**
 * Files changed from `base` to `head` (commits or trees), recursively, with rename detection
 * (git's default 50% similarity; git's diff.renameLimit applies). `base` null compares against the
 * empty tree, i.e. every file of `head` is added. One `git diff-tree` process whatever the size.
 * `renamesOnly` lists the renames alone (a commit that adds thousands of files answers in a few bytes).
 */
export async function diffTrees(cwd: string, base: string | null, head: string, options: { readonly renamesOnly?: boolean } = {}): Promise<FileChange[]> {
  const from = base ?? (await emptyTree(cwd));
  // The trailing `--` makes an unresolvable revision an error ("bad revision") instead of a path.
  const args = [
    'diff-tree',
    '-r',
    '-z',
    '-M',
    ...(options.renamesOnly ? ['--diff-filter=R'] : []),
    '--no-commit-id',
    '--raw',
    '--no-abbrev',
    '--end-of-options',
    from,
    head,
    '--',
  ];
  const out = await git(cwd, args);
  const records = [...nulRecords(out)];
  const changes: FileChange[] = [];
  for (let i = 0; i < records.length; i++) {
    // :<old mode> SP <new mode> SP <old oid> SP <new oid> SP <status>[<score>]  NUL <path> [NUL <path>]
    const meta = (records[i] as Buffer).toString('latin1').replace(/^\n/, '');
    if (meta === '') continue;
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/.exec(meta);
    if (!m) throw protocolError(args, cwd, JSON.stringify(meta));
    const [, oldModeRaw, newModeRaw, oldOidRaw, newOidRaw, letter, score] = m as unknown as [string, string, string, string, string, string, string];
    const ids = {
      oldMode: nullIfZero(oldModeRaw, /^0+$/),
      newMode: nullIfZero(newModeRaw, /^0+$/),
      oldOid: nullIfZero(oldOidRaw, /^0+$/),
      newOid: nullIfZero(newOidRaw, /^0+$/),
    };
    const firstPath = records[++i];
    if (firstPath === undefined) throw protocolError(args, cwd, `status ${letter} without a path`);
    if (letter === 'R' || letter === 'C') {
      const secondPath = records[++i];
      if (secondPath === undefined) throw protocolError(args, cwd, `status ${letter} without a second path`);
      changes.push({
        status: letter === 'R' ? 'renamed' : 'copied',
        from: firstPath.toString('utf8'),
        path: secondPath.toString('utf8'),
        similarity: score === '' ? 100 : Number(score),
        ...ids,
      });
      continue;
    }
    const status = STATUS[letter];
    if (!status) throw protocolError(args, cwd, `unexpected status ${letter} for ${JSON.stringify(firstPath.toString('utf8'))}`);
    changes.push({ status, path: firstPath.toString('utf8'), ...ids });
  }
  return changes;
}

/** One entry of a tree object, as the object stores it (no path, only the entry's name in its directory). */
export interface DirectoryEntry {
  readonly name: string;
  /** As ls-tree prints it: 100644, 100755, 120000 (symlink), 160000 (gitlink), 040000 (directory). */
  readonly mode: string;
  readonly type: 'blob' | 'tree' | 'commit';
  readonly oid: string;
}

const typeOfMode = (mode: string): DirectoryEntry['type'] => (mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob');

/**
 * The entries of a tree object's content (git's binary format: `<octal mode> SP <name> NUL <raw id>` per
 * entry), given the id of the tree itself, whose length says the hash algorithm. Names are decoded as UTF-8.
 */
export function parseTreeObject(content: Buffer, treeOid: string): Map<string, DirectoryEntry> {
  const idBytes = treeOid.length / 2;
  const entries = new Map<string, DirectoryEntry>();
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    const nul = space === -1 ? -1 : content.indexOf(0, space + 1);
    if (space === -1 || nul === -1 || nul + 1 + idBytes > content.length) throw new Error(`tree ${treeOid} is malformed at byte ${at}`);
    const mode = content.subarray(at, space).toString('latin1').padStart(6, '0');
    if (!/^[0-7]{6}$/.test(mode)) throw new Error(`tree ${treeOid} has an entry with mode ${JSON.stringify(mode)}`);
    const name = content.subarray(space + 1, nul).toString('utf8');
    entries.set(name, { name, mode, type: typeOfMode(mode), oid: content.subarray(nul + 1, nul + 1 + idBytes).toString('hex') });
    at = nul + 1 + idBytes;
  }
  return entries;
}

/** The entries of one tree (not recursive), by its id: for a tree too large to read whole through cat-file. */
export async function listTreeObject(cwd: string, treeOid: string): Promise<Map<string, DirectoryEntry>> {
  const args = ['ls-tree', '-z', '--full-tree', '--end-of-options', treeOid];
  const out = await git(cwd, args);
  const entries = new Map<string, DirectoryEntry>();
  for (const record of nulRecords(out)) {
    const tab = record.indexOf(TAB);
    const [mode, type, oid] = tab === -1 ? [] : record.subarray(0, tab).toString('latin1').split(' ');
    if (!mode || !oid || (type !== 'blob' && type !== 'tree' && type !== 'commit')) throw protocolError(args, cwd, JSON.stringify(record.toString('latin1')));
    const name = record.subarray(tab + 1).toString('utf8');
    entries.set(name, { name, mode, type, oid });
  }
  return entries;
}
