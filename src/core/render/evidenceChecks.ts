// The "Evidence checked" lines of the comment: each criterion checked against typed evidence, the value
// measured next to the threshold (`pass_rate 0.97 >= 0.95, evals/results.json, 2 days old`); unverified
// criteria and the free-text ones left for people to judge are listed as such.
import type { EvidenceCheck, EvidenceCheckState } from '../report/evidenceCheck.js';
import { code, escapeInline } from './escape.js';

const MARK: Record<EvidenceCheckState, string> = { met: '✅', unmet: '⛔', unverified: '❔', human: '👤' };

export function evidenceCheckLine(c: EvidenceCheck): string {
  const where = code(`${c.file}:${c.line}`);
  const subject = escapeInline(c.subject);
  if (c.state === 'human') return `- ${MARK.human} ${escapeInline(c.criterion)}: for people to judge (${subject}) — ${where}`;
  if (c.measured === null) return `- ${MARK.unverified} ${code(c.criterion)}: unverified, no typed evidence states its metric (${subject}) — ${where}`;
  const m = c.measured;
  const bound = c.criterion.slice(c.criterion.indexOf(' ') + 1);
  const age = m.ageDays === null ? '' : `, ${m.ageDays === 1 ? '1 day' : `${m.ageDays} days`} old`;
  const measuredText = c.state === 'met' ? `${m.metric} ${m.value} ${bound}` : `${m.metric} ${m.value}, not ${bound}`;
  return `- ${MARK[c.state]} ${code(measuredText)}, ${escapeInline(`${m.evidence}${age}`)} (${subject}) — ${where}`;
}

/** The section's lines, or [] when nothing was checked against evidence. */
export function evidenceChecksSection(checks: readonly EvidenceCheck[]): string[] {
  if (checks.length === 0) return [];
  return ['### Evidence checked', ...checks.map(evidenceCheckLine)];
}
