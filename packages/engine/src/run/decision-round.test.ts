// Invariant: DecisionRequest.round tells a decider which decisions are taken together. Decisions of
// one (tick, round) are all asked before any of them is applied — every one sees the same events —
// and a decision that arises from another's choice comes in a later round of the same tick. A
// negative duty, decided when its act is tried, is a round of its own. Rounds restart every tick.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { masterSeedOf } from '../rng/hash.js';
import { Simulator } from './simulator.js';
import type { DecisionRequest } from './decision.js';

// A and B both hear the alarm (one round); A's shout is heard by B (a later round of the same tick).
const ECHO = `
version: "1.0"
id: echo
title: Two listeners
clock: { start: 2025-01-06, tick: week, horizon: 4 }
actors:
  A: { name: Aland }
  B: { name: Borduria }
doctrine:
  A:
    - id: hear-alarm
      on: { event: signal, kind: alarm }
      options:
        - { id: shout, weight: 1, effect: { signal: { kind: shout, by: A } } }
        - { id: keep_quiet, weight: 1 }
  B:
    - id: hear-alarm
      on: { event: signal, kind: alarm }
      options:
        - { id: listen, weight: 1 }
        - { id: ignore, weight: 1 }
    - id: hear-shout
      on: { event: signal, kind: shout, by: A }
      options:
        - { id: answer, weight: 1 }
        - { id: ignore, weight: 1 }
situations:
  alarm:
    title: An alarm in week 1 and week 2
    inject:
      - { at: 1, effect: { signal: { kind: alarm } } }
      - { at: 2, effect: { signal: { kind: alarm } } }
outcomes:
  shouted:
    title: A shouted
    when: { happened: { event: signal, kind: shout } }
`;

function load(text: string, filename: string) {
  const loaded = loadScenario(text, { filename });
  if (!loaded.ok) throw new Error(`fixture does not load: ${JSON.stringify(loaded)}`);
  return compile(loaded.scenario);
}

interface Asked { req: DecisionRequest; events: number }

function asked(sim: Simulator, seed: number, runIndex: number, situation: string | undefined, pick: (r: DecisionRequest) => number | undefined): Asked[] {
  const out: Asked[] = [];
  sim.reset(masterSeedOf(seed), runIndex, { situation, decider: (req) => { out.push({ req, events: sim.state.events.length }); return pick(req); } });
  sim.finish();
  return out;
}

describe('decision rounds', () => {
  it('asks the decisions an event raises in one round, and those that follow from a choice in a later round of the tick', () => {
    const model = load(ECHO, 'echo.yaml');
    for (const engine of ['batch', 'reference'] as const) {
      const list = asked(new Simulator(model, { engine }), 1, 0, 'alarm', (r) => (r.key === 'A/hear-alarm' ? 0 : undefined));
      expect(list.map(({ req }) => [req.tick, req.round, req.key])).toEqual([
        [1, 1, 'A/hear-alarm'], [1, 1, 'B/hear-alarm'], [1, 2, 'B/hear-shout'],
        [2, 1, 'A/hear-alarm'], [2, 1, 'B/hear-alarm'], [2, 2, 'B/hear-shout'],
      ]);
      // Without the shout there is no second round.
      const quiet = asked(new Simulator(model, { engine }), 1, 0, 'alarm', (r) => (r.key === 'A/hear-alarm' ? 1 : undefined));
      expect(quiet.map(({ req }) => [req.tick, req.round, req.key])).toEqual([[1, 1, 'A/hear-alarm'], [1, 1, 'B/hear-alarm'], [2, 1, 'A/hear-alarm'], [2, 1, 'B/hear-alarm']]);
    }
  });

  it('in a whole scenario: one round sees one state, rounds only grow within a tick, and a duty is a round of its own', () => {
    const tutorial = load(readFileSync(fileURLToPath(new URL('../../../scenarios/scenarios/tutorial.yaml', import.meta.url)), 'utf8'), 'tutorial.yaml');
    const sim = new Simulator(tutorial);
    let duties = 0;
    fc.assert(fc.property(fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 200 }), (seed, runIndex) => {
      // Breach every duty, so the war goes on and produces more decisions.
      const list = asked(sim, seed, runIndex, 'invasion', (r) => (r.kind === 'duty' ? 1 : undefined));
      for (let i = 1; i < list.length; i++) {
        const a = list[i - 1]!;
        const b = list[i]!;
        if (b.req.tick !== a.req.tick) { expect(b.req.tick).toBeGreaterThan(a.req.tick); continue; }
        expect(b.req.round).toBeGreaterThanOrEqual(a.req.round);
        if (b.req.round === a.req.round) expect(b.events, `${a.req.key} then ${b.req.key}`).toBe(a.events);
      }
      for (const { req } of list) {
        expect(req.round).toBeGreaterThanOrEqual(1);
        if (req.kind !== 'duty') continue;
        duties++;
        expect(list.filter((x) => x.req.tick === req.tick && x.req.round === req.round)).toHaveLength(1);
      }
    }), { numRuns: 60 });
    expect(duties).toBeGreaterThan(0);
  });
});
