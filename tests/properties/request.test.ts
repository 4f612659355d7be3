// Invariant: the attacked party's request is one decision per war episode, made to all its allies
// at once (docs/semantics.md, "The attacked party's request"): in any run, two clauses with the
// same `request.chance` and no `request.when` that judge casus on the same party in the same war
// episode are both asked or both left unrequested; and a clause needing a request is never invoked
// on a met casus without naming the party that asked.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, masterSeedOf, Simulator } from '@casus/engine';
import { runs, validScenario } from './arbitrary-scenario.js';

describe('the attacked party\'s request', () => {
  it('is shared by every ally\'s clause of equal chance within a war episode, on random scenarios', () => {
    let compared = 0;
    fc.assert(fc.property(validScenario(), fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 200 }), ({ scenario }, seed, runIndex) => {
      const model = compile(scenario);
      if (!model.obligations.some((o) => o.request >= 0)) return;
      const situation = 'crisis' in scenario.situations ? 'crisis' : undefined;
      const s = new Simulator(model, { engine: 'batch' }).run(masterSeedOf(seed), runIndex, { situation });
      // Per (attacked party, episode, chance): the answers read, true for asked.
      const answers = new Map<string, boolean[]>();
      for (const e of s.events) {
        if (e.kind !== 'obligation') continue;
        const o = model.obligations[e.ref]!;
        if (o.request < 0) continue;
        const asked = e.detail === 'invoked' || e.detail === 'denied';
        if (!asked && e.detail !== 'unrequested') continue;
        const judged = s.events[e.parent]!;
        expect(judged.detail).toBe('judged');
        // The answer names the attacked party; it is the one the casus protected.
        expect(e.from).toBeGreaterThanOrEqual(0);
        if (o.requestWhen !== undefined || judged.episode < 0) continue;
        const key = `${e.from}|${judged.episode}|${o.request}`;
        const list = answers.get(key) ?? [];
        list.push(asked);
        answers.set(key, list);
      }
      for (const list of answers.values()) {
        if (list.length > 1) compared++;
        expect(new Set(list).size).toBe(1);
      }
    }), { numRuns: runs(300) });
    // The property must have met shared requests, or it checked nothing.
    expect(compared).toBeGreaterThan(0);
  });
});
