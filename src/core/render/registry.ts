// Every output format by name: the CLI's `--format` choices and usage text are read from here, so a new
// renderer is one entry in one place.
import type { Report } from '../report/model.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export type Renderer = (report: Report) => string;

const RENDERERS: Record<Format, Renderer> = { text: renderText, json: renderJson, markdown: renderMarkdown, sarif: renderSarif };

/** The renderer of a format name, or null when no format has that name (`constructor` and other object keys are not formats). */
export function rendererFor(name: string): Renderer | null {
  return (FORMATS as readonly string[]).includes(name) ? RENDERERS[name as Format] : null;
}
