// The phrase table: one wording per change, with both values, units and signed differences, shown the
// same way by the text output and the Markdown comment; and no wording that claims more than was checked.
import { renderMarkdown } from '../../../src/core/render/markdown.js';
import { describeChange, formatNumber } from '../../../src/core/report/phrases.js';
import { escapeInline } from '../../../src/core/render/escape.js';
import { renderText } from '../../../src/core/render/text.js';
import type { Change, ChangeKind, StageSide } from '../../../src/core/report/model.js';
import { at, change, manifest, report } from '../../adapters/action/reportFixtures.js';
import { readyManifest, SEED_POLICY } from '../../fixtures/seeds.js';
import { gateOn, MANIFEST } from '../../helpers/gate.js';

const canary5: StageSide = { stage: 'canary', exposure: { field: 'tenant_percent', unit: 'percent', value: 5 } };
const ga100: StageSide = { stage: 'ga', exposure: { field: 'traffic_percent', unit: 'percent', value: 100 } };
const beta20: StageSide = { stage: 'limited_beta', exposure: { field: 'accounts', unit: 'accounts', value: 20 } };
const dogfood: StageSide = { stage: 'dogfood', exposure: { field: 'users', unit: 'segment', value: 'customer-success managers only' } };
const condition = (metric: string, operator: '>' | '>=', threshold: number, unit: '$' | null = null, action: string | null = null) => ({
  text: `${metric} ${operator} ${unit === '$' ? '$' : ''}${threshold}`,
  metric,
  operator,
  threshold,
  unit,
  action,
});
const policy = (line = 1) => ({ ...at('policy_changed', 'policy', line), file: 'policies/strict.yaml' });
const flag = <K extends ChangeKind>(kind: K, releaseBearing = true) => ({
  ...at(kind, 'exposure_sources.flagd', 9, releaseBearing),
  file: 'flags/renewal.flagd.json',
  source: { kind: 'flagd' as const, path: 'flags/renewal.flagd.json', selector: 'flag=renewal-risk-assistant variant=on' },
});
const rollout = <K extends ChangeKind>(kind: K, releaseBearing = true) => ({
  ...at(kind, 'exposure_sources.argo_rollout', 26, releaseBearing),
  file: 'deploy/rollout.yaml',
  source: { kind: 'argo_rollout' as const, path: 'deploy/rollout.yaml', selector: 'name=renewal-risk' },
});

