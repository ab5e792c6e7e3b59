// The pure judgement of one manifest: diff base against head, decide whether the change only lowers
// exposure, run the rules the policy makes active, apply waivers and severities, and say the verdict.
// No I/O: the engine gathers evidence, history and reviews first; tests call this directly.
import { diffManifest, isExposureReductionOnly } from '../diff/manifestDiff.js';
import type { InputProblem } from '../model/location.js';
import { collapseRepeats, problem } from '../model/location.js';
import { evidenceRefsOf, type Manifest } from '../model/manifest.js';
import { isPlaceholder } from '../model/placeholder.js';
import type { OwnerCategory } from '../model/vocabulary.js';
import { CUSTOM_CHECKS, REQUIRE, BLOCK_IF, SEVERITY } from '../policy/coreSettings.js';
import type { EffectivePolicy } from '../policy/effective.js';
import { verdictOf } from '../report/build.js';
import type { Change, Finding, Verdict, WaiverStatus } from '../report/model.js';
import type { EvidenceCheck } from '../report/evidenceCheck.js';
import { builtinFinding } from '../rules/builtin.js';
import { RULES, ruleIds } from '../rules/registry.js';
import { stageRequirementsFor } from '../rules/stageRequirements.js';
import type { ApprovalIndex, ApprovalRequest, DwellInfo, EvidenceIndex, JudgeContext, Rule, RuleInput } from '../rules/rule.js';
import { describeEvidenceProblem, evidenceCause } from '../rules/support.js';
import { oneFindingPerCause, type CausedFinding } from './oneFindingPerCause.js';
import { waiverApproved, waiverInEffect } from '../rules/waiverApproved.js';
import { didYouMean } from '../util/suggest.js';
import { diffSources, sourceProblems, type BoundSource } from '../sources/sourceDiff.js';

export interface JudgeInput {
  readonly file: string;
  /** The manifest's path at the base when it was renamed. */
  readonly previousFile: string | null;
  /** The manifest at the base (after renames); null when the change adds it. */
  readonly base: Manifest | null;
  /** The manifest at head; null when the change removes it or it does not load (see headProblems). */
  readonly head: Manifest | null;
  /** Why the head does not load: such a manifest is blocked as invalid, never diffed as a removal. */
  readonly headProblems: readonly InputProblem[];
  /** The policies that apply to the manifest, combined. */
  readonly policy: EffectivePolicy;
  readonly evidence: EvidenceIndex;
  /** Since when the base's exposure has held; null when not gathered (see `needsHistory`). */
  readonly dwell: DwellInfo | null;
  readonly approvals: ApprovalIndex;
  readonly now: Date;
  /** The exposure sources the manifest binds (at head or at the base), read at both commits; none when absent. */
  readonly sources?: readonly BoundSource[];
}

export interface Judgement {
  readonly changes: readonly Change[];
  readonly findings: readonly Finding[];
  /** Every approval the active rules ask for, met or not. */
  readonly approvals: readonly ApprovalRequest[];
  /** Every waiver of the manifest and whether it silenced its check. */
  readonly waivers: readonly WaiverStatus[];
  /** Every criterion checked against typed evidence, with what was measured. */
  readonly evidenceChecks: readonly EvidenceCheck[];
  /** True when the change only lowers exposure: a rollback or pause is never blocked, so no rule ran. */
  readonly exposureReductionOnly: boolean;
  readonly verdict: Verdict;
}

/**
 * The rules that run for this manifest: listed ones, the live stage's ones (see stageRequirementsFor: by
 * name, and GA's for the top of the ladder whatever it is called), and those the policy's settings switch on.
 */
export function activeRules(policy: EffectivePolicy, manifest: Manifest, base: Manifest | null): Rule[] {
  const listed = new Set<string>([...policy.get(REQUIRE), ...policy.get(BLOCK_IF), ...stageRequirementsFor(policy, manifest, base).require]);
  return RULES.filter((r) => listed.has(r.id) || (r.kind === 'mode' && r.active?.(policy, manifest) === true));
}

/**
 * Whether any rule that runs for this manifest reads its history (the engine walks it only then). Without
 * the base, stage requirements are resolved as for a new manifest; the only rule that reads history is
 * switched on by its own setting, which this always sees.
 */
