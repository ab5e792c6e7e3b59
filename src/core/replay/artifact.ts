// Reading a JSON report back as a decision record to replay. The file comes from a CI artifact, or from
// anyone: every field the replay uses is checked, and what is wrong is said with its JSON path.
import { isOid } from '../../git/oid.js';
import { GATE_CONFIG_CHECK, isWorkflowPath } from '../gateWorkflow/compare.js';
import type { ApprovalRequest, Finding } from '../report/model.js';
import type { DecisionRecord, InputRole, ManifestPolicy, RecordedGateWorkflow, RecordedInput, RecordedReview, RecordedReviews } from '../report/record.js';

/** What a replay needs from a report: its record, and the outcomes of the inputs from outside git. */
export interface Artifact {
  readonly text: string;
  readonly record: DecisionRecord;
  readonly verdict: string;
  readonly approvals: readonly Pick<ApprovalRequest, 'handle' | 'state'>[];
  /** The findings of the checks an adapter added (the only findings a replay takes from the report). */
  readonly adapterFindings: readonly Finding[];
  /** The report's findings of the gate-workflow check, to name what a replay derives differently. */
  readonly gateWorkflowFindings: readonly Finding[];
}

export type ArtifactRead = { readonly ok: true; readonly artifact: Artifact } | { readonly ok: false; readonly message: string };

class Invalid extends Error {}

const ROLES: readonly InputRole[] = ['manifest', 'policy', 'evidence', 'review', 'history'];
const APPROVAL_STATES: readonly string[] = ['approved', 'missing', 'stale', 'unverifiable', 'unchecked'];

type Json = Record<string, unknown>;

function objectAt(v: unknown, path: string): Json {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Invalid(`${path} must be an object`);
  return v as Json;
}
function arrayAt(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new Invalid(`${path} must be a list`);
  return v;
}
function stringAt(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new Invalid(`${path} must be a string`);
  return v;
}
function oidAt(v: unknown, path: string): string {
  const s = stringAt(v, path);
  if (!isOid(s)) throw new Invalid(`${path} must be a full object id (40 or 64 lower-case hex digits), not ${JSON.stringify(s.slice(0, 80))}`);
  return s;
}
const orNull = <T>(v: unknown, read: (v: unknown) => T): T | null => (v === null ? null : read(v));

function inputAt(v: unknown, path: string): RecordedInput {
  const o = objectAt(v, path);
  const role = stringAt(o['role'], `${path}.role`);
  if (!(ROLES as readonly string[]).includes(role)) throw new Invalid(`${path}.role must be one of ${ROLES.join(', ')}`);
  return {
    role: role as InputRole,
    commit: oidAt(o['commit'], `${path}.commit`),
    path: stringAt(o['path'], `${path}.path`),
    oid: orNull(o['oid'], (x) => oidAt(x, `${path}.oid`)),
  };
}

function policyAt(v: unknown, path: string): ManifestPolicy {
  const o = objectAt(v, path);
  return {
    file: stringAt(o['file'], `${path}.file`),
    digest: stringAt(o['digest'], `${path}.digest`),
    sources: arrayAt(o['sources'], `${path}.sources`).map((s, i) => {
      const so = objectAt(s, `${path}.sources[${i}]`);
      return { file: stringAt(so['file'], `${path}.sources[${i}].file`), source: stringAt(so['source'], `${path}.sources[${i}].source`) };
    }),
  };
}

function gateWorkflowAt(v: unknown): RecordedGateWorkflow {
  const path = 'record.external.gateWorkflow';
  const o = objectAt(v, path);
  const file = stringAt(o['path'], `${path}.path`);
  // The path goes to git as a path in a tree; only what GitHub can run is accepted.
  if (!isWorkflowPath(file)) throw new Invalid(`${path}.path must name a file in .github/workflows/, not ${JSON.stringify(file.slice(0, 80))}`);
  return { path: file, eventBase: oidAt(o['eventBase'], `${path}.eventBase`) };
}

const REVIEW_STATES: readonly string[] = APPROVAL_STATES.filter((s) => s !== 'unchecked');

function reviewedAt(v: unknown): RecordedReviews {
  const path = 'record.external.reviewed';
  const o = objectAt(v, path);
  if (o['kind'] === 'unavailable') return { kind: 'unavailable' };
  if (o['kind'] !== 'reviews') throw new Invalid(`${path}.kind must be "reviews" or "unavailable"`);
  const outcomes = arrayAt(o['outcomes'], `${path}.outcomes`).map((x, i) => {
    const at = `${path}.outcomes[${i}]`;
    const r = objectAt(x, at);
    const state = stringAt(r['state'], `${at}.state`);
    if (!REVIEW_STATES.includes(state)) throw new Invalid(`${at}.state must be one of ${REVIEW_STATES.join(', ')}`);
    return {
      handle: stringAt(r['handle'], `${at}.handle`),
      state: state as RecordedReview['state'],
      commit: orNull(r['commit'], (c) => oidAt(c, `${at}.commit`)),
    };
  });
  return { kind: 'reviews', outcomes };
}

