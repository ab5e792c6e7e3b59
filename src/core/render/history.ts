// The history of rollouts in three formats: text for the terminal, JSON for machines, Markdown (with the
// exposure chart) for people. Everything from the repository is escaped for the format it goes into.
import type { HistoryEvent, ServedHold, Timeline, TimelineEntry } from '../history/timeline.js';
import { describeChange } from '../report/phrases.js';
import { describeServed, servedText, sourceName } from '../report/sourcePhrases.js';
import { escapeInline } from './escape.js';
import { durationText, exposureText, heldText, renderExposureChart } from './mermaid.js';
import { plain } from './text.js';

/** A rollout's history as the engine hands it over (see src/engine/history.ts). */
export interface HistoryView {
  readonly tip: string;
  readonly now: string;
  readonly timelines: readonly Timeline[];
}

export const HISTORY_FORMATS = ['text', 'json', 'markdown'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

export function describeEvent(e: HistoryEvent): string {
  if (e.kind === 'source_served') return describeServed(e.source, e.served);
  if (e.kind === 'waiver_removed') return `waiver of ${e.check} removed (approved by ${e.approver}, until ${e.expires})`;
  if (e.kind === 'manifest_invalid') return `the manifest does not load: ${e.message}`;
  if (e.kind === 'waiver_added') return `${e.from ? 'waiver renewed' : 'waiver added'}: ${e.check} until ${e.to.expires}, approved by ${e.to.approver}`;
  return describeChange(e);
}

const liveText = (entry: TimelineEntry) => (entry.live.stage === null ? 'not live' : `${entry.live.stage} at ${exposureText(entry.live.exposure)}`);
/** `flagd flag flag=x variant=on in flags/x.json: 5% held 4d from 2026-01-01 00:00`. */
const servedHoldText = (h: ServedHold) =>
  `${sourceName(h.source)} in ${h.source.path}: ${h.served.state === 'measured' ? servedText(h.served) : 'cannot be measured'} ` +
  `${h.ongoing ? 'holding' : 'held'} ${durationText(h.heldMs)} from ${h.from.slice(0, 16).replace('T', ' ')}`;
const dwellText = (t: Timeline) => (t.minDwellMs === null ? 'the policy asks no dwell' : `the policy asks ${durationText(t.minDwellMs)} before exposure rises`);

export function renderHistoryText(view: HistoryView): string {
  const lines: string[] = [`rollout-gate history: first-parent history of ${view.tip.slice(0, 12)}, holds measured to ${view.now}`];
  for (const t of view.timelines) {
    lines.push('', `${plain(t.file)} (${plain(t.workflow ?? 'no valid version')}; ${dwellText(t)})`);
    for (const e of t.entries) {
      lines.push(
        `  ${e.date.slice(0, 16).replace('T', ' ')} ${e.commit.slice(0, 12)} ${plain(e.author)}: ${e.verdict ?? 'not replayed'}, ${plain(liveText(e))}`,
      );
      for (const ev of e.events) lines.push(`      ${plain(describeEvent(ev))}`);
    }
    if (t.holds.length > 0) lines.push('  holds:');
    for (const h of t.holds)
      lines.push(
        `    ${plain(h.stage)} at ${plain(exposureText(h.exposure))}: ${h.ongoing ? 'holding' : 'held'} ${heldText(h)} from ${h.from.slice(0, 16).replace('T', ' ')}` +
          (h.leftEarly ? ` (exposure rose before the ${durationText(h.minDwellMs ?? 0)} dwell)` : ''),
      );
    if (t.served.length > 0) lines.push('  served by its exposure sources:');
    for (const h of t.served) lines.push(`    ${plain(servedHoldText(h))}`);
  }
  return lines.join('\n') + '\n';
}

/** Key order follows the model, so the same history gives byte-identical output. */
export function renderHistoryJson(view: HistoryView): string {
  return JSON.stringify(view, null, 2) + '\n';
}

const VERDICT_MARK = { pass: '✅ pass', warn: '⚠️ warn', block: '⛔ block' } as const;

/** One rollout's history in Markdown: its exposure chart, then a row per commit. */
export function renderTimelineMarkdown(t: Timeline, options: { readonly heading?: string } = {}): string {
  const parts: string[] = [`${options.heading ?? '###'} ${escapeInline(t.file)}`, `${escapeInline(t.workflow ?? 'no valid version')}: ${dwellText(t)}.`];
  const chart = renderExposureChart(t);
  if (chart !== null) parts.push(chart);
  const rows = t.entries.map(
    (e) =>
      `| ${e.date.slice(0, 16).replace('T', ' ')} | \`${e.commit.slice(0, 12)}\` | ${escapeInline(e.author)} | ${e.events.map((ev) => escapeInline(describeEvent(ev))).join('<br>')} | ${escapeInline(liveText(e))} | ${e.verdict ? VERDICT_MARK[e.verdict] : 'not replayed'} |`,
  );
  parts.push(['| date (UTC) | commit | author | change | live after | verdict |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n'));
  return parts.join('\n\n');
}

export function renderHistoryMarkdown(view: HistoryView): string {
  const parts = [
    `## Rollout history`,
    `First-parent history of \`${view.tip.slice(0, 12)}\`; holds measured to ${view.now}. Verdicts are the gate run again on each commit against its parent.`,
  ];
  for (const t of view.timelines) parts.push(renderTimelineMarkdown(t));
  return parts.join('\n\n') + '\n';
}

export function historyRendererFor(format: string): ((view: HistoryView) => string) | null {
  if (format === 'text') return renderHistoryText;
  if (format === 'json') return renderHistoryJson;
  if (format === 'markdown') return renderHistoryMarkdown;
  return null;
}
