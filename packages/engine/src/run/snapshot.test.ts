// A run saved between two ticks and restored — into a fresh simulator, or after other runs have
// used it, even through JSON — continues exactly as the uninterrupted run.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { masterSeedOf } from '../rng/hash.js';
import { Simulator } from './simulator.js';
import { runResult } from './result.js';
import { simulate, simulateFrom } from './simulate.js';
import { emit, PRIORITY } from './effects.js';
import type { Effect } from '../schema/effect.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

const text = readFileSync(fileURLToPath(new URL('../../test/scenarios/two-states.yaml', import.meta.url)), 'utf8');
const loaded = loadScenario(text, { filename: 'two-states.yaml' });
if (!loaded.ok) throw new Error('fixture does not load');
const model = compile(loaded.scenario);

describe('run snapshots', () => {
  it('restore + finish equals the uninterrupted run, on both engines', () => {
    fc.assert(fc.property(fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 1000 }), fc.nat({ max: 52 }), fc.constantFrom('batch', 'reference' as const), fc.boolean(), (seed, run, at, engine, situation) => {
      const whole = simulate(model, { seed, runIndex: run, trace: true, engine, ...(situation ? { situation: 'invasion' } : {}) });
      const sim = new Simulator(model, { engine });
      sim.reset(masterSeedOf(seed), run, situation ? { situation: 'invasion' } : {});
      for (let t = 0; t < at && sim.step(); t++);
      const snap = JSON.parse(JSON.stringify(sim.snapshot()));
      sim.run(12345, 7); // the simulator is reused in between
      const fresh = new Simulator(model, { engine });
      fresh.restore(snap);
      expect(runResult(model, fresh.finish(), seed, true)).toEqual(whole);
      expect(simulateFrom(model, snap, { trace: true, engine, seed })).toEqual(whole);
    }), { numRuns: 40 });
  });

  it('reseeding gives other luck from the saved state on', () => {
    const sim = new Simulator(model);
    sim.reset(masterSeedOf(3), 0, { situation: 'invasion' });
    for (let t = 0; t < 5; t++) sim.step();
    const snap = sim.snapshot();
    const a = simulateFrom(model, snap, { trace: true, reseed: { seed: 3, runIndex: 1 } });
    const b = simulateFrom(model, snap, { trace: true, reseed: { seed: 3, runIndex: 1 } });
    expect(a).toEqual(b);
    const prefix = (r: typeof a) => r.events!.filter((e) => e.tick < 5);
    const others = [2, 3, 4, 5, 6].map((k) => simulateFrom(model, snap, { trace: true, reseed: { seed: 3, runIndex: k } }));
    for (const o of others) expect(prefix(o)).toEqual(prefix(a));
    expect(others.some((o) => JSON.stringify(o.events) !== JSON.stringify(a.events))).toBe(true);
  });
});

describe('effects emitted together', () => {
  // One queued item stands for a list of effects (run/effects.ts `emit`); a snapshot holds one
  // item per effect, at the serials they would have had one by one, and continues the same way.
  it('are saved as one item each, in order, and applied alike after a restore', () => {
    const effects: Effect[] = [
      { signal: { kind: 'first', by: 'A', on: 'B' } },
      { variable: { id: 'enforcement', add: -0.1 } },
      { signal: { kind: 'third', by: 'B', on: 'A' } },
    ];
    for (const engine of ['batch', 'reference'] as const) {
      const sim = new Simulator(model, { engine });
      sim.reset(masterSeedOf(5), 2);
      for (let t = 0; t < 3; t++) sim.step();
      const s = sim.state;
      const serial = s.queue.peekSerial();
      emit(s, effects, -1, -1, -1, 'test:group', -1, PRIORITY.follow, s.tick + 1);
      expect(s.queue.peekSerial()).toBe(serial + 3);
      const snap = JSON.parse(JSON.stringify(sim.snapshot())) as ReturnType<Simulator['snapshot']>;
      const saved = snap.queue.filter((q) => q.cause === 'test:group');
      expect(saved.map((q) => [q.serial, q.effect])).toEqual(effects.map((e, j) => [serial + j, e]));
      const whole = runResult(model, sim.finish(), 5, true);
      const fresh = new Simulator(model, { engine });
      fresh.restore(snap);
      expect(runResult(model, fresh.finish(), 5, true)).toEqual(whole);
      const ours = whole.events!.filter((e) => e.cause === 'test:group');
      expect(ours.map((e) => e.kind)).toEqual(['signal', 'variable', 'signal']);
    }
  });
});

describe('reseed', () => {
  // A relation at war from the start has its de-escalation wait drawn at reset; continuations that
  // reseed must draw it again, or every continuation would end the war on the same tick.
  it('redraws pending de-escalation waits with the new luck', () => {
    const yaml = `
version: "0.1"
id: long-war
title: A war under way
clock: { start: 2025-01-06, tick: week, horizon: 104 }
actors: { R: { name: R }, U: { name: U } }
relations: [{ between: [R, U], rung: war, war: hostilities, initiator: R }]
outcomes: { war_ends: { when: { relation: { between: [R, U], atMost: clash } } } }
`;
    const r = loadScenario(yaml, { filename: 'long-war.yaml' });
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
    const m = compile(r.scenario);
    const sim = new Simulator(m);
    sim.reset(masterSeedOf(1), 0);
    const snap = sim.snapshot();
    const ends = new Set<number | null>();
    for (let k = 1; k <= 20; k++) ends.add(simulateFrom(m, snap, { reseed: { seed: 1, runIndex: k } }).outcomes.war_ends!.tick);
    expect(ends.size).toBeGreaterThan(5);
  });
});

