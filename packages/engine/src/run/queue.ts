/**
 * A binary heap of pending items ordered by (tick, priority, serial). The serial is a per-run
 * counter, so items that tie on tick and priority keep the order they were queued in, and the
 * order never depends on object keys or timing (SimPy's queue, with the same key).
 */
export interface Queued {
  tick: number;
  priority: number;
  serial: number;
}

export class EventQueue<T extends Queued> {
  private items: T[] = [];
  private serial = 0;
  /** Items handed back once done with, for reuse (no allocation per queued item in a long batch). */
  private readonly spare: T[] = [];

  get size(): number {
    return this.items.length;
  }

  clear(): void {
    // Popping keeps the heap's storage (setting the length to 0 would free it).
    while (this.items.length > 0) this.items.pop();
    this.serial = 0;
  }

  /** A spare item to overwrite and push, or undefined. */
  reuse(): T | undefined {
    return this.spare.pop();
  }

  /** Hands back a popped item nothing refers to any longer. */
  release(item: T): void {
    if (this.spare.length < 4096) this.spare.push(item);
  }

  nextSerial(): number {
    return this.serial++;
  }

  /** Reserves `n` consecutive serials (one item standing for `n` queued in a row); returns the first. */
  nextSerials(n: number): number {
    const first = this.serial;
    this.serial += n;
    return first;
  }

  /** The serial the next item will get (for saving a run). */
  peekSerial(): number {
    return this.serial;
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(a[i]!, a[p]!)) break;
      const x = a[i]!; a[i] = a[p]!; a[p] = x;
      i = p;
    }
  }

  peek(): T | undefined {
    return this.items[0];
  }

  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!)) m = l;
        if (r < a.length && before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        const x = a[i]!; a[i] = a[m]!; a[m] = x;
        i = m;
      }
    }
    return top;
  }

  /** The queued items in queue order, for saving a run's state. */
  toArray(): T[] {
    return this.items.slice().sort((x, y) => (before(x, y) ? -1 : 1));
  }

  restore(items: readonly T[], serial: number): void {
    this.items = [];
    for (const it of items) this.push(it);
    this.serial = serial;
  }
}

function before(x: Queued, y: Queued): boolean {
  return x.tick !== y.tick ? x.tick < y.tick : x.priority !== y.priority ? x.priority < y.priority : x.serial < y.serial;
}
