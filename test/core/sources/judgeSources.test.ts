// The judgement of bound exposure sources, without git: sources read from fixture texts, paired across the
// change, and judged with the manifest by the product's judgeManifest. One behaviour per case.
import { judgeManifest } from '../../../src/core/judge/judgeManifest.js';
import { loadManifest, loadPolicy } from '../../../src/core/load/documents.js';
import { combinePolicies } from '../../../src/core/policy/effective.js';
import { DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML } from '../../../src/core/policy/defaultPolicy.js';
import type { Manifest } from '../../../src/core/model/manifest.js';
import { readSource } from '../../../src/core/sources/readers.js';
import type { BoundSource, SourceSide } from '../../../src/core/sources/sourceDiff.js';
import { evidenceIndex } from '../../helpers/judge.js';
import { findingsOf } from '../../helpers/gate.js';
import { EVIDENCE_FILES } from '../../fixtures/seeds.js';
import { boundManifest, FLAG_BINDING, FLAG_FILE, flagdFile, ROLLOUT_BINDING, ROLLOUT_FILE, rolloutFile, CANARY_STEPS } from '../../fixtures/sources.js';

const FILE = 'rollouts/renewal-risk.yaml';
const NOW = new Date('2026-06-01T00:00:00Z');
const policyLoaded = loadPolicy(DEFAULT_POLICY_FILE, DEFAULT_POLICY_YAML);
if (!policyLoaded.ok) throw new Error('default policy');
const policy = combinePolicies([policyLoaded.value]);
const evidence = evidenceIndex(Object.fromEntries(Object.keys(EVIDENCE_FILES).map((p) => [p, 'ok'])));

const manifest = (text: string): Manifest => {
  const m = loadManifest(FILE, text);
  if (!m.ok) throw new Error(m.problems[0]?.message);
  return m.value;
};

/** Both sides of every binding of `head` (a source text per commit; null: the file is not there). */
function bound(head: Manifest, files: { base: string | null; head: string | null }, base: Manifest | null = head): BoundSource[] {
  const side = (path: string, text: string | null, binding: BoundSource['binding']): SourceSide =>
    text === null ? { state: 'absent', path } : { state: 'present', path, read: readSource(path, text, binding, { now: NOW }) };
  return head.exposureSources.map((binding) => ({
    binding,
    boundAtHead: true,
    boundAtBase: (base?.exposureSources.length ?? 0) > 0,
    base: side(binding.path, files.base, binding),
    head: side(binding.path, files.head, binding),
  }));
}

function judge(baseText: string | null, headText: string, files: { base: string | null; head: string | null }) {
  const base = baseText === null ? null : manifest(baseText);
  const head = manifest(headText);
  return judgeManifest({
    file: FILE,
    previousFile: base ? FILE : null,
    base,
    head,
    headProblems: [],
    policy,
    evidence,
    dwell: { kind: 'held_since', since: new Date('2026-01-01T00:00:00Z') },
    approvals: { kind: 'unavailable', reason: 'no reviews in this test' },
    now: NOW,
    sources: bound(head, files, base),
  });
}

const flagged = boundManifest(FLAG_BINDING);

describe('judging bound sources', () => {
  test.each([
    ['serves what the stage declares', 5, 'pass', null],
    ['serves more than the stage declares', 7, 'block', /serves 7% .*more than the 5%/],
    ['serves less than the stage declares', 3, 'block', /serves 3% .*less than the 5%/],
  ])('a flag that %s', (_name, percent, verdict, message) => {
    const j = judge(flagged, flagged, { base: flagdFile(percent), head: flagdFile(percent) });
    expect(j.verdict).toBe(verdict);
    if (message) expect(findingsOf(j, 'exposure_source_matches_stage')[0]?.message).toMatch(message);
  });

  test('with no live stage the flag must serve nothing', () => {
    const planned = flagged.replace('  current_stage: canary\n', '');
    expect(findingsOf(judge(planned, planned, { base: flagdFile(0), head: flagdFile(0) }), 'exposure_source_matches_stage')).toEqual([]);
    expect(findingsOf(judge(planned, planned, { base: flagdFile(5), head: flagdFile(5) }), 'exposure_source_matches_stage')[0]?.message).toMatch(
      /more than the 0% the manifest \(no stage is live\) declares/,
    );
  });

  test('a live stage that states no share cannot be compared: declare one', () => {
    const beta = boundManifest(FLAG_BINDING, { stage: 'limited_beta' });
    const j = judge(beta, beta, { base: flagdFile(5), head: flagdFile(5) });
    expect(findingsOf(j, 'exposure_source_matches_stage')[0]?.message).toMatch(
      /states no share .*declare traffic_percent or tenant_percent on stage limited_beta/,
    );
  });

  test('a fall is a reduction only when the most the head serves is no more than the least the base served', () => {
    const segmented = (fallback: number) =>
      flagdFile(0, {
        targeting: {
          if: [
            { '==': [{ var: 'tier' }, 'beta'] },
            'on',
            {
              fractional: [
                ['on', fallback],
                ['off', 100 - fallback],
              ],
            },
          ],
        },
      });
    const narrowed = judge(flagged, flagged, { base: segmented(5), head: flagdFile(5, { state: 'DISABLED' }) });
    expect(narrowed.exposureReductionOnly).toBe(true);
    const unproven = judge(flagged, flagged, { base: segmented(5), head: flagdFile(50) });
    expect(unproven.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_changed', releaseBearing: true }));
    expect(unproven.exposureReductionOnly).toBe(false);
  });

  test('a source that cannot be read blocks even beside a rollback of the manifest', () => {
    const base = boundManifest(FLAG_BINDING, { tenantPercent: 5 });
    const head = boundManifest(FLAG_BINDING, { tenantPercent: 2 });
    const j = judge(base, head, { base: flagdFile(5), head: '{ "flags": {} }' });
    expect(j.exposureReductionOnly).toBe(false);
    expect(findingsOf(j, 'exposure_source_invalid')[0]?.message).toMatch(/no flag "renewal-risk-assistant"/);
    expect(j.verdict).toBe('block');
  });

  test('a missing source file at head is located at its binding in the manifest', () => {
    const j = judge(flagged, flagged, { base: flagdFile(5), head: null });
    expect(findingsOf(j, 'exposure_source_invalid')[0]).toMatchObject({
      file: FILE,
      message: `exposure source ${FLAG_FILE} does not exist at the head commit`,
    });
  });

  test('a Rollout that loses its analysis step is blocked by the guard rule, located in the Rollout', () => {
    const rolled = boundManifest(ROLLOUT_BINDING);
    const steps = CANARY_STEPS(5).replace(/ {8}- analysis:\n( {12}.*\n)+/, '');
    const j = judge(rolled, rolled, { base: rolloutFile(), head: rolloutFile({ steps }) });
    expect(findingsOf(j, 'exposure_source_guard_removed')[0]).toMatchObject({ file: ROLLOUT_FILE, message: expect.stringMatching(/loses its analysis/) });
  });
});
