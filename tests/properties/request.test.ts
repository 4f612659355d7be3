// Invariant: the attacked party's request is one decision per war episode, made to all its allies
// at once (docs/semantics.md, "The attacked party's request"): in any run, two clauses with the
// same `request.chance` and no `request.when` that judge casus on the same party in the same war
// episode are both asked or both left unrequested; every answer (invoked, denied, unrequested)
// under such a clause names the party the casus protected, and follows its judgment.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, masterSeedOf, Simulator, validateScenarioData, type Model, type RunState, type Scenario } from '@casus/engine';
import { runs, validScenario } from './arbitrary-scenario.js';

/** Checks the invariant on one run; returns how many groups of two or more answers it compared. */
function check(model: Model, s: RunState): number {
  const answers = new Map<string, boolean[]>();
  for (const e of s.events) {
    if (e.kind !== 'obligation') continue;
    const o = model.obligations[e.ref]!;
    if (o.request < 0) continue;
    const asked = e.detail === 'invoked' || e.detail === 'denied';
    if (!asked && e.detail !== 'unrequested') continue;
    const judged = s.events[e.parent]!;
    expect(judged.detail).toBe('judged');
    expect(o.beneficiaries).toContain(e.from);
    if (o.requestWhen !== undefined || judged.episode < 0) continue;
    const key = `${e.from}|${judged.episode}|${o.request}`;
    const list = answers.get(key) ?? [];
    list.push(asked);
    answers.set(key, list);
  }
  let compared = 0;
  for (const list of answers.values()) {
    if (list.length > 1) compared++;
    expect(new Set(list).size).toBe(1);
  }
  return compared;
}

const prob = fc.integer({ min: 0, max: 10 }).map((k) => k / 10);

/**
 * A victim V with three allies under one clause acting on request (and, sometimes, a second pact
 * with one of them, of the same or another chance), attacked by A and B at random days: coalitions
 * in one tick, later attacks in the same war, allies judging it only once their pact is in force.
 */
const allied: fc.Arbitrary<Scenario> = fc.record({
  chance: prob,
  deny: prob,
  second: fc.option(fc.record({ same: fc.boolean(), chance: prob, inForce: fc.integer({ min: 0, max: 4 }) }), { nil: undefined }),
  attacks: fc.array(fc.record({ by: fc.constantFrom('A', 'B'), at: fc.integer({ min: 1, max: 5 }), intensity: fc.constantFrom(4, 5) }), { minLength: 1, maxLength: 5 }),
}).map(({ chance, deny, second, attacks }) => {
  const clause = (id: string, obligated: string[], c: number) => ({
    id, type: 'defense', obligated, beneficiaries: ['V'], casus: { armedAttack: { on: 'party', by: 'non_party' } },
    response: { atLeast: 'diplomatic', levels: { diplomatic: 1, forces: 1 } }, judgment: { deny }, request: { chance: c },
  });
  const pacts: unknown[] = [{ id: 'p', name: 'P', parties: ['V', 'X', 'Y', 'Z'], inForce: '2000-01-01', obligations: [clause('art3', ['X', 'Y', 'Z'], chance)] }];
  if (second) {
    const day = `2025-01-${String(6 + second.inForce).padStart(2, '0')}`;
    pacts.push({ id: 'q', name: 'Q', parties: ['V', 'W'], inForce: day, obligations: [clause('art1', ['W'], second.same ? chance : second.chance)] });
  }
  const loaded = validateScenarioData({
    version: '1.0', id: 'request-property', title: 'request property',
    clock: { start: '2025-01-06', tick: 'day', horizon: 7 },
    actors: Object.fromEntries(['V', 'X', 'Y', 'Z', 'W', 'A', 'B'].map((a) => [a, { name: a }])),
    pacts,
    situations: { s: { title: 'attacks', inject: attacks.map((a) => ({ at: a.at, effect: { armedAttack: { by: a.by, on: 'V', intensity: a.intensity } } })) } },
    outcomes: { war: { when: { posture: { actor: 'V', atLeast: 'war' } } } },
  });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return loaded.scenario;
});

describe('the attacked party\'s request', () => {
  it('is shared by every ally\'s clause of equal chance within a war episode (alliances under attack)', () => {
    let compared = 0;
    fc.assert(fc.property(allied, fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 1000 }), fc.constantFrom('batch', 'reference' as const), (scenario, seed, runIndex, engine) => {
      const model = compile(scenario);
      compared += check(model, new Simulator(model, { engine }).run(masterSeedOf(seed), runIndex, { situation: 's' }));
    }), { numRuns: runs(200) });
    // Three allies under one clause are asked together in every run: the property compares.
    expect(compared).toBeGreaterThan(100);
  });

  it('holds on random scenarios', () => {
    fc.assert(fc.property(validScenario(), fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 200 }), ({ scenario }, seed, runIndex) => {
      const model = compile(scenario);
      if (!model.obligations.some((o) => o.request >= 0)) return;
      const situation = 'crisis' in scenario.situations ? 'crisis' : undefined;
      check(model, new Simulator(model, { engine: 'batch' }).run(masterSeedOf(seed), runIndex, { situation }));
    }), { numRuns: runs(150) });
  });
});
