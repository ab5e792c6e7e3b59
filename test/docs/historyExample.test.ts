// The README's rendered chart is what the bundled example prints: `node scripts/example.mjs history --format markdown`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MAX_CHARTED } from '../../src/core/history/timeline.js';
import { CHART_DAYS, MAX_VERSIONS } from '../../src/engine/changeTimelines.js';

const chartOf = (text: string): string => {
  const m = /```mermaid\ngantt\n[\s\S]*?```/.exec(text);
  if (!m) throw new Error('no gantt chart');
  return m[0];
};

test('the README shows the chart the example history prints, and the example prints a history', () => {
  const out = execFileSync(process.execPath, ['scripts/example.mjs', 'history', '--format', 'markdown'], { encoding: 'utf8' });
  expect(out).toContain('## Rollout history');
  expect(out).toMatch(/\| ⛔ block \|\n/);
  expect(chartOf(readFileSync('README.md', 'utf8'))).toBe(chartOf(out));
});

test("the README's bounds on the pull-request charts are the engine's", () => {
  const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
  expect(readme).toContain(`for each rollout the change touches (the first ${MAX_CHARTED}, by path; past that, their footer says how many were charted)`);
  expect(readme).toContain(
    `Those charts show the rollout's newest ${MAX_VERSIONS} versions on the base branch, none from more than ${CHART_DAYS} days before the run`,
  );
  expect(readme).toContain(`rollout the change touches, at most ${MAX_CHARTED}: its newest versions on the base branch`);
});
