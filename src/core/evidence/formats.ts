// The one place that maps a typed evidence format to its reader.
import { readJunit } from './junit.js';
import { readMetricsFile } from './metricsFile.js';
import { readPromptfoo } from './promptfoo.js';
import type { EvidenceFormat, EvidenceReader } from './reading.js';

export const READERS: Readonly<Record<EvidenceFormat, EvidenceReader>> = {
  promptfoo: readPromptfoo,
  junit: readJunit,
  metrics: readMetricsFile,
};
