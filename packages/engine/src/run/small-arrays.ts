/**
 * Filling and copying the run state's typed arrays at the reset of a run. Most of them hold a few
 * numbers (one per actor, obligation, trigger or outcome), where the call of the built-in `fill`
 * or `set` costs several times the loop; a loop the optimiser can inline is used up to
 * {@link SMALL} numbers, the built-in above. One function per element type, so each stays
 * monomorphic (and fast) in its callers.
 *
 * @module
 */

/** Up to this many numbers, a plain loop; beyond, the built-in. */
const SMALL = 64;

export function fillInt32(a: Int32Array, v: number): void {
  if (a.length > SMALL) { a.fill(v); return; }
  for (let i = 0; i < a.length; i++) a[i] = v;
}

export function fillInt8(a: Int8Array, v: number): void {
  if (a.length > SMALL) { a.fill(v); return; }
  for (let i = 0; i < a.length; i++) a[i] = v;
}

export function fillUint8(a: Uint8Array, v: number): void {
  if (a.length > SMALL) { a.fill(v); return; }
  for (let i = 0; i < a.length; i++) a[i] = v;
}

/** Copies `from` into `to`, from index 0 (`to` at least as long). */
export function copyInt8(to: Int8Array, from: Int8Array): void {
  if (from.length > SMALL) { to.set(from); return; }
  for (let i = 0; i < from.length; i++) to[i] = from[i]!;
}

export function copyInt16(to: Int16Array, from: Int16Array): void {
  if (from.length > SMALL) { to.set(from); return; }
  for (let i = 0; i < from.length; i++) to[i] = from[i]!;
}

export function copyInt32(to: Int32Array, from: Int32Array): void {
  if (from.length > SMALL) { to.set(from); return; }
  for (let i = 0; i < from.length; i++) to[i] = from[i]!;
}

export function copyUint8(to: Uint8Array, from: Uint8Array): void {
  if (from.length > SMALL) { to.set(from); return; }
  for (let i = 0; i < from.length; i++) to[i] = from[i]!;
}

export function copyFloat64(to: Float64Array, from: Float64Array): void {
  if (from.length > SMALL) { to.set(from); return; }
  for (let i = 0; i < from.length; i++) to[i] = from[i]!;
}