// A Record over every kind: the compiler rejects this table when a kind is added without a pinned phrase.
const PHRASES: Record<ChangeKind, readonly (readonly [Change, string])[]> = {
  manifest_added: [
    [
      { ...at('manifest_added', 'manifest', 1), path: 'rollouts/triage.yml', workflow: 'Support triage assistant' },
      'new rollout manifest (Support triage assistant)',
    ],
  ],
  manifest_removed: [
    [
      { ...at('manifest_removed', 'manifest', 1, false), path: 'rollouts/triage.yml', workflow: 'Support triage assistant' },
      'rollout manifest removed (Support triage assistant)',
    ],
  ],
  manifest_renamed: [
    [
      { ...at('manifest_renamed', 'manifest', 1, false), previousPath: 'rollouts/old.yml', path: 'rollouts/triage.yml' },
      'manifest renamed from rollouts/old.yml to rollouts/triage.yml',
    ],
  ],
  stage_promoted: [
    [{ ...at('stage_promoted', 'current_stage'), from: canary5, to: ga100, delta: 95 }, 'live stage promoted: canary 5% -> ga 100%, +95 points'],
    // Was "rises by 50 points (expansion -> ga)": the percentages of both stages are part of the phrase.
    [
      {
        ...at('stage_promoted', 'current_stage'),
        from: { stage: 'expansion', exposure: { field: 'traffic_percent', unit: 'percent', value: 50 } },
        to: ga100,
        delta: 50,
      },
      'live stage promoted: expansion 50% -> ga 100%, +50 points',
    ],
    [{ ...at('stage_promoted', 'current_stage'), from: beta20, to: canary5, delta: null }, 'live stage promoted: limited_beta 20 accounts -> canary 5%'],
  ],
  stage_demoted: [
    [{ ...at('stage_demoted', 'current_stage', 12, false), from: ga100, to: canary5, delta: -95 }, 'live stage demoted: ga 100% -> canary 5%, -95 points'],
    [
      { ...at('stage_demoted', 'current_stage', 12, false), from: canary5, to: dogfood, delta: null },
      'live stage demoted: canary 5% -> dogfood (customer-success managers only)',
    ],
  ],
  stage_went_live: [
    [{ ...at('stage_went_live', 'current_stage'), from: null, to: canary5 }, 'goes live at canary 5%'],
    [{ ...at('stage_went_live', 'current_stage'), from: null, to: { stage: 'pilot', exposure: null } }, 'goes live at pilot'],
    [
      { ...at('stage_went_live', 'current_stage'), from: null, to: { stage: 'pilot', exposure: { field: 'accounts', unit: 'accounts', value: 1 } } },
      'goes live at pilot 1 account',
    ],
  ],
  stage_taken_down: [[{ ...at('stage_taken_down', 'current_stage', 12, false), from: canary5, to: null }, 'taken down from canary 5%: no stage is live']],
  stage_added: [
    [{ ...at('stage_added', 'stages.ga'), from: null, to: ga100 }, 'stage added to the plan: ga 100%'],
    [{ ...at('stage_added', 'stages.pilot'), from: null, to: { stage: 'pilot', exposure: null } }, 'stage added to the plan: pilot'],
  ],
  stage_removed: [
    [{ ...at('stage_removed', 'stages.limited_beta', 12, false), from: beta20, to: null }, 'stage removed from the plan: limited_beta 20 accounts'],
  ],
  exposure_increased: [
    [change(), 'stages.canary.traffic_percent 5% -> 25%, +20 points'],
    [
      { ...at('exposure_increased', 'stages.canary.tenant_percent'), stage: 'canary', field: 'tenant_percent', unit: 'percent', from: 2, to: 2.5, delta: 0.5 },
      'stages.canary.tenant_percent 2% -> 2.5%, +0.5 points',
    ],
    [
      { ...at('exposure_increased', 'stages.canary.tenant_percent'), stage: 'canary', field: 'tenant_percent', unit: 'percent', from: 4, to: 5, delta: 1 },
      'stages.canary.tenant_percent 4% -> 5%, +1 point',
    ],
    [
      {
        ...at('exposure_increased', 'stages.limited_beta.accounts'),
        stage: 'limited_beta',
        field: 'accounts',
        unit: 'accounts',
        from: 20,
        to: 1_000_000_000,
        delta: 999_999_980,
      },
      'stages.limited_beta.accounts 20 -> 1,000,000,000, x50,000,000',
    ],
    [
      { ...at('exposure_increased', 'stages.limited_beta.accounts'), stage: 'limited_beta', field: 'accounts', unit: 'accounts', from: 20, to: 50, delta: 30 },
      'stages.limited_beta.accounts 20 -> 50, x2.5',
    ],
    // A factor that would round to x1 says the count instead.
    [
      {
        ...at('exposure_increased', 'stages.limited_beta.accounts'),
        stage: 'limited_beta',
        field: 'accounts',
        unit: 'accounts',
        from: 1000,
        to: 1001,
        delta: 1,
      },
      'stages.limited_beta.accounts 1,000 -> 1,001, +1 account',
    ],
    [
      {
        ...at('exposure_increased', 'stages.canary.traffic_percent'),
        stage: 'canary',
        field: 'traffic_percent',
        unit: 'percent',
        from: 5,
        to: null,
        delta: null,
      },
      'canary traffic limit removed: 5% -> unbounded',
    ],
    [
      {
        ...at('exposure_increased', 'stages.limited_beta.accounts'),
        stage: 'limited_beta',
        field: 'accounts',
        unit: 'accounts',
        from: 20,
        to: null,
        delta: null,
      },
      'limited_beta accounts limit removed: 20 -> unbounded',
    ],
    [
      {
        ...at('exposure_increased', 'stages.canary.traffic_percent'),
        stage: 'canary',
        field: 'traffic_percent',
        unit: 'percent',
        from: null,
        to: 10,
        delta: 10,
      },
      'stages.canary.traffic_percent set to 10% (not set before), +10 points',
    ],
    [
      { ...at('exposure_increased', 'stages.pilot.accounts'), stage: 'pilot', field: 'accounts', unit: 'accounts', from: null, to: 20, delta: 20 },
      'stages.pilot.accounts set to 20 (not set before), +20 accounts',
    ],
  ],
  exposure_decreased: [
    // Was "expansion 25% -> 10% (+15 points)": a decrease has a minus sign.
    [
      {
        ...at('exposure_decreased', 'stages.expansion.traffic_percent', 12, false),
        stage: 'expansion',
        field: 'traffic_percent',
        unit: 'percent',
        from: 25,
        to: 10,
        delta: -15,
      },
      'stages.expansion.traffic_percent 25% -> 10%, -15 points',
    ],
    [
      {
        ...at('exposure_decreased', 'stages.limited_beta.accounts', 12, false),
        stage: 'limited_beta',
        field: 'accounts',
        unit: 'accounts',
        from: 1000,
        to: 20,
        delta: -980,
      },
      'stages.limited_beta.accounts 1,000 -> 20, x0.02',
    ],
  ],
  exposure_changed: [
    [
      {
        ...at('exposure_changed', 'stages.dogfood.users'),
        stage: 'dogfood',
        field: 'users',
        unit: 'segment',
        from: 'customer-success managers only',
        to: 'all managers',
      },
      'stages.dogfood.users "customer-success managers only" -> "all managers"',
    ],
    [
      { ...at('exposure_changed', 'stages.dogfood.users'), stage: 'dogfood', field: 'users', unit: 'segment', from: null, to: 'all managers' },
      'stages.dogfood.users not set -> "all managers"',
    ],
  ],
  pattern_changed: [
    [
      { ...at('pattern_changed', 'orchestration.triage'), path: 'triage', from: 'fixed_workflow', to: 'routing' },
      'pattern changed: orchestration.triage fixed_workflow -> routing',
    ],
  ],
  pattern_added: [
    [
      { ...at('pattern_added', 'orchestration.enrich'), path: 'enrich', from: null, to: 'parallelization' },
      'pattern added: orchestration.enrich parallelization',
    ],
  ],
  pattern_removed: [
    [
      { ...at('pattern_removed', 'orchestration.enrich', 12, false), path: 'enrich', from: 'parallelization', to: null },
      'pattern removed: orchestration.enrich (was parallelization)',
    ],
  ],
  capability_added: [
    [
      { ...at('capability_added', 'capabilities.crm.lookup'), capability: 'crm.lookup', accessBefore: null, accessAfter: 'read' },
      'new read capability crm.lookup',
    ],
  ],
  write_capability_added: [
    [
      { ...at('write_capability_added', 'capabilities.crm.update'), capability: 'crm.update', accessBefore: null, accessAfter: 'write' },
      'new write capability crm.update',
    ],
  ],
  capability_changed: [
    [
      {
        ...at('capability_changed', 'capabilities.crm.lookup'),
        capability: 'crm.lookup',
        accessBefore: 'read',
        accessAfter: 'read',
        edits: [
          { field: 'timeout', edit: 'changed' },
          { field: 'via_gateway', edit: 'turned_off' },
        ],
      },
      'read capability crm.lookup: timeout changed, via_gateway turned off',
    ],
  ],
  write_capability_changed: [
    // Was "write capability crm.update: write -> write": the phrase names the field that changed.
    [
      {
        ...at('write_capability_changed', 'capabilities.crm.update'),
        capability: 'crm.update',
        accessBefore: 'write',
        accessAfter: 'write',
        edits: [{ field: 'idempotency', edit: 'removed' }],
      },
      'write capability crm.update: idempotency removed',
    ],
    [
      {
        ...at('write_capability_changed', 'capabilities.crm.update'),
        capability: 'crm.update',
        accessBefore: 'read',
        accessAfter: 'write',
        edits: [
          { field: 'access', edit: 'changed' },
          { field: 'idempotency', edit: 'added' },
          { field: 'requires_approval', edit: 'turned_on' },
        ],
      },
      'write capability crm.update: access read -> write, idempotency added, requires_approval turned on',
    ],
    [
      { ...at('write_capability_changed', 'capabilities.crm.update'), capability: 'crm.update', accessBefore: 'write', accessAfter: 'write', edits: [] },
      'write capability crm.update: changed',
    ],
  ],
  capability_removed: [
    [
      { ...at('capability_removed', 'capabilities.crm.update', 12, false), capability: 'crm.update', accessBefore: 'write', accessAfter: null },
      'write capability crm.update removed',
    ],
  ],
  owner_removed: [
    [
      { ...at('owner_removed', 'owners.risk'), category: 'risk', from: { name: 'Trust Steward', github: null }, to: null },
      'owners.risk removed (was Trust Steward)',
    ],
    [
      { ...at('owner_removed', 'owners.on_call'), category: 'on_call', from: { name: 'AI Platform On-call', github: null }, to: { name: 'TBD', github: null } },
      'owners.on_call replaced by the placeholder "TBD" (was AI Platform On-call)',
    ],
  ],
  owner_changed: [
    [
      {
        ...at('owner_changed', 'owners.risk', 12, false),
        category: 'risk',
        from: { name: 'Trust Steward', github: null },
        to: { name: 'Risk Council', github: null },
      },
      'owners.risk changed: Trust Steward -> Risk Council',
    ],
    // Only the handle changed: the two sides must not read the same.
    [
      {
        ...at('owner_changed', 'owners.technical', 12, false),
        category: 'technical',
        from: { name: 'AI Platform', github: '@ai-platform-lead' },
        to: { name: 'AI Platform', github: null },
      },
      'owners.technical changed: AI Platform (@ai-platform-lead) -> AI Platform (no GitHub handle)',
    ],
  ],
  stop_condition_removed: [
    [
      { ...at('stop_condition_removed', 'stop_conditions'), list: 'stop_conditions', from: condition('customer_complaint_count', '>=', 3), to: null },
      'stop condition removed: customer_complaint_count >= 3',
    ],
  ],
  stop_condition_loosened: [
    [
      {
        ...at('stop_condition_loosened', 'stop_conditions'),
        list: 'stop_conditions',
        from: condition('false_positive_rate', '>', 0.2, null, 'rollback'),
        to: condition('false_positive_rate', '>', 0.2, null, 'page'),
      },
      'stop condition loosened: false_positive_rate > 0.2 (rollback) -> false_positive_rate > 0.2 (page)',
    ],
    [
      {
        ...at('stop_condition_loosened', 'stop_conditions'),
        list: 'stop_conditions',
        from: condition('false_positive_rate', '>', 0.2),
        to: condition('false_positive_rate', '>', 0.35),
      },
      'stop condition loosened: false_positive_rate > 0.2 -> false_positive_rate > 0.35',
    ],
  ],
  stop_condition_tightened: [
    [
      {
        ...at('stop_condition_tightened', 'stop_conditions', 12, false),
        list: 'stop_conditions',
        from: condition('false_positive_rate', '>', 0.2),
        to: condition('false_positive_rate', '>', 0.1),
      },
      'stop condition tightened: false_positive_rate > 0.2 -> false_positive_rate > 0.1',
    ],
  ],
  stop_condition_added: [
    [
      { ...at('stop_condition_added', 'stop_conditions', 12, false), list: 'stop_conditions', from: null, to: condition('error_rate', '>', 0.05) },
      'stop condition added: error_rate > 0.05',
    ],
  ],
  rollback_trigger_removed: [
    [
      { ...at('rollback_trigger_removed', 'rollback_triggers'), list: 'rollback_triggers', from: condition('latency_p95_ms', '>', 2000), to: null },
      'rollback trigger removed: latency_p95_ms > 2000',
    ],
  ],
  rollback_trigger_loosened: [
    [
      {
        ...at('rollback_trigger_loosened', 'rollback_triggers'),
        list: 'rollback_triggers',
        from: condition('cost_per_account', '>', 1.5, '$'),
        to: condition('cost_per_account', '>', 3, '$'),
      },
      'rollback trigger loosened: cost_per_account > $1.5 -> cost_per_account > $3',
    ],
  ],
  rollback_plan_removed: [
    [{ ...at('rollback_plan_removed', 'rollback.plan'), from: 'evidence/rollback-plan.md', to: null }, 'rollback plan removed (was evidence/rollback-plan.md)'],
  ],
  approval_bound_removed: [
    [
      { ...at('approval_bound_removed', 'approval.timeout'), field: 'timeout', unit: 'ms', from: 1_800_000, to: null },
      'approval.timeout removed: 30m -> unbounded',
    ],
    [
      { ...at('approval_bound_removed', 'approval.backlog_threshold'), field: 'backlog_threshold', unit: 'runs', from: 50, to: null },
      'approval.backlog_threshold removed: 50 paused runs -> unbounded',
    ],
  ],
  approval_bound_loosened: [
    [
      { ...at('approval_bound_loosened', 'approval.timeout'), field: 'timeout', unit: 'ms', from: 1_800_000, to: 999_999_999 * 86_400_000 },
      'approval.timeout raised: 30m -> 999999999d',
    ],
    [
      { ...at('approval_bound_loosened', 'approval.backlog_threshold'), field: 'backlog_threshold', unit: 'runs', from: 50, to: 1e9 },
      'approval.backlog_threshold raised: 50 paused runs -> 1,000,000,000 paused runs',
    ],
  ],
  authorization_mode_changed: [
    [{ ...at('authorization_mode_changed', 'authorization.mode'), from: 'service', to: 'delegated' }, 'authorization mode changed: service -> delegated'],
    [{ ...at('authorization_mode_changed', 'authorization.mode'), from: null, to: 'delegated' }, 'authorization mode changed: not set -> delegated'],
  ],
  policy_changed: [
    // Was "policy changed: policy (modified -> modified)".
    [{ ...policy(), path: 'policies/strict.yaml', status: 'modified', previousPath: null }, 'policy policies/strict.yaml modified'],
    [{ ...policy(), path: 'policies/strict.yaml', status: 'added', previousPath: null }, 'policy policies/strict.yaml added'],
    [{ ...policy(), path: 'policies/strict.yaml', status: 'removed', previousPath: null }, 'policy policies/strict.yaml removed'],
    [
      { ...policy(), path: 'policies/strict.yaml', status: 'renamed', previousPath: 'policies/loose.yaml' },
      'policy renamed from policies/loose.yaml to policies/strict.yaml',
    ],
    [
      { ...policy(), path: 'policies/strict.yaml', status: 'copied', previousPath: 'policies/loose.yaml' },
      'policy policies/strict.yaml copied from policies/loose.yaml',
    ],
  ],
  waiver_added: [
    [
      { ...at('waiver_added', 'waivers', 60), check: 'trace_coverage', from: null, to: { approver: 'Trust Steward', expires: '2026-06-30' } },
      'waiver for trace_coverage added: approved by Trust Steward, until 2026-06-30',
    ],
    [
      {
        ...at('waiver_added', 'waivers', 60),
        check: 'trace_coverage',
        from: { approver: 'Trust Steward', expires: '2026-06-30' },
        to: { approver: 'Trust Steward', expires: '2027-06-30' },
      },
      'waiver for trace_coverage changed: approved by Trust Steward until 2026-06-30 -> approved by Trust Steward until 2027-06-30',
    ],
  ],
  source_exposure_increased: [
    [
      { ...flag('source_exposure_increased'), liveStage: 'canary', from: { low: 5, high: 5 }, to: { low: 50, high: 50 }, delta: 45 },
      'flagd flag flag=renewal-risk-assistant variant=on serves 5% -> 50%, +45 points',
    ],
    [
      { ...flag('source_exposure_increased'), liveStage: null, from: null, to: { low: 5, high: 100 }, delta: 100 },
      'flagd flag flag=renewal-risk-assistant variant=on serves nothing -> 5%-100%, +100 points',
    ],
  ],
  source_exposure_decreased: [
    [
      { ...rollout('source_exposure_decreased', false), liveStage: 'canary', from: { low: 5, high: 5 }, to: { low: 1, high: 1 }, delta: -4 },
      'Argo Rollout name=renewal-risk serves 5% -> 1%, -4 points',
    ],
  ],
  source_exposure_changed: [
    [
      { ...flag('source_exposure_changed'), liveStage: 'canary', from: { low: 5, high: 100 }, to: { low: 2, high: 100 } },
      'flagd flag flag=renewal-risk-assistant variant=on serves 5%-100% -> 2%-100%, by segments the file cannot measure',
    ],
  ],
  source_guard_removed: [
    [
      { ...rollout('source_guard_removed'), guard: 'analysis', name: 'analysis success-rate' },
      'Argo Rollout name=renewal-risk: analysis step removed (analysis success-rate)',
    ],
  ],
  source_ramp_loosened: [
    [
      { ...rollout('source_ramp_loosened'), field: 'analysis.stepWeight', from: 5, to: 20 },
      'Argo Rollout name=renewal-risk: analysis.stepWeight loosened, 5 -> 20',
    ],
    [
      { ...rollout('source_ramp_loosened'), field: 'metrics.error_rate.thresholdRange.max', from: 1, to: null },
      'Argo Rollout name=renewal-risk: metrics.error_rate.thresholdRange.max loosened, 1 -> not set',
    ],
  ],
  source_template_changed: [
    [{ ...rollout('source_template_changed') }, 'Argo Rollout name=renewal-risk: its template changed, so a new version enters the ladder'],
  ],
  source_removed: [[{ ...rollout('source_removed') }, 'Argo Rollout name=renewal-risk: deploy/rollout.yaml no longer exists']],
  source_unbound: [[{ ...flag('source_unbound') }, 'flagd flag flag=renewal-risk-assistant variant=on is no longer bound as an exposure source']],
  source_bound: [[{ ...flag('source_bound', false) }, 'flagd flag flag=renewal-risk-assistant variant=on bound as an exposure source']],
};