// Engine 0.6.0's snapshots lack the list of casus each obligation judged in an open war; they kept
// only the last one. Restored mid-war, that last casus is what the list starts from: it is not
// judged again, as 0.6.0 would not have judged it again. (The earlier ones 0.6.0 had forgotten
// are judged again once, as 0.6.0 did.) Russia attacks Estonia, Latvia, Estonia, Latvia.
const TWO_CASUS = `version: "1.5"
id: p5-baltic
title: One war, two Baltic fronts, attacks alternating
clock: { start: 2025-03-03, tick: day, horizon: 5 }
${CALM_LADDER}
regions:
  art6_area: { name: Art. 6 area }
  europe: { within: art6_area }
  north_america: { within: art6_area }
  estonia: { within: europe, administeredBy: EST }
  latvia: { within: europe, administeredBy: LVA }
  usa: { within: north_america, administeredBy: USA }
  russia: { administeredBy: RUS }
actors:
  USA: { name: US, territory: usa }
  EST: { name: Estonia, territory: estonia }
  LVA: { name: Latvia, territory: latvia }
  RUS: { name: Russia, territory: russia }
pacts:
  - id: nato-1949
    name: North Atlantic Treaty
    parties: [USA, EST, LVA]
    inForce: 1949-08-24
    obligations:
      - id: art5
        type: defense
        casus: { armedAttack: { on: party, in: [{ region: art6_area }] } }
        response: { atLeast: consult, levels: { consult: 1, diplomatic: 1 } }
situations:
  event:
    title: Estonia, Latvia, Estonia again
    inject:
      - { at: 1, effect: { armedAttack: { by: RUS, on: EST, intensity: 5 } } }
      - { at: 2, effect: { armedAttack: { by: RUS, on: LVA, intensity: 5 } } }
      - { at: 3, effect: { armedAttack: { by: RUS, on: EST, intensity: 5 } } }
      - { at: 4, effect: { armedAttack: { by: RUS, on: LVA, intensity: 5 } } }
outcomes:
  war: { when: { relation: { between: [RUS, EST], atLeast: war } } }
`;

describe('a snapshot saved by engine 0.6.0, restored inside a war', () => {
  const loaded = loadScenario(TWO_CASUS, { filename: 'two-casus.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const judged = (s: { events: readonly { kind: string; detail: string }[] }) => s.events.filter((e) => e.kind === 'obligation' && e.detail.startsWith('judged')).length;
  for (const engine of ['reference', 'batch'] as const) {
    it(`starts the list of judged casus from the one it kept (${engine})`, () => {
      const sim = new Simulator(compile(loaded.scenario), { engine });
      const whole = judged(sim.run(1, 0, { situation: 'event' }));
      const s = sim.reset(1, 0, { situation: 'event' });
      while (s.tick < 2 && sim.step());
      const snap = sim.snapshot();
      sim.restore(structuredClone(snap));
      sim.finish();
      expect(judged(s)).toBe(whole);
      const old = structuredClone(snap) as unknown as { arrays: Record<string, unknown> };
      delete old.arrays.obligationJudged;
      delete old.arrays.obligationJudgedCount;
      sim.restore(old as unknown as typeof snap);
      sim.finish();
      // Without the seed from the kept casus: 8 (every casus judged again).
      expect(judged(s)).toBe(whole + 1);
    });
  }
});

describe('a casus deferred while its duty is busy', () => {
  // A's duty answers two days after it is invoked; X strikes B, then C the next day: the casus on C
  // waits for the duty to be free (run/obligations.ts deferCasus) across the end of a tick.
  const yaml = `
version: "1.7"
id: deferred
title: Two allies struck a day apart
clock: { start: 2025-03-03, tick: day, horizon: 5 }
actors: { A: { name: A }, B: { name: B }, C: { name: C }, X: { name: X } }
pacts:
  - id: p
    name: P
    parties: [A, B, C]
    inForce: 2000-01-01
    obligations:
      - { id: art4, type: defense, casus: { armedAttack: { on: party } }, response: { atLeast: diplomatic, within: 2 }, reliability: 1 }
situations:
  two:
    title: two strikes
    inject:
      - { at: 1, effect: { armedAttack: { by: X, on: B, intensity: war } } }
      - { at: 2, effect: { armedAttack: { by: X, on: C, intensity: war } } }
outcomes:
  war: { when: { relation: { between: [X, A], war: true } } }
`;
  const l = loadScenario(yaml, { filename: 'deferred.yaml' });
  if (!l.ok) throw new Error(l.issues.map((i) => i.message).join('; '));
  const m = compile(l.scenario);
  it('is judged once the duty is free, and a run saved with it waiting continues exactly', () => {
    for (const engine of ['batch', 'reference'] as const) {
      const whole = simulate(m, { seed: 5, runIndex: 0, trace: true, engine, situation: 'two' });
      const judged = whole.events!.filter((e) => e.kind === 'obligation' && e.cause === 'obligation:p/art4@A' && e.text.includes('judge'));
      expect(judged.map((e) => e.tick), engine).toEqual([1, 3]);
      const sim = new Simulator(m, { engine });
      sim.reset(masterSeedOf(5), 0, { situation: 'two' });
      for (let t = 0; t < 3; t++) sim.step();
      expect(sim.state.deferred.length, 'the casus on C waits at the end of tick 2').toBe(1);
      const snap = JSON.parse(JSON.stringify(sim.snapshot()));
      expect(simulateFrom(m, snap, { trace: true, engine, seed: 5 })).toEqual(whole);
    }
  });
});

