import type { Pact } from '../../schema/index.js';

/**
 * The id of each obligation of a pact, in order: its `id`, or else its type, suffixed with the
 * type's occurrence count when the type repeats (`defense`, `defense2`). Conditions name
 * obligations by these ids; the numbering matches the model's compiler (model/compile.ts).
 */
export function obligationIds(pact: Pick<Pact, 'obligations'>): string[] {
  const seen = new Map<string, number>();
  return pact.obligations.map((o) => {
    const n = (seen.get(o.type) ?? 0) + 1;
    seen.set(o.type, n);
    return o.id ?? (n === 1 ? o.type : `${o.type}${n}`);
  });
}
