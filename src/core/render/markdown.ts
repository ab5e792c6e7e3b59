// The Markdown report: the sticky pull-request comment, the job summary and the CLI's `--format markdown`.
// It reads only the Report; every string that came from the repository is escaped (see escape.ts) and the
// only live @-mentions are the validated handles on the "Owners to notify" line.
import { evidenceChecksSection } from './evidenceChecks.js';
import { blockTitle } from '../rules/registry.js';
import type { Change, Finding, ManifestResult, Report, Verdict, WaiverStatus } from '../report/model.js';
import { BLOCK_ORDER, compareFindings } from '../report/order.js';
import { code, escapeInline, escapeInlineWithCode, mermaidLabel, neutralizeMentions, validGithubHandle } from './escape.js';
import { describeChange, evaluatedAt, EXPOSURE_ONLY_LOWERED, readinessChecked } from '../report/phrases.js';
import { exposureChartOf } from './mermaid.js';
import { MAX_CHARTED } from '../history/timeline.js';
import { servedText, sourceName } from '../report/sourcePhrases.js';

/** Hidden first line of the sticky comment; the action finds its own comment by it. */
export const COMMENT_MARKER = '<!-- rollout-gate:comment -->';

/** GitHub rejects comment bodies over 65,536 characters; the default leaves room for the marker and slack. */
export const DEFAULT_COMMENT_MAX_LENGTH = 60_000;

/** GitHub truncates a step's job summary at 1 MiB. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 1024;

/** What the pull request's reviews say about the owners a policy asks to approve, by handle. */
interface ApprovalSummary {
  /** Handles (`@user`) whose latest review approves the head commit. */
  readonly approved: readonly string[];
  /** Handles that have not approved the head commit. */
  readonly missing: readonly string[];
  /** Handles that cannot be checked with the token at hand (teams: `@org/team`). */
  readonly unverifiable: readonly string[];
  /** The subset of `missing` whose approval is for an earlier commit. */
  readonly stale?: readonly string[];
}

export interface CommentOptions {
  /** Link to the workflow run, whose job summary holds the full report. */
  readonly runUrl?: string;
  /** Upper bound of the body length in characters (UTF-16 code units, which never undercount). */
  readonly maxLength?: number;
}

export interface SummaryOptions {
  readonly runUrl?: string;
  /** Findings that did not fit in the step's annotations (GitHub shows at most 10 errors and 10 warnings). */
  readonly annotationsOmitted?: number;
  /** Plain-text remarks from the action, e.g. why the pull-request comment could not be posted. */
  readonly notes?: readonly string[];
}

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', block: '⛔' };

// ---------------------------------------------------------------------------------------------------
// Rollout ladder diagram
// ---------------------------------------------------------------------------------------------------

/**
 * A Mermaid `flowchart LR` of the manifest's ladder, the live stage marked and, when the change moves it,
 * a dotted edge to the proposed stage. Node ids are positional (`s0`, `s1`, ...) so no stage name ever
 * reaches Mermaid's syntax outside an entity-encoded label. Null when the ladder is empty.
 */