const CASES = Object.values(PHRASES).flat();

describe('the phrase table', () => {
  test('pins at least one phrase for every kind', () => {
    for (const [kind, cases] of Object.entries(PHRASES)) {
      expect(cases.length).toBeGreaterThan(0);
      for (const [c] of cases) expect(c.kind).toBe(kind);
    }
  });

  test.each(CASES)('%#: %j', (c, phrase) => expect(describeChange(c)).toBe(phrase));

  test.each(CASES)("%#: the text output shows the phrase at the change's line", (c, phrase) => {
    const out = renderText(report({ changes: [c] }));
    expect(out).toContain(`\n  ${c.file}:${c.line}: ${c.releaseBearing ? '[release-bearing] ' : ''}${phrase}\n`);
  });

  test.each(CASES)('%#: the Markdown report shows the same phrase, escaped', (c, phrase) => {
    const md = renderMarkdown(report({ changes: [c] }));
    expect(md).toContain(`\n- ${escapeInline(phrase)} · line ${c.line}${c.releaseBearing ? '' : ' _(no added exposure)_'}\n`);
  });

  test('the wordings that used to mislead read right in Markdown', () => {
    const md = (kind: ChangeKind, i = 0) => renderMarkdown(report({ changes: [PHRASES[kind][i]![0]] }));
    expect(md('exposure_decreased')).toContain('- stages.expansion.traffic\\_percent 25% -&gt; 10%, -15 points · line 12 _(no added exposure)_');
    expect(md('write_capability_changed')).toContain('- write capability crm.update: idempotency removed · line 12');
    expect(md('policy_changed')).toContain('- policy policies/strict.yaml modified · line 1');
    expect(md('stage_promoted', 1)).toContain('- live stage promoted: expansion 50% -&gt; ga 100%, +50 points · line 12');
  });
});

