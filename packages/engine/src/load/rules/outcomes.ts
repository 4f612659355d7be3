import type { Condition } from '../../schema/index.js';
import type { Rule } from './context.js';

/**
 * An outcome may be defined from others (`outcome: regional_war`), but not in a circle: an
 * outcome that holds only once itself has held can never be first to hold.
 */
export const outcomes: Rule = {
  name: 'outcomes',
  check(s, ctx) {
    const deps = new Map<string, string[]>();
    for (const [id, o] of Object.entries(s.outcomes)) deps.set(id, outcomeRefs(o.when));
    const reported = new Set<string>();
    for (const start of deps.keys()) {
      const cycle = findCycle(start, deps);
      if (cycle === undefined || reported.has(start)) continue;
      cycle.forEach((o) => reported.add(o));
      ctx.report({ code: 'E_OUTCOME_CYCLE', path: ['outcomes', start, 'when'], message: `outcome "${start}" depends on itself: ${[...cycle, start].join(' → ')}` });
    }
  },
};

function outcomeRefs(c: Condition): string[] {
  return [
    ...(c.outcome === undefined ? [] : [c.outcome]),
    ...(c.all ?? []).flatMap(outcomeRefs), ...(c.any ?? []).flatMap(outcomeRefs),
    ...(c.not === undefined ? [] : outcomeRefs(c.not)),
  ];
}

/** A path of outcomes from `start` back to `start`, if there is one (depth-first, declared order). */
function findCycle(start: string, deps: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const visited = new Set<string>();
  const go = (at: string, path: string[]): string[] | undefined => {
    for (const next of deps.get(at) ?? []) {
      if (next === start) return path;
      if (visited.has(next)) continue;
      visited.add(next);
      const found = go(next, [...path, next]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return go(start, [start]);
}
