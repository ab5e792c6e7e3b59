// The "Evidence checked" lines of the comment and the text report: each criterion checked against typed
// evidence, the value measured next to the threshold (`pass_rate 0.97 >= 0.95, evals/results.json, 2 days
// old`); unverified criteria and the free-text ones left for people to judge are listed as such.
import type { EvidenceCheck, EvidenceCheckState } from '../report/evidenceCheck.js';
import { code, escapeInline } from './escape.js';

const MARK: Record<EvidenceCheckState, string> = { met: '✅', unmet: '⛔', unverified: '❔', human: '👤' };

/** The measured value next to the threshold, for a met or unmet check: `pass_rate 0.97 >= 0.95`, `pass_rate 0.4, not >= 0.95`. */
export function measuredPhrase(c: EvidenceCheck & { measured: NonNullable<EvidenceCheck['measured']> }): string {
  const bound = c.criterion.slice(c.criterion.indexOf(' ') + 1);
  return c.state === 'met' ? `${c.measured.metric} ${c.measured.value} ${bound}` : `${c.measured.metric} ${c.measured.value}, not ${bound}`;
}

/** Where the value comes from: `evals/results.json, 2 days old`. */
export function sourcePhrase(m: NonNullable<EvidenceCheck['measured']>): string {
  return `${m.evidence}${m.ageDays === null ? '' : `, ${m.ageDays === 1 ? '1 day' : `${m.ageDays} days`} old`}`;
}

/** One check in plain words, for the text report. */
export function describeEvidenceCheck(c: EvidenceCheck): string {
  if (c.state === 'human') return `for people to judge: ${c.criterion} (${c.subject})`;
  if (c.measured === null) return `unverified: ${c.criterion}, no typed evidence states its metric (${c.subject})`;
  return `${c.state}: ${measuredPhrase({ ...c, measured: c.measured })}, ${sourcePhrase(c.measured)} (${c.subject})`;
}

export function evidenceCheckLine(c: EvidenceCheck): string {
  const where = code(`${c.file}:${c.line}`);
  const subject = escapeInline(c.subject);
  if (c.state === 'human') return `- ${MARK.human} ${escapeInline(c.criterion)}: for people to judge (${subject}) — ${where}`;
  if (c.measured === null) return `- ${MARK.unverified} ${code(c.criterion)}: unverified, no typed evidence states its metric (${subject}) — ${where}`;
  return `- ${MARK[c.state]} ${code(measuredPhrase({ ...c, measured: c.measured }))}, ${escapeInline(sourcePhrase(c.measured))} (${subject}) — ${where}`;
}

/** The comment's section, or [] when nothing was checked against evidence. */
export function evidenceChecksSection(checks: readonly EvidenceCheck[]): string[] {
  if (checks.length === 0) return [];
  return ['### Evidence checked', ...checks.map(evidenceCheckLine)];
}