export function needsHistory(policy: EffectivePolicy, manifest: Manifest, base: Manifest | null = null): boolean {
  return activeRules(policy, manifest, base).some((r) => r.needs.includes('history'));
}

export function judgeManifest(input: JudgeInput): Judgement {
  if (input.headProblems.length > 0) {
    const findings = collapseRepeats(input.headProblems).map((p) => builtinFinding('manifest_invalid', p, p.message, p.hint));
    return { changes: [], findings, approvals: [], waivers: [], evidenceChecks: [], exposureReductionOnly: false, verdict: verdictOf(findings) };
  }
  const sources = input.sources ?? [];
  const changes = [
    ...diffManifest({ file: input.file, previousFile: input.previousFile, base: input.base, head: input.head }),
    ...diffSources(sources, input.head),
  ];
  // A bound source that cannot be read at head cannot be measured: it blocks, whatever else the change does.
  const unreadable = input.head ? collapseRepeats(sourceProblems(sources)).map((p) => builtinFinding('exposure_source_invalid', p, p.message, p.hint)) : [];
  const exposureReductionOnly = isExposureReductionOnly(changes) && unreadable.length === 0;
  if (!input.head || exposureReductionOnly)
    return { changes, findings: [], approvals: [], waivers: [], evidenceChecks: [], exposureReductionOnly, verdict: 'pass' };
  const evaluated = evaluate(input, input.head, changes);
  const findings = [...unreadable, ...evaluated.findings];
  return {
    changes,
    findings,
    approvals: evaluated.approvals,
    waivers: evaluated.waivers,
    evidenceChecks: evaluated.evidenceChecks,
    exposureReductionOnly,
    verdict: verdictOf(findings),
  };
}

function evaluate(
  input: JudgeInput,
  m: Manifest,
  changes: readonly Change[],
): { findings: Finding[]; approvals: ApprovalRequest[]; waivers: WaiverStatus[]; evidenceChecks: EvidenceCheck[] } {
  const { policy } = input;
  // Findings with what they are about; merged into one finding per cause at the end.
  const caused: CausedFinding[] = [];
  const add = (finding: Finding): void => {
    caused.push({ finding, causes: [], rank: RANK.always });
  };
  const approvals: ApprovalRequest[] = [];
  const evidenceChecks: EvidenceCheck[] = [];
  const customChecks = policy.get(CUSTOM_CHECKS);
  const today = input.now.toISOString().slice(0, 10);

  // Every referenced artifact must be valid, whether or not an active rule needs it.
  for (const ref of evidenceRefsOf(m)) {
    const trouble = describeEvidenceProblem(ref.path, input.evidence.status(ref.path));
    if (trouble)
      caused.push({ finding: builtinFinding('evidence_invalid', ref.at, `${ref.field}: ${trouble}`), causes: [evidenceCause(ref.path)], rank: RANK.always });
  }

  const full: JudgeContext = {
    manifest: m,
    policy,
    now: input.now,
    base: input.base,
    changes,
    evidence: input.evidence,
    dwell: input.dwell,
    approvals: input.approvals,
    sources: input.sources ?? [],
  };
  const known: string[] = [...ruleIds(), ...customChecks.map((c) => c.id)];
  const waived = new Set<string>();
  const waivers: WaiverStatus[] = [];
  for (const w of m.waivers) {
    const status = (state: WaiverStatus['state']) =>
      waivers.push({ file: w.at.file, line: w.at.line, check: w.check, approver: w.approver, expires: w.expires, reason: w.reason, state });
    if (!known.includes(w.check) || w.check === waiverApproved.id) {
      const why = w.check === waiverApproved.id ? 'a waiver cannot waive the approval of waivers' : didYouMean(w.check, known);
      add(builtinFinding('manifest_invalid', w.at, `waiver names ${w.check === waiverApproved.id ? 'the check' : 'unknown check'} "${w.check}"`, why));
      status('invalid');
    } else if (w.expires < today) {
      add(builtinFinding('waiver_expired', w.at, `waiver for "${w.check}" expired on ${w.expires} (approved by ${w.approver})`));
      status('expired');
    } else if (isPlaceholder(w.approver)) {
      add(builtinFinding('manifest_invalid', w.at, `waiver for "${w.check}" has no named approver`, 'name who approved the waiver'));
      status('invalid');
    } else if (waiverInEffect(viewFor(waiverApproved, full), w)) {
      waived.add(w.check);
      status('in_effect');
    } else {
      // Not in effect yet: the waiver_approved rule says what it waits for.
      status('awaiting_approval');
    }
  }

  const severityOf = (id: string, rule?: Rule) => policy.get(SEVERITY)[id] ?? rule?.defaultSeverity?.(policy) ?? 'block';
  for (const rule of activeRules(policy, m, input.base)) {
    if (waived.has(rule.id)) continue;
    const ctx = viewFor(rule, full);
    if (rule.approvals) approvals.push(...rule.approvals(ctx));
    if (rule.evidenceChecks) evidenceChecks.push(...rule.evidenceChecks(ctx));
    for (const v of rule.evaluate(ctx)) {
      const category = v.ownerCategory ?? rule.owner;
      const finding: Finding = {
        check: rule.id,
        severity: severityOf(rule.id, rule),
        readinessBlock: rule.readinessBlock,
        file: v.at.file,
        line: v.at.line,
        column: v.at.column,
        message: v.message,
        remediation: rule.remediation,
        covers: [],
        owner: ownerToPing(m, category),
        ownerCategory: category,
      };
      caused.push({ finding, causes: v.causes ?? [], rank: RANK[rule.kind] });
    }
  }

  for (const custom of customChecks) {
    // The engine keeps the plain data whenever a policy has custom checks; without it a custom check would
    // judge nothing, so that is a bug to surface, not a pass.
    if (m.raw === null) throw new Error(`custom check "${custom.id}": manifest ${m.file} was loaded without its plain data`);
    if (waived.has(custom.id)) continue;
    if (custom.when && !custom.when(m.raw)) continue;
    if (custom.schema(m.raw)) continue;
    const at = problem(m.at, custom.message, custom.remediation);
    add({
      check: custom.id,
      severity: severityOf(custom.id),
      readinessBlock: custom.readinessBlock,
      file: at.file,
      line: at.line,
      column: at.column,
      message: custom.message,
      remediation: custom.remediation,
      covers: [],
      owner: ownerToPing(m, custom.owner),
      ownerCategory: custom.owner,
    });
  }
  return { findings: oneFindingPerCause(caused), approvals, waivers, evidenceChecks };
}

