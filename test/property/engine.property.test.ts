// Property tests of the gate (issue #5) with fast-check. Inputs are the seed manifest and policies,
// mutated (keys deleted, types changed, unknown and prototype-named keys inserted, random strings, YAML
// syntax damage), fully random YAML values and random bytes. The pure layers are driven without git for
// speed (judgeManifest, with inputs built by test/helpers/judge.ts); the exposure-reduction property also runs a few cases through real git.
//
// FUZZ_RUNS sets the number of cases per property (default 200; `npm run fuzz` uses 20,000).
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { runGate } from '../../src/engine/run.js';
import { isExposureReductionOnly } from '../../src/core/diff/manifestDiff.js';
import { loadManifest, loadPolicy } from '../../src/core/load/documents.js';
import { DEFAULT_POLICY_YAML } from '../../src/core/policy/defaultPolicy.js';
import type { Judgement } from '../../src/core/judge/judgeManifest.js';
import { EVIDENCE_FILES, readyManifest, SEED_POLICY } from '../fixtures/seeds.js';
import {
  applyDamage,
  applyMutations,
  demoteText,
  evidenceStatuses,
  exposureReduction,
  ladderBase,
  ladderEdit,
  manifestSource,
  nonFallingChange,
  rewriteLadder,
  manifestWithExposure,
  policySource,
  READY_DOC,
  validPolicyDoc,
  yamlOf,
  type Exposure,
} from '../helpers/arbitraries.js';
import { createRepo } from '../helpers/repo.js';
import { expectNoPollution, prototypeSnapshot } from '../hostile/support.js';
import { judgeTexts, rank, type TextInput } from '../helpers/judge.js';

const RUNS = Math.max(1, Number(process.env['FUZZ_RUNS'] ?? 200) || 200);
/** Real-git cases for the reduction property: a few by default, more under `npm run fuzz`. */
const GIT_RUNS = Math.min(50, Math.max(3, Math.round(RUNS / 40)));
const TIMEOUT = Math.max(60_000, RUNS * 60);
const FILE = 'rollouts/renewal-risk.yaml';
const NOW = new Date('2026-06-01T00:00:00Z');

/** Cases tried per property, for the README's figures (printed with HOSTILE_TIMINGS=1). */
const tried = new Map<string, number>();
const count = (name: string) => tried.set(name, (tried.get(name) ?? 0) + 1);
afterAll(() => {
  if (process.env['HOSTILE_TIMINGS']) console.log(`property cases (FUZZ_RUNS=${RUNS}): ${JSON.stringify(Object.fromEntries(tried))}`);
});

const params = (): fc.Parameters<unknown> => ({ numRuns: RUNS, ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']) } : {}) });

const policyFiles = fc.array(policySource, { minLength: 0, maxLength: 2 }).map((sources) => sources.map((s, i) => [`policies/p${i}.yaml`, s] as const));
const dates = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2031-01-01T00:00:00Z'), noInvalidDate: true });

/** Any input: hostile manifests on both sides, hostile policies, any evidence, any clock. */
const anyInput: fc.Arbitrary<TextInput> = fc.record({
  file: fc.constantFrom(FILE, 'rollouts/a b/ü.yml', 'rollouts/-x.yaml'),
  base: fc.option(manifestSource, { nil: null }),
  head: fc.option(manifestSource, { freq: 10, nil: null }),
  policies: policyFiles,
  evidence: evidenceStatuses,
  now: dates,
  dwellSince: fc.option(dates, { nil: null }),
});

/** Inputs that mostly load: ready manifests (some promoted, some wider), sometimes a mutated one. */
const mostlyValid: fc.Arbitrary<TextInput> = fc.record({
  file: fc.constant(FILE),
  base: fc.option(fc.oneof(fc.constant(readyManifest({ tenantPercent: 2 })), manifestSource), { nil: null }),
  head: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        readyManifest(),
        readyManifest({ stage: 'ga' }),
        readyManifest({ tenantPercent: 25 }),
        readyManifest({ triagePattern: 'routing' }),
      ),
    },
    { weight: 2, arbitrary: manifestSource },
  ),
  policies: fc.oneof(fc.constant([] as (readonly [string, string])[]), fc.constant([['policies/seed.yaml', SEED_POLICY] as const]), policyFiles),
  evidence: evidenceStatuses,
  now: dates,
  dwellSince: fc.option(dates, { nil: null }),
});

