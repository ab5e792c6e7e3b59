// The one order of findings, for the report, the annotations and the Markdown: blocking before warnings,
// broken input before the readiness blocks (a manifest that cannot be read hides everything else), then
// by place in the file, then by readiness block in canonical order, then by check and message.
import { READINESS_BLOCKS } from '../model/vocabulary.js';
import type { FindingBlock } from '../rules/builtin.js';
import type { Finding } from './model.js';

export const BLOCK_ORDER: readonly FindingBlock[] = ['input', ...READINESS_BLOCKS];

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.severity === 'block' ? 0 : 1) - (b.severity === 'block' ? 0 : 1) ||
    (a.readinessBlock === 'input' ? 0 : 1) - (b.readinessBlock === 'input' ? 0 : 1) ||
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    BLOCK_ORDER.indexOf(a.readinessBlock) - BLOCK_ORDER.indexOf(b.readinessBlock) ||
    cmp(a.check, b.check) ||
    cmp(a.message, b.message)
  );
}
