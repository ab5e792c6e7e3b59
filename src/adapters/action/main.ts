// The GitHub Action: inputs -> revisions -> runGate -> JSON report -> annotations -> outputs -> comment ->
// job summary -> status. The status check carries the verdict: everything that talks to the GitHub API is
// advisory and can only add warnings, while anything unexpected fails the step (never a silent pass).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { runGate } from '../../engine/run.js';
import { GitError } from '../../git/exec.js';
import { isOid } from '../../git/oid.js';
import { isShallowRepository, resolveRevision } from '../../git/revs.js';
import { renderJson } from '../../core/render/json.js';
import { renderSarif } from '../../core/render/sarif.js';
import { emitAnnotations } from '../../core/render/annotations.js';
import { logSafe } from '../../core/render/escape.js';
import { renderComment, renderFailureComment, renderFailureSummary, renderSummary } from '../../core/render/markdown.js';
import type { Report } from '../../core/report/model.js';
import type { ApprovalIndex } from '../../core/rules/rule.js';
import { approvalIndex, readQueuedPullRequest, readReviews } from './approvals.js';
import { checkBaseInput } from './baseInput.js';
import { CHECK_OUTPUT_MAX_CHARS, CHECK_RUN_NAME, failureCheckRun, publishCheckRun, reportCheckRun, type CheckRunContent } from './checkRun.js';
import { resolveIdentity, upsertComment, type Identity } from './comment.js';
import { EventError, readEventPayload, resolveRevisions, type Revisions } from './event.js';
import { gateConfigPlan } from './gateConfig.js';
import { envInputReader, InputError, readInputs, type ActionInputs } from './inputs.js';
import { publishReview, reviewProblem } from './review.js';
import { createClient, httpStatus, tokenRefused, type GitHubClient } from './octokit.js';

