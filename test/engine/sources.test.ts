// Exposure sources end to end: a pull request that touches only a flag file or a Rollout is judged through
// the manifest that binds it, with the changes located in the source file.
import { renderComment } from '../../src/core/render/markdown.js';
import { runGate } from '../../src/engine/run.js';
import { EVIDENCE_FILES } from '../fixtures/seeds.js';
import { findingsOf, gateOn, lineOf, MANIFEST, NOW } from '../helpers/gate.js';
import { createRepo } from '../helpers/repo.js';
import {
  analysisTemplateFile,
  ROLLOUT_AND_TEMPLATE_BINDING,
  TEMPLATE_FILE,
  boundManifest,
  GOFF_BINDING,
  GOFF_FILE,
  goffFile,
  CANARY_ANALYSIS,
  CANARY_BINDING,
  CANARY_FILE,
  canaryFile,
  FLAG_BINDING,
  FLAG_FILE,
  flagdFile,
  ROLLOUT_BINDING,
  ROLLOUT_FILE,
  rolloutFile,
  CANARY_STEPS,
} from '../fixtures/sources.js';

describe('a manifest bound to a flagd flag', () => {
  const base = { [MANIFEST]: boundManifest(FLAG_BINDING), [FLAG_FILE]: flagdFile(5) };

  test('passes while the flag serves what the live stage declares', async () => {
    const report = await gateOn({ head: base });
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  test('a pull request that only raises the split from 5% to 50% is judged, and blocked on the flag file', async () => {
    const head = { [FLAG_FILE]: flagdFile(50) };
    const report = await gateOn({ base, head });
    const line = lineOf(flagdFile(50), '"fractional"');
    expect(report.changes).toContainEqual(
      expect.objectContaining({ kind: 'source_exposure_increased', file: FLAG_FILE, line, from: { low: 5, high: 5 }, to: { low: 50, high: 50 }, delta: 45 }),
    );
    expect(findingsOf(report, 'exposure_source_matches_stage')[0]).toMatchObject({
      file: FLAG_FILE,
      line,
      message: expect.stringMatching(/serves 50% .*more than the 5% stage "canary" declares/),
    });
    expect(findingsOf(report, 'exposure_step_within_limit')[0]).toMatchObject({ file: FLAG_FILE, message: expect.stringMatching(/45 points/) });
    expect(report.verdict).toBe('block');
  });

  test('a rollback through the flag is never blocked, even while the manifest still declares more', async () => {
    const wide = { [MANIFEST]: boundManifest(FLAG_BINDING, { tenantPercent: 25 }), [FLAG_FILE]: flagdFile(25) };
    const report = await gateOn({ base: wide, head: { [FLAG_FILE]: flagdFile(5) } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_decreased', file: FLAG_FILE, delta: -20 }));
    expect(report.manifests[0]).toMatchObject({ exposureReductionOnly: true, verdict: 'pass' });
    expect(report.verdict).toBe('pass');
  });

  test('disabling the flag is a rollback', async () => {
    const report = await gateOn({ base, head: { [FLAG_FILE]: flagdFile(5, { state: 'DISABLED' }) } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_decreased', to: { low: 0, high: 0 } }));
    expect(report.verdict).toBe('pass');
  });

  test('a flag that serves less than the stage declares is a finding too', async () => {
    const report = await gateOn({ head: { [MANIFEST]: boundManifest(FLAG_BINDING), [FLAG_FILE]: flagdFile(2) } });
    expect(findingsOf(report, 'exposure_source_matches_stage')[0]?.message).toMatch(/serves 2% .*less than the 5% stage "canary" declares/);
    expect(report.verdict).toBe('block');
  });

  test('editing another flag in the same file changes nothing this manifest is judged on', async () => {
    const report = await gateOn({ base, head: { [FLAG_FILE]: flagdFile(5).replace('"defaultVariant": "on"', '"defaultVariant": "off"') } });
    expect(report.changes).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  test('unbinding the flag in the change that raises it still judges what it serves', async () => {
    const head = { [MANIFEST]: boundManifest(''), [FLAG_FILE]: flagdFile(50) };
    const report = await gateOn({ base, head });
    expect(report.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['source_unbound', 'source_exposure_increased']));
    expect(findingsOf(report, 'exposure_step_within_limit')).toHaveLength(1);
    expect(report.verdict).toBe('block');
  });

  test('a flag file renamed with its binding is the same source: nothing changed', async () => {
    const moved = 'flags/renewal-risk.flagd.json';
    const head = { [FLAG_FILE]: null, [moved]: flagdFile(5), [MANIFEST]: boundManifest(FLAG_BINDING.replace(FLAG_FILE, moved)) };
    const report = await gateOn({ base, head });
    expect(report.changes.filter((c) => c.kind.startsWith('source_'))).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  test('a flag file renamed without its binding, or deleted, blocks at the binding', async () => {
    const heads: Record<string, string | null>[] = [{ [FLAG_FILE]: null, 'flags/other.flagd.json': flagdFile(5) }, { [FLAG_FILE]: null }];
    for (const head of heads) {
      const report = await gateOn({ base, head });
      const [f] = findingsOf(report, 'exposure_source_invalid');
      expect(f).toMatchObject({ file: MANIFEST, line: lineOf(boundManifest(FLAG_BINDING), '- kind: flagd'), message: expect.stringMatching(/does not exist/) });
      expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_removed', file: FLAG_FILE }));
      expect(report.verdict).toBe('block');
    }
  });

  test('a flag file that breaks the flagd schema blocks, located in the flag file', async () => {
    const broken = flagdFile(5).replace('"state": "ENABLED"', '"state": "ON"');
    const report = await gateOn({ base, head: { [FLAG_FILE]: broken } });
    const [f] = findingsOf(report, 'exposure_source_invalid');
    expect(f).toMatchObject({ file: FLAG_FILE, line: lineOf(broken, '"ON"'), message: expect.stringMatching(/^flagd: /) });
    expect(report.verdict).toBe('block');
  });

  test('targeting that computes the variant cannot be resolved: reported, never guessed', async () => {
    const computed = flagdFile(5, { targeting: { if: [{ '==': [{ var: 'tier' }, 'beta'] }, { var: 'variantName' }, 'off'] } });
    const report = await gateOn({ base, head: { [FLAG_FILE]: computed } });
    const [f] = findingsOf(report, 'exposure_source_invalid');
    expect(f).toMatchObject({ file: FLAG_FILE, message: expect.stringMatching(/computes the variant with `var`/) });
    expect(report.verdict).toBe('block');
  });

  test('a segment whose share the file cannot tell leaves the exposure open: it blocks with what to do', async () => {
    const segmented = flagdFile(5, {
      targeting: {
        if: [
          { ends_with: [{ var: 'email' }, '@example.com'] },
          'on',
          {
            fractional: [
              ['on', 5],
              ['off', 95],
            ],
          },
        ],
      },
    });
    const report = await gateOn({ base, head: { [FLAG_FILE]: segmented } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_increased', to: { low: 5, high: 100 } }));
    expect(findingsOf(report, 'exposure_source_matches_stage')[0]?.message).toMatch(/serves 5%-100% depending on segments .*ends_with/);
    expect(report.verdict).toBe('block');
  });
});

describe('a manifest bound to an Argo Rollout', () => {
  const base = { [MANIFEST]: boundManifest(ROLLOUT_BINDING), [ROLLOUT_FILE]: rolloutFile() };

  test('passes while the Rollout stops at the weight the live stage declares', async () => {
    const report = await gateOn({ base, head: { [ROLLOUT_FILE]: rolloutFile().replace('replicas: 5', 'replicas: 6') } });
    expect(report.manifests.map((m) => m.file)).toEqual([MANIFEST]);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  test('a Rollout-only pull request that raises the first setWeight from 5 to 100 is blocked on the Rollout', async () => {
    const raised = rolloutFile({ steps: CANARY_STEPS(100) });
    const report = await gateOn({ base, head: { [ROLLOUT_FILE]: raised } });
    const line = lineOf(raised, 'setWeight: 100');
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_increased', file: ROLLOUT_FILE, line, delta: 95 }));
    expect(findingsOf(report, 'exposure_source_matches_stage')[0]).toMatchObject({ file: ROLLOUT_FILE, line });
    expect(report.verdict).toBe('block');
  });

  test('removing the indefinite pause lets the steps run to 100%, and the lost guard blocks', async () => {
    const unpaused = rolloutFile({ steps: CANARY_STEPS(5).replace('        - pause: {}\n', '') });
    const report = await gateOn({ base, head: { [ROLLOUT_FILE]: unpaused } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_increased', to: { low: 100, high: 100 } }));
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_guard_removed', guard: 'indefinite_pause' }));
    expect(findingsOf(report, 'exposure_source_guard_removed')).not.toEqual([]);
    expect(report.verdict).toBe('block');
  });

  test('removing an analysis step blocks even though the weight before the pause holds', async () => {
    const steps = CANARY_STEPS(5).replace(/ {8}- analysis:\n( {12}.*\n)+/, '');
    const report = await gateOn({ base, head: { [ROLLOUT_FILE]: rolloutFile({ steps }) } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_guard_removed', guard: 'analysis', name: 'analysis success-rate' }));
    expect(findingsOf(report, 'exposure_source_guard_removed')[0]?.message).toMatch(/loses its analysis/);
    expect(report.verdict).toBe('block');
  });

  test('a new image is a new version entering the ladder: release-bearing, never a rollback', async () => {
    const report = await gateOn({ base, head: { [ROLLOUT_FILE]: rolloutFile({ image: 'ghcr.io/example/renewal-risk:1.5.0' }) } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_template_changed', releaseBearing: true }));
    expect(report.manifests[0]?.exposureReductionOnly).toBe(false);
  });

  test('a Rollout bound as it is created goes straight to 100%, whatever its steps say', async () => {
    const head = { [MANIFEST]: boundManifest(ROLLOUT_BINDING), [ROLLOUT_FILE]: rolloutFile() };
    const report = await gateOn({ base: { [MANIFEST]: boundManifest('') }, head });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_increased', from: null, to: { low: 100, high: 100 } }));
    expect(findingsOf(report, 'exposure_source_matches_stage')[0]?.message).toMatch(/new Rollout deploys its template at once/);
    expect(report.verdict).toBe('block');
  });

  test('maxTrafficWeight scales the weights: 10 of 200 is 5%', async () => {
    const scaled = { [MANIFEST]: boundManifest(ROLLOUT_BINDING), [ROLLOUT_FILE]: rolloutFile({ maxTrafficWeight: 200, steps: CANARY_STEPS(10) }) };
    const report = await gateOn({ base, head: scaled });
    expect(findingsOf(report, 'exposure_source_matches_stage')).toEqual([]);
  });

  test('lowering the weight before the pause is a rollback', async () => {
    const report = await gateOn({ base, head: { [ROLLOUT_FILE]: rolloutFile({ steps: CANARY_STEPS(2) }) } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_decreased', delta: -3 }));
    expect(report.verdict).toBe('pass');
  });

  test('a Rollout that breaks the CRD schema blocks, located in the Rollout', async () => {
    const broken = rolloutFile({ steps: '        - setWeight: five\n        - pause: {}\n' });
    const report = await gateOn({ base, head: { [ROLLOUT_FILE]: broken } });
    expect(findingsOf(report, 'exposure_source_invalid')[0]).toMatchObject({ file: ROLLOUT_FILE, line: lineOf(broken, 'setWeight: five') });
    expect(report.verdict).toBe('block');
  });
});

describe('mixed pull requests', () => {
  test('the manifest and its flag move together: one step each, judged as one rollout', async () => {
    const base = { [MANIFEST]: boundManifest(FLAG_BINDING, { tenantPercent: 2 }), [FLAG_FILE]: flagdFile(2) };
    const head = { [MANIFEST]: boundManifest(FLAG_BINDING, { tenantPercent: 5 }), [FLAG_FILE]: flagdFile(5) };
    const report = await gateOn({ base, head });
    expect(report.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['exposure_increased', 'source_exposure_increased']));
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('pass');
  });
});

describe('dwell from the source file history', () => {
  const POLICY = 'rollout:\n  pacing:\n    min_dwell: 3d\n    max_step_pct: 25\n';

  /** The manifest at 5% since January; the flag reached 5% on `flagMoved`; the pull request takes both to 10%. */
  async function raisedAfter(flagMoved: string) {
    const repo = createRepo();
    repo.commitFiles({ ...EVIDENCE_FILES, 'policies/p.yaml': POLICY, [MANIFEST]: boundManifest(FLAG_BINDING), [FLAG_FILE]: flagdFile(2) }, 'base', {
      date: '2026-01-01T00:00:00Z',
    });
    repo.commitFiles({ [FLAG_FILE]: flagdFile(5) }, 'flag to 5%', { date: flagMoved });
    repo.commitFiles({ [MANIFEST]: boundManifest(FLAG_BINDING, { tenantPercent: 10 }), [FLAG_FILE]: flagdFile(10) }, 'pull request', {
      date: '2026-05-31T12:00:00Z',
    });
    const outcome = await runGate({ repoDir: repo.dir, now: NOW });
    repo.cleanup();
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report;
  }

  test('a raise sooner than the dwell since the flag last moved is blocked, though the manifest held for months', async () => {
    const report = await raisedAfter('2026-05-30T00:00:00Z');
    expect(findingsOf(report, 'dwell_time_met')[0]?.message).toMatch(/after 2d at the current stage; the policy asks for 3d/);
    expect(report.verdict).toBe('block');
  });

  test('the same raise once the flag has held long enough', async () => {
    const report = await raisedAfter('2026-05-20T00:00:00Z');
    expect(findingsOf(report, 'dwell_time_met')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });
});

describe('a manifest bound to a Flagger Canary', () => {
  const base = { [MANIFEST]: boundManifest(CANARY_BINDING), [CANARY_FILE]: canaryFile() };

  test('passes while the Canary holds at the declared weight and enforces every stop condition', async () => {
    const report = await gateOn({ base, head: { [CANARY_FILE]: canaryFile().replace('port: 9898\n', 'port: 9899\n') } });
    expect(report.manifests.map((m) => m.file)).toEqual([MANIFEST]);
    expect(report.findings).toEqual([]);
  });

  test('a Canary-only pull request that raises maxWeight is blocked on the Canary', async () => {
    const raised = canaryFile().replace('maxWeight: 5', 'maxWeight: 50');
    const report = await gateOn({ base, head: { [CANARY_FILE]: raised } });
    expect(report.changes).toContainEqual(
      expect.objectContaining({ kind: 'source_exposure_increased', file: CANARY_FILE, line: lineOf(raised, 'maxWeight: 50'), delta: 45 }),
    );
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_ramp_loosened', field: 'analysis.maxWeight', from: 5, to: 50 }));
    expect(findingsOf(report, 'exposure_source_matches_stage')).toHaveLength(1);
    expect(report.verdict).toBe('block');
  });

  test('skipAnalysis: true promotes at once: blocked', async () => {
    const report = await gateOn({ base, head: { [CANARY_FILE]: canaryFile({ skipAnalysis: true }) } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_increased', to: { low: 100, high: 100 } }));
    expect(report.verdict).toBe('block');
  });

  test('removing the confirm-promotion webhook lets Flagger promote by itself: blocked twice over', async () => {
    const report = await gateOn({ base, head: { [CANARY_FILE]: canaryFile({ analysis: CANARY_ANALYSIS.replace(/ {4}webhooks:\n[\s\S]*$/, '') }) } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_guard_removed', guard: 'confirm_webhook' }));
    expect(findingsOf(report, 'exposure_source_guard_removed')).not.toEqual([]);
    expect(report.verdict).toBe('block');
  });

  test("widening a metric's range loosens the stop condition it enforces", async () => {
    const widened = canaryFile().replace('max: 0.2', 'max: 0.5');
    const report = await gateOn({ base, head: { [CANARY_FILE]: widened } });
    expect(findingsOf(report, 'exposure_source_guard_removed')[0]?.message).toMatch(/widens metrics.false_positive_rate.thresholdRange.max from 0.2 to 0.5/);
    expect(findingsOf(report, 'exposure_source_stop_conditions_bound')[0]).toMatchObject({
      file: CANARY_FILE,
      message: expect.stringMatching(/accepts false_positive_rate in \[-inf, 0.5\], looser than the stop condition "false_positive_rate > 0.20"/),
    });
    expect(report.verdict).toBe('block');
  });

  test('removing a metric the stop conditions rely on blocks at the stop condition', async () => {
    const dropped = canaryFile().replace(/ {6}- name: cost_per_account\n( {8}.*\n)+?(?= {6}- name)/, '');
    const report = await gateOn({ base, head: { [CANARY_FILE]: dropped } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_guard_removed', guard: 'metric', name: 'cost_per_account' }));
    expect(findingsOf(report, 'exposure_source_stop_conditions_bound')[0]).toMatchObject({
      file: MANIFEST,
      line: lineOf(boundManifest(CANARY_BINDING), 'cost_per_account > $1.50'),
      message: expect.stringMatching(/has no metric named cost_per_account/),
    });
  });
});

describe('a manifest bound to a GO Feature Flag flag', () => {
  // Everyone outside the internal segment gets 5%; the internal segment 5% too, so the flag serves exactly 5%.
  const base = { [MANIFEST]: boundManifest(GOFF_BINDING), [GOFF_FILE]: goffFile() };

  test('passes while the flag serves what the stage declares', async () => {
    const report = await gateOn({ base, head: { [GOFF_FILE]: goffFile().replace('on: true', 'on: "yes"') } });
    expect(report.manifests.map((m) => m.file)).toEqual([MANIFEST]);
    expect(report.findings).toEqual([]);
  });

  test('a scheduled step that raises the share next month is an increase today', async () => {
    const steps =
      '  scheduledRollout:\n    - date: 2026-07-01T00:00:00Z\n      defaultRule:\n        percentage:\n          enabled: 60\n          disabled: 40\n';
    const report = await gateOn({ base, head: { [GOFF_FILE]: goffFile(undefined, steps) } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_increased', file: GOFF_FILE, to: { low: 5, high: 60 } }));
    expect(findingsOf(report, 'exposure_step_within_limit')[0]?.message).toMatch(/55 points/);
    expect(report.verdict).toBe('block');
  });

  test('disabling the flag is a rollback', async () => {
    const report = await gateOn({ base, head: { [GOFF_FILE]: goffFile(undefined, '  disable: true\n') } });
    expect(report.verdict).toBe('pass');
    expect(report.manifests[0]?.exposureReductionOnly).toBe(true);
  });
});

describe('the Markdown comment', () => {
  test('shows what each source serves next to the declared share, in the list and on the ladder', async () => {
    const base = { [MANIFEST]: boundManifest(FLAG_BINDING), [FLAG_FILE]: flagdFile(5) };
    const report = await gateOn({ base, head: { [FLAG_FILE]: flagdFile(50) } });
    const md = renderComment(report);
    expect(md).toContain('**Exposure sources** (what users really get)');
    expect(md).toMatch(
      /- ⛔ `flags\/renewal\.flagd\.json` flagd flag flag=renewal-risk-assistant variant=on serves 50% \(was 5%\), declared 5%: targeting serves on to 50%/,
    );
    // The change is listed under its manifest, with the file it is located in.
    expect(md).toMatch(/serves 5% -&gt; 50%, \+45 points · `flags\/renewal\.flagd\.json` · line \d+/);
    expect(md).toMatch(/s2\["canary \(live\) #183; sources serve 50%"\]/);
    expect(md).not.toContain('### Other files');
  });
});

describe('moves a pull request author could make to get a raise past the gate', () => {
  const base = { [MANIFEST]: boundManifest(FLAG_BINDING), [FLAG_FILE]: flagdFile(5) };

  test('binding a decoy file in place of the real one: the real one is still judged while it exists', async () => {
    const decoy = 'flags/decoy.flagd.json';
    const head = { [FLAG_FILE]: flagdFile(50), [decoy]: flagdFile(5), [MANIFEST]: boundManifest(FLAG_BINDING.replace(FLAG_FILE, decoy)) };
    const report = await gateOn({ base, head });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_increased', file: FLAG_FILE, delta: 45 }));
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_unbound', file: FLAG_FILE }));
    expect(report.verdict).toBe('block');
  });

  test('binding another flag of the same file in place of the raised one', async () => {
    const twoFlags = (raised: number) => flagdFile(raised).replace('"unrelated-banner"', '"renewal-risk-decoy"');
    const decoyBinding = FLAG_BINDING.replace('flag: renewal-risk-assistant', 'flag: renewal-risk-decoy').replace('variant: "on"', 'variant: "off"');
    const report = await gateOn({ base: { ...base, [FLAG_FILE]: twoFlags(5) }, head: { [FLAG_FILE]: twoFlags(50), [MANIFEST]: boundManifest(decoyBinding) } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_increased', delta: 45 }));
    expect(report.verdict).toBe('block');
  });

  test('renaming the bound variant and serving the new name to everyone', async () => {
    const renamed = flagdFile(5)
      .replace('"on": true', '"enabled": true')
      .replace(/\[\s*"on",\s*5\s*\]/, '["enabled", 100]');
    const report = await gateOn({ base, head: { [FLAG_FILE]: renamed } });
    expect(findingsOf(report, 'exposure_source_invalid')[0]?.message).toMatch(/has no variant "on"/);
    expect(report.verdict).toBe('block');
  });

  test('turning the flag file into a link to one that serves more', async () => {
    const report = await gateOn({ base: { ...base, 'flags/wide.flagd.json': flagdFile(100) }, head: { [FLAG_FILE]: { symlink: 'wide.flagd.json' } } });
    expect(findingsOf(report, 'exposure_source_invalid')[0]?.message).toMatch(/symbolic link/);
    expect(report.verdict).toBe('block');
  });

  test('pointing the binding outside the repository', async () => {
    const report = await gateOn({ base, head: { [MANIFEST]: boundManifest(FLAG_BINDING.replace(FLAG_FILE, '../flags/renewal.flagd.json')) } });
    expect(findingsOf(report, 'exposure_source_invalid')[0]?.message).toMatch(/leaves the repository/);
    expect(report.verdict).toBe('block');
  });

  test('a raise through a shared $evaluators rule the flag refers to', async () => {
    const withEvaluator = (p: number) =>
      JSON.stringify({
        flags: {
          'renewal-risk-assistant': {
            state: 'ENABLED',
            variants: { on: true, off: false },
            defaultVariant: 'off',
            targeting: { if: [true, { $ref: 'canary' }, 'off'] },
          },
        },
        $evaluators: {
          canary: {
            fractional: [
              ['on', p],
              ['off', 100 - p],
            ],
          },
        },
      });
    const report = await gateOn({ base: { ...base, [FLAG_FILE]: withEvaluator(5) }, head: { [FLAG_FILE]: withEvaluator(50) } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'source_exposure_increased', delta: 45 }));
    expect(report.verdict).toBe('block');
  });
});

describe('a Rollout bound with its AnalysisTemplate', () => {
  const base = { [MANIFEST]: boundManifest(ROLLOUT_AND_TEMPLATE_BINDING), [ROLLOUT_FILE]: rolloutFile(), [TEMPLATE_FILE]: analysisTemplateFile() };

  test("passes while the template's conditions are at least as strict as every stop condition", async () => {
    const report = await gateOn({ base, head: { [TEMPLATE_FILE]: analysisTemplateFile('0.15') } });
    expect(report.manifests.map((m) => m.file)).toEqual([MANIFEST]);
    expect(report.findings).toEqual([]);
  });

  test('loosening a success condition loosens the stop condition it enforces', async () => {
    const loose = analysisTemplateFile('0.50');
    const report = await gateOn({ base, head: { [TEMPLATE_FILE]: loose } });
    expect(findingsOf(report, 'exposure_source_guard_removed')[0]?.message).toMatch(/widens metrics.false_positive_rate.max from 0.2 to 0.5/);
    expect(findingsOf(report, 'exposure_source_stop_conditions_bound')[0]).toMatchObject({
      file: TEMPLATE_FILE,
      line: lineOf(loose, '- name: false_positive_rate'),
      message: expect.stringMatching(/accepts false_positive_rate in \[-inf, 0.5\]/),
    });
    expect(report.verdict).toBe('block');
  });

  test('a condition the gate cannot read matches no stop condition: it blocks, never guessed', async () => {
    const compound = analysisTemplateFile().replace('successCondition: result < 3', 'successCondition: result < 3 && result >= 0');
    const report = await gateOn({ base, head: { [TEMPLATE_FILE]: compound } });
    expect(findingsOf(report, 'exposure_source_stop_conditions_bound')[0]?.message).toMatch(/accepts customer_complaint_count in \[-inf, \+inf\]/);
  });
});
