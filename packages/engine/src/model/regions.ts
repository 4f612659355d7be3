import type { Scenario } from '../schema/scenario.js';
import type { RegionInfo } from './model.js';
import { lookup } from './context.js';

/*
 * Regions form a directed acyclic graph, not a tree: a region may lie within several others, as
 * treaty areas overlap (Alaska lies in North America, NATO's Art. 6 area, and in the Pacific area
 * of the US–ROK Art. III). Two rules follow from that, and both are written here once:
 *
 * - **within**: a region lies within every region reachable by following `within` upward, through
 *   any of its parents;
 * - **administrator**: a region's own `administeredBy`, else the administrator of its first parent
 *   (in the order `within` lists them) that has one, found recursively — a depth-first walk in
 *   written order. Listing the administering territory first (`within: [usa, pacific_area]`)
 *   therefore says where the administration comes from; the loader warns when parents would give
 *   different administrators (`W_REGION_ADMINISTRATOR`).
 */

/** The parent ids a region's `within` names, in the order written (one id or a list). */
export function parentIds(within: string | readonly string[] | undefined): readonly string[] {
  if (within === undefined) return [];
  return typeof within === 'string' ? [within] : within;
}

/**
 * Compiles the regions of a scenario (declared ones first, then the implicit home region of each
 * actor without a `territory`) into indices: parents, every ancestor, and the administrator by
 * the rule above. Assumes the loader has refused cycles and unknown ids; a cycle that slipped
 * through ends the walk rather than looping.
 */
export function compileRegions(scenario: Scenario, regionIds: readonly string[], actorIndex: ReadonlyMap<string, number>): RegionInfo[] {
  const regionIndex = new Map(regionIds.map((id, i) => [id, i] as const));
  const n = regionIds.length;
  const parents: number[][] = regionIds.map((id) => parentIds(scenario.regions[id]?.within).map((p) => lookup(regionIndex, p, 'region')));
  const own: number[] = regionIds.map((id) => {
    const r = scenario.regions[id];
    if (!r) return actorIndex.get(id) ?? -1;
    return r.administeredBy !== undefined ? lookup(actorIndex, r.administeredBy, 'actor') : -1;
  });

  const administrator = new Array<number>(n).fill(-2); // -2: not yet resolved
  const resolve = (r: number, depth: number): number => {
    if (administrator[r]! !== -2) return administrator[r]!;
    let a = own[r]!;
    if (a < 0 && depth <= n) {
      for (const p of parents[r]!) {
        a = resolve(p, depth + 1);
        if (a >= 0) break;
      }
    }
    administrator[r] = a < 0 ? -1 : a;
    return administrator[r]!;
  };

  return regionIds.map((id, r) => {
    const seen = new Uint8Array(n);
    const stack = [...parents[r]!];
    while (stack.length > 0) {
      const p = stack.pop()!;
      if (seen[p] || p === r) continue;
      seen[p] = 1;
      stack.push(...parents[p]!);
    }
    const ancestors: number[] = [];
    for (let i = 0; i < n; i++) if (seen[i]) ancestors.push(i);
    return { id, parents: parents[r]!, ancestors, administrator: resolve(r, 0) };
  });
}

/** Whether `region` is `area` or lies within it, through any chain of parents. */
export function liesWithin(regions: readonly RegionInfo[], region: number, area: number): boolean {
  return region === area || (region >= 0 && regions[region]!.ancestors.includes(area));
}