export function renderLadder(manifest: ManifestResult): string | null {
  const { ladder, stageBefore, stageAfter } = manifest;
  if (ladder.length === 0) return null;
  const before = stageBefore === null ? -1 : ladder.indexOf(stageBefore);
  const after = stageAfter === null ? -1 : ladder.indexOf(stageAfter);
  const moves = before !== after && after !== -1;
  const lines = ['```mermaid', 'flowchart LR'];
  // The live stage (at head) carries what its bound sources really serve next to its name.
  const served = manifest.sources.map((s) => (s.served === null ? 'unreadable' : servedText(s.served)));
  const liveAtHead = stageAfter === null ? -1 : ladder.indexOf(stageAfter);
  ladder.forEach((stage, i) => {
    let label = stage;
    if (i === before && i === after) label += ' (live)';
    else if (i === before) label += after === -1 && stageAfter === null ? ' (live, taken down)' : ' (live now)';
    else if (i === after) label += ' (proposed)';
    if (i === liveAtHead && served.length > 0) label += ` · sources serve ${served.join(', ')}`;
    lines.push(`  s${i}["${mermaidLabel(label)}"]`);
  });
  for (let i = 1; i < ladder.length; i++) lines.push(`  s${i - 1} --> s${i}`);
  if (moves && before !== -1) lines.push(`  s${before} -. this change .-> s${after}`);
  lines.push('  classDef live fill:#dafbe1,stroke:#1a7f37,stroke-width:2px');
  lines.push('  classDef proposed fill:#fff8c5,stroke:#9a6700,stroke-width:3px,stroke-dasharray:4 3');
  if (before !== -1) lines.push(`  class s${before} live`);
  if (moves) lines.push(`  class s${after} proposed`);
  lines.push('```');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Pieces and fitting
// ---------------------------------------------------------------------------------------------------

/** An atomic piece of the document: it is either shown whole or left out, so truncation never cuts Markdown. */
interface Piece {
  readonly text: string;
  /** Findings this piece shows, to count what a truncated document leaves out. */
  readonly findings: number;
}

const piece = (text: string, findings = 0): Piece => ({ text, findings });

/**
 * Joins the head, as many body pieces as fit and the tail, within `max` as measured by `measure`. When
 * something is left out, a notice saying what and where to find it takes the place of the rest.
 */
function fit(
  head: readonly Piece[],
  body: readonly Piece[],
  tail: readonly Piece[],
  max: number,
  measure: (s: string) => number,
  notice: (omittedFindings: number, omittedPieces: number) => string,
): string {
  const join = (pieces: readonly string[]): string => `${pieces.filter((p) => p !== '').join('\n\n')}\n`;
  const all = [...head, ...body, ...tail].map((p) => p.text);
  if (measure(join(all)) <= max) return join(all);
  const totalFindings = body.reduce((n, p) => n + p.findings, 0);
  const kept: string[] = head.map((p) => p.text);
  let shownFindings = 0;
  let i = 0;
  for (; i < body.length; i++) {
    const candidate = body[i]!;
    const note = notice(totalFindings - shownFindings - candidate.findings, body.length - i - 1);
    if (measure(join([...kept, candidate.text, note, ...tail.map((p) => p.text)])) > max) break;
    kept.push(candidate.text);
    shownFindings += candidate.findings;
  }
  kept.push(notice(totalFindings - shownFindings, body.length - i));
  const out = join([...kept, ...tail.map((p) => p.text)]);
  // Even the head does not fit (an absurdly small max): a hard cut is the last resort, never an error.
  return measure(out) <= max ? out : out.slice(0, Math.max(0, max - 2)) + '…\n';
}

// ---------------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------------

const shortSha = (sha: string | null): string => (sha === null ? 'none' : sha.slice(0, 12));
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function headline(report: Report): string {
  const icon = VERDICT_ICON[report.verdict];
  if (report.verdict === 'block') {
    const unmet = report.unmetBlocks.map(blockTitle);
    const what = unmet.length > 0 ? `${plural(unmet.length, 'unmet readiness block')}: ${unmet.join(', ')}` : 'blocking findings';
    return `## ${icon} Rollout gate: blocked\n\n**${escapeInline(what)}** · ${plural(report.counts.block, 'blocking finding')}, ${plural(report.counts.warn, 'warning')}`;
  }
  if (report.manifests.length === 0 && report.findings.length === 0) {
    return `## ${icon} Rollout gate: passed\n\nNo rollout manifest changed, so there was nothing to gate.`;
  }
  const title = report.verdict === 'warn' ? `## ${icon} Rollout gate: passed with warnings` : `## ${icon} Rollout gate: passed`;
  const warnings = report.verdict === 'warn' ? `; ${plural(report.counts.warn, 'warning')} to look at` : '';
  const checked = report.manifests.filter(readinessChecked).length;
  const waived = report.waivers.filter((w) => w.state === 'in_effect').length;
  // "All seven readiness blocks are met" only when the readiness of every manifest in the report was checked
  // and no check was waived.
  if (checked > 0 && checked === report.manifests.length && waived === 0)
    return `${title}\n\nAll seven readiness blocks are met for ${plural(checked, 'manifest')}${warnings}.`;
  const lowered = report.manifests.filter((m) => m.exposureReductionOnly).length;
  const removed = report.manifests.filter((m) => m.status === 'removed').length;
  const parts = [
    ...(checked > 0 ? [`${plural(checked, 'manifest')} checked`] : []),
    ...(waived > 0 ? [`${plural(waived, 'check')} waived (see Waivers)`] : []),
    ...(lowered > 0 ? [`${plural(lowered, 'manifest')} with ${EXPOSURE_ONLY_LOWERED}`] : []),
    ...(removed > 0 ? [`${plural(removed, 'manifest')} removed`] : []),
  ];
  return `${title}\n\nNothing blocks${parts.length > 0 ? `: ${parts.join(', ')}` : ''}${warnings}.`;
}

/** The seven blocks (and input errors, when there are any) with their status across every manifest. */
function readinessTable(report: Report): string {
  // A block without findings is "met" only if some manifest's readiness was checked at all.
  const met = report.manifests.some(readinessChecked) ? '✅ met' : '➖ not checked';
  const rows = ['| Readiness block | Status |', '| --- | --- |'];
  for (const block of BLOCK_ORDER) {
    const blocking = report.findings.filter((f) => f.readinessBlock === block && f.severity === 'block').length;
    const warnings = report.findings.filter((f) => f.readinessBlock === block && f.severity === 'warn').length;
    if (block === 'input' && blocking + warnings === 0) continue;
    const parts: string[] = [];
    if (blocking > 0) parts.push(`⛔ ${plural(blocking, 'blocking finding')}`);
    if (warnings > 0) parts.push(`⚠️ ${plural(warnings, 'warning')}`);
    rows.push(`| ${blockTitle(block)} | ${parts.length > 0 ? parts.join(', ') : met} |`);
  }
  return rows.join('\n');
}

/**
 * The people to ping, deliberately: handles of owners of blocking findings and of owners whose approval is
 * missing, and only when they are syntactically valid GitHub handles. This is the only place in the
 * document with live mentions.
 */
export function ownersToNotify(report: Report): string[] {
  const approvals = approvalSummary(report);
  const seen = new Map<string, string>();
  const add = (handle: string | null | undefined): void => {
    const valid = validGithubHandle(handle);
    if (valid !== null && !seen.has(valid.toLowerCase())) seen.set(valid.toLowerCase(), valid);
  };
  for (const f of [...report.findings].sort(compareFindings)) {
    if (f.severity === 'block') add(f.owner?.github);
    for (const c of f.covers) if (c.severity === 'block') add(c.owner?.github);
  }
  for (const handle of approvals.missing) add(handle);
  return [...seen.values()];
}

function ownerText(f: Finding): string | null {
  const category = f.owner?.category ?? f.ownerCategory;
  if (category === null) return null;
  const who = f.owner ? [f.owner.name, f.owner.github].filter((s): s is string => Boolean(s)).join(' ') : '';
  // Mentions stay inert here: the owner is pinged once, on the "Owners to notify" line.
  return `Owner: ${escapeInline(category.replace(/_/g, ' '))}${who ? ` — ${escapeInline(who)}` : ' (not named in the manifest)'}`;
}

function findingItem(f: Finding): string {
  const icon = f.severity === 'block' ? '⛔' : '⚠️';
  const where = f.line > 0 ? `${f.file}:${f.line}` : f.file;
  const lines = [`- ${icon} ${escapeInlineWithCode(f.message)} — ${code(where)} · ${code(f.check)}`];
  if (f.covers.length > 0) lines.push(`  **Also fails:** ${f.covers.map((c) => `${code(c.check)} (${escapeInlineWithCode(c.message)})`).join('; ')}`);
  if (f.remediation.trim() !== '') lines.push(`  **Fix:** ${escapeInlineWithCode(f.remediation)}`);
  const owner = ownerText(f);
  if (owner !== null) lines.push(`  ${owner}`);
  // Two trailing spaces are a Markdown line break inside the list item.
  return lines.join('  \n');
}

/** Findings grouped under their readiness block, in canonical order, each group its own piece. */
function findingGroups(findings: readonly Finding[], level: string): Piece[] {
  const pieces: Piece[] = [];
  for (const block of BLOCK_ORDER) {
    const group = findings.filter((f) => f.readinessBlock === block).sort(compareFindings);
    if (group.length === 0) continue;
    const icon = group.some((f) => f.severity === 'block') ? '⛔' : '⚠️';
    pieces.push(piece(`${level} ${icon} ${blockTitle(block)}`));
    for (const f of group) pieces.push(piece(findingItem(f), 1));
  }
  return pieces;
}

function changeList(changes: readonly Change[], home: string | null = null): string {
  const sorted = [...changes].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const items = sorted.map((c) => {
    // A change located in another file than the manifest (a bound exposure source) names that file.
    const where = home !== null && c.file !== home ? ` · ${code(c.file)}` : '';
    const at = `${where}${c.line > 0 ? ` · line ${c.line}` : ''}`;
    return `- ${escapeInline(describeChange(c))}${at}${c.releaseBearing ? '' : ' _(no added exposure)_'}`;
  });
  return ['**Changes**', ...items].join('\n');
}

const STATUS_WORDS: Record<ManifestResult['status'], string> = {
  added: 'New manifest',
  modified: 'Changed manifest',
  renamed: 'Renamed manifest',
  removed: 'Removed manifest',
  unchanged: 'Unchanged manifest',
};

function manifestPieces(report: Report, m: ManifestResult): Piece[] {
  // A bound source's changes and findings are the manifest's: they are located in the source file.
  const files = new Set([m.file, ...(m.previousFile !== null ? [m.previousFile] : []), ...m.sources.map((s) => s.source.path)]);
  const findings = report.findings.filter((f) => files.has(f.file));
  const changes = report.changes.filter((c) => files.has(c.file));
  const title = m.workflow !== null ? ` — ${escapeInline(m.workflow)}` : '';
  const facts: string[] = [STATUS_WORDS[m.status]];
  if (m.previousFile !== null && m.previousFile !== m.file) facts.push(`was ${code(m.previousFile)}`);
  if (m.stageBefore !== m.stageAfter) facts.push(`live stage: ${escapeInline(m.stageBefore ?? 'none')} → ${escapeInline(m.stageAfter ?? 'none')}`);
  else if (m.stageAfter !== null) facts.push(`live stage: ${escapeInline(m.stageAfter)}`);
  const intro = [`### ${VERDICT_ICON[m.verdict]} ${code(m.file)}${title}`, facts.join(' · ')];
  if (changes.length > 0) intro.push(changeList(changes, m.file));
  if (m.sources.length > 0) intro.push(sourceList(m));
  const ladder = renderLadder(m);
  if (ladder !== null) intro.push(ladder);
  const chart = exposureChartOf(report.timelines, m.file);
  if (chart !== null) intro.push(chart);
  const pieces = [piece(intro.join('\n\n'))];
  const waived = report.waivers.filter((w) => files.has(w.file) && w.state === 'in_effect').length;
  if (findings.length === 0) pieces.push(piece(waived > 0 ? `Nothing blocks; ${plural(waived, 'check')} waived (see Waivers).` : manifestClaim(m)));
  else pieces.push(...findingGroups(findings, '####'));
  return pieces;
}

/** What each bound exposure source serves, next to what the manifest declares. */
function sourceList(m: ManifestResult): string {
  const items = m.sources.map((s) => {
    const serves = s.served === null ? 'cannot be read' : `serves ${servedText(s.served)}`;
    const was = s.before !== null && s.served !== null && servedText(s.before) !== servedText(s.served) ? ` (was ${servedText(s.before)})` : '';
    const declared = s.declared === null ? 'the live stage states no share' : `declared ${s.declared}%`;
    const agrees = s.served !== null && s.declared !== null && s.served.low === s.declared && s.served.high === s.declared;
    const basis = s.basis !== null ? `: ${escapeInline(s.basis)}` : '';
    return `- ${agrees ? '✅' : '⛔'} ${code(s.source.path)} ${escapeInline(sourceName(s.source))} ${serves}${was}, ${declared}${basis}`;
  });
  return ['**Exposure sources** (what users really get)', ...items].join('\n');
}

/** What a manifest without findings can truthfully claim: its blocks are met only if they were checked. */
function manifestClaim(m: ManifestResult): string {
  if (m.exposureReductionOnly) return `${EXPOSURE_ONLY_LOWERED.charAt(0).toUpperCase()}${EXPOSURE_ONLY_LOWERED.slice(1)} (a rollback is never blocked).`;
  if (m.status === 'removed') return 'Removed: there is nothing left to check.';
  return 'All seven readiness blocks are met.';
}

/** Findings and changes about files that are not a checked manifest, e.g. a policy file. */
function otherPieces(report: Report): Piece[] {
  const known = new Set(
    report.manifests.flatMap((m) => [m.file, ...(m.previousFile !== null ? [m.previousFile] : []), ...m.sources.map((s) => s.source.path)]),
  );
  const findings = report.findings.filter((f) => !known.has(f.file));
  const changes = report.changes.filter((c) => !known.has(c.file));
  if (findings.length === 0 && changes.length === 0) return [];
  const pieces = [piece('### Other files')];
  if (changes.length > 0) pieces.push(piece(changeList(changes)));
  pieces.push(...findingGroups(findings, '####'));
  return pieces;
}

/**
 * The report's approval requests by valid handle. Requests that could not be checked (the CLI, or reviews
 * that could not be read) are not summarised: their findings say what is outstanding.
 */
function approvalSummary(report: Report): ApprovalSummary {
  const seen = new Set<string>();
  const out = { approved: [] as string[], missing: [] as string[], unverifiable: [] as string[], stale: [] as string[] };
  for (const a of report.approvals) {
    const handle = validGithubHandle(a.handle);
    if (handle === null || a.state === 'unchecked' || seen.has(handle.toLowerCase())) continue;
    seen.add(handle.toLowerCase());
    if (a.state === 'approved') out.approved.push(handle);
    else if (a.state === 'unverifiable') out.unverifiable.push(handle);
    else {
      out.missing.push(handle);
      if (a.state === 'stale') out.stale.push(handle);
    }
  }
  return out;
}

function approvalsPiece(approvals: ApprovalSummary): Piece[] {
  const total = approvals.approved.length + approvals.missing.length + approvals.unverifiable.length;
  if (total === 0) return [];
  const stale = new Set((approvals.stale ?? []).map((h) => h.toLowerCase()));
  // Handles are shown with inert mentions: the ping, if any, is on the "Owners to notify" line.
  const show = (h: string): string => neutralizeMentions(escapeInline(h));
  const lines = ['### Approvals the policy asks for'];
  for (const h of approvals.approved) lines.push(`- ✅ ${show(h)} approved the latest commit`);
  for (const h of approvals.missing) {
    lines.push(
      stale.has(h.toLowerCase())
        ? `- ⏳ ${show(h)} approved an earlier commit; the latest commit needs a new approval`
        : `- ⏳ ${show(h)} has not approved yet`,
    );
  }
  for (const h of approvals.unverifiable) {
    lines.push(`- ❔ ${show(h)} is a team: membership cannot be read with the workflow's default token, so check the team's approval by hand`);
  }
  return [piece(lines.join('\n'))];
}

function footer(report: Report, runUrl: string | undefined, truncatedFrom: 'comment' | 'summary' | 'markdown'): string {
  const policy =
    report.policy.kind === 'default'
      ? 'the built-in default policy'
      : `${report.policy.files.map((f) => code(f)).join(', ') || 'the repository policy'} at the base commit`;
  // The tool's own name and version: kept to the characters a version has rather than escaped.
  const parts = [
    `rollout-gate ${report.tool.version.replace(/[^\w.+-]/g, '')}`,
    `base ${code(shortSha(report.base))} → head ${code(shortSha(report.head))}`,
    evaluatedAt(report.evaluated),
    `policy: ${policy}`,
  ];
  // Past the charted few, a rollout's section has no chart: say why once, and where to see its path.
  const changed = report.manifests.filter((m) => m.status !== 'unchanged').length;
  if (report.record.options.timelines && changed > MAX_CHARTED)
    parts.push(
      `exposure charts for ${report.timelines.length} of the ${changed} rollouts changed (at most ${MAX_CHARTED}; \`rollout-gate history\` draws any)`,
    );
  if (runUrl !== undefined && truncatedFrom === 'comment') parts.push(`[full report in the job summary](${safeUrl(runUrl)})`);
  return `---\n<sub>${parts.join(' · ')}</sub>`;
}

/** Only http(s) links are written, with the characters that could end a Markdown link destination encoded. */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url.replace(/[\s()<>[\]"'`]/g, (c) => encodeURIComponent(c)) : '#';
}

const WAIVER_WORDS: Record<WaiverStatus['state'], string> = {
  in_effect: '🔕 waived',
  awaiting_approval: '⏳ added in this change, not in effect until approved:',
  expired: '⛔ expired:',
  invalid: '⛔ invalid:',
};

/** Every waiver of the judged manifests: a passing comment never hides a check that was waived. */
function waiversPiece(report: Report): Piece[] {
  if (report.waivers.length === 0) return [];
  const lines = ['### Waivers'];
  for (const w of report.waivers) {
    lines.push(
      `- ${WAIVER_WORDS[w.state]} ${code(w.check)} until ${escapeInline(w.expires)}, approved by ${escapeInline(w.approver)}: ${escapeInline(w.reason)} — ${code(`${w.file}:${w.line}`)}`,
    );
  }
  return [piece(lines.join('\n'))];
}

/** Each criterion checked against typed evidence, with what was measured (see evidenceChecks.ts). */
function evidenceChecksPiece(report: Report): Piece[] {
  const lines = evidenceChecksSection(report.evidenceChecks);
  return lines.length > 0 ? [piece(lines.join('\n'))] : [];
}

function bodyPieces(report: Report): Piece[] {
  return [
    ...approvalsPiece(approvalSummary(report)),
    ...waiversPiece(report),
    ...evidenceChecksPiece(report),
    ...report.manifests.flatMap((m) => manifestPieces(report, m)),
    ...otherPieces(report),
  ];
}

function headPieces(report: Report): Piece[] {
  const head = [piece(headline(report))];
  if (report.manifests.length > 0 || report.findings.length > 0) head.push(piece(readinessTable(report)));
  const notify = report.verdict === 'pass' && approvalSummary(report).missing.length === 0 ? [] : ownersToNotify(report);
  if (notify.length > 0) head.push(piece(`**Owners to notify:** ${notify.join(' ')}`));
  return head;
}

// ---------------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------------

/** The sticky pull-request comment: starts with the hidden marker and stays under `maxLength`. */
export function renderComment(report: Report, options: CommentOptions = {}): string {
  const max = options.maxLength ?? DEFAULT_COMMENT_MAX_LENGTH;
  const where = options.runUrl !== undefined ? `the [job summary](${safeUrl(options.runUrl)})` : 'the job summary of this run';
  const notice = (findings: number, pieces: number): string =>
    `> [!NOTE]\n> This comment is cut to stay within GitHub's size limit: ${findings > 0 ? plural(findings, 'more finding') : plural(pieces, 'more section')} not shown. The full report is in ${where}.`;
  return fit(
    [piece(COMMENT_MARKER), ...headPieces(report)],
    bodyPieces(report),
    [piece(footer(report, options.runUrl, 'comment'))],
    max,
    (s) => s.length,
    notice,
  );
}

/** The job summary: the full report (capped only by GitHub's 1 MiB per step), plus the action's notes. */
export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const notes = (options.notes ?? []).map((n) => piece(`> [!WARNING]\n> ${escapeInline(n)}`));
  const omitted = options.annotationsOmitted ?? 0;
  if (omitted > 0) {
    notes.push(
      piece(
        `> [!NOTE]\n> GitHub shows at most 10 error and 10 warning annotations per step: ${plural(omitted, 'more finding')} ${omitted === 1 ? 'is' : 'are'} listed only in this summary.`,
      ),
    );
  }
  const notice = (findings: number): string =>
    `> [!NOTE]\n> The summary is cut at GitHub's 1 MiB limit: ${plural(findings, 'more finding')} not shown. The JSON report file has everything.`;
  return fit(
    [...headPieces(report), ...notes],
    bodyPieces(report),
    [piece(footer(report, options.runUrl, 'summary'))],
    SUMMARY_MAX_BYTES,
    (s) => Buffer.byteLength(s, 'utf8'),
    notice,
  );
}

/** `rollout-gate --format markdown`: the comment's content without the marker and without a size limit. */
export function renderMarkdown(report: Report): string {
  return fit(
    headPieces(report),
    bodyPieces(report),
    [piece(footer(report, undefined, 'markdown'))],
    Number.POSITIVE_INFINITY,
    (s) => s.length,
    () => '',
  );
}

function failureBody(message: string): string {
  return [
    `## ⛔ Rollout gate: could not check this change`,
    escapeInline(message),
    'The gate fails closed: the check stays red until it can judge the change.',
  ].join('\n\n');
}

/** The sticky comment when the gate could not run at all, so an earlier "passed" comment does not linger. */
export function renderFailureComment(message: string, runUrl?: string): string {
  const link = runUrl !== undefined ? `\n\n[Workflow run](${safeUrl(runUrl)})` : '';
  return `${COMMENT_MARKER}\n\n${failureBody(message)}${link}\n`;
}

/** The job summary when the gate could not run at all. */
export function renderFailureSummary(message: string, notes: readonly string[] = []): string {
  return [failureBody(message), ...notes.map((n) => `> [!WARNING]\n> ${escapeInline(n)}`)].join('\n\n') + '\n';
}