function expectWellFormed(report: Judgement): void {
  expect(['pass', 'warn', 'block']).toContain(report.verdict);
  for (const f of report.findings) {
    expect(typeof f.file === 'string' && f.file.length > 0).toBe(true);
    expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
    expect(Number.isInteger(f.column) && f.column >= 1).toBe(true);
    expect(typeof f.message === 'string' && f.message.length > 0).toBe(true);
    expect(['block', 'warn']).toContain(f.severity);
  }
  // Plain data only: no functions, undefined, NaN or Infinity hiding in the report.
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

describe('never throws: every problem comes back located', () => {
  test(
    'loadManifest and loadPolicy on hostile sources',
    () => {
      const before = prototypeSnapshot();
      fc.assert(
        fc.property(manifestSource, policySource, (m, p) => {
          count('loaders never throw');
          for (const r of [loadManifest(FILE, m), loadPolicy('policies/p.yaml', p)]) {
            if (!r.ok) {
              expect(r.problems.length).toBeGreaterThan(0);
              for (const x of r.problems) expect(x.line >= 1 && x.column >= 1 && x.message.length > 0).toBe(true);
            }
          }
        }),
        params(),
      );
      expectNoPollution(before);
    },
    TIMEOUT,
  );

  test(
    'the whole pure judgement (load, diff, judge) on hostile manifests, policies, evidence and clocks',
    () => {
      const before = prototypeSnapshot();
      fc.assert(
        fc.property(anyInput, (input) => {
          count('pipeline never throws');
          const report = judgeTexts(input);
          expectWellFormed(report);
          // A head that does not load never passes.
          if (input.head !== null && !loadManifest(input.file, input.head).ok) expect(report.verdict).toBe('block');
        }),
        params(),
      );
      expectNoPollution(before);
    },
    TIMEOUT,
  );
});

describe('deterministic', () => {
  test(
    'the same inputs give a byte-identical judgement',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          count('deterministic');
          const first = JSON.stringify(judgeTexts(input));
          const second = JSON.stringify(judgeTexts({ ...input, evidence: { ...input.evidence }, policies: [...input.policies] }));
          expect(second).toBe(first);
        }),
        params(),
      );
    },
    TIMEOUT,
  );
});

