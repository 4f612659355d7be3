// Denunciation during a run (docs/semantics.md, "Denunciation"): a notice is recorded, the party
// stays bound through the notice period, and on the day it takes effect it leaves — a bilateral
// pact ends for both, a multilateral one stays in force for the others; a second notice, a
// non-party's notice and a notice before `afterYears` do nothing; a saved run keeps a notice still
// pending. Both engines, and the `party` / `pactInForce` conditions read it.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { masterSeedOf } from '../rng/hash.js';
import { Simulator, type EngineKind } from './simulator.js';
import { runResult, type RunResult } from './result.js';
import { simulate } from './simulate.js';

/** SEATO-like (three parties) and a bilateral pact; notices on 8 and 10 Nov 1972, attacks on either side of the effective day. */
const TEXT = `
version: "1.6"
id: d
title: Denunciation
clock: { start: 1972-11-01, tick: week, horizon: 60 }
actors:
  USA: { name: US }
  GBR: { name: UK }
  PAK: { name: Pakistan }
  IND: { name: India }
  X: { name: X }
pacts:
  - id: multi
    name: Multilateral
    parties: [USA, GBR, PAK]
    inForce: 1955-02-19
    denunciation: { noticeMonths: 12, article: Art. X }
    obligations:
      - { id: def, type: defense, casus: { armedAttack: { on: party } }, response: { atLeast: consult } }
  - id: bi
    name: Bilateral
    parties: [USA, PAK]
    inForce: 1959-03-05
    denunciation: { noticeMonths: 12 }
    obligations:
      - { id: def, type: defense, casus: { armedAttack: { on: party } }, response: { atLeast: consult } }
  - id: late
    name: Not yet denounceable
    parties: [USA, GBR]
    inForce: 1949-08-24
    denunciation: { noticeMonths: 12, afterYears: 30 }
    obligations:
      - { id: def, type: defense, casus: { armedAttack: { on: party } }, response: { atLeast: consult } }
situations:
  s:
    title: notices and attacks
    inject:
      - { at: 1972-11-08, effect: { denounce: { pact: multi, by: PAK } } }
      - { at: 1972-11-09, effect: { denounce: { pact: multi, by: PAK } } }
      - { at: 1972-11-09, effect: { denounce: { pact: late, by: GBR } } }
      - { at: 1972-11-10, effect: { denounce: { pact: bi, by: USA } } }
      - { at: 1973-06-01, effect: { armedAttack: { by: IND, on: PAK, intensity: war } } }
      - { at: 1973-06-02, effect: { peace: { between: [IND, PAK] } } }
      - { at: 1973-11-15, effect: { armedAttack: { by: X, on: PAK, intensity: war } } }
outcomes:
  bi_ended: { when: { not: { pactInForce: bi } } }
  pak_out: { when: { not: { party: { pact: multi, actor: PAK } } } }
  gbr_party: { when: { party: { pact: multi, actor: GBR } } }
`;

const loaded = loadScenario(TEXT);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const model = compile(loaded.scenario);

function run(engine: EngineKind): RunResult {
  return simulate(model, { seed: 1, runIndex: 0, engine, trace: true, situation: 's' });
}

describe('denunciation', () => {
  for (const engine of ['reference', 'batch'] as const) {
    it(`${engine}: notice, duties unchanged in the notice period, then out; bilateral ends for both`, () => {
      const r = run(engine);
      const ev = r.events ?? [];
      const pact = ev.filter((e) => e.kind === 'pact').map((e) => [e.date, e.detail, e.actor, e.effective]);
      // One notice each: the second notice of PAK and GBR's early one (the pact not 30 years in force) do nothing.
      // Weekly ticks begin on Wednesdays: both notices take effect inside the tick of 14 Nov 1973.
      expect(pact).toEqual([
        ['1972-11-08', 'notice', 'PAK', '1973-11-08'],
        ['1972-11-10', 'notice', 'USA', '1973-11-10'],
        ['1973-11-14', 'withdrawn', 'PAK', '1973-11-08'],
        ['1973-11-14', 'terminated', 'USA', '1973-11-10'],
      ]);
      // During the notice period PAK is still protected: the June attack engages every duty toward it.
      const june = ev.filter((e) => e.kind === 'obligation' && e.date === '1973-06-01' && e.detail === 'judged').map((e) => e.cause).sort();
      expect(june).toEqual(['obligation:bi/def@USA', 'obligation:multi/def@GBR', 'obligation:multi/def@USA']);
      // After it took effect: no ally judges the November attack on PAK (it left multi; bi has ended).
      expect(ev.some((e) => e.kind === 'obligation' && e.date === '1973-11-15' && (e.detail ?? '').startsWith('judged'))).toBe(false);
      // PAK's multi duty and both bi duties lapse; GBR's and USA's multi duties do not.
      const lapsed = ev.filter((e) => e.kind === 'obligation' && e.detail === 'lapsed').map((e) => e.cause.replace('pact:', '') + '@' + e.actor).sort();
      expect(lapsed).toEqual(['bi@PAK', 'bi@USA', 'multi@PAK']);
      // The conditions read it: the pact out of force and PAK out from the tick the notices took effect; GBR a party all along.
      expect(r.outcomes.bi_ended!.date).toBe('1973-11-14');
      expect(r.outcomes.pak_out!.date).toBe('1973-11-14');
      expect(r.outcomes.gbr_party!.date).toBe('1972-11-01');
      // The story tells it.
      expect(ev.find((e) => e.kind === 'pact' && e.detail === 'notice')!.text).toContain('gives notice of denunciation of Multilateral');
      expect(ev.find((e) => e.kind === 'pact' && e.detail === 'terminated')!.text).toContain('Bilateral terminates');
    });
  }

  it('both engines give the same run', () => {
    const { engine: _a, ...b } = run('batch');
    const { engine: _b, ...r } = run('reference');
    expect(b).toEqual(r);
  });

  it('a run saved with a notice pending keeps it through JSON and ends as the whole run', () => {
    for (const engine of ['batch', 'reference'] as const) {
      const whole = simulate(model, { seed: 1, runIndex: 0, engine, trace: true, situation: 's' });
      const sim = new Simulator(model, { engine });
      sim.reset(masterSeedOf(1), 0, { situation: 's' });
      for (let t = 0; t < 10; t++) sim.step(); // after the notices, before they take effect
      const snap = JSON.parse(JSON.stringify(sim.snapshot()));
      sim.run(99, 3);
      const fresh = new Simulator(model, { engine });
      fresh.restore(snap);
      expect(runResult(model, fresh.finish(), 1, true)).toEqual(whole);
    }
  });
});

