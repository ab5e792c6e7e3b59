// Strict JSON read by the JSON scanner gives what the YAML path gives for the same text: the same value,
// and the same line and column for every key and value; whatever that path refuses or might read
// differently is left to it (null), so its located messages still say what is wrong.
import { parseStrictJson } from '../../../src/core/parse/jsonSource.js';
import { MAX_DEPTH, parseYamlSource, type ValuePath } from '../../../src/core/parse/yamlSource.js';

const FILE = 'evals/results.json';

/** Every path into a value, containers and leaves. */
function pathsOf(value: unknown, at: ValuePath = []): ValuePath[] {
  const out: ValuePath[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

describe('parseStrictJson reads strict JSON as the YAML path does', () => {
  test.each([
    ['an object', '{"a": 1, "b": [true, false, null], "c": {"d": "x"}}'],
    ['an array at the top', '[1, 2.5, -3, 1e3, "s"]'],
    [
      'a promptfoo-like summary over several lines',
      '{\n  "results": {\n    "stats": {"successes": 47, "failures": 3, "errors": 0},\n    "results": [\n      {"success": true, "score": 1},\n      {"success": false, "score": 0.25}\n    ]\n  }\n}\n',
    ],
    ['escapes and unicode', '{"s": "tab\\tquote\\" slash\\/ \\u00e9 é", "ключ": "значение"}'],
    ['a __proto__ key is only a key', '{"__proto__": {"polluted": true}, "x": 1}'],
    ['leading whitespace and empty containers', '  \n {"a": {}, "b": []}'],
    ['a big integer', '{"n": 12345678901234567890}'],
  ])('%s', (_name, text) => {
    const json = parseStrictJson(FILE, text);
    const yaml = parseYamlSource(FILE, text);
    if (!yaml.ok) throw new Error(yaml.problems[0]?.message);
    expect(json).not.toBeNull();
    expect(json!.value).toEqual(yaml.doc.value);
    expect(Object.getPrototypeOf(json!.value)).toBe(Object.getPrototypeOf(yaml.doc.value));
    for (const path of [...pathsOf(yaml.doc.value), ['missing'], ['results', 'nope', 3]]) {
      expect([path, json!.at(path)]).toEqual([path, yaml.doc.at(path)]);
      expect([path, json!.keyAt(path)]).toEqual([path, yaml.doc.keyAt(path)]);
    }
  });

  test('a __proto__ key pollutes nothing', () => {
    const json = parseStrictJson(FILE, '{"__proto__": {"polluted": true}}')!;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(json.value as object)).toEqual(['__proto__']);
  });
});

describe('parseStrictJson leaves to the YAML path what that path refuses or reads otherwise', () => {
  const deep = `${'['.repeat(MAX_DEPTH + 1)}1${']'.repeat(MAX_DEPTH + 1)}`;
  test.each([
    ['a duplicate key', '{"a": 1, "a": 2}'],
    ['a duplicate key in a nested object', '{"x": {"b": 1, "b": 1}}'],
    // Written differently, read the same: a second "successes" that JSON.parse would keep.
    ['a duplicate key spelled with an escape', '{"successes": 4, "succ\\u0065sses": 5}'],
    ['a merge key', '{"<<": {"a": 1}}'],
    ['a number that overflows', '{"n": 1e999}'],
    [`nesting past ${MAX_DEPTH} levels`, deep],
    ['a comment', '{"a": 1 // no\n}'],
    ['a trailing comma', '{"a": 1,}'],
    ['single quotes', "{'a': 1}"],
    ['an unquoted key', '{a: 1}'],
    ['two documents', '{} {}'],
    ['a control character in a string', '{"a": "x\u0001y"}'],
    ['a truncated file', '{"a": [1, 2'],
  ])('%s', (_name, text) => {
    expect(parseStrictJson(FILE, text)).toBeNull();
  });

  test('brackets inside strings do not count as nesting', () => {
    const text = `{"s": "${'['.repeat(MAX_DEPTH * 2)}"}`;
    expect(parseStrictJson(FILE, text)?.value).toEqual({ s: '['.repeat(MAX_DEPTH * 2) });
  });

  test('what the YAML path says of the refused ones', () => {
    const dup = parseYamlSource(FILE, '{\n  "a": 1,\n  "a": 2\n}');
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.problems[0]).toMatchObject({ line: 3, message: 'duplicate key "a"' });
    const escaped = parseYamlSource(FILE, '{"successes": 4, "succ\\u0065sses": 5}');
    expect(escaped.ok).toBe(false);
    if (!escaped.ok) expect(escaped.problems[0]?.message).toBe('duplicate key "successes"');
    const inf = parseYamlSource(FILE, '{"n": 1e999}');
    expect(inf.ok).toBe(false);
  });
});