describe('a change that only lowers exposure is never blocked', () => {
  const headOf = (before: Exposure, after: Exposure, baseText: string) =>
    after.stage !== before.stage ? demoteText(baseText, before.stage, after.stage) : manifestWithExposure(after);

  test(
    'pure: lower tenant/traffic/accounts on the live stage, or an earlier stage, whatever the policy and evidence',
    () => {
      fc.assert(
        fc.property(
          exposureReduction,
          evidenceStatuses,
          fc.constantFrom<string[]>([], [SEED_POLICY], [DEFAULT_POLICY_YAML], [DEFAULT_POLICY_YAML, SEED_POLICY]),
          dates,
          ({ before, after }, evidence, policies, now) => {
            count('reduction never blocked (pure)');
            const baseText = manifestWithExposure(before);
            const headText = headOf(before, after, baseText);
            expect(headText).not.toBe(baseText);
            const report = judgeTexts({
              file: FILE,
              base: baseText,
              head: headText,
              policies: policies.map((p, i) => [`policies/p${i}.yaml`, p] as const),
              evidence,
              now,
              dwellSince: null,
            });
            expect(isExposureReductionOnly(report.changes)).toBe(true);
            expect(report.changes.every((c) => !c.releaseBearing)).toBe(true);
            expect(report).toMatchObject({ exposureReductionOnly: true, verdict: 'pass' });
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  test(
    `through real git (${GIT_RUNS} cases): a base with no evidence at all, a pull request that only lowers exposure`,
    async () => {
      await fc.assert(
        fc.asyncProperty(exposureReduction, async ({ before, after }) => {
          count('reduction never blocked (git)');
          const repo = createRepo('rollout-gate-prop-');
          try {
            // No evidence files: were the manifest evaluated, it would block.
            const baseText = manifestWithExposure(before);
            repo.commitFiles({ [FILE]: baseText }, 'base');
            repo.commitFiles({ [FILE]: headOf(before, after, baseText) }, 'lower exposure');
            const first = await runGate({ repoDir: repo.dir, now: NOW });
            const second = await runGate({ repoDir: repo.dir, now: NOW });
            if (!first.ok || !second.ok) throw new Error('gate failed');
            expect(first.report.manifests).toMatchObject([{ file: FILE, exposureReductionOnly: true, verdict: 'pass' }]);
            expect(first.report.verdict).toBe('pass');
            expect(JSON.stringify(second.report)).toBe(JSON.stringify(first.report));
          } finally {
            repo.cleanup();
          }
        }),
        { ...params(), numRuns: GIT_RUNS },
      );
    },
    Math.max(60_000, GIT_RUNS * 5_000),
  );
});

describe('the ladder is judged by exposure, with ranks from the base', () => {
  /** Policies a ladder game is judged under: none (the default), the seed checklist, the default, and random valid ones. */
  const ladderPolicies = fc.oneof(
    fc.constantFrom<(readonly [string, string])[]>([], [['policies/seed.yaml', SEED_POLICY]], [['policies/default.yaml', DEFAULT_POLICY_YAML]]),
    validPolicyDoc.map((doc) => [['policies/random.yaml', yamlOf(doc)] as const]),
  );

  test(
    'a pull request that only reorders, renames or re-lists rungs is judged at least as strictly as leaving the ladder alone',
    () => {
      fc.assert(
        fc.property(
          ladderBase,
          fc.array(ladderEdit, { minLength: 1, maxLength: 3 }),
          ladderPolicies,
          evidenceStatuses,
          dates,
          fc.option(dates, { nil: null }),
          (base, edits, policies, evidence, now, dwellSince) => {
            count('ladder games never lower the verdict');
            const rewritten = rewriteLadder(base, edits);
            const input: TextInput = { file: FILE, base, head: base, policies, evidence, now, dwellSince };
            const untouched = judgeTexts(input);
            const played = judgeTexts({ ...input, head: rewritten });
            expect(rank(played.verdict)).toBeGreaterThanOrEqual(rank(untouched.verdict));
            expect(played.exposureReductionOnly).toBe(false);
            // A new manifest whose rungs are listed in another order is judged at least as strictly too.
            const reordered = rewriteLadder(
              base,
              edits.filter((e) => e.kind === 'reorder'),
            );
            const fresh = judgeTexts({ ...input, base: null });
            expect(rank(judgeTexts({ ...input, base: null, head: reordered }).verdict)).toBeGreaterThanOrEqual(rank(fresh.verdict));
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  test(
    'a change whose exposure cannot be shown to fall is never classed as a rollback',
    () => {
      fc.assert(
        fc.property(nonFallingChange, fc.constantFrom<string[]>([], [SEED_POLICY], [DEFAULT_POLICY_YAML]), ({ what, base, head }, policies) => {
          count('no rollback without a fall');
          const report = judgeTexts({
            file: FILE,
            base,
            head,
            policies: policies.map((p, i) => [`policies/p${i}.yaml`, p] as const),
            evidence: {},
            now: NOW,
            dwellSince: null,
          });
          expect({ what, changes: report.changes.map((c) => c.kind), reductionOnly: isExposureReductionOnly(report.changes) }).toMatchObject({
            reductionOnly: false,
          });
          expect(report.exposureReductionOnly).toBe(false);
          expect(report.changes.some((c) => c.releaseBearing)).toBe(true);
          // With no evidence at all, a change that is evaluated never passes.
          expect(report.verdict).toBe('block');
        }),
        params(),
      );
    },
    TIMEOUT,
  );
});

describe('what judges comes from the base', () => {
  const checkIds = fc.constantFrom(
    'trace_coverage',
    'slo_defined',
    'oncall_owner',
    'owner_removed',
    'exposure_step_within_limit',
    'dwell_time_met',
    'orchestration_pattern_change_unreviewed',
  );
  const waiverOf = fc.record({
    check: checkIds,
    approver: fc.constantFrom('Trust Steward', 'Accomplice', 'Risk Lead'),
    expires: fc.constantFrom('2026-06-02', '2026-12-31', '9999-12-31'),
  });
  // The accomplice approves every pull request; nobody the base names does.
  const accompliceApproves = {
    kind: 'reviews' as const,
    stateOf: (h: string) => (h.toLowerCase() === '@accomplice' ? ('approved' as const) : ('missing' as const)),
  };

  test(
    'a waiver or an approver handle the head adds never makes the verdict more permissive',
    () => {
      fc.assert(
        fc.property(mostlyValid, fc.array(waiverOf, { minLength: 1, maxLength: 3 }), fc.boolean(), (input, waivers, rewriteHandles) => {
          count('head waivers and handles never loosen');
          const head = typeof input.head === 'string' ? input.head : null;
          fc.pre(head !== null && head.includes('rollout_plan:') && !head.includes('waivers:'));
          const withHandles = rewriteHandles
            ? head
                .replace(/github: "@[^"]*"/g, 'github: "@accomplice"')
                .replace('risk: "Trust Steward"', 'risk: { name: "Trust Steward", github: "@accomplice" }')
            : head;
          const sneaky =
            withHandles.replace(/\n*$/, '\n') +
            '  waivers:\n' +
            waivers.map((w) => `    - check: ${w.check}\n      reason: "later"\n      approver: "${w.approver}"\n      expires: "${w.expires}"\n`).join('');
          const plain = judgeTexts({ ...input, approvals: accompliceApproves });
          const judged = judgeTexts({ ...input, head: sneaky, approvals: accompliceApproves });
          expect(rank(judged.verdict)).toBeGreaterThanOrEqual(rank(plain.verdict));
        }),
        params(),
      );
    },
    TIMEOUT,
  );
});

describe('monotonic in evidence', () => {
  test(
    'marking one evidence file missing never makes the verdict more permissive (pass < warn < block)',
    () => {
      const paths = Object.keys(EVIDENCE_FILES);
      fc.assert(
        fc.property(mostlyValid, fc.nat(paths.length - 1), (input, i) => {
          count('evidence monotonic');
          const path = paths[i]!;
          const full = judgeTexts(input);
          const less = judgeTexts({ ...input, evidence: { ...input.evidence, [path]: 'missing' } });
          expect(rank(less.verdict)).toBeGreaterThanOrEqual(rank(full.verdict));
          const blocking = (j: Judgement) => j.findings.filter((f) => f.severity === 'block').length;
          expect(blocking(less)).toBeGreaterThanOrEqual(blocking(full));
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  test('sanity: with all evidence present the ready manifest passes, and each removal blocks it', () => {
    const all = Object.fromEntries(Object.keys(EVIDENCE_FILES).map((p) => [p, 'ok' as const]));
    const input: TextInput = { file: FILE, base: null, head: readyManifest(), policies: [], evidence: all, now: NOW, dwellSince: null };
    expect(judgeTexts(input).verdict).toBe('pass');
    const referenced = [
      'evidence/trace-coverage.md',
      'evidence/policy-prechecks.md',
      'evidence/policy-decision-traces.md',
      'evidence/offline-eval.md',
      'evidence/slo.md',
      'evidence/rollback-plan.md',
      'evidence/shadow-report.md',
      'reviews/triage-routing.md',
    ];
    for (const p of referenced) expect(judgeTexts({ ...input, evidence: { ...all, [p]: 'missing' } }).verdict).toBe('block');
  });
});

describe('the arbitraries themselves', () => {
  test('produce loadable, broken and random inputs (the properties are not vacuous)', () => {
    const samples = fc.sample(manifestSource, { numRuns: 300, seed: 42 });
    const loaded = samples.filter((s) => loadManifest(FILE, s).ok).length;
    expect(loaded).toBeGreaterThan(10);
    expect(samples.length - loaded).toBeGreaterThan(100);
    const mutated = applyMutations(READY_DOC, [{ kind: 'insert', at: 0, key: '__proto__', value: { polluted: true } }]);
    expect(yamlOf(mutated)).toContain('__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(applyDamage('abc', [{ at: 1, remove: 1, insert: '[' }])).toBe('a[c');
    const reductions = fc.sample(exposureReduction, { numRuns: 100, seed: 7 });
    expect(reductions.some((r) => r.after.stage !== r.before.stage)).toBe(true);
    expect(reductions.some((r) => r.after.stage === r.before.stage)).toBe(true);
    // Ladder rewrites change the ladder (most of the time) and nothing else; non-falling changes change something.
    const bases = fc.sample(fc.tuple(ladderBase, fc.array(ladderEdit, { minLength: 1, maxLength: 3 })), { numRuns: 100, seed: 11 });
    const rewritten = bases.filter(([base, edits]) => rewriteLadder(base, edits) !== yamlOf(parseDocument(base).toJS() as never));
    expect(rewritten.length).toBeGreaterThan(60);
    for (const [base, edits] of bases) {
      const plan = (text: string) => (parseDocument(text).toJS() as { rollout_plan: Record<string, unknown> }).rollout_plan;
      expect({ ...plan(rewriteLadder(base, edits)), stages: null, current_stage: null }).toEqual({ ...plan(base), stages: null, current_stage: null });
    }
    const nonFalling = fc.sample(nonFallingChange, { numRuns: 200, seed: 13 });
    expect(nonFalling.every((c) => c.head !== c.base)).toBe(true);
    for (const kind of [
      /promoted to/,
      /listed first/,
      /widened and gone live/,
      /new rung/,
      /no limit/,
      /reworded/,
      /raised/,
      /other rungs lowered/,
      /^plan: renamed/,
      /^plan: extended/,
    ]) {
      expect(nonFalling.some((c) => kind.test(c.what))).toBe(true);
    }
  });
});
