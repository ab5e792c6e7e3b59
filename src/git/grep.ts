// Which files of a commit contain some text: `git grep -l` over a tree, never the work tree. The engine
// uses it to find the few manifests that name a changed file or a workflow, without listing or parsing
// every manifest.
import { gitResult } from './exec.js';

/**
 * Literal strings per `git grep` process, and bytes per pattern (one argument must stay under Linux's
 * 128 KiB limit).
 */
const LITERALS_PER_CALL = 400;
const PATTERN_BYTES = 32 * 1024;
/** Longer literals are matched by their first characters alone (the answer may then hold more files, never fewer). */
const LONGEST_LITERAL = 8 * 1024;

const ERE_SPECIAL = /[.[\]()*+?{}|^$\\]/g;

/** A literal string as a POSIX extended regular expression (only special characters are escaped: GNU gives `\w` and its kin a meaning). */
export const ereLiteral = (text: string): string => text.replace(ERE_SPECIAL, (c) => `\\${c}`);

export interface GrepOptions {
  readonly ignoreCase?: boolean;
  /**
   * Extended regular expressions around the literals: a line matches `before(literal|...)after`. Without
   * it a line matches when it contains any literal.
   */
  readonly around?: { readonly before: string; readonly after: string };
}

/**
 * The files of `commit` under `pathspecs` (literal paths from the repository root; none: the whole tree)
 * with a line that contains any of `literals`. The literals go in as one alternation per process (400 at
 * most): git's matcher runs an alternation over a file in about the time of one string, where 400 `-F -e`
 * patterns cost 400 passes (3.4 s against 0.4 s over 20,000 manifests). A literal with a line break can
 * match no line (git would split it into two patterns), so it is left out.
 */
export async function grepFiles(
  cwd: string,
  commit: string,
  literals: readonly string[],
  pathspecs: readonly string[],
  options: GrepOptions = {},
): Promise<Set<string>> {
  if (commit.startsWith('-')) throw new RangeError(`grepFiles needs a resolved revision, got ${JSON.stringify(commit)}`);
  const usable = [...new Set(literals)].filter((p) => p !== '' && !/[\n\r\0]/.test(p));
  const short = usable.filter((p) => p.length <= LONGEST_LITERAL).map(ereLiteral);
  const long = usable.filter((p) => p.length > LONGEST_LITERAL).map((p) => ereLiteral([...p].slice(0, LONGEST_LITERAL).join('')));
  const patterns = [
    ...[...chunks(short)].map((chunk) => `${options.around?.before ?? ''}(${chunk.join('|')})${options.around?.after ?? ''}`),
    // A cut literal must not be followed by the context meant for its end.
    ...long.map((p) => `${options.around?.before ?? ''}${p}`),
  ];
  return grepEach(cwd, commit, patterns, pathspecs, options.ignoreCase ?? false);
}

/**
 * The files of `commit` under `pathspecs` with a line that matches any of `patterns` (POSIX extended
 * regular expressions, each a whole alternative), in as few processes as the command line allows.
 */
export async function grepPatterns(cwd: string, commit: string, patterns: readonly string[], pathspecs: readonly string[]): Promise<Set<string>> {
  if (commit.startsWith('-')) throw new RangeError(`grepPatterns needs a resolved revision, got ${JSON.stringify(commit)}`);
  const usable = [...new Set(patterns)].filter((p) => p !== '' && !/[\n\r\0]/.test(p));
  return grepEach(
    cwd,
    commit,
    [...chunks(usable)].map((chunk) => chunk.map((p) => `(${p})`).join('|')),
    pathspecs,
    false,
  );
}

async function grepEach(cwd: string, commit: string, patterns: readonly string[], pathspecs: readonly string[], ignoreCase: boolean): Promise<Set<string>> {
  const found = new Set<string>();
  // git grep takes no --end-of-options: `commit` is a revision the caller resolved, and the pattern follows -e.
  // Each name comes back as "<commit as given>:<path>".
  const prefix = `${commit}:`;
  for (const pattern of patterns) {
    const args = ['grep', '-l', '-z', '--no-color', '--full-name', '-E', ...(ignoreCase ? ['-i'] : []), '-e', pattern, commit, '--', ...pathspecs];
    // Exit status 1: no line matched.
    const { stdout } = await gitResult(cwd, args, { env: { GIT_LITERAL_PATHSPECS: '1' }, allowExitCodes: [1] });
    for (const name of stdout.toString('utf8').split('\0')) {
      if (name !== '') found.add(name.startsWith(prefix) ? name.slice(prefix.length) : name);
    }
  }
  return found;
}

function* chunks(items: readonly string[]): Generator<string[]> {
  let chunk: string[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = Buffer.byteLength(item) + 1;
    if (chunk.length > 0 && (chunk.length >= LITERALS_PER_CALL || bytes + size > PATTERN_BYTES)) {
      yield chunk;
      chunk = [];
      bytes = 0;
    }
    chunk.push(item);
    bytes += size;
  }
  if (chunk.length > 0) yield chunk;
}
