// The GitHub Action: inputs -> revisions -> runGate -> JSON report -> annotations -> outputs -> comment ->
// job summary -> status. The status check carries the verdict: everything that talks to the GitHub API is
// advisory and can only add warnings, while anything unexpected fails the step (never a silent pass).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { runGate } from '../engine/run.js';
import { GitError } from '../git/exec.js';
import { renderJson } from '../render/json.js';
import { emitAnnotations } from '../render/annotations.js';
import { logSafe } from '../render/escape.js';
import { renderComment, renderFailureComment, renderFailureSummary, renderSummary } from '../render/markdown.js';
import type { Report } from '../report/model.js';
import type { ApprovalIndex } from '../rules/rule.js';
import { approvalIndex, readReviews } from './approvals.js';
import { checkBaseInput } from './baseInput.js';
import { resolveIdentity, upsertComment } from './comment.js';
import { EventError, readEventPayload, resolveRevisions, type Revisions } from './event.js';
import { checkGateConfig } from './gateConfig.js';
import { envInputReader, InputError, readInputs, type ActionInputs } from './inputs.js';
import { createClient, httpStatus, type GitHubClient } from './octokit.js';

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

interface Api {
  readonly client: GitHubClient;
  readonly token: string;
}

/** Explains a comment failure in one sentence for the log and the job summary. */
function commentProblem(error: unknown): string {
  const status = httpStatus(error);
  if (status === 403 || status === 401) {
    return (
      `The pull-request comment could not be posted (HTTP ${status}): the token cannot write to this pull request. ` +
      'Pull requests from forks get a read-only GITHUB_TOKEN, and the workflow needs `permissions: pull-requests: write`. ' +
      "The verdict is in this job's status and summary."
    );
  }
  return `The pull-request comment could not be posted: ${(error as Error).message ?? String(error)}. The verdict is in this job's status and summary.`;
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
  if (inputs.comment === 'never') return null;
  if (api === null) {
    const note = 'No github-token was given, so no pull-request comment was posted.';
    core.warning(note);
    return note;
  }
  try {
    const identity = await resolveIdentity(api.client, api.token);
    // `on-failure` with a passing gate, or nothing to gate: do not start a comment, but correct an earlier one.
    const create = failing || (inputs.comment === 'always' && relevant);
    const target = { ...revisions.repository, issueNumber: pr.number };
    const outcome = await upsertComment(api.client, target, identity, body(), { create });
    if (outcome.action === 'skipped') core.info('Nothing to report on this pull request: no comment posted.');
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

/** The pull request's reviews as the gate's approval input, or why they could not be read (and a note to show). */
async function readApprovals(api: Api | null, revisions: Revisions, redact: (s: string) => string): Promise<{ approvals: ApprovalIndex; note?: string }> {
  const pr = revisions.pullRequest;
  if (pr === null || revisions.repository === null) return { approvals: { kind: 'unavailable', reason: 'this run is not for a pull request' } };
  if (api === null) {
    const reason = 'No github-token was given, so the approvals the policy asks for could not be checked.';
    return { approvals: { kind: 'unavailable', reason }, note: reason };
  }
  try {
    const reviews = await readReviews(api.client, { ...revisions.repository, pullNumber: pr.number, headSha: pr.headSha });
    return { approvals: approvalIndex(reviews, pr.headSha) };
  } catch (error) {
    const note = redact(`The pull request's reviews could not be read, so approvals count as missing: ${(error as Error).message ?? String(error)}`);
    return { approvals: { kind: 'unavailable', reason: note }, note };
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

/** Points a missing or unreachable commit at the usual cause in a workflow, unless the message already does. */
function withCheckoutHint(message: string, code: string): string {
  if (/fetch-depth/.test(message) || !['shallow', 'unknown_revision'].includes(code)) return message;
  return `${message} In a workflow, check out with actions/checkout and \`fetch-depth: 0\` so both commits are present.`;
}

/** A change the gate could not judge (not a repository, unknown or missing base, no git): fail closed. */
async function reportFailure(message: string, api: Api | null, revisions: Revisions, inputs: ActionInputs, env: NodeJS.ProcessEnv, redact: (s: string) => string): Promise<void> {
  core.setOutput('verdict', 'error');
  core.setOutput('unmet-blocks', '');
  core.setOutput('report-path', '');
  core.setOutput('changed-manifests', '[]');
  // The pull request hears about it too, so an earlier "passed" comment cannot linger.
  const note = await postComment(api, revisions, inputs, true, true, () => renderFailureComment(message, runUrl(env)), redact);
  await writeSummary(renderFailureSummary(message, note === null ? [] : [note]));
  core.setFailed(redact(`rollout-gate could not check this change: ${message}`));
}

async function gate(env: NodeJS.ProcessEnv, redact: (s: string) => string): Promise<void> {
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  let inputs: ActionInputs;
  try {
    inputs = readInputs(envInputReader(env), env, workspace);
  } catch (error) {
    if (error instanceof InputError) return failEarly(error.message, redact);
    throw error;
  }
  const api: Api | null = inputs.token === '' ? null : { client: createClient(inputs.token, env, { info: (m) => core.info(redact(m)), debug: (m) => core.debug(redact(m)) }), token: inputs.token };
  let revisions: Revisions;
  try {
    revisions = resolveRevisions(env, readEventPayload(env['GITHUB_EVENT_PATH']), inputs.base);
  } catch (error) {
    if (error instanceof EventError) return failEarly(`rollout-gate cannot tell which commits to compare: ${error.message}`, redact);
    throw error;
  }
  core.info(logSafe(`rollout-gate: ${revisions.description}`));

  // A pull request's workflow is its own: a `base` input may only move the event's base back, never forward.
  try {
    const baseCheck = await checkBaseInput(workspace, inputs.base, revisions.eventBase);
    if (!baseCheck.ok) return reportFailure(baseCheck.message, api, revisions, inputs, env, redact);
  } catch (error) {
    if (error instanceof GitError) return reportFailure(withCheckoutHint(error.message, error.kind), api, revisions, inputs, env, redact);
    throw error;
  }

  let approvalNote: string | undefined;
  let gateConfigNotes: readonly string[] = [];
  const outcome = await runGate({
    repoDir: workspace,
    head: revisions.head,
    base: revisions.base,
    manifestGlobs: inputs.manifests,
    policyDir: inputs.policyDir,
    // actions/checkout leaves `origin` set up; a base missing from a shallow clone is fetched from it once.
    fetchRemote: 'origin',
    readApprovals: async () => {
      const { approvals, note } = await readApprovals(api, revisions, redact);
      approvalNote = note;
      return approvals;
    },
    // The workflow running this step may be the pull request's own edit of it: changes to it are findings.
    extraFindings: async ({ head }) => {
      const check = await checkGateConfig(workspace, env, revisions.eventBase, head);
      gateConfigNotes = check.notes;
      return check.findings;
    },
  });
  if (!outcome.ok) {
    await reportFailure(withCheckoutHint(outcome.failure.message, outcome.failure.code), api, revisions, inputs, env, redact);
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

  const omitted = emitAnnotations(report.findings, core);

  const changed = report.manifests.filter((m) => m.status !== 'unchanged').map((m) => m.file);
  core.setOutput('verdict', report.verdict);
  core.setOutput('unmet-blocks', String(report.unmetBlocks.length));
  core.setOutput('report-path', inputs.reportPath);
  core.setOutput('changed-manifests', JSON.stringify(changed));

  const failing = failsStep(report.verdict, inputs.failOn);
  // A pull request that touches no manifest or policy gets no new comment (an existing one is still updated).
  const worthAComment = failing || report.manifests.length > 0 || report.changes.length > 0 || report.findings.length > 0;
  const url = runUrl(env);
  const commentNote = await postComment(api, revisions, inputs, worthAComment, failing, () => renderComment(report, { runUrl: url }), redact);
  if (commentNote !== null) notes.push(commentNote);

  await writeSummary(renderSummary(report, { runUrl: url, annotationsOmitted: omitted, notes }));

  const unmet = report.unmetBlocks.length;
  if (report.verdict === 'block') {
    core.setFailed(`Rollout gate: blocked, ${unmet} unmet readiness block${unmet === 1 ? '' : 's'} (${report.counts.block} blocking finding${report.counts.block === 1 ? '' : 's'}). See the annotations and the job summary.`);
  } else if (failing) {
    core.setFailed(`Rollout gate: ${report.counts.warn} warning${report.counts.warn === 1 ? '' : 's'}, and fail-on is "warn". See the annotations and the job summary.`);
  } else {
    core.info(`Rollout gate: ${report.verdict === 'pass' ? 'passed' : `passed with ${report.counts.warn} warning(s)`} for ${report.counts.manifestsChecked} manifest(s).`);
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
