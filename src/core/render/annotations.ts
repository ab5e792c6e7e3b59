// Findings as GitHub check annotations. GitHub shows at most 10 error and 10 warning annotations per step,
// so the most important ones go first and the rest are counted for the job summary to mention.
import type { Finding } from '../report/model.js';
import { compareFindings } from '../report/order.js';
import { alsoFails } from '../report/phrases.js';
import { truncateText } from './escape.js';
import { blockTitle } from '../rules/registry.js';

export const MAX_ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  readonly level: 'error' | 'warning';
  readonly title: string;
  readonly message: string;
  /** Absent when the finding has no file (the annotation then attaches to the run, not a line). */
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

export interface AnnotationPlan {
  readonly annotations: readonly Annotation[];
  /** Findings left out because of GitHub's per-step limit. */
  readonly omitted: number;
}

/** Where annotations go: `@actions/core` in the action, a recorder in tests. */
export interface AnnotationSink {
  error(message: string, properties: Omit<Annotation, 'level' | 'message'>): void;
  warning(message: string, properties: Omit<Annotation, 'level' | 'message'>): void;
}

function toAnnotation(f: Finding): Annotation {
  const owner = f.owner ? ` Owner (${f.owner.category.replace(/_/g, ' ')}): ${[f.owner.name, f.owner.github].filter(Boolean).join(' ')}.` : '';
  const fix = f.remediation.trim() !== '' ? `\nFix: ${f.remediation}` : '';
  const also = alsoFails(f);
  // Annotation text is shown as plain text, and @actions/core escapes newlines and `%` in it; the length cap
  // keeps one oversized manifest value from filling the annotation panel.
  return {
    level: f.severity === 'block' ? 'error' : 'warning',
    title: truncateText(`${blockTitle(f.readinessBlock)}: ${f.check}`, 200),
    message: truncateText(`${f.message}${also !== null ? ` (${also})` : ''}${fix}${owner}`, 4000),
    ...(f.file !== '' ? { file: f.file } : {}),
    ...(f.file !== '' && f.line > 0 ? { startLine: f.line } : {}),
    ...(f.file !== '' && f.line > 0 && f.column > 0 ? { startColumn: f.column } : {}),
  };
}

/** The annotations to emit, most important first, at most `max` of each level. */
export function planAnnotations(findings: readonly Finding[], max = MAX_ANNOTATIONS_PER_LEVEL): AnnotationPlan {
  const sorted = [...findings].sort(compareFindings).map(toAnnotation);
  const errors = sorted.filter((a) => a.level === 'error');
  const warnings = sorted.filter((a) => a.level === 'warning');
  const shown = [...errors.slice(0, max), ...warnings.slice(0, max)];
  return { annotations: shown, omitted: sorted.length - shown.length };
}

/** Emits the plan's annotations and returns how many findings did not fit. */
export function emitAnnotations(findings: readonly Finding[], sink: AnnotationSink, max = MAX_ANNOTATIONS_PER_LEVEL): number {
  const plan = planAnnotations(findings, max);
  for (const { level, message, ...properties } of plan.annotations) sink[level](message, properties);
  return plan.omitted;
}
