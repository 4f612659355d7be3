// The scenario's effects compiled (effect-program.ts) with the role bindings known where the code
// is generated: a doctrine option's `$self` is its point's owner, a trigger's and an inject's roles
// are unbound; a draft's particulars are resolved once. Each run must record what the reference
// engine records, event for event, and draw the same numbers.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';
import { masterSeedOf } from '../rng/index.js';
import { Simulator, type SimulatorOptions } from '../run/simulator.js';
import { compileEffects } from './effect-program.js';

const TEXT = `
version: "1.2"
id: roles
title: Roles known where the code is generated
clock: { start: 2025-01-06, tick: week, horizon: 8 }
parameters:
  half: { value: 0.5, basis: judgment, rationale: test }
actors:
  A: { name: A }
  B: { name: B }
  C: { name: C }
council:
  rule: { minYes: 2, permanentVeto: true }
  seats: [{ actor: A, permanent: true }, { actor: B, permanent: true }, { actor: C }]
  policies:
    - { member: A, rules: [{ product: resolution, vote: { yes: 1 } }, { vote: { yes: 1 } }] }
    - { member: B, rules: [{ product: resolution, vote: { yes: half, no: half } }, { vote: { no: half, abstain: half } }] }
triggers:
  - { id: provoke, rate: { per: week, value: 2 }, effect: [{ signal: { kind: test, by: C, on: A } }, { armedAttack: { by: C, on: B, intensity: 3 } }] }
doctrine:
  A:
    - id: answer
      on: { event: signal, by: C }
      options:
        - id: strike
          weight: 1
          effect:
            - { armedAttack: { by: $self, on: $actor, intensity: 5 } }
            - { signal: { kind: struck, by: $self, on: $actor } }
            - { draft: { kind: condemnation, target: $actor, sponsor: $self, withdrawal: half, fallback: [presidential_statement, press_statement] } }
        - id: wait
          weight: 1
          effect: { signal: { kind: waited, by: $self } }
outcomes:
  war: { when: { relation: { between: [A, C], atLeast: war } } }
`;

const ENGINES: Record<string, SimulatorOptions> = {
  reference: { engine: 'reference' }, interpreted: { engine: 'batch', compiled: false }, compiled: { engine: 'batch' },
};

function model() {
  const loaded = loadScenario(TEXT);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return compile(loaded.scenario, resolveParameters(loaded.scenario));
}

describe('effects compiled with the roles known where the code is generated', () => {
  it('compiles every option, trigger and draft effect to a function', () => {
    const program = compileEffects(model());
    expect(program.fns.every((f) => f !== undefined)).toBe(true);
  });

  it('records and draws in the compiled engine what the reference engine does', () => {
    const m = model();
    const trace = (options: SimulatorOptions, run: number): string[] => {
      const s = new Simulator(m, options).run(masterSeedOf(11), run, { recordDraws: true });
      expect(s.status).toBe('done');
      return [...s.events.map((e) => JSON.stringify(e)), JSON.stringify(s.drawLog)];
    };
    let drafts = 0;
    for (let run = 0; run < 40; run++) {
      const reference = trace(ENGINES.reference!, run);
      expect(trace(ENGINES.interpreted!, run)).toEqual(reference);
      expect(trace(ENGINES.compiled!, run)).toEqual(reference);
      drafts += reference.filter((e) => e.includes('"kind":"draft"')).length;
    }
    // The runs table drafts (and so exercise the compiled draft effect).
    expect(drafts).toBeGreaterThan(0);
  });
});
