// JUnit XML, as pytest (`--junitxml`), Jest (jest-junit) and most eval harnesses write it: a <testsuites>
// root of <testsuite> elements, or one <testsuite>, each with tests/failures/errors/skipped counts and
// <testcase> children. Read with fast-xml-parser, entity expansion off and nesting bounded; a document
// type declaration is refused outright (JUnit needs none, and it is where entity bombs live).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SourceLocation } from '../model/location.js';
import { evidenceText, locationAt, ratio, timestampOf, unreadable, type EvidenceReader, type Metric } from './reading.js';
import { isRecord, numberOf } from './structured.js';

const RERUN = 'run the tests again and commit the JUnit XML report as the runner wrote it';
/** Suites nest a few levels at most (testsuites > testsuite > testcase > failure); this bounds the parser's stack. */
const MAX_NESTED_TAGS = 32;

interface Tally {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  maxNestedTags: MAX_NESTED_TAGS,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

export const readJunit: EvidenceReader = (file, bytes) => {
  const text = evidenceText(file, bytes);
  if (!text.ok) return text.reading;
  const xml = text.text;
  const at = (offset: number): SourceLocation => locationAt(file, xml, offset);
  const doctype = xml.search(/<!(DOCTYPE|ENTITY)/i);
  if (doctype >= 0) return unreadable(at(doctype), 'JUnit XML with a document type declaration is refused (entities are not expanded)', RERUN);
  // The validator ships in fast-xml-parser and locates errors by line and column, which the lenient
  // parser does not; its successor is a separate package that would add a business-rule engine.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return unreadable({ file, line: valid.err.line, column: valid.err.col }, `evidence is not well-formed XML: ${valid.err.msg}`, RERUN);
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (error) {
    return unreadable(at(0), `evidence could not be read as XML: ${error instanceof Error ? error.message : String(error)}`, RERUN);
  }
  const root = isRecord(doc) ? doc : {};
  const rootName = isRecord(root['testsuites']) ? 'testsuites' : Array.isArray(root['testsuite']) ? 'testsuite' : null;
  if (rootName === null) return unreadable(at(0), 'not a JUnit report: the root element is neither <testsuites> nor <testsuite>', RERUN);
  const rootAt = at(Math.max(0, xml.indexOf(`<${rootName}`)));
  const suites: unknown[] =
    rootName === 'testsuites'
      ? (((root['testsuites'] as Record<string, unknown>)['testsuite'] as unknown[] | undefined) ?? [])
      : (root['testsuite'] as unknown[]);

  // Where each <testsuite> starts, for problems of one suite.
  const suiteOffsets = [...xml.matchAll(/<testsuite[\s/>]/g)].map((m) => m.index);
  const suiteAt = (i: number): SourceLocation => (suiteOffsets[i] !== undefined ? at(suiteOffsets[i]) : rootAt);
  // The earliest suite timestamp: the run is as old as its oldest part.
  let producedAt: Date | null = null;
  const declared: Tally = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const counted: Tally = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const [i, suite] of suites.entries()) {
    if (!isRecord(suite)) continue;
    const cases = Array.isArray(suite['testcase']) ? suite['testcase'] : [];
    const stamp = timestampOf(suite['@timestamp']);
    if (stamp && (!producedAt || stamp < producedAt)) producedAt = stamp;
    const own: Tally = { tests: cases.length, failures: 0, errors: 0, skipped: 0 };
    for (const c of cases) {
      if (!isRecord(c)) continue;
      if ('error' in c) own.errors += 1;
      else if ('failure' in c) own.failures += 1;
      else if ('skipped' in c) own.skipped += 1;
    }
    for (const key of ['tests', 'failures', 'errors', 'skipped'] as const) {
      const raw = suite[`@${key}`] ?? (key === 'skipped' ? suite['@skip'] : undefined);
      const n = raw === undefined ? own[key] : numberOf(raw);
      if (n === null || n < 0 || !Number.isInteger(n)) return unreadable(suiteAt(i), `JUnit suite ${i + 1}: \`${key}="${String(raw)}"\` is not a count`, RERUN);
      // Counts without the cases behind them cannot be checked; with cases, they must agree.
      if (cases.length > 0 && n !== own[key])
        return unreadable(
          suiteAt(i),
          `JUnit suite ${i + 1}${typeof suite['@name'] === 'string' ? ` "${suite['@name']}"` : ''} disagrees with itself: it says ${key}="${n}" but its test cases have ${own[key]}; the report was edited after the run`,
          RERUN,
        );
      declared[key] += n;
      counted[key] += own[key];
    }
  }
  if (declared.tests === 0) return unreadable(rootAt, 'the JUnit report records no tests: a run that tested nothing proves nothing', RERUN);
  const passed = declared.tests - declared.failures - declared.errors - declared.skipped;
  if (passed < 0) return unreadable(rootAt, `the JUnit report counts more failures, errors and skips than tests (${declared.tests})`, RERUN);
  const metrics = new Map<string, Metric>();
  const put = (name: string, value: number) => metrics.set(name, { name, value, at: rootAt });
  put('tests', declared.tests);
  put('passed', passed);
  put('failures', declared.failures);
  put('errors', declared.errors);
  put('skipped', declared.skipped);
  const ran = declared.tests - declared.skipped;
  if (ran > 0) put('pass_rate', ratio(passed, ran));
  return { ok: true, format: 'junit', metrics, producedAt };
};
