// Strict JSON with the position of every key and value, for JSON evidence (eval results) under the size
// cap: jsonc-parser's scanner reads JSON about fifteen times faster than the YAML composer, which read a
// 5.6 KB promptfoo results file in 2 ms. It gives the same value and positions the YAML path would for
// plain JSON; anything that path refuses or reads differently (duplicate keys, `<<`, numbers that overflow,
// nesting past the limit, or text that is not strict JSON) is not parsed here, and the caller falls back
// to the YAML path, whose messages say what is wrong and where.
import { parseTree, type Node } from 'jsonc-parser';
import { LineCounter } from 'yaml';
import type { SourceLocation } from '../model/location.js';
import { locate, MAX_DEPTH, type ContainerPositions, type ParsedYaml, type Positions } from './yamlSource.js';

/** The parsed document, or null when the YAML path must read it. */
export function parseStrictJson(file: string, text: string): ParsedYaml | null {
  // parseTree recurses once per level: bound the nesting first, in one pass without recursion.
  if (bracketDepth(text) > MAX_DEPTH) return null;
  const errors: { error: number; offset: number; length: number }[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (tree === undefined || errors.length > 0) return null;
  const positions: Positions = new Map();
  const value = convert(tree, positions);
  if (value === REFUSED) return null;
  // Lines are counted only when a position is asked for, as the YAML path's parser counts them.
  let lines: LineCounter | null = null;
  const located = (offset: number): SourceLocation => {
    lines ??= lineCounterOf(text);
    const pos = lines.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  return {
    file,
    value,
    at: (path) => located(locate(value, tree.offset, positions, path, false)),
    keyAt: (path) => located(locate(value, tree.offset, positions, path, true)),
  };
}

const REFUSED = Symbol('refused');

/** Plain data as the YAML path builds it (objects without a prototype), or REFUSED where that path would differ. */
function convert(node: Node, positions: Positions): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      const table: ContainerPositions = [];
      positions.set(out, table);
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode === undefined || valueNode === undefined) return REFUSED;
        const key = keyNode.value as string;
        // The YAML path refuses both, with a located message.
        if (key === '<<' || Object.prototype.hasOwnProperty.call(out, key)) return REFUSED;
        const v = convert(valueNode, positions);
        if (v === REFUSED) return REFUSED;
        table.push(key, keyNode.offset, valueNode.offset);
        out[key] = v;
      }
      return out;
    }
    case 'array': {
      const items = node.children ?? [];
      const out: unknown[] = [];
      const offsets: number[] = [];
      for (const item of items) {
        const v = convert(item, positions);
        if (v === REFUSED) return REFUSED;
        out.push(v);
        offsets.push(item.offset);
      }
      positions.set(out, offsets);
      return out;
    }
    case 'number':
      // 1e999 is Infinity to JSON.parse; the YAML path refuses it.
      return Number.isFinite(node.value) ? (node.value as number) : REFUSED;
    case 'string':
    case 'boolean':
    case 'null':
      return node.value as unknown;
    default:
      return REFUSED;
  }
}

/** The deepest nesting of `[` and `{` outside strings. */
function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

function lineCounterOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}
