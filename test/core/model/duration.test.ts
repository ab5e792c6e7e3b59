// Spans as people read them: the two largest whole units, never a bare "0m".
import { describeSpan } from '../../../src/core/model/duration.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('describeSpan', () => {
  test.each([
    [0, 'less than a minute'],
    [59_999, 'less than a minute'],
    [-5 * MINUTE, 'less than a minute'],
    [MINUTE, '1m'],
    [45 * MINUTE + 59_999, '45m'],
    [HOUR, '1h'],
    [HOUR + 5 * MINUTE, '1h 5m'],
    [12 * HOUR, '12h'],
    [DAY, '1d'],
    [3 * DAY, '3d'],
    [2 * DAY + 12 * HOUR + 30 * MINUTE, '2d 12h'],
  ])('%p ms -> %p', (ms, words) => expect(describeSpan(ms)).toBe(words));
});
