// Terminal output for the CLI: one line per finding in the `file:line:col` form editors can jump to.
import { describeEvidenceCheck } from './evidenceChecks.js';
import { blockTitle } from '../rules/registry.js';
import type { Report } from '../report/model.js';
import { alsoFails, describeChange, evaluatedAt, EXPOSURE_ONLY_LOWERED, readinessChecked } from '../report/phrases.js';
import { servedText, sourceName } from '../report/sourcePhrases.js';

/** Strips control characters so repository content cannot move the cursor or recolour a terminal. */
export function plain(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?').replace(/\n/g, ' ');
}

export function renderText(report: Report): string {
  const lines: string[] = [];
  const policy =
    report.policy.kind === 'default'
      ? 'embedded default policy'
      : `policy ${report.policy.files.join(', ')} at ${report.policy.commit?.slice(0, 12) ?? 'the base'}`;
  lines.push(
    `rollout-gate: ${report.base ? `${report.base.slice(0, 12)}..${report.head.slice(0, 12)}` : report.head.slice(0, 12)} (${policy}; ${evaluatedAt(report.evaluated)})`,
  );
  for (const m of report.manifests) {
    const stage = m.stageBefore === m.stageAfter ? (m.stageAfter ?? 'not live') : `${m.stageBefore ?? 'not live'} -> ${m.stageAfter ?? 'not live'}`;
    lines.push(
      `  ${m.verdict.toUpperCase().padEnd(5)} ${plain(m.file)} [${m.status}] ${plain(m.workflow ?? '')} (${plain(stage)})${m.exposureReductionOnly ? ` ${EXPOSURE_ONLY_LOWERED}` : ''}`,
    );
    for (const s of m.sources) {
      const serves = s.served === null ? 'cannot be read' : `serves ${servedText(s.served)}`;
      lines.push(
        `        source ${plain(s.source.path)} ${plain(sourceName(s.source))}: ${serves}, declared ${s.declared === null ? 'no share' : `${s.declared}%`}`,
      );
    }
  }
  if (report.changes.length > 0) {
    lines.push('', 'Changes:');
    for (const c of report.changes) lines.push(`  ${plain(c.file)}:${c.line}: ${c.releaseBearing ? '[release-bearing] ' : ''}${plain(describeChange(c))}`);
  }
  if (report.waivers.length > 0) {
    lines.push('', 'Waivers:');
    for (const w of report.waivers)
      lines.push(`  ${plain(w.file)}:${w.line}: ${w.state.replace(/_/g, ' ')}: ${plain(w.check)} until ${plain(w.expires)}, approved by ${plain(w.approver)}`);
  }
  if (report.evidenceChecks.length > 0) {
    lines.push('', 'Evidence checked:');
    for (const c of report.evidenceChecks) lines.push(`  ${plain(c.file)}:${c.line}: ${plain(describeEvidenceCheck(c))}`);
  }
  if (report.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const f of report.findings) {
      const also = alsoFails(f);
      lines.push(
        `  ${plain(f.file)}:${f.line}:${f.column}: ${f.severity}: ${plain(f.message)} [${f.check}; ${blockTitle(f.readinessBlock)}]${also !== null ? ` (${also})` : ''}`,
      );
      lines.push(
        `      fix: ${plain(f.remediation)}${f.owner ? ` (owner: ${plain(f.owner.name)})` : f.ownerCategory ? ` (owner: ${f.ownerCategory}, not named)` : ''}`,
      );
    }
  }
  lines.push('');
  const blocks = report.unmetBlocks.map(blockTitle).join(', ');
  // A pass counts only the manifests whose readiness was checked; rollbacks are named apart.
  const checked = report.manifests.filter(readinessChecked).length;
  const lowered = report.manifests.filter((m) => m.exposureReductionOnly).length;
  const waived = report.waivers.filter((w) => w.state === 'in_effect').length;
  const waivedNote = waived > 0 ? `, ${waived} check(s) waived` : '';
  const notRechecked = lowered > 0 ? `; ${lowered} manifest(s) with ${EXPOSURE_ONLY_LOWERED}` : '';
  lines.push(
    report.verdict === 'block'
      ? `BLOCKED: ${report.counts.block} blocking finding(s), ${report.counts.warn} warning(s); unmet: ${blocks}`
      : report.verdict === 'warn'
        ? `PASSED with ${report.counts.warn} warning(s)${notRechecked}`
        : `PASSED: ${checked} manifest(s) checked, no findings${waivedNote}${notRechecked}`,
  );
  return lines.join('\n') + '\n';
}