describe('phrases end to end, through real git', () => {
  test('a write capability that drops its idempotency strategy says so', async () => {
    const ready = readyManifest();
    const r = await gateOn({ base: { [MANIFEST]: ready }, head: { [MANIFEST]: ready.replace('      idempotency: "idempotency_key = request_id"\n', '') } });
    expect(r.changes.map(describeChange)).toEqual(['write capability create_support_ticket: idempotency removed']);
    expect(renderText(r)).toContain(': [release-bearing] write capability create_support_ticket: idempotency removed\n');
  });

  test('a policy edit and a policy rename are named by file and status', async () => {
    const edited = await gateOn({
      base: { 'policies/strict.yaml': SEED_POLICY },
      head: { 'policies/strict.yaml': SEED_POLICY.replace('max_tenant_exposure_pct: 5', 'max_tenant_exposure_pct: 3') },
    });
    expect(edited.changes).toEqual([
      expect.objectContaining({ kind: 'policy_changed', file: 'policies/strict.yaml', path: 'policies/strict.yaml', status: 'modified', previousPath: null }),
    ]);
    expect(renderText(edited)).toContain('policies/strict.yaml:1: [release-bearing] policy policies/strict.yaml modified\n');
    const md = renderMarkdown(edited);
    expect(md).toContain('- policy policies/strict.yaml modified · line 1');

    const renamed = await gateOn({ base: { 'policies/loose.yaml': SEED_POLICY }, head: { 'policies/loose.yaml': null, 'policies/strict.yaml': SEED_POLICY } });
    expect(renamed.changes.map(describeChange)).toEqual(['policy renamed from policies/loose.yaml to policies/strict.yaml']);
  });
});

