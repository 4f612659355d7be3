// An armed attack below a clause's intensity, under a clause with no pretext to claim, meets no
// casus: nothing is judged, recorded `not_in_force` or joined — but a party whose accession day has
// come inside the tick is still bound from that attack on (run/obligations.ts `casusInForce`, the
// part of the judgment steps such an attack keeps). All three engines: the reference, the batch
// engine interpreting its tables, and the batch engine compiled (whose follow-up of the attack is
// generated for its known actors and intensity, compiler/record-program.ts).
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { Simulator, type SimulatorOptions } from './simulator.js';

/**
 * D joins the pact on Wednesday 8 Jan, inside the week that starts on Monday 6 Jan; X's attacks on
 * A fall on Thursday 9 Jan (intensity 2, below the clause's 4) and Thursday 16 Jan (intensity 3);
 * the one of Thursday 23 Jan reaches it (4) and is judged by both.
 */
const TEXT = `
version: "1.5"
id: unmet
title: Unmet casus
clock: { start: 2024-12-30, tick: week, horizon: 4 }
actors:
  A: { name: A }
  B: { name: B }
  D: { name: D }
  X: { name: X }
pacts:
  - id: p
    name: Pact
    parties: [A, B, { actor: D, from: 2025-01-08 }]
    inForce: 1990-01-01
    obligations:
      - { id: def, type: defense, obligated: [B, D], casus: { armedAttack: { minIntensity: 4 } }, response: { atLeast: diplomatic } }
situations:
  s:
    title: s
    inject:
      - { at: 2025-01-09, effect: { armedAttack: { by: X, on: A, intensity: 2 } } }
      - { at: 2025-01-16, effect: { armedAttack: { by: X, on: A, intensity: 3 } } }
      - { at: 2025-01-23, effect: { armedAttack: { by: X, on: A, intensity: 4 } } }
outcomes:
  w: { when: { relation: { between: [A, X], atLeast: war } } }
`;

const ENGINES: Record<string, SimulatorOptions> = {
  reference: { engine: 'reference' }, interpreted: { engine: 'batch', compiled: false }, compiled: { engine: 'batch' },
};

describe('an attack below the clause intensity', () => {
  for (const [name, options] of Object.entries(ENGINES)) {
    it(`${name}: judges nothing, and brings into force at the attack a party that joined inside the tick`, () => {
      const loaded = loadScenario(TEXT);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      const model = compile(loaded.scenario);
      const s = new Simulator(model, options).run(7, 0, { situation: 's' });
      expect(s.status).toBe('done');
      const attacks = s.events.filter((e) => e.kind === 'armedAttack');
      expect(attacks.map((e) => e.intensity)).toEqual([2, 3, 4]);
      const obligation = s.events.filter((e) => e.kind === 'obligation');
      const told = (parent: number): string[] => obligation.filter((e) => e.parent === parent).map((e) => `${model.actors[e.actor]!.id} ${e.detail} tick=${e.tick}`);
      // D's duty enters into force at the first attack (its parent), in the tick of its accession,
      // not at the start of the next tick; nothing is judged, for B or D, at either attack below 4.
      expect(told(attacks[0]!.seq)).toEqual([`D in_force tick=${attacks[0]!.tick}`]);
      expect(told(attacks[1]!.seq)).toEqual([]);
      // At the clause's intensity both judge it, met.
      expect(told(attacks[2]!.seq)).toEqual([`B judged tick=${attacks[2]!.tick}`, `D judged tick=${attacks[2]!.tick}`]);
    });
  }
});
