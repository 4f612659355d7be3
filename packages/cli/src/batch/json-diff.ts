import { canonicalJson } from './canonical-json.js';

/** At most this many differing values (or records) are listed; the count of all is kept. */
export const MAX_DIFFERENCES = 20;

/** One value that differs: its path in a JSON document, in the file and as made again (`now`). */
export interface Difference {
  readonly path: string;
  readonly file: unknown;
  readonly now: unknown;
}

/**
 * The values that differ between two JSON documents, leaf by leaf, keys in the order of the
 * document made again (`now`), then those only the file has: the first {@link MAX_DIFFERENCES},
 * and how many in all. That order puts what identifies a batch first — a manifest is built
 * scenario, clock, seed … — so a file of another scenario is named by its scenario, not by a
 * horizon that sorts before it. A member present on one side only is a difference of its own
 * (the other side `undefined`).
 */
export function diff(file: unknown, now: unknown, path: string): { list: Difference[]; count: number } {
  const out = { list: [] as Difference[], count: 0 };
  const walk = (a: unknown, b: unknown, at: string): void => {
    if (isObject(a) && isObject(b)) {
      const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
      for (const k of keys) walk(a[k], b[k], at === '' ? k : `${at}.${k}`);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], `${at}[${i}]`);
      return;
    }
    if (canonicalJson(a) === canonicalJson(b)) return;
    out.count++;
    if (out.list.length < MAX_DIFFERENCES) out.list.push({ path: at, file: a, now: b });
  };
  walk(file, now, path);
  return out;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
