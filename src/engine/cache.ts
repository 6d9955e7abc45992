/**
 * A bounded cache with least-recently-used behaviour, in two generations: hits in the older
 * generation are promoted, and when the young one fills up the old one is dropped whole. Every
 * operation is O(1) with no reordering on hits, which matters when a long draft looks up a few
 * hundred sentences on every keystroke.
 */
export class LruCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;

  constructor(capacity: number) {
    this.half = Math.max(1, Math.floor(capacity / 2));
  }

  get(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }

  /** Entries held (a key promoted from the old generation may be counted twice until it ages out). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
