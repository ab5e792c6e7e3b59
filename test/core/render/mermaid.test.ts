// The exposure chart's pure pieces: text made inert for Mermaid's gantt syntax, and the figures it prints.
import { durationText, exposureText, ganttText, renderExposureChart } from '../../../src/core/render/mermaid.js';
import type { Timeline } from '../../../src/core/history/timeline.js';

describe('ganttText', () => {
  test.each([
    ['canary', 'canary'],
    ['limited_beta', 'limited_beta'],
    // A colon would end the task name and start its tags; a line break would start a directive.
    ['canary :crit, x, 2020-01-01, 1d', 'canary crit, x, 2020-01-01, 1d'],
    ['ga\nsection evil', 'ga section evil'],
    ['x```\n%%{init: {"theme": "dark"}}%%', 'x % init theme dark %'],
    ['#9829; &amp; <b>', '9829 amp b'],
    ['ＧＡ', 'GA'],
    ['   ', '(unnamed)'],
    ['a'.repeat(200), 'a'.repeat(80)],
  ])('%j -> %j', (input, expected) => {
    expect(ganttText(input)).toBe(expected);
  });
});

describe('figures', () => {
  test.each([
    [0, '0m'],
    [59 * 60_000, '59m'],
    [3_600_000, '1h'],
    [86_400_000, '1d'],
    [86_400_000 * 3 + 3_600_000 * 5 + 59_000, '3d 5h'],
  ])('durationText(%d) = %s', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });

  test.each([
    [null, 'no exposure stated'],
    [{ field: 'tenant_percent', unit: 'percent', value: 12.5 } as const, '12.5%'],
    [{ field: 'accounts', unit: 'accounts', value: 20 } as const, '20 accounts'],
    [{ field: 'users', unit: 'segment', value: 'internal staff' } as const, 'users internal staff'],
  ])('exposureText(%j) = %s', (exposure, text) => {
    expect(exposureText(exposure)).toBe(text);
  });
});

test('a timeline that never went live has no chart: there is no exposure to draw', () => {
  const t: Timeline = { file: 'rollouts/x.yaml', workflow: 'x', ladder: ['canary'], minDwellMs: null, entries: [], holds: [], served: [] };
  expect(renderExposureChart(t)).toBeNull();
});

test('a hostile stage name and workflow stay inside their task and title lines', () => {
  const hostile = 'canary :crit, s9, 2000-01-01, 1d\n```\n# heading';
  const t: Timeline = {
    file: 'rollouts/x.yaml',
    workflow: 'w\n```',
    ladder: [hostile],
    minDwellMs: null,
    entries: [],
    holds: [
      {
        stage: hostile,
        exposure: { field: 'traffic_percent', unit: 'percent', value: 5 },
        from: '2026-01-01T00:00:00.000Z',
        fromExact: true,
        until: '2026-01-02T00:00:00.000Z',
        ongoing: false,
        proposed: false,
        heldMs: 86_400_000,
        minDwellMs: null,
        leftEarly: false,
      },
    ],
    served: [],
  };
  const lines = renderExposureChart(t)!.split('\n');
  expect(lines.filter((l) => l.includes('```'))).toEqual(['```mermaid', '```']);
  expect(lines).toContain('  section canary crit, s9, 2000-01-01, 1d heading');
  expect(lines.filter((l) => l.includes(':') && !l.includes('dateFormat'))).toEqual(['  5% held 1d :done, step0, 2026-01-01 00:00, 2026-01-02 00:00']);
});
