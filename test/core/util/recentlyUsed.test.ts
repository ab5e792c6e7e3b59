// RecentlyUsed keeps what was used lately and lets go of what was not used for a whole generation (half
// its capacity of other entries), never holding more than its capacity.
import { RecentlyUsed } from '../../../src/core/util/recentlyUsed.js';

describe('RecentlyUsed', () => {
  test('an entry used again and again stays, however many others pass through', () => {
    const m = new RecentlyUsed<string, number>(4);
    m.set('shared', 0);
    for (let i = 0; i < 100; i++) {
      m.set(`once-${i}`, i);
      expect(m.get('shared')).toBe(0);
      expect(m.size).toBeLessThanOrEqual(4);
    }
  });

  test('an entry not used while a generation of others is stored is dropped', () => {
    const m = new RecentlyUsed<string, number>(4);
    m.set('a', 1);
    for (let i = 0; i < 4; i++) m.set(`other-${i}`, i);
    expect(m.get('a')).toBeUndefined();
    expect(m.get('other-3')).toBe(3);
  });

  test('setting a key again replaces its value', () => {
    const m = new RecentlyUsed<string, number>(4);
    m.set('a', 1);
    m.set('b', 2);
    m.set('a', 10);
    expect([m.get('a'), m.get('b')]).toEqual([10, 2]);
  });

  test.each([0, 1, -1, 1.5, NaN])('refuses a capacity of %p', (capacity) => {
    expect(() => new RecentlyUsed(capacity)).toThrow(RangeError);
  });
});