describe('a notice overtaken by written dates', () => {
  // The pact lapses (written) before A's notice would take effect, and B's written last day comes
  // before its own notice's effect: neither notice records a withdrawal; each duty lapses once.
  const text = `
version: "1.6"
id: dl
title: Overtaken notices
clock: { start: 2030-01-07, tick: week, horizon: 30 }
actors: { A: { name: A }, B: { name: B }, C: { name: C }, D: { name: D } }
pacts:
  - { id: p, name: P, parties: [A, C], inForce: 1990-01-01, lapsed: 2030-03-01, denunciation: { noticeMonths: 3 }, obligations: [{ id: def, type: defense, casus: { armedAttack: { on: party } } }] }
  - { id: q, name: Q, parties: [B, C, { actor: D, to: 2030-02-15 }], inForce: 1990-01-01, denunciation: { noticeMonths: 3 }, obligations: [{ id: def, type: defense, casus: { armedAttack: { on: party } } }] }
situations:
  s:
    title: notices
    inject:
      - { at: 2030-01-08, effect: { denounce: { pact: p, by: A } } }
      - { at: 2030-01-08, effect: { denounce: { pact: q, by: D } } }
outcomes:
  o: { when: { pactInForce: p } }
`;
  it('records the notices, then no withdrawal the written dates have already made', () => {
    const l = loadScenario(text);
    if (!l.ok) throw new Error(JSON.stringify(l.issues));
    for (const engine of ['batch', 'reference'] as const) {
      const r = simulate(compile(l.scenario), { seed: 1, runIndex: 0, engine, trace: true, situation: 's' });
      const ev = r.events ?? [];
      expect(ev.filter((e) => e.kind === 'pact').map((e) => e.detail)).toEqual(['notice', 'notice']);
      const lapsed = ev.filter((e) => e.kind === 'obligation' && e.detail === 'lapsed').map((e) => `${e.cause}@${e.actor}`).sort();
      expect(lapsed).toEqual(['pact:p@A', 'pact:p@C', 'pact:q@D']);
    }
  });
});

describe('denunciation decided by doctrine', () => {
  // A gives notice when B threatens it ($self); its notice "on behalf" of a non-party ($actor, X) does nothing.
  const text = `
version: "1.6"
id: dd
title: Doctrine gives notice
clock: { start: 2030-01-07, tick: week, horizon: 8 }
actors: { A: { name: A }, B: { name: B }, C: { name: C }, X: { name: X } }
pacts:
  - { id: p, name: P, parties: [A, B, C], inForce: 1990-01-01, denunciation: { noticeMonths: 1 }, obligations: [{ id: def, type: defense, casus: { armedAttack: { on: party } } }] }
doctrine:
  A:
    - id: leave
      on: { event: signal, kind: ultimatum }
      options:
        - { id: go, weight: 1, effect: [{ denounce: { pact: p, by: $self } }, { denounce: { pact: p, by: $actor } }] }
situations:
  s:
    title: an ultimatum
    inject: [{ at: 2030-01-08, effect: { signal: { kind: ultimatum, by: X, on: A } } }]
outcomes:
  out: { when: { not: { party: { pact: p, actor: A } } } }
`;
  it('a doctrine option gives notice for $self; a role bound to a non-party gives none; both engines agree', () => {
    const l = loadScenario(text);
    if (!l.ok) throw new Error(JSON.stringify(l.issues));
    const m = compile(l.scenario);
    const runs = (['batch', 'reference'] as const).map((engine) => simulate(m, { seed: 2, runIndex: 0, engine, trace: true, situation: 's' }));
    for (const r of runs) {
      const pact = (r.events ?? []).filter((e) => e.kind === 'pact');
      expect(pact.map((e) => [e.detail, e.actor, e.cause.split(':')[0]])).toEqual([['notice', 'A', 'decision'], ['withdrawn', 'A', 'denunciation']]);
      expect(r.outcomes.out!.date).not.toBeNull();
    }
    const { engine: _a, ...b } = runs[0]!;
    const { engine: _b, ...rr } = runs[1]!;
    expect(b).toEqual(rr);
  });
});
