// The typed rollout manifest, built from schema-valid YAML. Every element keeps its source location.
import type { ParsedYaml } from '../parse/yamlSource.js';
import { parseCondition, type ParsedCondition } from './conditions.js';
import { parseDuration } from './duration.js';
import { problem, type InputProblem, type SourceLocation } from './location.js';
import { obj, type Raw } from './raw.js';
import { isPlaceholder } from './placeholder.js';
import type { ExposureField } from './exposure.js';
import { bindingsOf, type SourceBinding } from '../sources/binding.js';
import { EVIDENCE_KINDS, OWNER_CATEGORIES, type EvidenceKind, type OrchestrationPattern, type OwnerCategory } from './vocabulary.js';
import { evidenceSpecOf, type EvidenceSpec, type SourcePath } from './typedEvidence.js';

export interface Owner {
  readonly name: string;
  /** `@user` or `@org/team`, when the manifest gives one. */
  readonly github: string | null;
  /** True for `TBD`, `TODO`, `?`, empty strings and the like: such an owner does not count. */
  readonly placeholder: boolean;
  readonly at: SourceLocation;
}

export interface Stage {
  readonly name: string;
  /** Position in the manifest's ladder, 0 for the narrowest stage. */
  readonly index: number;
  readonly users: string | null;
  readonly accounts: number | null;
  readonly trafficPercent: number | null;
  readonly tenantPercent: number | null;
  readonly entry: readonly string[];
  readonly exit: readonly string[];
  /** Where each exposure field the stage sets has its value: a change to it is located there. */
  readonly exposureAt: Readonly<Partial<Record<ExposureField | 'users', SourceLocation>>>;
  readonly at: SourceLocation;
}

/** The exposure fields of a stage, as the manifest spells them. */
const STAGE_EXPOSURE_FIELDS = ['traffic_percent', 'tenant_percent', 'accounts', 'users'] as const;

export interface Condition extends ParsedCondition {
  readonly text: string;
  readonly action: string | null;
  readonly at: SourceLocation;
}

/** A path in the repository that a manifest names as evidence for something. */
export interface EvidenceRef {
  /** What the evidence is for, e.g. `evidence.offline_eval`, `rollback.plan`, `orchestration.triage.review`. */
  readonly field: string;
  readonly path: string;
  readonly at: SourceLocation;
  /** What the file is and what must hold in it, for typed evidence; null for a plain document. */
  readonly spec: EvidenceSpec | null;
}

export interface OrchestrationPath {
  readonly name: string;
  readonly pattern: OrchestrationPattern;
  readonly review: EvidenceRef | null;
  readonly at: SourceLocation;
}

export interface CapabilitySession {
  readonly stateful: boolean;
  readonly expirySignal: string | null;
  readonly reinit: string | null;
}

export interface Capability {
  readonly name: string;
  readonly access: 'read' | 'write';
  readonly owner: Owner | null;
  readonly transport: string | null;
  readonly timeoutMs: number | null;
  readonly retryMaxAttempts: number | null;
  readonly idempotency: string | null;
  readonly unknownSideEffect: string | null;
  readonly telemetry: string | null;
  readonly viaGateway: boolean;
  readonly requiresApproval: boolean;
  readonly session: CapabilitySession | null;
  readonly at: SourceLocation;
}

export interface Approval {
  readonly queueOwner: Owner | null;
  readonly timeoutMs: number | null;
  readonly backlogThreshold: number | null;
  readonly onTimeout: 'cancel' | 'fallback' | 'escalate' | null;
  readonly fallback: string | null;
  readonly latencyMetric: string | null;
  readonly at: SourceLocation;
}

export interface Authorization {
  readonly mode: 'service' | 'delegated';
  readonly tracedFields: readonly string[];
  readonly onRevoke: string | null;
  readonly at: SourceLocation;
}

export interface Rollback {
  readonly plan: EvidenceRef | null;
  readonly fallback: string | null;
  readonly at: SourceLocation;
}

export interface ShadowPeriod {
  readonly days: number;
  readonly evidence: EvidenceRef | null;
  readonly at: SourceLocation;
}

