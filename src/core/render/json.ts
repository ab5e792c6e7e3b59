import type { Report } from '../report/model.js';

/** The machine-readable report; key order follows the data model, so output is byte-stable. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
