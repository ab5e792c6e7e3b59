// Evidence is gated from both sides: a change that breaks an artifact a manifest relies on re-judges that
// manifest even when it leaves the manifest alone; and some files never count as evidence.
import { readyManifest } from '../fixtures/seeds.js';
import { findingsOf, gateOn, MANIFEST } from '../helpers/gate.js';

const OTHER = 'rollouts/other.yaml';
/** A second ready manifest that names none of the renewal-risk assistant's own evidence files. */
const other = readyManifest()
  .replace('AI renewal-risk assistant', 'Support triage')
  .replace('offline_eval: evidence/offline-eval.md', 'offline_eval: evidence/triage-eval.md');

describe('a change that breaks evidence re-judges the manifests that name it', () => {
  const base = { [MANIFEST]: readyManifest(), [OTHER]: other, 'evidence/triage-eval.md': 'triage eval\n' };

  test('deleting an evidence file a manifest names, without touching the manifest, blocks that manifest', async () => {
    const r = await gateOn({ base, head: { 'evidence/offline-eval.md': null } });
    expect(r.manifests).toEqual([expect.objectContaining({ file: MANIFEST, status: 'unchanged', verdict: 'block' })]);
    expect(findingsOf(r, 'offline_eval_pass')).toEqual([
      expect.objectContaining({ file: MANIFEST, message: expect.stringMatching(/"evidence\/offline-eval.md" does not exist/) }),
    ]);
    expect(r.verdict).toBe('block');
  });

  test('emptying it to whitespace blocks every manifest that names it', async () => {
    const r = await gateOn({ base, head: { 'evidence/slo.md': '  \n\t\n' } });
    const empty = expect.stringMatching(/"evidence\/slo.md" is empty/);
    expect(findingsOf(r, 'slo_defined')).toEqual([
      expect.objectContaining({ file: OTHER, message: empty }),
      expect.objectContaining({ file: MANIFEST, message: empty }),
    ]);
    expect(r.verdict).toBe('block');
  });

  test('replacing it with a symbolic link blocks', async () => {
    const r = await gateOn({ base, head: { 'evidence/rollback-plan.md': { symlink: '../README.md' } } });
    expect(findingsOf(r, 'rollback_plan')[0]?.message).toMatch(/is a symbolic link/);
    expect(r.verdict).toBe('block');
  });

  test('renaming a review record away blocks the manifest that points at it', async () => {
    const r = await gateOn({
      base,
      head: { 'reviews/triage-routing.md': null, 'reviews/archive/triage-routing.md': 'Routing on triage reviewed by technical and risk owners.\n' },
    });
    expect(r.manifests.map((m) => m.file)).toEqual([OTHER, MANIFEST]);
    expect(findingsOf(r, 'evidence_invalid').map((f) => f.file)).toEqual([OTHER, MANIFEST]);
    expect(r.verdict).toBe('block');
  });

  test('editing an evidence file into other content passes; what it says is for its reviewers', async () => {
    const r = await gateOn({ base, head: { 'evidence/offline-eval.md': 'precision_at_top_10 = 0.91 on the 2026-05 holdout set\n' } });
    expect(r).toMatchObject({ verdict: 'pass', manifests: [], findings: [] });
  });

  test('deleting a file no manifest names passes with nothing to report', async () => {
    const r = await gateOn({ base: { ...base, 'docs/notes.md': 'notes\n' }, head: { 'docs/notes.md': null } });
    expect(r).toMatchObject({ verdict: 'pass', manifests: [], findings: [] });
  });
});

describe('what does not count as evidence', () => {
  test('a file of nothing but whitespace is empty evidence', async () => {
    const r = await gateOn({ base: { 'evidence/offline-eval.md': '\n \n\r\n' }, head: { [MANIFEST]: readyManifest() } });
    expect(findingsOf(r, 'offline_eval_pass')[0]?.message).toMatch(/"evidence\/offline-eval.md" is empty/);
    expect(r.verdict).toBe('block');
  });

  test('the manifest itself is no review record, even though the change always updates it', async () => {
    const head = readyManifest({ triagePattern: 'routing' }).replace('review: reviews/triage-routing.md', `review: ${MANIFEST}`);
    const r = await gateOn({ base: { [MANIFEST]: readyManifest() }, head: { [MANIFEST]: head } });
    expect(findingsOf(r, 'evidence_invalid')[0]?.message).toMatch(
      /orchestration.triage.review: "rollouts\/renewal-risk.yaml" is a rollout manifest, not evidence/,
    );
    expect(findingsOf(r, 'orchestration_pattern_change_unreviewed')).toHaveLength(1);
    expect(r.verdict).toBe('block');
  });

  test('another manifest is no evidence either', async () => {
    const head = readyManifest().replace('slo: evidence/slo.md', `slo: ${OTHER}`);
    const r = await gateOn({ base: { [OTHER]: other, 'evidence/triage-eval.md': 'triage eval\n' }, head: { [MANIFEST]: head } });
    expect(findingsOf(r, 'slo_defined')[0]?.message).toMatch(/is a rollout manifest, not evidence/);
    expect(r.verdict).toBe('block');
  });
});
