// RecentlyUsed keeps the most recently used entries and lets the least recently used go first.
import { RecentlyUsed } from '../../../src/core/util/recentlyUsed.js';

describe('RecentlyUsed', () => {
  test('keeps up to its capacity, dropping the least recently used entry', () => {
    const m = new RecentlyUsed<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    expect(m.get('a')).toBe(1); // a is now the most recently used
    m.set('c', 3);
    expect([m.get('a'), m.get('b'), m.get('c'), m.size]).toEqual([1, undefined, 3, 2]);
  });

  test('setting a key again replaces its value and makes it the most recently used', () => {
    const m = new RecentlyUsed<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.set('a', 10);
    m.set('c', 3);
    expect([m.get('a'), m.get('b'), m.get('c')]).toEqual([10, undefined, 3]);
  });

  test.each([0, -1, 1.5, NaN])('refuses a capacity of %p', (capacity) => {
    expect(() => new RecentlyUsed(capacity)).toThrow(RangeError);
  });
});
