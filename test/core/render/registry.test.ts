// The renderer registry: one entry per output format, and the CLI's choices and usage read from it.
import { main } from '../../../src/adapters/cli/main.js';
import { FORMATS, rendererFor } from '../../../src/core/render/registry.js';
import { renderJson } from '../../../src/core/render/json.js';
import { renderMarkdown } from '../../../src/core/render/markdown.js';
import { renderSarif } from '../../../src/core/render/sarif.js';
import { renderText } from '../../../src/core/render/text.js';
import { finding, report } from '../../adapters/action/reportFixtures.js';

describe('the renderer registry', () => {
  test('maps each format name to its renderer', () => {
    expect(FORMATS).toEqual(['text', 'json', 'markdown', 'sarif']);
    expect(FORMATS.map(rendererFor)).toEqual([renderText, renderJson, renderMarkdown, renderSarif]);
  });

  test('every renderer renders a report', () => {
    const r = report({ findings: [finding()] });
    for (const format of FORMATS) expect(rendererFor(format)!(r)).toContain('rollouts/triage.yml');
  });

  test.each(['xml', '', 'TEXT', 'constructor', '__proto__', 'toString'])('%j is not a format', (name) => expect(rendererFor(name)).toBeNull());

  test('the CLI usage lists the registered formats', async () => {
    let out = '';
    const code = await main(['--help'], { cwd: '.', out: (t) => (out += t), err: () => undefined });
    expect(code).toBe(0);
    expect(out).toContain(`[--format ${FORMATS.join('|')}]`);
  });
});
