// Parses one YAML file into plain data plus the source position of every key and value, so every later
// error (schema, semantics, evidence) can name the file, line and column it comes from.
import { CST, isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Node } from 'yaml';
import { problem, type InputProblem, type SourceLocation } from '../model/location.js';

/** Files larger than this are refused before parsing: a rollout manifest is a page of YAML, not a data dump. */
export const MAX_SOURCE_BYTES = 256 * 1024;
/** Nesting deeper than this is refused; the schemas never go deeper than a handful of levels. */
export const MAX_DEPTH = 64;

/** A path into the parsed value: mapping keys and sequence indexes, outermost first. */
export type ValuePath = readonly (string | number)[];

export interface ParsedYaml {
  readonly file: string;
  readonly value: unknown;
  /** Where the value at `path` starts; falls back to the nearest enclosing value that exists. */
  at(path: ValuePath): SourceLocation;
  /** Where the key naming `path` starts (for "unknown key" errors); falls back as `at` does. */
  keyAt(path: ValuePath): SourceLocation;
}

export type ParseResult = { readonly ok: true; readonly doc: ParsedYaml } | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** The path a JSON Pointer (RFC 6901, as in ajv's instancePath) names: `/a/0/b~1c` -> ['a', '0', 'b/c']. */
export function pathOfPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

class ConversionProblem extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly hint: string,
    readonly anchor?: string,
  ) {
    super(message);
  }
}

export function parseYamlSource(file: string, bytes: Buffer | string): ParseResult {
  const start: SourceLocation = { file, line: 1, column: 1 };
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  if (size > MAX_SOURCE_BYTES) {
    return fail(
      problem(
        start,
        `file is ${size} bytes, over the ${MAX_SOURCE_BYTES}-byte limit for rollout files`,
        'split the file into one manifest per workflow; it was not parsed',
      ),
    );
  }
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else {
    if (bytes.includes(0)) return fail(problem(start, 'file is binary (contains NUL bytes), not YAML text', 'commit the manifest as UTF-8 YAML text'));
    try {
      text = utf8.decode(bytes);
    } catch {
      return fail(problem(start, 'file is not valid UTF-8', 're-save the file as UTF-8'));
    }
  }
  if (text.trim() === '') return fail(problem(start, 'file is empty', 'write the rollout document into the file or delete it'));

  const lineCounter = new LineCounter();
  const located = (offset: number): SourceLocation => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  // Hardening: refuse absurd nesting BEFORE the (recursive) composer sees it. See nestingTooDeepAt.
  const tooDeep = depthBoundOf(text) <= MAX_DEPTH ? null : nestingTooDeepAt(text, MAX_DEPTH);
  if (tooDeep !== null) return fail(problem(positionIn(text, file, tooDeep), `YAML nesting is deeper than ${MAX_DEPTH} levels`, 'flatten the document'));
  let doc;
  try {
    // uniqueKeys: false because yaml's own duplicate-key check compares every key with every earlier one
    // (22,000 keys under the size cap took 2.1 s instead of 0.27 s); convert() refuses duplicates with a
    // hash lookup instead, and is stricter (it also refuses `1` next to "1").
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false });
  } catch (error) {
    // The parser recurses on nesting; absurd depth surfaces as a RangeError rather than a YAML error.
    return fail(
      problem(start, `YAML could not be parsed: ${error instanceof RangeError ? 'nesting is too deep' : String(error)}`, 'simplify the document structure'),
    );
  }
  const yamlErrors = doc.errors.map((e) => problem(located(e.pos[0]), describeYamlError(e.code, e.message), yamlHint(e.code)));
  if (yamlErrors.length > 0) return { ok: false, problems: yamlErrors };

  const positions: Positions = new Map();
  const rootOffset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  let value: unknown;
  try {
    value = convert(doc.contents, 0, positions, 0);
  } catch (error) {
    if (error instanceof ConversionProblem) {
      // A collection's range starts at its first entry; point at the `&name` itself, which precedes it.
      const at = error.anchor === undefined ? error.offset : text.lastIndexOf(`&${error.anchor}`, error.offset);
      return fail(problem(located(at >= 0 ? at : error.offset), error.message, error.hint));
    }
    if (error instanceof RangeError) return fail(problem(start, 'YAML nesting is too deep', `keep nesting under ${MAX_DEPTH} levels`));
    throw error;
  }

  return {
    ok: true,
    doc: {
      file,
      value,
      at: (path) => located(locate(value, rootOffset, positions, path, false)),
      keyAt: (path) => located(locate(value, rootOffset, positions, path, true)),
    },
  };
}

