/**
 * The quick reading of a scenario's YAML: `js-yaml` with its YAML 1.2 core schema, about three
 * times faster than the `yaml` Document API that {@link parseYaml} uses to locate problems (cold,
 * korea-2024: ~65 against ~200 ms). It is only ever an answer when it must be the same answer:
 * where the two parsers could read a text differently, or the quick one finds anything amiss, it
 * gives none and the text is read with the Document API, which also locates every problem.
 *
 * Where the two differ (found by comparing them, see yaml-quick.test.ts), and what is done:
 * - a `%YAML 1.1` directive switches `yaml` to the 1.1 schema (`yes` is true): texts with a
 *   directive are not read here;
 * - aliases are expanded by the Document reader, with a cap on the nodes (alias bombs): refused
 *   here (`maxAliases: 0`); an anchor before a compact mapping (`a: &x b: 1`) is read here and is
 *   an error for `yaml`: texts with an anchor are not read here either;
 * - explicit tags are resolved differently (`!!float 1` is 1 here and an error for `yaml`): texts
 *   with a tag are not read here;
 * - a null key (`~: x`, `: x`) is `""` for the Document reader and `"null"` here: a `null` key sends
 *   the text back;
 * - a number too large for a double (`1e400`) is infinite for `yaml` and a string here: a string
 *   (value or key) that reads as a non-finite number sends the text back;
 * - whole numbers of more than 15 digits: rounded by two different routines, so sent back;
 * - a block scalar with an indentation indicator at the top level (`|1-`, as `yaml` itself writes
 *   a string that starts with a blank line and a space) keeps that space here and loses it in
 *   `yaml` (which does not read back its own text): not read here;
 * - a tab where YAML wants none (`\ta: 1`) is an error for `yaml` and read here: texts with a
 *   tab are not read here;
 * - nesting deeper than the Document reader accepts, and more nodes than it expands: sent back,
 *   for its located issue.
 *
 * @module
 */
import { CORE_SCHEMA, load } from 'js-yaml';

/** What {@link quickYaml} returns when the text must be read by the Document API. */
export const UNDECIDED: unique symbol = Symbol('undecided');

/**
 * Directives (`%YAML`), tags and anchors (`!`, `&` where a token can start), tabs, block scalars
 * with an indentation indicator (`|1-` ending a line) and whole numbers of 16 digits or more
 * (not a fraction's digits: a float is parsed alike by both). Anywhere in the text — a comment or
 * a quoted string too: a false alarm only costs the slower reading (no YAML file of the
 * repository raises one).
 */
const NOT_HERE = /^%|(?:^|[\s[{,])[!&]|\t|[|>][-+]?[1-9][-+]?[ ]*(?:#.*)?$|(?:^|[^.0-9])[0-9]{16,}(?![.0-9])/m;

/** How far from the Document reader's depth limit a text must stay to be read here. */
const DEPTH_MARGIN = 10;

/** YAML 1.2 core numbers (the `yaml` package's core schema tests). */
const DECIMAL = /^[-+]?(?:[0-9]+|\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?$/;
const HEX_OR_OCTAL = /^0[xo][0-9a-fA-F]+$/;

/**
 * The plain data of `text` read quickly, or {@link UNDECIDED} when the Document API must read it
 * (anything the two parsers might read differently, and every text with a problem). `maxDepth`
 * and `maxNodes` are the Document reader's limits: a text near them is left to it.
 */
export function quickYaml(text: string, maxDepth: number, maxNodes: number): unknown {
  if (NOT_HERE.test(text)) return UNDECIDED;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, maxAliases: 0, maxDepth: maxDepth + 1 });
  } catch {
    // A syntax error, a duplicate key, an empty text, a stack too deep: the Document reader
    // reports it, located (or reads it, where the two disagree on what is an error).
    return UNDECIDED;
  }
  return plain(data, maxDepth, maxNodes) ? data : UNDECIDED;
}

/** Whether `data` is what the Document reader would build too (see the module comment). */
function plain(data: unknown, maxDepth: number, maxNodes: number): boolean {
  let nodes = 0;
  // Depth as the Document reader counts it: the top value at 0, a collection's items one deeper.
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    // At the limits the reader's own issue is wanted: leave a margin rather than count exactly alike.
    if (++nodes >= maxNodes || depth > maxDepth - DEPTH_MARGIN) return false;
    if (value === null || typeof value === 'boolean' || typeof value === 'number') continue;
    if (typeof value === 'string') {
      if (overflows(value)) return false;
      continue;
    }
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      for (const key of Object.keys(value)) {
        if (key === 'null' || overflows(key)) return false;
        stack.push([(value as Record<string, unknown>)[key], depth + 1]);
      }
      continue;
    }
    return false;
  }
  return true;
}

/** A string that a plain scalar would give only by overflowing a double (`1e400`). */
function overflows(s: string): boolean {
  if (DECIMAL.test(s)) return !Number.isFinite(Number(s));
  if (HEX_OR_OCTAL.test(s)) return !Number.isFinite(parseInt(s.slice(2), s[1] === 'x' ? 16 : 8));
  return false;
}
