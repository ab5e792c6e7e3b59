// A generic metrics file in JSON or YAML: `{ metrics: { precision_at_top_10: 0.87, ... } }`, Model Card
// Toolkit's `quantitative_analysis.performance_metrics` list (`[{ type, value, slice }]`), or any file
// with a JSON Pointer to an object of numbers (an exported summary from an eval service). Nested
// objects give dotted names (`retrieval.precision`); values that are not numbers are not metrics.
import type { ValuePath } from '../parse/yamlSource.js';
import { metricName, unreadable, type EvidenceReader, type Metric } from './reading.js';
import { atPointer, isRecord, numberOf, readStructured } from './structured.js';

/** Where metrics are looked for when the evidence gives no pointer, in this order. */
export const DEFAULT_POINTERS = ['/metrics', '/quantitative_analysis/performance_metrics'] as const;
/** Dotted names go this deep at most. */
const MAX_NAME_DEPTH = 4;

export const readMetricsFile: EvidenceReader = (file, bytes, options) => {
  const parsed = readStructured(file, bytes);
  if (!parsed.ok) return parsed.reading;
  const { doc } = parsed;
  const pointers = options.pointer !== null ? [options.pointer] : DEFAULT_POINTERS;
  const found = pointers.map((p) => atPointer(doc.value, p)).find((x) => x !== null) ?? null;
  if (!found)
    return unreadable(
      doc.at([]),
      options.pointer !== null
        ? `metrics file has nothing at pointer "${options.pointer}"`
        : 'metrics file has no `metrics` (or `quantitative_analysis.performance_metrics`)',
      'write the metrics under `metrics:`, or give the evidence a `pointer` to them (a JSON Pointer such as /summary/scores)',
    );
  const metrics = new Map<string, Metric>();
  const put = (name: string, value: number, path: ValuePath) => {
    if (!metrics.has(name)) metrics.set(name, { name, value, at: doc.at(path) });
  };
  const walk = (value: unknown, prefix: string, path: (string | number)[], depth: number) => {
    if (Array.isArray(value)) {
      // Model Card Toolkit: [{ type: accuracy, value: 0.87, slice: ... }]
      value.forEach((entry, i) => {
        if (!isRecord(entry)) return;
        const label = typeof entry['type'] === 'string' ? entry['type'] : typeof entry['name'] === 'string' ? entry['name'] : null;
        const n = numberOf(entry['value']);
        if (label === null || n === null) return;
        const slice = typeof entry['slice'] === 'string' && entry['slice'] !== '' ? `.${entry['slice']}` : '';
        put(prefix + metricName(label + slice), n, [...path, i, 'value']);
      });
      return;
    }
    if (!isRecord(value) || depth > MAX_NAME_DEPTH) return;
    for (const key of Object.keys(value)) {
      const v = value[key];
      const n = numberOf(v);
      if (n !== null) put(prefix + metricName(key), n, [...path, key]);
      else walk(v, `${prefix}${metricName(key)}.`, [...path, key], depth + 1);
    }
  };
  const n = numberOf(found.value);
  if (n !== null) put(metricName(found.path[found.path.length - 1] ?? 'value'), n, found.path);
  else walk(found.value, '', found.path, 0);
  if (metrics.size === 0) return unreadable(doc.at(found.path), 'metrics file states no numeric metric there', 'write each metric as `name: number`');
  // A generic file has no agreed place for a run's time: its age is its history's.
  return { ok: true, format: 'metrics', metrics, producedAt: null };
};