describe('formatNumber', () => {
  test.each([
    [0, '0'],
    [5, '5'],
    [2.5, '2.5'],
    [1000, '1,000'],
    [1_000_000_000, '1,000,000,000'],
    [1234567.25, '1,234,567.25'],
    [-1500, '-1,500'],
    [0.02, '0.02'],
    [1e-9, '0.000000001'],
  ])('%p -> %p', (n, text) => expect(formatNumber(n)).toBe(text));
});

describe('no wording claims more than was checked', () => {
  const lowered = manifest({ stageBefore: 'canary', stageAfter: 'canary', exposureReductionOnly: true, verdict: 'pass' });
  const decrease: Change = {
    ...at('exposure_decreased', 'stages.canary.traffic_percent', 12, false),
    stage: 'canary',
    field: 'traffic_percent',
    unit: 'percent',
    from: 25,
    to: 10,
    delta: -15,
  };

  test('a rollback whose checks did not run: Markdown says so and never that the seven blocks are met', () => {
    const md = renderMarkdown(report({ manifests: [lowered], changes: [decrease] }));
    expect(md).toContain('## ✅ Rollout gate: passed');
    expect(md).toContain('Nothing blocks: 1 manifest with exposure only lowered: readiness not re-checked.');
    expect(md).toContain('Exposure only lowered: readiness not re-checked (a rollback is never blocked).');
    expect(md).not.toContain('readiness blocks are met');
    expect(md).not.toContain('✅ met');
    expect(md).toContain('| Runtime correctness | ➖ not checked |');
  });

  test('a rollback next to a checked manifest: the checked one is met, the headline makes no overall claim', () => {
    const checked = manifest({ file: 'rollouts/other.yml', verdict: 'pass' });
    const md = renderMarkdown(report({ manifests: [checked, lowered], changes: [decrease] }));
    expect(md).toContain('Nothing blocks: 1 manifest checked, 1 manifest with exposure only lowered: readiness not re-checked.');
    expect(md).not.toContain('All seven readiness blocks are met for');
    // The checked manifest's own section still says its blocks are met.
    expect(md).toContain('All seven readiness blocks are met.');
    expect(md).toContain('| Runtime correctness | ✅ met |');
  });

  test('a removed manifest is not said to meet the readiness blocks', () => {
    const removed = manifest({ status: 'removed', verdict: 'pass' });
    const md = renderMarkdown(
      report({
        manifests: [removed],
        changes: [{ ...at('manifest_removed', 'manifest', 1, false), path: 'rollouts/triage.yml', workflow: 'Support triage assistant' }],
      }),
    );
    expect(md).toContain('Nothing blocks: 1 manifest removed.');
    expect(md).toContain('Removed: there is nothing left to check.');
    expect(md).not.toContain('readiness blocks are met');
  });

  test('every manifest checked and nothing blocks: the overall claim stands', () => {
    expect(renderMarkdown(report({ findings: [] }))).toContain('All seven readiness blocks are met for 1 manifest.');
  });

  test('the text output counts only checked manifests and names the rollback', () => {
    const out = renderText(report({ manifests: [lowered], changes: [decrease] }));
    expect(out).toContain(`  PASS  rollouts/triage.yml [modified] Support triage assistant (canary) exposure only lowered: readiness not re-checked\n`);
    expect(out).toContain('PASSED: 0 manifest(s) checked, no findings; 1 manifest(s) with exposure only lowered: readiness not re-checked\n');
  });

  test('end to end: lowering exposure on a manifest that is not ready passes without claiming readiness', async () => {
    const notReady = readyManifest({ tenantPercent: 5 }).replace(/\n {4}trace_coverage: .*/, '');
    const r = await gateOn({ base: { [MANIFEST]: notReady }, head: { [MANIFEST]: notReady.replace('tenant_percent: 5', 'tenant_percent: 1') } });
    expect(r.verdict).toBe('pass');
    const text = renderText(r);
    expect(text).toContain(`${MANIFEST}:${r.changes[0]!.line}: stages.canary.tenant_percent 5% -> 1%, -4 points\n`);
    expect(text).toContain('exposure only lowered: readiness not re-checked');
    const md = renderMarkdown(r);
    expect(md).toContain('- stages.canary.tenant\\_percent 5% -&gt; 1%, -4 points · line');
    expect(md).toContain('exposure only lowered: readiness not re-checked');
    expect(md).not.toContain('readiness blocks are met');
  });

  test('end to end: a change to a policy file alone makes no claim about readiness', async () => {
    const r = await gateOn({
      base: { 'policies/strict.yaml': SEED_POLICY, 'rollouts/renewal-risk.yaml': readyManifest() },
      head: { 'policies/strict.yaml': SEED_POLICY.replace('max_tenant_exposure_pct: 5', 'max_tenant_exposure_pct: 3') },
    });
    const md = renderMarkdown(r);
    expect(md).toContain('## ⚠️ Rollout gate: passed with warnings');
    expect(md).toContain('Nothing blocks; 1 warning to look at.');
    expect(md).not.toContain('readiness blocks are met');
    expect(md).toContain('| Runtime correctness | ➖ not checked |');
  });
});
