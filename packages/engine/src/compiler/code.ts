/**
 * Safe pieces for generated code: numbers become exact literals, everything else (strings from
 * the scenario, arrays, closures) is handed to the generated function as a constant slot, so no
 * text from a scenario can ever become code.
 *
 * @module
 */

/** An exact JavaScript literal of a number (round-trips bit for bit, -0 and non-finite included). */
export function num(x: number): string {
  if (typeof x !== 'number') throw new TypeError(`not a number: ${String(x)}`);
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '(-Infinity)';
  if (Object.is(x, -0)) return '(-0)';
  // Number-to-string is specified to give the shortest text that reads back as the same number.
  return x < 0 ? `(${String(x)})` : String(x);
}

/** A non-negative integer index as a literal (array indices, slot numbers). */
export function idx(i: number): string {
  if (!Number.isSafeInteger(i) || i < 0) throw new RangeError(`not an index: ${String(i)}`);
  return String(i);
}

/**
 * The constants a generated function reads: `K[n]`. Strings, arrays and closures go here, never
 * into the source text.
 */
export class Slots {
  readonly values: unknown[] = [];

  /** The expression that reads `value` in the generated code. */
  ref(value: unknown): string {
    let i = this.values.indexOf(value);
    if (i < 0) { i = this.values.length; this.values.push(value); }
    return `K[${i}]`;
  }
}

/**
 * Whether this JavaScript environment lets a program build functions from text (`new Function`):
 * false under a strict content-security policy (no 'unsafe-eval'), where the table engine is used.
 */
export function codeGenerationAllowed(): boolean {
  try {
    return new Function('return 1')() === 1;
  } catch {
    return false;
  }
}
