// The ladder games of test/fixtures/ladders.ts end to end: a base commit and a pull-request commit in a
// real repository, judged by the gate with the case's policy on the base. Each case is named for the rule
// it pins; the same cases run through the pure judgement in test/core/judge/exposure.test.ts.
import { LADDER_CASES } from '../fixtures/ladders.js';
import { gateOn, lineOf, MANIFEST } from '../helpers/gate.js';

/** When the base commit is made (test/helpers/repo.ts dates the n-th commit n minutes into 2026): the base's exposure holds from then. */
const COMMITTED = Date.parse('2026-01-01T00:01:00Z');
const HOUR = 3_600_000;

describe('ladder games through real git histories', () => {
  test.each(LADDER_CASES)('$name', async (c) => {
    const report = await gateOn({
      base: { ...(c.policy ? { 'policies/p.yaml': c.policy } : {}), ...(c.base === null ? {} : { [MANIFEST]: c.base }) },
      head: { [MANIFEST]: c.head },
      options: c.heldHours === undefined ? {} : { now: new Date(COMMITTED + c.heldHours * HOUR) },
    });
    // The report orders changes by place in the file; the pure judgement keeps the diff's order.
    expect(report.changes.map((x) => x.kind).sort()).toEqual([...c.changes].sort());
    expect(report.manifests).toEqual([expect.objectContaining({ file: MANIFEST, exposureReductionOnly: c.reductionOnly, verdict: c.verdict })]);
    const byCheck = <T extends { check: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.check < b.check ? -1 : a.check > b.check ? 1 : 0));
    expect(byCheck(report.findings).map((f) => [f.check, f.message])).toEqual(byCheck(c.findings).map((f) => [f.check, expect.stringMatching(f.message)]));
    for (const f of c.findings) {
      if (f.at) expect(report.findings.find((x) => x.check === f.check)).toMatchObject({ file: MANIFEST, line: lineOf(c.head, f.at) });
    }
    expect(report.verdict).toBe(c.verdict);
  });
});
