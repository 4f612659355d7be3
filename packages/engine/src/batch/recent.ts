/**
 * A map that keeps only its most recently used entries. A batch over the judgments meets its
 * parameter draws in order, a range at a time: holding every draw's compiled model and simulator
 * (a few hundred kB each) would only grow a worker's heap, while the draw in hand and the one
 * before it are all a range ever needs again.
 */
export class Recent<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** The value for `key`, made by `make` when it is not held (evicting the least recently used). */
  get(key: K, make: () => V): V {
    const held = this.entries.get(key);
    if (held !== undefined) {
      // Most recent last: Map iteration order is insertion order.
      if (this.entries.size > 1) { this.entries.delete(key); this.entries.set(key, held); }
      return held;
    }
    const made = make();
    this.entries.set(key, made);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return made;
  }
}
