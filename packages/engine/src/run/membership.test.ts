// Membership dates (docs/semantics.md, "Membership dates"): a response owed to a party that left
// the pact before it fell due is moot, while the duty binds on toward the others; a party's
// leaving and joining are told in the story like a lapse and an entry into force. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import type { EngineKind } from './simulator.js';

/** A defends B and C; B leaves on 5 Jan (last day 4 Jan), three days after an attack A answers with a 5-day delay. */
const TEXT = `
version: "1.4"
id: m
title: Membership
clock: { start: 2025-01-01, tick: day, horizon: 12 }
actors:
  A: { name: A }
  B: { name: B }
  C: { name: C }
  X: { name: X }
  D: { name: D }
pacts:
  - id: p
    name: Pact
    parties: [A, { actor: B, to: 2025-01-04 }, C, { actor: D, from: 2025-01-08 }]
    inForce: 1990-01-01
    obligations:
      - { id: def, type: defense, obligated: [A], casus: { armedAttack: {} }, response: { atLeast: diplomatic, within: 5 } }
      - { id: cons, type: consultation, obligated: [B, D], casus: { threat: {} } }
situations:
  s:
    title: s
    inject:
      - { at: 2025-01-02, effect: { armedAttack: { by: X, on: B, intensity: 4 } } }
      - { at: 2025-01-03, effect: { threat: { by: X, on: B } } }
      - { at: 2025-01-09, effect: { armedAttack: { by: X, on: C, intensity: 4 } } }
outcomes:
  w: { when: { relation: { between: [A, X], atLeast: tension } } }
`;

function run(engine: EngineKind) {
  const loaded = loadScenario(TEXT);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return simulate(loaded.scenario, { seed: 1, runIndex: 0, engine, trace: true, situation: 's' });
}

describe('membership dates', () => {
  for (const engine of ['reference', 'batch'] as const) {
    it(`${engine}: a response owed to a party that has left is moot; the duty binds on toward the others`, () => {
      const r = run(engine);
      const events = (r.events ?? []).filter((e) => e.kind === 'obligation');
      const of = (key: string) => events.filter((e) => e.cause === `obligation:${key}`).map((e) => `${e.date} ${e.detail}`);
      // Judged and invoked for B on 2 Jan; due on 7 Jan, after B's last day (4 Jan): moot. Then C's casus of 9 Jan is judged afresh, due 14 Jan (after the run).
      expect(of('p/def@A')).toEqual(['2025-01-02 judged', '2025-01-02 invoked', '2025-01-07 moot:diplomatic', '2025-01-09 judged', '2025-01-09 invoked']);
      const moot = events.find((e) => e.detail === 'moot:diplomatic')!;
      expect(moot.text).toContain('B, the party it would act for, left Pact before it fell due');
      // No diplomatic response was carried out: A–X never left peace (pairs at peace are not listed).
      expect(r.final.relations.find((x) => x.between.includes('A') && x.between.includes('X'))).toBeUndefined();
    });
    it(`${engine}: a party's leaving and joining are told in the story, with the pact's cause`, () => {
      const r = run(engine);
      const membership = (r.events ?? []).filter((e) => e.kind === 'obligation' && e.cause === 'pact:p');
      expect(membership.map((e) => `${e.date} ${e.actor} ${e.detail}`)).toEqual(['2025-01-05 B lapsed', '2025-01-08 D in_force']);
      expect(membership[0]!.text).toBe('B is no longer a party to Pact (its last day: 2025-01-04): its duty lapses — Pact (consultation)');
      expect(membership[1]!.text).toBe('D becomes a party to Pact (from 2025-01-08): Pact (consultation) binds it');
      expect(r.final.obligations.map((o) => `${o.key} ${o.state}`)).toEqual(['p/def@A invoked', 'p/cons@B lapsed', 'p/cons@D dormant']);
      // D, not yet a party on 3 Jan, is not bound by the threat to B (which B itself does not consult on).
      const notYet = (r.events ?? []).filter((e) => e.detail === 'not_in_force');
      expect(notYet.map((e) => `${e.date} ${e.actor}`)).toEqual(['2025-01-03 D']);
      expect(notYet[0]!.text).toBe('D is not bound: it is not yet a party to Pact on 2025-01-03 (the casus would have been met)');
    });
  }
});
