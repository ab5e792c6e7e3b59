// The ladder games of test/fixtures/ladders.ts through the pure judgement: each case's verdict, changes,
// whether it counts as a rollback, and every finding with its message (and line, where the case names one).
import { LADDER_CASES } from '../../fixtures/ladders.js';
import { lineOf } from '../../helpers/gate.js';
import { judgeCase } from './support.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const HOUR = 3_600_000;

describe('judgeManifest on ladder games', () => {
  test.each(LADDER_CASES)('$name', (c) => {
    const j = judgeCase(
      {
        check: '',
        base: c.base ?? undefined,
        head: c.head,
        policy: c.policy,
        message: /./,
        dwellSince: c.heldHours === undefined ? undefined : new Date(NOW.getTime() - c.heldHours * HOUR),
      },
      NOW,
    );
    expect(j.changes.map((x) => x.kind)).toEqual(c.changes);
    expect(j.exposureReductionOnly).toBe(c.reductionOnly);
    expect(j.findings.map((f) => [f.check, f.message])).toEqual(c.findings.map((f) => [f.check, expect.stringMatching(f.message)]));
    c.findings.forEach((f, i) => {
      if (f.at) expect(j.findings[i]!.line).toBe(lineOf(c.head, f.at));
    });
    expect(j.verdict).toBe(c.verdict);
  });
});