/** An error's message, or the thrown value as text. */
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Replaces every occurrence of the token, as a last line of defence for anything printed. */
function redactor(token: string): (text: string) => string {
  return (text) => (token.length >= 4 ? text.split(token).join('***') : text);
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

/** Whether this verdict fails the step under `fail-on`. */
export function failsStep(verdict: Report['verdict'], failOn: ActionInputs['failOn']): boolean {
  return verdict === 'block' || (verdict === 'warn' && failOn === 'warn');
}

/** actions/checkout names the remote it clones from `origin`. */
const FETCH_REMOTE = 'origin';

interface Api {
  readonly client: GitHubClient;
  readonly token: string;
  /** Whose the token is, asked of GitHub once per run (the comment and the review both need it). */
  identity(): Promise<Identity>;
}

function apiFor(token: string, env: NodeJS.ProcessEnv, redact: (s: string) => string): Api {
  const client = createClient(token, env, { info: (m) => core.info(redact(m)), debug: (m) => core.debug(redact(m)) });
  let identity: Promise<Identity> | null = null;
  return { client, token, identity: () => (identity ??= resolveIdentity(client)) };
}

/** Explains a comment failure in one sentence for the log and the job summary. */
function commentProblem(error: unknown): string {
  const status = httpStatus(error);
  if (status === 401) return `The pull-request comment could not be posted: ${tokenRefused}. The verdict is in this job's status and summary.`;
  if (status === 403) {
    return (
      `The pull-request comment could not be posted (HTTP ${status}): the token cannot write to this pull request. ` +
      'Pull requests from forks get a read-only GITHUB_TOKEN, and the workflow needs `permissions: pull-requests: write`. ' +
      "The verdict is in this job's status and summary."
    );
  }
  return `The pull-request comment could not be posted: ${messageOf(error)}. The verdict is in this job's status and summary.`;
}

/** Posts or updates the sticky comment per the `comment` mode; returns a note for the summary when it could not. */
async function postComment(
  api: Api | null,
  revisions: Revisions,
  inputs: ActionInputs,
  relevant: boolean,
  failing: boolean,
  body: () => string,
  redact: (s: string) => string,
): Promise<string | null> {
  const pr = revisions.pullRequest;
  if (pr === null || revisions.repository === null) {
    core.info('Not a pull request: the report is in the job summary, no comment is posted.');
    return null;
  }
  if (api === null) {
    if (inputs.comment === 'never') return null;
    const note = 'No github-token was given, so no pull-request comment was posted.';
    core.warning(note);
    return note;
  }
  try {
    const identity = await api.identity();
    // `never`, `on-failure` with a passing gate, or nothing to gate: start no comment, but correct an earlier one.
    const create = inputs.comment !== 'never' && (failing || (inputs.comment === 'always' && relevant));
    const target = { ...revisions.repository, issueNumber: pr.number };
    const outcome = await upsertComment(api.client, target, identity, body(), { create });
    if (outcome.action === 'skipped')
      core.info(
        inputs.comment === 'never'
          ? 'comment: never, and no earlier comment of ours to correct.'
          : 'Nothing to report on this pull request: no comment posted.',
      );
    else {
      const extra = outcome.duplicatesDeleted > 0 ? ` (removed ${outcome.duplicatesDeleted} duplicate${outcome.duplicatesDeleted === 1 ? '' : 's'})` : '';
      core.info(`Pull-request comment ${outcome.action}: #${outcome.id}${extra}.`);
    }
    return null;
  } catch (error) {
    const note = redact(commentProblem(error));
    core.warning(note);
    return note;
  }
}

/** Why reviews could not be read, for the note: a refused token is named as such. */
function reviewsProblem(error: unknown): string {
  if (httpStatus(error) === 401) return tokenRefused;
  return messageOf(error);
}

/**
 * The reviews as the gate's approval input, or why they could not be read (and a note to show). A pull
 * request's own; in a merge-queue run, the queued pull request's, which count for its head commit (the
 * group's commit merges it).
 */
async function readApprovals(api: Api | null, revisions: Revisions, redact: (s: string) => string): Promise<{ approvals: ApprovalIndex; note?: string }> {
  const repository = revisions.repository;
  const pr = revisions.pullRequest;
  const group = revisions.mergeGroup;
  if (repository === null || (pr === null && group === null)) return { approvals: { kind: 'unavailable', reason: 'this run is not for a pull request' } };
  if (api === null) {
    const reason = 'No github-token was given, so the approvals the policy asks for could not be checked.';
    return { approvals: { kind: 'unavailable', reason }, note: reason };
  }
  try {
    let target: { number: number; headSha: string };
    if (pr !== null) target = pr;
    else {
      const queued = await readQueuedPullRequest(api.client, {
        ...repository,
        pullRequestNumber: group!.pullRequestNumber,
        headSha: revisions.head,
        baseRef: group!.baseRef,
      });
      if (!queued.ok) {
        const note = redact(`The approvals the policy asks for count as missing in this merge-queue run: ${queued.reason}.`);
        return { approvals: { kind: 'unavailable', reason: note }, note };
      }
      core.info(`Approvals: the reviews of queued pull request #${queued.number} for its head commit ${queued.headSha.slice(0, 12)}.`);
      target = queued;
    }
    const reviews = await readReviews(api.client, { ...repository, pullNumber: target.number, headSha: target.headSha });
    return { approvals: approvalIndex(reviews, target.headSha) };
  } catch (error) {
    const whose = pr !== null ? "The pull request's reviews" : "The queued pull request's reviews";
    const note = redact(`${whose} could not be read, so approvals count as missing: ${reviewsProblem(error)}`);
    return { approvals: { kind: 'unavailable', reason: note }, note };
  }
}

/** Submits the pull-request review per the `review` mode; returns a note for the summary when it could not. */
async function postReview(api: Api | null, revisions: Revisions, inputs: ActionInputs, report: Report, redact: (s: string) => string): Promise<string | null> {
  const pr = revisions.pullRequest;
  if (inputs.review === 'off' || api === null || pr === null || revisions.repository === null) return null;
  try {
    const identity = await api.identity();
    const target = { ...revisions.repository, pullNumber: pr.number, headSha: pr.headSha };
    const outcome = await publishReview(api.client, target, identity, report.findings, { mode: inputs.review, verdict: report.verdict });
    if (outcome.dismissed !== null) core.info(`Dismissed our earlier review #${outcome.dismissed}: the gate no longer blocks.`);
    const { review } = outcome;
    if (review.action === 'created')
      core.info(`Pull-request review submitted: #${review.id}, ${review.inline} inline comment${review.inline === 1 ? '' : 's'}.`);
    else if (review.action === 'already-reviewed') core.info(`This head commit ${pr.headSha.slice(0, 12)} already has our review: none submitted.`);
    return null;
  } catch (error) {
    const note = redact(reviewProblem(httpStatus(error), messageOf(error)));
    core.info(note);
    return note;
  }
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}

/** Fails the step before anything was judged (bad input, unusable event): verdict `error`, never a pass. */
function failEarly(message: string, redact: (s: string) => string): void {
  core.setOutput('verdict', 'error');
  core.setFailed(redact(message));
}

/**
 * Points a missing or unreachable commit at the usual cause in a workflow, a shallow checkout, unless the
 * message already does. In a complete clone more history would not help, so nothing is added.
 */
async function withCheckoutHint(message: string, code: string, workspace: string): Promise<string> {
  if (/fetch-depth/.test(message) || !['shallow', 'unknown_revision'].includes(code)) return message;
  let shallow: boolean;
  try {
    shallow = await isShallowRepository(workspace);
  } catch {
    return message;
  }
  return shallow ? `${message} In a workflow, check out with actions/checkout and \`fetch-depth: 0\` so both commits are present.` : message;
}

/**
 * The check run, where the token can create one (`annotations: checks`); else the findings as workflow-command
 * annotations. Returns the notes for the summary and how many findings the log's annotations left out.
 */
async function publishAnnotations(
  api: Api | null,
  revisions: Revisions,
  inputs: ActionInputs,
  content: CheckRunContent,
  report: Report | null,
  redact: (s: string) => string,
): Promise<{ notes: string[]; omitted: number }> {
  const fallback = (): { notes: string[]; omitted: number } => ({ notes: [], omitted: report === null ? 0 : emitAnnotations(report.findings, core) });
  if (inputs.annotations !== 'checks' || api === null || revisions.repository === null || !isOid(content.headSha)) return fallback();
  const outcome = await publishCheckRun(api.client, revisions.repository, content);
  if (outcome.kind === 'refused') {
    const why =
      outcome.status === 401
        ? tokenRefused
        : outcome.status === 403 || outcome.status === 404
          ? `HTTP ${outcome.status}, the token has no \`checks: write\`: a fork's token is read-only, a personal token cannot create check runs, and the workflow may not grant it`
          : outcome.message;
    core.info(redact(`No check run: ${why}. The findings are annotated through the workflow log instead.`));
    return fallback();
  }
  core.info(`Check run ${CHECK_RUN_NAME} published: #${outcome.id}, ${outcome.annotations} annotation${outcome.annotations === 1 ? '' : 's'}.`);
  if (outcome.unsent === 0) return { notes: [], omitted: 0 };
  const note = `The check run carries ${outcome.annotations} of ${outcome.annotations + outcome.unsent} annotations: adding the rest failed. Every finding is in this summary.`;
  core.warning(note);
  return { notes: [note], omitted: 0 };
}

/** A change the gate could not judge (not a repository, unknown or missing base, no git): fail closed. */
async function reportFailure(
  message: string,
  api: Api | null,
  revisions: Revisions,
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  redact: (s: string) => string,
): Promise<void> {
  core.setOutput('verdict', 'error');
  core.setOutput('unmet-blocks', '');
  core.setOutput('report-path', '');
  core.setOutput('sarif-path', '');
  core.setOutput('changed-manifests', '[]');
  // The pull request hears about it too, so an earlier "passed" comment cannot linger.
  const note = await postComment(api, revisions, inputs, true, true, () => renderFailureComment(message, runUrl(env)), redact);
  const notes = note === null ? [] : [note];
  notes.push(...(await publishAnnotations(api, revisions, inputs, failureCheckRun(revisions.head, renderFailureSummary(redact(message))), null, redact)).notes);
  await writeSummary(renderFailureSummary(message, notes));
  core.setFailed(redact(`rollout-gate could not check this change: ${message}`));
}

async function gate(env: NodeJS.ProcessEnv, redact: (s: string) => string): Promise<void> {
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  let inputs: ActionInputs;
  try {
    inputs = readInputs(envInputReader(env), env, workspace);
  } catch (error) {
    if (error instanceof InputError) {
      failEarly(error.message, redact);
      return;
    }
    throw error;
  }
  const api: Api | null = inputs.token === '' ? null : apiFor(inputs.token, env, redact);
  let revisions: Revisions;
  try {
    revisions = resolveRevisions(env, readEventPayload(env['GITHUB_EVENT_PATH']), inputs.base);
  } catch (error) {
    if (error instanceof EventError) {
      failEarly(`rollout-gate cannot tell which commits to compare: ${error.message}`, redact);
      return;
    }
    throw error;
  }
  core.info(logSafe(`rollout-gate: ${revisions.description}`));

  try {
    if (inputs.base !== undefined) {
      // actions/checkout makes no local branch for the base: `base: main` means origin/main there.
      const base = await resolveRevision(workspace, inputs.base, FETCH_REMOTE);
      if (base !== inputs.base) core.info(logSafe(`The \`base\` input ${JSON.stringify(inputs.base)} is commit ${base}.`));
      revisions = { ...revisions, base };
    }
    // A pull request's workflow is its own: a `base` input may only move the event's base back, never forward.
    const baseCheck = await checkBaseInput(workspace, inputs.base === undefined ? undefined : revisions.base, revisions.eventBase);
    if (!baseCheck.ok) {
      await reportFailure(baseCheck.message, api, revisions, inputs, env, redact);
      return;
    }
  } catch (error) {
    if (error instanceof GitError) return reportFailure(await withCheckoutHint(error.message, error.kind, workspace), api, revisions, inputs, env, redact);
    throw error;
  }

  let approvalNote: string | undefined;
  // The workflow running this step may be the pull request's own edit of it: the engine reports changes to it.
  const gatePlan = gateConfigPlan(env, revisions.eventBase);
  let gateConfigNotes: readonly string[] = gatePlan.notes;
  const outcome = await runGate({
    repoDir: workspace,
    head: revisions.head,
    base: revisions.base,
    manifestGlobs: inputs.manifests,
    policyDir: inputs.policyDir,
    evaluate: inputs.evaluate,
    // actions/checkout leaves `origin` set up; a base missing from a shallow clone is fetched from it once.
    fetchRemote: FETCH_REMOTE,
    readApprovals: async () => {
      const { approvals, note } = await readApprovals(api, revisions, redact);
      approvalNote = note;
      return approvals;
    },
    ...(gatePlan.workflow === null
      ? {}
      : {
          gateWorkflow: gatePlan.workflow,
          gateWorkflowNotes: (notes: readonly string[]) => {
            gateConfigNotes = notes;
          },
        }),
  });
  if (!outcome.ok) {
    await reportFailure(await withCheckoutHint(outcome.failure.message, outcome.failure.code, workspace), api, revisions, inputs, env, redact);
    return;
  }

  const notes: string[] = [];
  const report = outcome.report;
  // Explanations, not findings: the log and the summary say what was not compared, the findings say what changed.
  for (const note of gateConfigNotes) {
    core.info(logSafe(note));
    notes.push(note);
  }
  // Set only when a rule asked for an approval and the reviews could not be read.
  if (approvalNote !== undefined) {
    core.warning(approvalNote);
    notes.push(approvalNote);
  }

  await mkdir(dirname(inputs.reportPath), { recursive: true });
  await writeFile(inputs.reportPath, renderJson(report), 'utf8');
  if (inputs.sarifPath !== null) {
    await mkdir(dirname(inputs.sarifPath), { recursive: true });
    await writeFile(inputs.sarifPath, renderSarif(report), 'utf8');
  }

  const changed = report.manifests.filter((m) => m.status !== 'unchanged').map((m) => m.file);
  core.setOutput('verdict', report.verdict);
  core.setOutput('unmet-blocks', String(report.unmetBlocks.length));
  core.setOutput('report-path', inputs.reportPath);
  core.setOutput('sarif-path', inputs.sarifPath ?? '');
  core.setOutput('changed-manifests', JSON.stringify(changed));

  const failing = failsStep(report.verdict, inputs.failOn);
  // A pull request that touches no manifest or policy gets no new comment (an existing one is still updated).
  const worthAComment = failing || report.manifests.length > 0 || report.changes.length > 0 || report.findings.length > 0;
  const url = runUrl(env);
  const commentNote = await postComment(api, revisions, inputs, worthAComment, failing, () => renderComment(report, { runUrl: url }), redact);
  if (commentNote !== null) notes.push(commentNote);
  const reviewNote = await postReview(api, revisions, inputs, report, redact);
  if (reviewNote !== null) notes.push(reviewNote);

  const checkText = renderComment(report, { runUrl: url, maxLength: CHECK_OUTPUT_MAX_CHARS });
  const published = await publishAnnotations(api, revisions, inputs, reportCheckRun(report, inputs.failOn, checkText), report, redact);
  notes.push(...published.notes);

  await writeSummary(renderSummary(report, { runUrl: url, annotationsOmitted: published.omitted, notes }));

  const unmet = report.unmetBlocks.length;
  if (report.verdict === 'block') {
    core.setFailed(
      `Rollout gate: blocked, ${unmet} unmet readiness block${unmet === 1 ? '' : 's'} (${report.counts.block} blocking finding${report.counts.block === 1 ? '' : 's'}). See the annotations and the job summary.`,
    );
  } else if (failing) {
    core.setFailed(
      `Rollout gate: ${report.counts.warn} warning${report.counts.warn === 1 ? '' : 's'}, and fail-on is "warn". See the annotations and the job summary.`,
    );
  } else {
    core.info(
      `Rollout gate: ${report.verdict === 'pass' ? 'passed' : `passed with ${report.counts.warn} warning(s)`} for ${report.counts.manifestsChecked} manifest(s).`,
    );
  }
}

/** Runs the action; never throws, and never lets an unexpected error pass as success. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const redact = redactor(envInputReader(env)('github-token'));
  try {
    await gate(env, redact);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(redact(`rollout-gate failed unexpectedly and fails closed: ${message}`));
    if (error instanceof Error && error.stack) core.debug(redact(error.stack));
  }
}

// Run when executed as the bundle (dist/index.js), not when a test imports this module.
if (/(?:^|[\\/])index\.js$/.test(process.argv[1] ?? '')) {
  let finished = false;
  // Fail closed, with a readable message, if Node runs out of work before the run settles (a bug that
  // dropped the last reference to pending I/O) instead of only Node's "unsettled top-level await" exit.
  process.on('exit', () => {
    if (!finished) core.setFailed('rollout-gate: the run ended before the gate reached a verdict (an internal error); failing closed. Please report this.');
  });
  await runAction();
  finished = true;
}
