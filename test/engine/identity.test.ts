// A rollout is its workflow, not its file name: a manifest deleted and written again under another name is
// judged against what it was; one workflow has one manifest; and a live rollout leaves the gate's view only
// after a rollback.
import { parse } from 'yaml';
import { runGate } from '../../src/engine/run.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { findingsOf, gateOn, lineOf, MANIFEST, runScenario, without } from '../helpers/gate.js';
import { createRepo } from '../helpers/repo.js';

/** The same manifest as one line of JSON (valid YAML that git's rename detection cannot pair with the original). */
const asJson = (text: string): string => `${JSON.stringify(parse(text))}\n`;

describe('identity by workflow', () => {
  test('a manifest deleted and re-added under another name is a rename: its loosened stop condition and dropped trigger block', async () => {
    const edited = without(readyManifest().replace('false_positive_rate > 0.20', 'false_positive_rate > 0.50'), 'rollback_triggers:', 'latency_p95_ms');
    const moved = 'rollouts/renewal/assistant.yaml';
    const { report: r, repo } = await runScenario({ base: { [MANIFEST]: readyManifest() }, head: { [MANIFEST]: null, [moved]: asJson(edited) } });
    // git itself sees a deletion and an unrelated new file.
    expect(repo.git('diff', '-M', '--name-status', 'HEAD~1', 'HEAD').trim().split('\n').sort()).toEqual([`A\t${moved}`, `D\t${MANIFEST}`]);
    repo.cleanup();
    expect(r.manifests).toEqual([expect.objectContaining({ file: moved, previousFile: MANIFEST, status: 'renamed' })]);
    expect(r.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['manifest_renamed', 'stop_condition_loosened', 'rollback_trigger_removed']));
    expect(findingsOf(r, 'stop_condition_loosened').length).toBeGreaterThanOrEqual(2);
    expect(findingsOf(r, 'live_manifest_removed')).toEqual([]);
    expect(r.verdict).toBe('block');
  });

  test('the workflow name matches trimmed and case-insensitively', async () => {
    const renamed = readyManifest()
      .replace('workflow: "AI renewal-risk assistant"', 'workflow: "  ai RENEWAL-risk Assistant "')
      .replace('owners:\n    product: "CS Product Lead"', 'owners:\n    product: "TBD"');
    const r = await gateOn({ base: { [MANIFEST]: readyManifest() }, head: { [MANIFEST]: null, 'rollouts/other.yaml': asJson(renamed) } });
    expect(r.manifests).toEqual([expect.objectContaining({ file: 'rollouts/other.yaml', status: 'renamed', previousFile: MANIFEST })]);
    expect(findingsOf(r, 'owner_removed')).toHaveLength(1);
  });

  test('a re-added manifest is paced against the base: raising exposure a day after the last change blocks', async () => {
    const repo = createRepo();
    try {
      repo.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'canary 2%', { date: '2026-05-01T00:00:00Z' });
      repo.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 4 }) }, 'canary 4%', { date: '2026-05-06T00:00:00Z' });
      repo.commitFiles({ [MANIFEST]: null, 'rollouts/assistant.yaml': asJson(readyManifest({ tenantPercent: 5 })) }, 'pull request', {
        date: '2026-05-07T00:00:00Z',
      });
      const outcome = await runGate({ repoDir: repo.dir, now: new Date('2026-05-07T00:00:00Z') });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(findingsOf(outcome.report, 'dwell_time_met')[0]?.message).toMatch(/after 1d at the current stage; the policy asks for 3d/);
      expect(outcome.report.verdict).toBe('block');
    } finally {
      repo.cleanup();
    }
  });

  test("a second manifest for a workflow that already has one blocks, at the new file's workflow line", async () => {
    // The existing manifest is one line of JSON; the copy is ordinary YAML with other capitals.
    const copy = readyManifest().replace('workflow: "AI renewal-risk assistant"', 'workflow: ai renewal-risk ASSISTANT');
    const r = await gateOn({ base: { [MANIFEST]: asJson(readyManifest()) }, head: { 'rollouts/copy.yaml': copy } });
    const [f] = findingsOf(r, 'workflow_duplicated');
    expect(f).toMatchObject({ file: 'rollouts/copy.yaml', line: lineOf(copy, 'workflow:'), severity: 'block' });
    expect(f!.message).toMatch(new RegExp(`already has a manifest, ${MANIFEST}`));
    expect(r.manifests).toEqual([expect.objectContaining({ file: 'rollouts/copy.yaml', status: 'added', verdict: 'block' })]);
    expect(r.verdict).toBe('block');
  });

  test('nineteen copies of one new workflow are not nineteen fresh canaries: every copy but the first blocks', async () => {
    const files = Object.fromEntries(Array.from({ length: 19 }, (_, i) => [`rollouts/copy-${String(i).padStart(2, '0')}.yaml`, readyManifest()]));
    const r = await gateOn({ head: files });
    const flagged = findingsOf(r, 'workflow_duplicated').map((f) => f.file);
    expect(flagged).toEqual(Object.keys(files).slice(1));
    expect(r.verdict).toBe('block');
  });

  test('one manifest per workflow passes: a rename and an edit of the same workflow are not duplicates', async () => {
    const r = await gateOn({
      base: { [MANIFEST]: readyManifest(), 'rollouts/other.yaml': readyManifest().replace('AI renewal-risk assistant', 'Support triage') },
      head: { [MANIFEST]: null, 'rollouts/renamed.yaml': readyManifest({ tenantPercent: 4 }) },
    });
    expect(findingsOf(r, 'workflow_duplicated')).toEqual([]);
    expect(r.verdict).toBe('pass');
  });
});

describe('a live rollout leaves the gate only after a rollback', () => {
  test('deleting a live manifest blocks and says to take the rollout down first', async () => {
    const r = await gateOn({ base: { [MANIFEST]: readyManifest() }, head: { [MANIFEST]: null } });
    const [f] = findingsOf(r, 'live_manifest_removed');
    expect(f).toMatchObject({ file: MANIFEST, severity: 'block' });
    expect(f!.message).toMatch(/is live at canary and this change deletes it/);
    expect(f!.remediation).toMatch(/remove `current_stage`: a rollback, which passes/);
    expect(r.manifests).toEqual([expect.objectContaining({ status: 'removed', verdict: 'block' })]);
    expect(r.verdict).toBe('block');
  });

  test.each(['rollouts/renewal-risk.yaml.bak', 'rollouts/renewal-risk.YAML', 'archive/renewal-risk.yaml'])(
    'renaming a live manifest out of the manifest globs (%s) blocks, at its new path',
    async (to) => {
      const r = await gateOn({ base: { [MANIFEST]: readyManifest() }, head: { [MANIFEST]: null, [to]: readyManifest() } });
      expect(findingsOf(r, 'live_manifest_removed')).toEqual([
        expect.objectContaining({ file: to, severity: 'block', message: expect.stringMatching(/which the manifest globs do not match/) }),
      ]);
      expect(r.verdict).toBe('block');
    },
  );

  test('taking the rollout down passes, and so does deleting it once it is no longer live', async () => {
    const down = without(readyManifest(), 'current_stage:');
    const takeDown = await gateOn({ base: { [MANIFEST]: readyManifest() }, head: { [MANIFEST]: down } });
    expect(takeDown.changes.map((c) => c.kind)).toContain('stage_taken_down');
    expect(takeDown.verdict).toBe('pass');
    const remove = await gateOn({ base: { [MANIFEST]: down }, head: { [MANIFEST]: null } });
    expect(remove.verdict).toBe('pass');
  });
});
