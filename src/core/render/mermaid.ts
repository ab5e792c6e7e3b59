// A rollout's exposure over time as a Mermaid gantt chart, which GitHub renders in Markdown with no
// service: one section per rung of the ladder, one bar per step (each stage and exposure that held), its
// length how long it held, labelled with the dwell the policy asks for. A step left before that dwell had
// passed is marked critical (red); the step still in place is active. Below the ladder, one section per
// exposure source the rollout binds, one bar per share it served, so the two can be read side by side; a
// span in which the source cannot be measured is critical too.
import type { Hold, ServedHold, Timeline } from '../history/timeline.js';
import type { StageExposure } from '../report/model.js';
import { formatNumber } from '../report/phrases.js';
import { servedText } from '../report/sourcePhrases.js';

/** One bar of the chart: the data the chart shows, to test against the history it came from. */
export interface ChartRow {
  readonly section: string;
  readonly label: string;
  readonly tag: 'done' | 'active' | 'crit' | 'milestone';
  /** Minutes, UTC (`YYYY-MM-DD HH:mm`), the chart's date format. */
  readonly start: string;
  /** The end in the same format; `0d` for a milestone (the step a pull request proposes). */
  readonly end: string;
}

/**
 * Text as Mermaid's gantt syntax reads it plainly: a colon ends a task name, `#` and `;` start entities,
 * `%%` a comment or directive, and a line break would end the line; anything but plain characters becomes a space.
 */
export function ganttText(text: string): string {
  const plain = Array.from(text.normalize('NFKC'))
    .map((ch) => (/^[A-Za-z0-9 _.,()/%+=-]$/.test(ch) ? ch : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    // `%%` starts a Mermaid comment or directive.
    .replace(/%+/g, '%')
    .trim();
  return (plain === '' ? '(unnamed)' : plain).slice(0, 80);
}

export function exposureText(e: StageExposure | null): string {
  if (e === null) return 'no exposure stated';
  if (e.unit === 'percent') return `${formatNumber(e.value)}%`;
  if (e.unit === 'accounts') return `${formatNumber(e.value)} accounts`;
  return `users ${e.value}`;
}

/** A duration in days and hours (or minutes, below an hour), as a reader compares it with a policy. */
export function durationText(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return `${hours}h`;
  return `${minutes}m`;
}

/** How long a hold held; `at least` when its start is only a bound (the chart begins part-way through its history). */
export const heldText = (h: Hold): string => `${h.fromExact ? '' : 'at least '}${durationText(h.heldMs)}`;

const minute = (isoTime: string) => isoTime.slice(0, 16).replace('T', ' ');

function rowOf(h: Hold): ChartRow {
  if (h.proposed)
    return { section: ganttText(h.stage), label: ganttText(`${exposureText(h.exposure)} proposed`), tag: 'milestone', start: minute(h.from), end: '0d' };
  const asked = h.minDwellMs === null ? '' : `, policy asks ${durationText(h.minDwellMs)}`;
  const held = `${h.ongoing ? 'holding' : 'held'} ${heldText(h)}`;
  return {
    section: ganttText(h.stage),
    label: ganttText(`${exposureText(h.exposure)} ${held}${asked}`),
    tag: h.leftEarly ? 'crit' : h.ongoing ? 'active' : 'done',
    start: minute(h.from),
    end: minute(h.until),
  };
}

function servedRowOf(h: ServedHold): ChartRow {
  const share = h.served.state === 'measured' ? `serves ${servedText(h.served)}` : 'cannot be measured';
  return {
    section: ganttText(`served by ${h.source.path} ${h.source.selector}`),
    label: ganttText(`${share}, ${h.ongoing ? 'holding' : 'held'} ${durationText(h.heldMs)}`),
    tag: h.served.state === 'unmeasured' ? 'crit' : h.ongoing ? 'active' : 'done',
    start: minute(h.from),
    end: minute(h.until),
  };
}

/**
 * The chart's bars, rung by rung in ladder order (rungs no longer in the ladder after), each in time order;
 * then what each bound source served, source by source.
 */
export function chartRows(timeline: Timeline): ChartRow[] {
  const order = [...timeline.ladder, ...timeline.holds.map((h) => h.stage).filter((s) => !timeline.ladder.includes(s))];
  const rows: ChartRow[] = [];
  for (const stage of new Set(order)) for (const h of timeline.holds) if (h.stage === stage) rows.push(rowOf(h));
  for (const h of timeline.served) rows.push(servedRowOf(h));
  return rows;
}

/** The chart of the timeline the report carries for a manifest, if any (the pull-request comment shows it by the ladder). */
export function exposureChartOf(timelines: readonly Timeline[], file: string): string | null {
  const t = timelines.find((x) => x.file === file);
  return t ? renderExposureChart(t) : null;
}

/** The fenced Mermaid chart of a timeline; null when nothing was ever live (there is no exposure to draw). */
export function renderExposureChart(timeline: Timeline): string | null {
  const rows = chartRows(timeline);
  if (rows.length === 0) return null;
  const lines = [
    '```mermaid',
    'gantt',
    `  title ${ganttText(`Exposure over time, ${timeline.workflow ?? timeline.file}`)}`,
    '  dateFormat YYYY-MM-DD HH:mm',
    '  axisFormat %Y-%m-%d',
  ];
  let section: string | null = null;
  rows.forEach((r, i) => {
    if (r.section !== section) {
      lines.push(`  section ${r.section}`);
      section = r.section;
    }
    lines.push(`  ${r.label} :${r.tag}, step${i}, ${r.start}, ${r.end}`);
  });
  lines.push('```');
  return lines.join('\n');
}
