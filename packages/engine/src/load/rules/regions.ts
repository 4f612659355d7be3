import type { Scenario } from '../../schema/index.js';
import type { PathSegment } from '../issue.js';
import { parentIds } from '../../model/regions.js';
import type { Rule } from './context.js';

/**
 * Regions nest, possibly within several others at once (overlapping treaty areas): following
 * `within` from any region, through any of its parents, must never come back to where it began
 * (`E_REGION_CYCLE`, located at the entry of `within` that closes the cycle). A region without its
 * own `administeredBy` takes the administrator of its first parent that has one; when its parents
 * would give different administrators the first wins, which is probably not what the author
 * meant (`W_REGION_ADMINISTRATOR`).
 */
export const regions: Rule = {
  name: 'regions',
  check(s, ctx) {
    const declared = (id: string): boolean => Object.prototype.hasOwnProperty.call(s.regions, id);
    const parents = (id: string): readonly string[] => parentIds(s.regions[id]!.within).filter(declared);
    const withinPath = (id: string, k: number): PathSegment[] => (Array.isArray(s.regions[id]!.within) ? ['regions', id, 'within', k] : ['regions', id, 'within']);

    // Depth-first search over declared regions in written order; a back edge is a cycle.
    const state = new Map<string, 'open' | 'done'>();
    const onCycle = new Set<string>();
    const visit = (id: string, chain: string[]): void => {
      state.set(id, 'open');
      parentIds(s.regions[id]!.within).forEach((p) => {
        if (!declared(p)) return; // an unknown id is reported by the references rule
        const st = state.get(p);
        if (st === 'open') {
          // The cycle p ⊂ … ⊂ id ⊂ p, reported at p's entry that starts it.
          const cycle = chain.slice(chain.indexOf(p));
          if (cycle.some((r) => onCycle.has(r))) return;
          cycle.forEach((r) => onCycle.add(r));
          const next = cycle[1] ?? p;
          const entry = parentIds(s.regions[p]!.within).indexOf(next);
          ctx.report({
            code: 'E_REGION_CYCLE', path: withinPath(p, entry), received: JSON.stringify(next),
            message: `region "${p}" lies within itself: ${[...cycle, p].join(' ⊂ ')}`,
            hint: 'remove one of the within entries on this cycle',
          });
        } else if (st === undefined) {
          visit(p, [...chain, p]);
        }
      });
      state.set(id, 'done');
    };
    for (const id of Object.keys(s.regions)) if (!state.has(id)) visit(id, [id]);
    if (onCycle.size > 0) return;

    administrators(s, parents, ctx.report);
  },
};

/** Warns where a region's parents would give it different administrators. */
function administrators(s: Scenario, parents: (id: string) => readonly string[], report: Parameters<Rule['check']>[1]['report']): void {
  const memo = new Map<string, string | undefined>();
  const adminOf = (id: string): string | undefined => {
    if (memo.has(id)) return memo.get(id);
    const r = s.regions[id]!;
    let a = r.administeredBy;
    if (a === undefined) for (const p of parents(id)) { a = adminOf(p); if (a !== undefined) break; }
    memo.set(id, a);
    return a;
  };
  for (const [id, r] of Object.entries(s.regions)) {
    if (r.administeredBy !== undefined || !Array.isArray(r.within)) continue;
    const found = parents(id).map((p) => [p, adminOf(p)] as const).filter(([, a]) => a !== undefined);
    const distinct = [...new Set(found.map(([, a]) => a))];
    if (distinct.length < 2) continue;
    const [first, ...others] = found;
    const other = others.find(([, a]) => a !== first![1])!;
    report({
      code: 'W_REGION_ADMINISTRATOR', severity: 'warning', path: ['regions', id, 'within'],
      received: JSON.stringify(r.within),
      message: `region "${id}" has no administeredBy and its parents disagree: ${first![0]} gives ${first![1]}, ${other[0]} gives ${other[1]}; the first parent's (${first![1]}) is used`,
      hint: `give region "${id}" its own administeredBy`,
    });
  }
}