/**
 * Source offsets of the entries of every mapping and sequence in a parsed value, kept beside the value
 * (keyed by the container object) instead of as one pointer string per node: building and storing those
 * strings was a large share of the parse cost, and only a few positions are ever asked for.
 */
export type Positions = Map<object, ContainerPositions>;
/**
 * A sequence: the offset of each item. A mapping: flat triples [key, key offset, value offset] in source
 * order (one small array per mapping allocates far less than a Map per mapping, and lookups are rare).
 */
export type ContainerPositions = (string | number)[];

/**
 * Offset of the value (or key) at `path`, or of the deepest enclosing value that exists when the path
 * leads nowhere (a missing key is reported where its parent is).
 */
export function locate(root: unknown, rootOffset: number, positions: Positions, path: ValuePath, wantKey: boolean): number {
  let value = root;
  let offset = rootOffset;
  let keyOffset: number | undefined;
  for (const segment of path) {
    const table = value !== null && typeof value === 'object' ? positions.get(value) : undefined;
    if (!table) break;
    const name = String(segment);
    if (Array.isArray(value)) {
      const at = /^(0|[1-9][0-9]*)$/.test(name) ? table[Number(name)] : undefined;
      if (typeof at !== 'number') break;
      offset = at;
      keyOffset = undefined;
      value = value[Number(name)];
    } else {
      let i = 0;
      while (i < table.length && table[i] !== name) i += 3;
      if (i >= table.length) break;
      keyOffset = table[i + 1] as number;
      offset = table[i + 2] as number;
      value = (value as Record<string, unknown>)[name];
    }
  }
  return wantKey ? (keyOffset ?? offset) : offset;
}

/**
 * Hardening (issue #5): the `yaml` composer recurses once per nesting level. Around 800 levels (10,000 `[`
 * fit easily under the size cap) it overflows the stack; the library turns that into a YAML error, but
 * V8 may compile a regular expression lazily while the stack is nearly exhausted, and that is a FATAL
 * "RegExpCompiler Allocation failed" that kills the whole process (two such files in one run were enough
 * to reproduce it). So nesting is estimated first, without recursion, from the token stream of yaml's
 * Lexer (a flat state machine): flow depth counts `[`/`{` against `]`/`}`, block depth keeps a stack of
 * the columns where lines start and where compact `- `/`? ` indicators open a nested collection.
 * The estimate is at most about twice too low (a compact `- key:` line opens two levels and counts one),
 * so whatever passes it is a few hundred levels at most, far from the overflow; convert() still enforces
 * the exact MAX_DEPTH. Returns the offset where the estimate first exceeds `limit`, or null.
 */
/**
 * A cheap upper bound on nesting depth, one pass over the characters: every level needs an indent column,
 * a flow bracket, or a `- ` / `? ` indicator on its line. Ordinary manifests come out far below the limit,
 * which lets them skip the token-level estimate (it would lex every file twice).
 */
function depthBoundOf(text: string): number {
  let brackets = 0;
  let maxIndent = 0;
  let maxIndicators = 0;
  let indent = 0;
  let indicators = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      atLineStart = true;
      indent = 0;
      indicators = 0;
      continue;
    }
    if (c === 91 || c === 123) brackets++; // [ {
    if (atLineStart && (c === 32 || c === 9)) {
      indent++;
      if (indent > maxIndent) maxIndent = indent;
      continue;
    }
    atLineStart = false;
    if ((c === 45 || c === 63) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
      indicators++; // "- " or "? "
      if (indicators > maxIndicators) maxIndicators = indicators;
    }
  }
  return brackets + maxIndent + maxIndicators + 1;
}

function nestingTooDeepAt(text: string, limit: number): number | null {
  const columns: number[] = [];
  let flow = 0;
  let offset = 0;
  let column = 0;
  let lineStart = true;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    // Control tokens (document mode, scalar marker, flow error end) are not source text.
    if (token === '\x02' || token === '\x18') continue;
    if (token === '\x1f') {
      scalarNext = true;
      continue;
    }
    const type = scalarNext ? 'scalar' : CST.tokenType(token);
    scalarNext = false;
    const at = offset;
    offset += token.length;
    const nl = token.lastIndexOf('\n');
    const startColumn = column;
    column = nl === -1 ? column + token.length : token.length - nl - 1;
    if (type === 'newline') {
      lineStart = true;
      continue;
    }
    if (type === 'space' || type === 'comment' || type === 'byte-order-mark' || type === 'directive-line') continue;
    if (type === 'doc-start' || type === 'doc-end') {
      columns.length = 0;
      flow = 0;
      continue;
    }
    if (flow === 0) {
      if (lineStart) {
        while (columns.length > 0 && (columns[columns.length - 1] as number) >= startColumn) columns.pop();
        columns.push(startColumn);
      } else if ((type === 'seq-item-ind' || type === 'explicit-key-ind') && columns[columns.length - 1] !== startColumn) {
        columns.push(startColumn);
      }
    }
    // A block scalar's content token carries its final line break: what follows starts a line.
    lineStart = token.endsWith('\n');
    if (type === 'flow-seq-start' || type === 'flow-map-start') flow += 1;
    else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow -= 1;
    if (columns.length + flow > limit) return at;
  }
  return null;
}

