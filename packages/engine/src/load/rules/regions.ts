import type { Rule } from './context.js';

/** Regions nest: following `within` from any region must end, never come back to where it began. */
export const regions: Rule = {
  name: 'regions',
  check(s, ctx) {
    const reported = new Set<string>();
    for (const start of Object.keys(s.regions)) {
      const chain = [start];
      let at = s.regions[start]!.within;
      while (at !== undefined && Object.prototype.hasOwnProperty.call(s.regions, at) && !chain.includes(at)) {
        chain.push(at);
        at = s.regions[at]!.within;
      }
      if (at !== start || reported.has(start)) continue;
      chain.forEach((r) => reported.add(r));
      ctx.report({ code: 'E_REGION_CYCLE', path: ['regions', start, 'within'], received: JSON.stringify(s.regions[start]!.within), message: `region "${start}" lies within itself: ${[...chain, start].join(' ⊂ ')}` });
    }
  },
};