export interface Waiver {
  readonly check: string;
  readonly reason: string;
  readonly approver: string;
  /** Last day the waiver holds, `YYYY-MM-DD` (UTC). */
  readonly expires: string;
  readonly at: SourceLocation;
}

export interface Manifest {
  readonly file: string;
  readonly workflow: string;
  readonly stages: readonly Stage[];
  /** The live stage; null when nothing is live yet. */
  readonly currentStage: Stage | null;
  /** Where the `current_stage:` value is; null when the manifest has none. A move of the live stage is located there. */
  readonly currentStageAt: SourceLocation | null;
  readonly stopConditions: readonly Condition[];
  readonly rollbackTriggers: readonly Condition[];
  readonly owners: Readonly<Partial<Record<OwnerCategory, Owner>>>;
  readonly ownersAt: SourceLocation;
  readonly rollback: Rollback | null;
  readonly shadowPeriod: ShadowPeriod | null;
  readonly orchestration: readonly OrchestrationPath[];
  readonly capabilities: readonly Capability[];
  readonly approval: Approval | null;
  readonly authorization: Authorization | null;
  readonly evidence: Readonly<Partial<Record<EvidenceKind, EvidenceRef>>>;
  readonly waivers: readonly Waiver[];
  /** The paths (prompts, model config) whose change makes typed evidence stale: `rollout_plan.sources`. */
  readonly sources: readonly SourcePath[];
  /** The files that carry the real exposure (`exposure_sources`), in document order. */
  readonly exposureSources: readonly SourceBinding[];
  /** Location of `rollout_plan`, for findings about something that is missing. */
  readonly at: SourceLocation;
  /** The plain data, for declarative custom checks; null when loaded without it (no policy has custom checks). */
  readonly raw: unknown;
}

