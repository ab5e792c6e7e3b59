// A map that keeps only its recently used entries, so a cache that serves a whole run (tens of thousands
// of lookups, most of them made once) stays bounded while the entries many lookups share stay.
//
// Two generations instead of an exact least-recently-used order: moving an entry on every hit (a delete and
// an insert) costs more than the lookups it serves. New and hit entries go to the current generation; when
// it holds half the capacity it becomes the previous one, and the previous one is dropped.
export class RecentlyUsed<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  private readonly generation: number;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError(`capacity must be an integer of at least 2, got ${capacity}`);
    this.generation = Math.floor(capacity / 2);
  }

  /** Entries held: at most the capacity. */
  get size(): number {
    return this.current.size + this.previous.size;
  }

  /** The value, which counts as used now; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const older = this.previous.get(key);
    if (older === undefined) return undefined;
    this.previous.delete(key);
    this.store(key, older);
    return older;
  }

  /** Stores the value as used now; entries unused for a whole generation may be dropped. */
  set(key: K, value: V): void {
    this.previous.delete(key);
    this.store(key, value);
  }

  private store(key: K, value: V): void {
    this.current.set(key, value);
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Map();
    }
  }
}
