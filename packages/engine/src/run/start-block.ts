/**
 * The arrays a run's reset sets to their start values, carved out of one buffer: a reset then
 * copies one image of the whole block (`Uint8Array.set`, see `Simulator.reset`) instead of filling
 * or copying some thirty small arrays one by one. Each array is an ordinary typed array (a view at
 * its own offset), so nothing that reads or writes it changes.
 *
 * @module
 */

/** Hands out typed arrays from one buffer, each aligned to 8 bytes; without a buffer it only measures. */
export class Carver {
  private offset = 0;

  constructor(private readonly buffer: ArrayBuffer | undefined) {}

  /** Bytes handed out so far (the size of the buffer to carve the same arrays from). */
  get bytes(): number {
    return this.offset;
  }

  int8(n: number): Int8Array { const at = this.take(n); return this.buffer ? new Int8Array(this.buffer, at, n) : new Int8Array(0); }
  uint8(n: number): Uint8Array { const at = this.take(n); return this.buffer ? new Uint8Array(this.buffer, at, n) : new Uint8Array(0); }
  int16(n: number): Int16Array { const at = this.take(2 * n); return this.buffer ? new Int16Array(this.buffer, at, n) : new Int16Array(0); }
  int32(n: number): Int32Array { const at = this.take(4 * n); return this.buffer ? new Int32Array(this.buffer, at, n) : new Int32Array(0); }
  float64(n: number): Float64Array { const at = this.take(8 * n); return this.buffer ? new Float64Array(this.buffer, at, n) : new Float64Array(0); }

  private take(bytes: number): number {
    const at = this.offset;
    this.offset = at + Math.ceil(bytes / 8) * 8;
    if (this.buffer && this.offset > this.buffer.byteLength) throw new Error('start block overrun');
    return at;
  }
}

/**
 * Carves `make`'s arrays out of one buffer (measured by a first call of `make`, then carved by a
 * second); returns them with a byte view of the whole block.
 */
export function carveBlock<T>(make: (c: Carver) => T): { arrays: T; block: Uint8Array } {
  const measure = new Carver(undefined);
  make(measure);
  const buffer = new ArrayBuffer(measure.bytes);
  const c = new Carver(buffer);
  const arrays = make(c);
  if (c.bytes !== measure.bytes) throw new Error('start block carved unlike it was measured');
  return { arrays, block: new Uint8Array(buffer) };
}
