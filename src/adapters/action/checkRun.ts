// The verdict as one check run named `rollout-gate`, carrying every finding as an annotation on its manifest
// line. Workflow-command annotations show at most 10 errors and 10 warnings per step; a check run shows them
// all. Creating one needs `checks: write`, which a fork's read-only token and the example workflow's
// permissions do not give: the first request tells, and the caller then falls back to workflow commands.
import { planAnnotations } from '../../core/render/annotations.js';
import { COMMENT_MARKER } from '../../core/render/markdown.js';
import type { Finding, Report } from '../../core/report/model.js';
import type { FailOn } from './inputs.js';
import { httpStatus, type GitHubClient } from './octokit.js';

export const CHECK_RUN_NAME = 'rollout-gate';
/** GitHub accepts at most 50 annotations per request; the rest go in further updates of the same run. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on a check run's `output.summary` and `output.text`, each. */
export const CHECK_OUTPUT_MAX_CHARS = 65_535;

export type Conclusion = 'success' | 'neutral' | 'failure';

/** One annotation as the Checks API takes it. */
export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: 'warning' | 'failure';
  readonly title: string;
  readonly message: string;
}

export interface CheckRunContent {
  readonly headSha: string;
  readonly conclusion: Conclusion;
  readonly title: string;
  readonly summary: string;
  readonly text: string | null;
  readonly annotations: readonly CheckAnnotation[];
}

export type CheckRunOutcome =
  /** `unsent`: annotations that later updates could not add (the run and its conclusion stand). */
  | { readonly kind: 'published'; readonly id: number; readonly annotations: number; readonly unsent: number }
  /** The run could not be created (no `checks: write`, a read-only fork token, an API failure). */
  | { readonly kind: 'refused'; readonly status: number | undefined; readonly message: string };

/** The check's conclusion matches the step's outcome; a warning that does not fail the step is neutral. */
export function conclusionOf(verdict: Report['verdict'], failOn: FailOn): Conclusion {
  if (verdict === 'block' || (verdict === 'warn' && failOn === 'warn')) return 'failure';
  return verdict === 'warn' ? 'neutral' : 'success';
}

/**
 * Every finding with a file as an annotation, most important first (the order of the workflow-command
 * annotations, without their cap). A finding without a file has no line to point at: it is in the text.
 */
export function checkAnnotations(findings: readonly Finding[]): CheckAnnotation[] {
  return planAnnotations(findings, Number.POSITIVE_INFINITY).annotations.flatMap((a) => {
    if (a.file === undefined) return [];
    const line = a.startLine ?? 1;
    return [
      {
        path: a.file,
        start_line: line,
        end_line: line,
        // Columns are allowed only on a one-line annotation, which these are.
        ...(a.startColumn !== undefined ? { start_column: a.startColumn, end_column: a.startColumn } : {}),
        annotation_level: a.level === 'error' ? 'failure' : 'warning',
        title: a.title,
        message: a.message,
      },
    ];
  });
}

/** Cuts text to GitHub's limit, saying so, never splitting a surrogate pair. */
export function clipOutput(text: string, max: number = CHECK_OUTPUT_MAX_CHARS): string {
  if (text.length <= max) return text;
  const note = "\n\n… (cut at GitHub's limit for a check run; the job summary has the full report)";
  const withNote = max > note.length;
  let end = withNote ? max - note.length : max;
  // A high surrogate at the cut would be left without its pair.
  if (end > 0 && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end) + (withNote ? note : '');
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The check run for a judged change: the verdict in the title, the counts in the summary, the report as text. */
export function reportCheckRun(report: Report, failOn: FailOn, markdown: string): CheckRunContent {
  const conclusion = conclusionOf(report.verdict, failOn);
  const { block, warn, manifestsChecked } = report.counts;
  const title =
    report.verdict === 'block'
      ? `Blocked: ${plural(report.unmetBlocks.length, 'unmet readiness block')}`
      : report.verdict === 'warn'
        ? `${conclusion === 'failure' ? 'Failed' : 'Passed'} with ${plural(warn, 'warning')}${conclusion === 'failure' ? ' (fail-on: warn)' : ''}`
        : 'Passed';
  const summary = `${plural(block, 'blocking finding')} and ${plural(warn, 'warning')} in ${plural(manifestsChecked, 'manifest')} checked, base \`${report.base?.slice(0, 12) ?? 'none'}\` → head \`${report.head.slice(0, 12)}\`.`;
  // The comment's Markdown, without the marker only the sticky comment carries.
  const text = markdown.startsWith(COMMENT_MARKER) ? markdown.slice(COMMENT_MARKER.length).replace(/^\n+/, '') : markdown;
  return { headSha: report.head, conclusion, title, summary, text: clipOutput(text), annotations: checkAnnotations(report.findings) };
}

/** The check run for a change the gate could not judge: it fails, saying why. */
export function failureCheckRun(headSha: string, markdown: string): CheckRunContent {
  return { headSha, conclusion: 'failure', title: 'Could not check this change', summary: clipOutput(markdown), text: null, annotations: [] };
}

export interface CheckRunTarget {
  readonly owner: string;
  readonly repo: string;
}

/**
 * Creates the completed check run with the first 50 annotations, then adds the rest 50 at a time. The
 * conclusion is set by the first request, so an update that fails later loses annotations, never the verdict.
 */
export async function publishCheckRun(client: GitHubClient, target: CheckRunTarget, content: CheckRunContent): Promise<CheckRunOutcome> {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < content.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(content.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  // Updates repeat the title and summary (GitHub requires them) and add annotations; the text is sent once.
  const output = (annotations: CheckAnnotation[], withText: boolean) => ({
    title: content.title,
    summary: content.summary,
    ...(withText && content.text !== null ? { text: content.text } : {}),
    annotations,
  });
  let id: number;
  try {
    const { data } = await client.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: CHECK_RUN_NAME,
      head_sha: content.headSha,
      status: 'completed',
      conclusion: content.conclusion,
      completed_at: new Date().toISOString(),
      output: output(batches[0] ?? [], true),
    });
    id = data.id;
  } catch (error) {
    return { kind: 'refused', status: httpStatus(error), message: (error as Error).message };
  }
  let sent = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    try {
      await client.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: id, output: output(batch, false) });
      sent += batch.length;
    } catch {
      break;
    }
  }
  return { kind: 'published', id, annotations: sent, unsent: content.annotations.length - sent };
}