/** 1-based line and column of `offset`, counted directly (used before the parser has counted lines). */
function positionIn(text: string, file: string, offset: number): SourceLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}

function fail(p: InputProblem): ParseResult {
  return { ok: false, problems: [p] };
}

/**
 * Converts the YAML tree to plain data by hand instead of `toJS()`: objects have no prototype (a `__proto__`
 * key is just a key), aliases are refused (no alias bombs, no cycles), and depth is bounded.
 */
function convert(node: Node | null, depth: number, positions: Positions, offset: number): unknown {
  // The yaml library leaves an empty value's node unset in some collections, whatever its types say.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (node === null || node === undefined) return null;
  if (depth > MAX_DEPTH) throw new ConversionProblem(offset, `YAML nesting is deeper than ${MAX_DEPTH} levels`, 'flatten the document');
  if (isAlias(node))
    throw new ConversionProblem(
      offset,
      `YAML alias *${node.source} is not allowed in rollout files`,
      'write the value out in full instead of using anchors and aliases',
    );
  if (node.anchor)
    throw new ConversionProblem(
      offset,
      `YAML anchor &${node.anchor} is not allowed in rollout files`,
      'remove the anchor and write values out in full',
      node.anchor,
    );
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'number' && !Number.isFinite(v))
      throw new ConversionProblem(offset, `number ${node.source ?? String(v)} is not finite`, 'use an ordinary finite number');
    if (v instanceof Date || typeof v === 'bigint' || v instanceof Uint8Array) return String(node.source ?? v);
    return v;
  }
  if (isSeq(node)) {
    const values: number[] = [];
    const out = node.items.map((item, i) => {
      // Nodes built by a tag (e.g. `!!omap`) have no range: locate them at their parent instead of line 1.
      const at = (item as Node | null)?.range?.[0] ?? offset;
      values[i] = at;
      return convert(item as Node | null, depth + 1, positions, at);
    });
    positions.set(out, values);
    return out;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const table: ContainerPositions = [];
    positions.set(out, table);
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const keyOffset = keyNode?.range?.[0] ?? offset;
      if (keyNode !== null && isAlias(keyNode)) throw new ConversionProblem(keyOffset, 'YAML alias used as a key is not allowed', 'write the key out in full');
      if (keyNode !== null && !isScalar(keyNode)) throw new ConversionProblem(keyOffset, 'mapping keys must be plain scalars', 'use a simple string key');
      if (keyNode !== null && keyNode.anchor)
        throw new ConversionProblem(keyOffset, `YAML anchor &${keyNode.anchor} is not allowed in rollout files`, 'remove the anchor', keyNode.anchor);
      const raw = keyNode === null ? null : keyNode.value;
      if (raw === '<<') throw new ConversionProblem(keyOffset, 'YAML merge keys (<<) are not allowed in rollout files', 'write the merged values out in full');
      // A scalar key's value is a string, number or boolean here (the schema has no tagged types).
      // eslint-disable-next-line @typescript-eslint/no-base-to-string
      const key = raw === null ? '' : String(raw);
      if (Object.prototype.hasOwnProperty.call(out, key)) throw new ConversionProblem(keyOffset, `duplicate key "${key}"`, 'keep one of the two entries');
      // A value without a range (a tag-built node, or an empty value) is located at its key.
      const at = (pair.value as Node | null)?.range?.[0] ?? keyOffset;
      table.push(key, keyOffset, at);
      out[key] = convert(pair.value as Node | null, depth + 1, positions, at);
    }
    return out;
  }
  throw new ConversionProblem(offset, 'unsupported YAML node', 'use plain mappings, sequences and scalars');
}

function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: map keys must be unique';
    case 'MULTIPLE_DOCS':
      return 'file holds more than one YAML document (---); a rollout file holds exactly one';
    default:
      return `invalid YAML: ${message.replace(/\s+/g, ' ').trim()}`;
  }
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'remove one of the duplicate keys; YAML would silently keep only one';
    case 'MULTIPLE_DOCS':
      return 'put each rollout in its own file';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    default:
      return 'fix the YAML syntax at this position (check indentation, quotes and brackets)';
  }
}
