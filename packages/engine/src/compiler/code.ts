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
 * The constants a generated function reads: `K[n]` — strings, arrays and closures, never written
 * into the source text — and `N[n]`, the model's numbers that may differ between two compilations
 * of one scenario (rates, thresholds, baselines: parameter values). Numbers get a slot each, in the
 * order the code asks for them, whatever their values, so the models of a design's parameter draws
 * share one source text, compiled and optimised once ({@link instantiate}).
 */
export class Slots {
  readonly values: unknown[] = [];
  readonly numbers: number[] = [];

  /** The expression that reads `value` in the generated code. */
  ref(value: unknown): string {
    let i = this.values.indexOf(value);
    if (i < 0) { i = this.values.length; this.values.push(value); }
    return `K[${i}]`;
  }

  /** The expression that reads the number `x`, a value of the model rather than of its structure. */
  value(x: number): string {
    if (typeof x !== 'number') throw new TypeError(`not a number: ${String(x)}`);
    this.numbers.push(x);
    return `N[${this.numbers.length - 1}]`;
  }
}

/** Compiled factories by source text: one per scenario structure, shared by its models. */
const FACTORIES = new Map<string, (k: readonly unknown[], n: Float64Array, h: unknown) => unknown>();
const MAX_FACTORIES = 64;

/**
 * `function NAME(PARAMS) { BODY }` built with `new Function` over the slots `K`, `N` and helpers
 * `H`. The factory is compiled once per source text and kept: every model with that source (the
 * parameter draws of one scenario) gets a closure of the same function, so the engine optimises
 * the code once and not once per draw. `prelude`: declarations made once per model, beside the
 * function (functions it calls, for instance).
 */
export function instantiate<F>(name: string, params: string, body: string, slots: Slots, helpers: unknown, prelude = ''): F {
  const source = `'use strict';\n${prelude}${prelude === '' ? '' : '\n'}return function ${name}(${params}) {\n${body}\n};`;
  let make = FACTORIES.get(source);
  if (make === undefined) {
    make = new Function('K', 'N', 'H', source) as (k: readonly unknown[], n: Float64Array, h: unknown) => unknown;
    if (FACTORIES.size >= MAX_FACTORIES) FACTORIES.delete(FACTORIES.keys().next().value!);
    FACTORIES.set(source, make);
  }
  return make(slots.values, Float64Array.from(slots.numbers), helpers) as F;
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
