// (engine 0.17.0) A decision point is decided once a round: a second occasion heard while the round
// being collected holds one of the same point waits for the next round, where its `when` is read
// again on the state the first decision left. A point written to be taken once is then taken once
// (before, two occasions in one round were both decided on the same state); a point without such a
// guard still answers every occasion, one round after another. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { Simulator } from './simulator.js';
import type { RunState } from './state.js';
import { compile } from '../model/compile.js';
import { masterSeedOf } from '../rng/index.js';

/** A day-ticked scenario's opening lines, with the calm ladder. */
const head = (id: string, title: string): string => `version: "1.16"
id: ${id}
title: ${title}
clock: { start: 2025-03-03, tick: day, horizon: 4 }
${CALM_LADDER}`;

/** A pings once or twice on day 1; one outcome, so the scenario is valid. */
const pings = (n: 1 | 2): string => `situations:
  event:
    title: A pings ${n === 1 ? 'once' : 'twice'}
    inject:
      - { at: 1, effect: ${n === 1 ? '{ signal: { kind: ping, by: A } }' : '[ { signal: { kind: ping, by: A } }, { signal: { kind: ping, by: A } } ]'} }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

/** The traced run of the situation `event`, seed 1. */
function traced(text: string, engine: 'batch' | 'reference') {
  const loaded = loadScenario(text, { filename: 'x.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return { scenario: loaded.scenario, events: simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine }).events! };
}
import { CALM_LADDER } from '../../test/calm-ladder.js';

const TEXT = `${head('once-a-round', 'Two occasions of one decision point in one round')}
actors:
  A: { name: A }
  B: { name: B }
variables:
  answered: { initial: 0 }
doctrine:
  B:
    - id: answer-once
      on: { event: signal, kind: ping, by: A }
      when: { variable: { id: answered, lt: 1 } }
      options: [ { id: answer, weight: 1, effect: [ { variable: { id: answered, set: 1 } }, { signal: { kind: pong, by: B } } ] } ]
    - id: answer-each
      on: { event: signal, kind: ping, by: A }
      options: [ { id: note, weight: 1, effect: { signal: { kind: noted, by: B } } } ]
${pings(2)}`;

describe('a decision point decided once a round (engine 0.17.0)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`takes a point guarded to be taken once only once, and answers each occasion of an unguarded one in turn (${engine})`, () => {
      const r = traced(TEXT, engine);
      const decisions = r.events.filter((e) => e.kind === 'decision');
      const pings = r.events.filter((e) => e.kind === 'signal' && e.detail === 'ping').map((e) => e.seq);
      expect(pings).toHaveLength(2);
      // One answer, to the first ping; the second ping's occasion found `answered` set and lapsed.
      expect(decisions.filter((e) => e.cause.includes('answer-once')).map((e) => e.parent)).toEqual([pings[0]]);
      expect(r.events.filter((e) => e.kind === 'signal' && e.detail === 'pong')).toHaveLength(1);
      // Two notes, one a ping, the second decided in a later round (after the first's effects).
      const notes = decisions.filter((e) => e.cause.includes('answer-each'));
      expect(notes.map((e) => e.parent)).toEqual(pings);
      const noted = r.events.filter((e) => e.kind === 'signal' && e.detail === 'noted').map((e) => e.seq);
      expect(noted).toHaveLength(2);
      expect(notes[1]!.seq).toBeGreaterThan(noted[0]!);
    });
  }
});

// (engine 0.17.0) An occasion's `when` is read when its event is heard and again when its round
// comes: heard on an event made by the round before, it may no longer fit once that round's other
// effects are applied — here B's own first answer, carried out after the event that made the second
// occasion (korea-2024 run 1045: China entered the same war twice).
const RELAY = `${head('still-heard', 'An occasion heard before the round before had finished')}
actors:
  A: { name: A }
  B: { name: B }
variables:
  relayed: { initial: 0 }
  entered: { initial: 0 }
doctrine:
  A:
    - id: relay
      on: { event: signal, kind: ping, by: A }
      when: { variable: { id: relayed, lt: 1 } }
      options: [ { id: ping-again, weight: 1, effect: [ { variable: { id: relayed, set: 1 } }, { signal: { kind: ping, by: A } } ] } ]
  B:
    - id: enter
      on: { event: signal, kind: ping, by: A }
      when: { variable: { id: entered, lt: 1 } }
      options: [ { id: enter, weight: 1, effect: [ { variable: { id: entered, set: 1 } }, { signal: { kind: pong, by: B } } ] } ]
${pings(1)}`;

describe('a decision read again when its round comes (engine 0.17.0)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`lapses when the round before has made its \`when\` false, and records nothing (${engine})`, () => {
      const r = traced(RELAY, engine);
      const pings = r.events.filter((e) => e.kind === 'signal' && e.detail === 'ping');
      expect(pings).toHaveLength(2);
      // B entered once, on the first ping; the second ping was heard before B's entry was carried
      // out, and its occasion found B entered when its round came.
      const entries = r.events.filter((e) => e.kind === 'decision' && e.cause.includes('B/enter'));
      expect(entries.map((e) => e.parent)).toEqual([pings[0]!.seq]);
      expect(r.events.filter((e) => e.kind === 'signal' && e.detail === 'pong')).toHaveLength(1);
    });
  }
});

// Occasions of a point are decided in the order they came: one heard while an older one waits
// queues behind it (a review of engine 0.17.0 found the newer one going first, and the older one
// waiting until it lapsed).
const ORDER = `${head('order', 'Occasions decided in the order they came')}
actors:
  A: { name: A }
  B: { name: B }
  C: { name: C }
variables:
  n: { min: 0, max: 10, initial: 0 }
doctrine:
  B:
    - id: answer
      on: { event: signal, kind: ping }
      when: { variable: { id: n, lt: 4 } }
      options: [ { id: relay, weight: 1, effect: [ { variable: { id: n, add: 1 } }, { signal: { kind: ping, by: C } } ] } ]
${pings(2)}`;

describe('occasions of a point decided in the order they came (engine 0.17.0)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`answers A's two pings first, then the relays, in order (${engine})`, () => {
      const r = traced(ORDER, engine);
      const pings = r.events.filter((e) => e.kind === 'signal' && e.detail === 'ping').map((e) => e.seq);
      const answered = r.events.filter((e) => e.kind === 'decision').map((e) => e.parent);
      expect(answered).toEqual(pings.slice(0, 4));
    });
  }

  it('keeps the waiting occasions in a run saved inside a round: continued, it ends as the run itself (both engines)', () => {
    for (const engine of ['batch', 'reference'] as const) {
      const sim = new Simulator(compile(traced(TEXT, engine).scenario), { engine });
      const master = masterSeedOf(1);
      const state = (s: RunState) => JSON.stringify({ events: s.events.map((e) => [e.kind, e.detail, e.cause, e.parent]), vars: Array.from(s.vars) });
      const expected = state(sim.run(master, 0, { situation: 'event' }));
      const s = sim.reset(master, 0, { situation: 'event' });
      let waiting = -1;
      s.roundHook = (round, choices) => {
        if (waiting >= 0) return;
        waiting = s.heardAgain.length;
        const snap = sim.snapshot();
        sim.restore(snap);
        sim.finishFromRound(round, choices.slice());
        expect(state(s)).toBe(expected);
        sim.restore(snap);
      };
      sim.finish();
      s.roundHook = undefined;
      // The first round held one occasion of each point and left the second ones waiting.
      expect(waiting).toBe(2);
      expect(state(s)).toBe(expected);
    }
  });
});
