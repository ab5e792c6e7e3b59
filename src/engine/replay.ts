// Replays a recorded decision: the gate runs again on exactly the commits, settings and moment the report
// records (never on branch names), and the new JSON report must be byte-identical to the recorded one.
import { git } from '../git/exec.js';
import { repoRoot } from '../git/revs.js';
import type { Artifact } from '../core/replay/artifact.js';
import { GATE_CONFIG_CHECK } from '../core/gateWorkflow/compare.js';
import {
  approvalDifferences,
  gateWorkflowDifferences,
  lineDiff,
  missingReasons,
  recordDifferences,
  recordedObjects,
  type MissingObject,
} from '../core/replay/compare.js';
import { renderJson } from '../core/render/json.js';
import type { Report } from '../core/report/model.js';
import { reviewsFromRecord } from '../core/report/reviews.js';
import type { ApprovalIndex } from '../core/rules/rule.js';
import { runGate } from './run.js';

export type ReplayOutcome =
  | { readonly kind: 'identical'; readonly verdict: string; readonly notes: readonly string[] }
  /** `reasons`: what differs in the inputs, most telling first; `diff`: the report lines that differ. */
  | { readonly kind: 'differs'; readonly reasons: readonly string[]; readonly diff: readonly string[]; readonly notes: readonly string[] }
  /** The gate could not run at all on the recorded commits. */
  | { readonly kind: 'failed'; readonly message: string };

/** Which of these objects the repository lacks, in one `git cat-file --batch-check`. */
async function missingAmong(root: string, objects: readonly MissingObject[]): Promise<MissingObject[]> {
  if (objects.length === 0) return [];
  const out = (await git(root, ['cat-file', '--batch-check=%(objectname)', '--buffer'], { input: objects.map((o) => o.oid).join('\n') + '\n' })).toString(
    'utf8',
  );
  const missing = new Set(out.split('\n').flatMap((line) => (line.endsWith(' missing') ? [line.slice(0, -' missing'.length)] : [])));
  return objects.filter((o) => missing.has(o.oid));
}

/**
 * The reviews as the report recorded their outcome: they are not in git, so the replay takes them as given,
 * from the record when it carries them, else (an older report) from the report's approvals.
 */
function recordedReviews(artifact: Artifact): ApprovalIndex {
  const reviewed = artifact.record.external.reviewed;
  if (reviewed) return reviewsFromRecord(reviewed);
  // Reviews that were read never leave an approval unchecked: one that is means they could not be read.
  if (artifact.approvals.some((a) => a.state === 'unchecked'))
    return { kind: 'unavailable', reason: 'the reviews could not be read when the report was written' };
  const states = new Map<string, ReturnType<Extract<ApprovalIndex, { kind: 'reviews' }>['stateOf']>>();
  for (const a of artifact.approvals) if (a.handle !== null && a.state !== 'unchecked') states.set(a.handle, a.state);
  return { kind: 'reviews', stateOf: (handle) => states.get(handle) ?? 'missing' };
}

/**
 * A report written before the record carried the reviews it used is compared as it was written: without
 * them (the replay took their outcome from its approvals, so they add nothing to check).
 */
function withoutReviewed(report: Report): Report {
  const { reviews, adapterChecks, gateWorkflow } = report.record.external;
  return { ...report, record: { ...report.record, external: { reviews, adapterChecks, ...(gateWorkflow ? { gateWorkflow } : {}) } } };
}

export async function replayDecision(repoDir: string, artifact: Artifact): Promise<ReplayOutcome> {
  const record = artifact.record;
  const root = await repoRoot(repoDir);
  const notes: string[] = [];
  if (record.external.reviews === 'read')
    notes.push(
      record.external.reviewed
        ? "the pull request's reviews are not in git: their outcome was taken from the report's record of them, not read again"
        : "the pull request's reviews are not in git: their outcome was taken from the report's approvals, not read again",
    );
  // A report written before the gate-workflow check was recorded carries only its findings: they are taken as given.
  if (record.external.adapterChecks.length > 0)
    notes.push(`the findings of ${record.external.adapterChecks.join(', ')} come from the action's own check of its workflow and were taken from the report`);
  const gateWorkflow = record.external.gateWorkflow;
  const missing = await missingAmong(root, recordedObjects(record));
  // Without its commits the gate cannot run at all: what is missing is the whole answer.
  const commits = new Set([record.head, record.base, record.mergeBase, gateWorkflow?.eventBase]);
  const missingCommits = missing.filter((m) => commits.has(m.oid));
  if (missingCommits.length > 0) return { kind: 'differs', reasons: missingReasons(missing), diff: [], notes };
  const outcome = await runGate({
    repoDir: root,
    head: record.head,
    base: record.base ?? undefined,
    manifestGlobs: record.options.manifestGlobs,
    policyDir: record.options.policyDir,
    all: record.options.all,
    evaluate: record.options.evaluate,
    timelines: record.options.timelines,
    now: new Date(record.now),
    fetchRemote: null,
    ...(record.external.reviews === 'read' ? { readApprovals: () => Promise.resolve(recordedReviews(artifact)) } : {}),
    ...(record.external.adapterChecks.length > 0 ? { extraFindings: () => Promise.resolve(artifact.adapterFindings) } : {}),
    // The workflow check reads only git: it runs again, as the action ran it, on the recorded commits.
    ...(gateWorkflow ? { gateWorkflow } : {}),
  });
  if (!outcome.ok) return { kind: 'failed', message: outcome.failure.message };
  const report = record.external.reviews === 'read' && !record.external.reviewed ? withoutReviewed(outcome.report) : outcome.report;
  const replayed = renderJson(report);
  if (replayed === artifact.text && missing.length === 0) return { kind: 'identical', verdict: report.verdict, notes };
  const replayedGateFindings = report.findings.filter((f) => f.check === GATE_CONFIG_CHECK);
  const reasons = [
    ...missingReasons(missing),
    ...recordDifferences(record, report.record),
    ...gateWorkflowDifferences(artifact.gateWorkflowFindings, replayedGateFindings),
    ...(record.external.reviewed ? approvalDifferences(artifact.approvals, record.external.reviewed) : []),
  ];
  if (artifact.verdict !== report.verdict) reasons.push(`verdict: recorded ${artifact.verdict}, replayed ${report.verdict}`);
  if (reasons.length === 0)
    reasons.push(
      'the inputs agree, but the report differs: the recorded report was edited after it was written, or the tool is not deterministic (please report this)',
    );
  return { kind: 'differs', reasons, diff: lineDiff(artifact.text, replayed), notes };
}