function recordAt(v: unknown): DecisionRecord {
  const r = objectAt(v, 'record');
  if (r['format'] !== 1) throw new Invalid(`record.format is ${JSON.stringify(r['format'])}; this version of rollout-gate replays format 1`);
  const now = stringAt(r['now'], 'record.now');
  if (Number.isNaN(Date.parse(now)) || new Date(now).toISOString() !== now) throw new Invalid('record.now must be an ISO 8601 time in UTC');
  const options = objectAt(r['options'], 'record.options');
  const all = options['all'];
  if (typeof all !== 'boolean') throw new Invalid('record.options.all must be true or false');
  const evaluate = options['evaluate'];
  if (evaluate !== 'head' && evaluate !== 'merge') throw new Invalid('record.options.evaluate must be "head" or "merge"');
  const timelines = options['timelines'];
  if (typeof timelines !== 'boolean') throw new Invalid('record.options.timelines must be true or false');
  const external = objectAt(r['external'], 'record.external');
  const reviews = external['reviews'];
  if (reviews !== 'read' && reviews !== 'not_read') throw new Invalid('record.external.reviews must be "read" or "not_read"');
  return {
    format: 1,
    toolVersion: stringAt(r['toolVersion'], 'record.toolVersion'),
    base: orNull(r['base'], (x) => oidAt(x, 'record.base')),
    mergeBase: orNull(r['mergeBase'], (x) => oidAt(x, 'record.mergeBase')),
    head: oidAt(r['head'], 'record.head'),
    now,
    options: {
      manifestGlobs: arrayAt(options['manifestGlobs'], 'record.options.manifestGlobs').map((g, i) => stringAt(g, `record.options.manifestGlobs[${i}]`)),
      policyDir: stringAt(options['policyDir'], 'record.options.policyDir'),
      all,
      evaluate,
      timelines,
    },
    policies: arrayAt(r['policies'], 'record.policies').map((p, i) => policyAt(p, `record.policies[${i}]`)),
    inputs: arrayAt(r['inputs'], 'record.inputs').map((p, i) => inputAt(p, `record.inputs[${i}]`)),
    external: {
      reviews,
      ...(external['reviewed'] === undefined ? {} : { reviewed: reviewedAt(external['reviewed']) }),
      adapterChecks: arrayAt(external['adapterChecks'], 'record.external.adapterChecks').map((c, i) => stringAt(c, `record.external.adapterChecks[${i}]`)),
      // Absent in a report of a run that did not check its workflow, and in one written before it was recorded.
      ...(external['gateWorkflow'] === undefined ? {} : { gateWorkflow: gateWorkflowAt(external['gateWorkflow']) }),
    },
  };
}

/** Reads a JSON report as a decision record, or says what keeps it from being one. */
export function readArtifact(file: string, text: string): ArtifactRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `${file} is not JSON (${(error as Error).message}); give the report that \`rollout-gate check --format json\` or the action wrote`,
    };
  }
  try {
    const report = objectAt(json, 'the report');
    if (!('record' in report))
      return {
        ok: false,
        message: `${file} has no \`record\`: it was written before reports carried their decision record (or is not a rollout-gate report), so it cannot be replayed`,
      };
    const record = recordAt(report['record']);
    const approvals = arrayAt(report['approvals'], 'approvals').map((a, i) => {
      const o = objectAt(a, `approvals[${i}]`);
      const state = stringAt(o['state'], `approvals[${i}].state`);
      if (!APPROVAL_STATES.includes(state)) throw new Invalid(`approvals[${i}].state must be one of ${APPROVAL_STATES.join(', ')}`);
      return { handle: orNull(o['handle'], (x) => stringAt(x, `approvals[${i}].handle`)), state: state as ApprovalRequest['state'] };
    });
    const adapterChecks = new Set(record.external.adapterChecks);
    // Adapter findings are given back to the engine as they were; their shape is the report's own.
    const findings = arrayAt(report['findings'], 'findings').map((f, i) => objectAt(f, `findings[${i}]`)) as unknown as Finding[];
    const adapterFindings = findings.filter((f) => adapterChecks.has(f.check));
    const gateWorkflowFindings = findings.filter((f) => f.check === GATE_CONFIG_CHECK);
    return { ok: true, artifact: { text, record, verdict: stringAt(report['verdict'], 'verdict'), approvals, adapterFindings, gateWorkflowFindings } };
  } catch (error) {
    if (error instanceof Invalid)
      return { ok: false, message: `${file}: ${error.message}; it is not a decision record this version of rollout-gate can replay` };
    throw error;
  }
}