export type BuildResult = { readonly ok: true; readonly manifest: Manifest } | { readonly ok: false; readonly problems: readonly InputProblem[] };

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const has = (o: Raw, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Builds the typed manifest from a document that already passed the JSON Schema. `keepRaw: false` leaves
 * out the plain data (only custom checks read it), so it can be freed at once.
 */
export function buildManifest(doc: ParsedYaml, options: { readonly keepRaw?: boolean } = {}): BuildResult {
  const problems: InputProblem[] = [];
  const root = ['rollout_plan'];
  const at = (...path: (string | number)[]) => doc.at([...root, ...path]);
  // Sections and named entries are located at their key, where a reader looks for them.
  const key = (...path: (string | number)[]) => doc.keyAt([...root, ...path]);
  const plan = obj(obj(doc.value)['rollout_plan']);

  const owner = (value: unknown, ...path: (string | number)[]): Owner => {
    const o = obj(value);
    const name = typeof value === 'string' ? value : (str(o['name']) ?? '');
    const github = typeof value === 'string' ? githubHandleIn(value) : str(o['github']);
    return { name: name.trim(), github, placeholder: isPlaceholder(name), at: at(...path) };
  };
  const evidence = (value: unknown, field: string, ...path: (string | number)[]): EvidenceRef | null =>
    typeof value === 'string' ? { field, path: value, at: at(...path), spec: null } : null;

  const stagesRaw = obj(plan['stages']);
  const stages: Stage[] = Object.keys(stagesRaw).map((name, index) => {
    const s = obj(stagesRaw[name]);
    const exposureAt: Partial<Record<ExposureField | 'users', SourceLocation>> = {};
    for (const field of STAGE_EXPOSURE_FIELDS) if (has(s, field)) exposureAt[field] = at('stages', name, field);
    return {
      name,
      index,
      users: str(s['users']),
      accounts: num(s['accounts']),
      trafficPercent: num(s['traffic_percent']),
      tenantPercent: num(s['tenant_percent']),
      entry: list(s['entry']).filter((x): x is string => typeof x === 'string'),
      exit: list(s['exit']).filter((x): x is string => typeof x === 'string'),
      exposureAt,
      at: doc.keyAt([...root, 'stages', name]),
    };
  });

  let currentStage: Stage | null = null;
  const current = str(plan['current_stage']);
  if (current !== null) {
    currentStage = stages.find((s) => s.name === current) ?? null;
    if (!currentStage) {
      problems.push(
        problem(
          at('current_stage'),
          `current_stage "${current}" is not one of the stages (${stages.map((s) => s.name).join(', ')})`,
          'name a stage defined under `stages`, or add that stage to the ladder',
        ),
      );
    }
  }

  const conditions = (key: string): Condition[] =>
    list(plan[key]).flatMap((item, i) => {
      const o = obj(item);
      const text = typeof item === 'string' ? item : (str(o['condition']) ?? '');
      const where = typeof item === 'string' ? at(key, i) : at(key, i, 'condition');
      const parsed = parseCondition(text);
      if (!parsed.ok) {
        problems.push(
          problem(
            where,
            `${key}[${i}]: ${parsed.reason}`,
            'write it as `metric operator number`, with operator one of > >= < <= == != and an optional $ or % / ms / s / m / h unit',
          ),
        );
        return [];
      }
      return [{ ...parsed.condition, text, action: str(o['action']), at: where }];
    });

  const ownersRaw = obj(plan['owners']);
  const owners: Partial<Record<OwnerCategory, Owner>> = {};
  for (const category of OWNER_CATEGORIES) {
    if (has(ownersRaw, category)) owners[category] = owner(ownersRaw[category], 'owners', category);
  }

  const rollbackRaw = has(plan, 'rollback') ? obj(plan['rollback']) : null;
  const rollback: Rollback | null = rollbackRaw
    ? { plan: evidence(rollbackRaw['plan'], 'rollback.plan', 'rollback', 'plan'), fallback: str(rollbackRaw['fallback']), at: key('rollback') }
    : null;

  const shadowRaw = has(plan, 'shadow_period') ? obj(plan['shadow_period']) : null;
  const shadowPeriod: ShadowPeriod | null = shadowRaw
    ? {
        days: num(shadowRaw['days']) ?? 0,
        evidence: evidence(shadowRaw['evidence'], 'shadow_period.evidence', 'shadow_period', 'evidence'),
        at: key('shadow_period'),
      }
    : null;

  const orchestrationRaw = obj(plan['orchestration']);
  const orchestration: OrchestrationPath[] = Object.keys(orchestrationRaw).map((name) => {
    const v = orchestrationRaw[name];
    const o = obj(v);
    const pattern = (typeof v === 'string' ? v : str(o['pattern'])) as OrchestrationPattern;
    return { name, pattern, review: evidence(o['review'], `orchestration.${name}.review`, 'orchestration', name, 'review'), at: key('orchestration', name) };
  });

  const capabilitiesRaw = obj(plan['capabilities']);
  const capabilities: Capability[] = Object.keys(capabilitiesRaw).map((name) => {
    const c = obj(capabilitiesRaw[name]);
    const session = has(c, 'session') ? obj(c['session']) : null;
    return {
      name,
      access: c['access'] === 'write' ? 'write' : 'read',
      owner: has(c, 'owner') ? owner(c['owner'], 'capabilities', name, 'owner') : null,
      transport: str(c['transport']),
      timeoutMs: typeof c['timeout'] === 'string' ? parseDuration(c['timeout']) : null,
      retryMaxAttempts: num(obj(c['retry'])['max_attempts']),
      idempotency: nonBlank(c['idempotency']),
      unknownSideEffect: nonBlank(c['unknown_side_effect']),
      telemetry: nonBlank(c['telemetry']),
      viaGateway: c['via_gateway'] !== false,
      requiresApproval: c['requires_approval'] === true,
      session: session
        ? { stateful: session['stateful'] === true, expirySignal: nonBlank(session['expiry_signal']), reinit: nonBlank(session['reinit']) }
        : null,
      at: doc.keyAt([...root, 'capabilities', name]),
    };
  });

  const approvalRaw = has(plan, 'approval') ? obj(plan['approval']) : null;
  const approval: Approval | null = approvalRaw
    ? {
        queueOwner: has(approvalRaw, 'queue_owner') ? owner(approvalRaw['queue_owner'], 'approval', 'queue_owner') : null,
        timeoutMs: typeof approvalRaw['timeout'] === 'string' ? parseDuration(approvalRaw['timeout']) : null,
        backlogThreshold: num(approvalRaw['backlog_threshold']),
        onTimeout: (str(approvalRaw['on_timeout']) as Approval['onTimeout']) ?? null,
        fallback: nonBlank(approvalRaw['fallback']),
        latencyMetric: nonBlank(approvalRaw['latency_metric']),
        at: key('approval'),
      }
    : null;

  const authRaw = has(plan, 'authorization') ? obj(plan['authorization']) : null;
  const authorization: Authorization | null = authRaw
    ? {
        mode: authRaw['mode'] === 'delegated' ? 'delegated' : 'service',
        tracedFields: list(authRaw['traced_fields']).filter((x): x is string => typeof x === 'string'),
        onRevoke: nonBlank(authRaw['on_revoke']),
        at: key('authorization'),
      }
    : null;

  const evidenceRaw = obj(plan['evidence']);
  const evidenceRefs: Partial<Record<EvidenceKind, EvidenceRef>> = {};
  for (const kind of EVIDENCE_KINDS) {
    const raw = evidenceRaw[kind];
    // Typed evidence: `{ path, format, pointer?, require? }`; its criteria are parsed like stop conditions.
    const typed = typeof raw === 'object' && raw !== null ? evidenceSpecOf(raw, `evidence.${kind}`, (...p) => at('evidence', kind, ...p), problems) : null;
    const ref = typed
      ? { field: `evidence.${kind}`, path: typed.path, at: at('evidence', kind, 'path'), spec: typed.spec }
      : evidence(raw, `evidence.${kind}`, 'evidence', kind);
    if (ref) evidenceRefs[kind] = ref;
  }
  const sources: SourcePath[] = list(plan['sources']).flatMap((p, i) => (typeof p === 'string' ? [{ path: p, at: at('sources', i) }] : []));

  const waivers: Waiver[] = list(plan['waivers']).flatMap((item, i) => {
    const w = obj(item);
    const expires = str(w['expires']) ?? '';
    if (!isCalendarDate(expires)) {
      problems.push(
        problem(
          at('waivers', i, 'expires'),
          `waivers[${i}].expires "${expires}" is not a real calendar date`,
          'write the last day the waiver holds as YYYY-MM-DD',
        ),
      );
      return [];
    }
    return [{ check: str(w['check']) ?? '', reason: str(w['reason']) ?? '', approver: str(w['approver']) ?? '', expires, at: at('waivers', i) }];
  });

  const stopConditions = conditions('stop_conditions');
  const rollbackTriggers = conditions('rollback_triggers');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    manifest: {
      file: doc.file,
      workflow: str(plan['workflow']) ?? '',
      stages,
      currentStage,
      currentStageAt: has(plan, 'current_stage') ? at('current_stage') : null,
      stopConditions,
      rollbackTriggers,
      owners,
      ownersAt: has(plan, 'owners') ? key('owners') : key(),
      rollback,
      shadowPeriod,
      orchestration,
      capabilities,
      approval,
      authorization,
      evidence: evidenceRefs,
      waivers,
      sources,
      exposureSources: bindingsOf(plan['exposure_sources'], (i) => at('exposure_sources', i)),
      at: doc.keyAt(root),
      raw: options.keepRaw === false ? null : doc.value,
    },
  };
}

function nonBlank(v: unknown): string | null {
  return typeof v === 'string' && !isPlaceholder(v) ? v : null;
}

function githubHandleIn(text: string): string | null {
  const m = /(?:^|[\s(])(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?)(?=$|[\s),])/.exec(text);
  return m ? m[1]! : null;
}

export function isCalendarDate(text: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Every evidence path a manifest names, in document order. */
export function evidenceRefsOf(m: Manifest): EvidenceRef[] {
  const refs: EvidenceRef[] = [];
  for (const kind of EVIDENCE_KINDS) {
    const r = m.evidence[kind];
    if (r) refs.push(r);
  }
  if (m.rollback?.plan) refs.push(m.rollback.plan);
  if (m.shadowPeriod?.evidence) refs.push(m.shadowPeriod.evidence);
  for (const p of m.orchestration) if (p.review) refs.push(p.review);
  return refs;
}