/** Which finding of a cause heads it: the change's own hazard reads best, then what is required. */
const RANK = { hazard: 0, requirement: 1, mode: 2, always: 3 } as const;

function ownerToPing(m: Manifest, category: OwnerCategory | null): Finding['owner'] {
  if (!category) return null;
  const o = m.owners[category];
  return o && !o.placeholder ? { category, name: o.name, github: o.github } : null;
}

/**
 * The context a rule sees: the inputs it declared, and an error for any other. A rule that reads history
 * without saying so would be judged without it whenever the engine skips the walk; this makes that a bug
 * the table tests find instead of a silent pass.
 */
export function viewFor(rule: Rule, full: JudgeContext): JudgeContext {
  return new RuleView(rule, full);
}

// A class rather than an object literal with getters: one view is made per rule per manifest, and
// accessors on a prototype cost nothing to create, where each literal defines its own.
class RuleView implements JudgeContext {
  readonly manifest: Manifest;
  readonly policy: EffectivePolicy;
  readonly now: Date;

  constructor(
    private readonly rule: Rule,
    private readonly full: JudgeContext,
  ) {
    this.manifest = full.manifest;
    this.policy = full.policy;
    this.now = full.now;
  }

  get base(): Manifest | null {
    return this.need('base', this.full.base);
  }
  get changes(): readonly Change[] {
    return this.need('changes', this.full.changes);
  }
  get evidence(): EvidenceIndex {
    return this.need('evidence', this.full.evidence);
  }
  get dwell(): DwellInfo | null {
    return this.need('history', this.full.dwell);
  }
  get approvals(): ApprovalIndex {
    return this.need('reviews', this.full.approvals);
  }
  get sources(): readonly BoundSource[] {
    return this.need('sources', this.full.sources);
  }

  private need<T>(input: RuleInput, value: T): T {
    if (!this.rule.needs.includes(input)) throw new Error(`rule ${this.rule.id} reads the ${input} input without declaring it in \`needs\``);
    return value;
  }
}
