// Denunciation during a run (docs/semantics.md, "Denunciation"): a notice is recorded, the party
// stays bound through the notice period, and on the day it takes effect it leaves — a bilateral
// pact ends for both, a multilateral one stays in force for the others; a second notice, a
// non-party's notice and a notice before `afterYears` do nothing; a saved run keeps a notice still
// pending. Both engines, and the `party` / `pactInForce` conditions read it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { masterSeedOf } from '../rng/hash.js';
import { Simulator, type EngineKind } from './simulator.js';
import { runResult, type RunResult } from './result.js';
import { simulate } from './simulate.js';
import { dayAfterMonths, dayOf, isoOf } from '../model/calendar.js';
import type { DenunciationInfo } from '../model/model.js';
import { noticeTakesEffect } from './denunciation.js';

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

describe('the day a notice takes effect (1.7: terms renewed tacitly, a minimum period that bars the exit)', () => {
  const day = (iso: string): number => dayOf(iso);
  const NONE = -(2 ** 31 - 1);
  // USSR–DPRK 1961 as ATOP codes it: ten years from 10 Sep 1961, renewed five at a time, a year's notice.
  const ussr: DenunciationInfo = { noticeMonths: 12, fromDay: NONE, exitFromDay: NONE, term: { inForce: '1961-09-10', years: 10, renewalYears: 5 } };
  it('a timely notice ends membership at the end of the current term, the anniversary of entry into force', () => {
    expect(isoOf(noticeTakesEffect(ussr, day('1995-09-01')))).toBe('1996-09-10');
    // Exactly a year ahead is in time; the initial term's end too.
    expect(isoOf(noticeTakesEffect(ussr, day('1995-09-10')))).toBe('1996-09-10');
    expect(isoOf(noticeTakesEffect(ussr, day('1961-09-10')))).toBe('1971-09-10');
  });
  it('(1.8) a notice that names a later day takes effect then; for a term, at the first end on or after it', () => {
    const roc: DenunciationInfo = { noticeMonths: 12, fromDay: NONE, exitFromDay: NONE, term: undefined };
    // The US note of 23 Dec 1978, the year counted from 1 Jan 1979.
    expect(isoOf(noticeTakesEffect(roc, day('1978-12-23'), day('1980-01-01')))).toBe('1980-01-01');
    // A named day earlier than the clause allows changes nothing.
    expect(isoOf(noticeTakesEffect(roc, day('1978-12-23'), day('1979-06-01')))).toBe('1979-12-23');
    expect(isoOf(noticeTakesEffect(ussr, day('1995-09-01'), day('1997-01-01')))).toBe('2001-09-10');
    // Days before 1970 are negative: no named day is no floor at all (a 0 default read as 1 Jan 1970).
    expect(isoOf(noticeTakesEffect(ussr, day('1961-09-10')))).toBe('1971-09-10');
  });
  it('a notice too late for the current term counts for the next one', () => {
    expect(isoOf(noticeTakesEffect(ussr, day('1995-09-11')))).toBe('2001-09-10');
    expect(isoOf(noticeTakesEffect(ussr, day('1971-01-01')))).toBe('1976-09-10');
    // Centuries on, the arithmetic still lands on an anniversary.
    expect(isoOf(noticeTakesEffect(ussr, day('2500-01-01')))).toBe('2501-09-10');
  });
  it('Brussels Art. XII: the exit waits for the fifty years, a notice after them runs its year', () => {
    const weu: DenunciationInfo = { noticeMonths: 12, fromDay: NONE, exitFromDay: day('2005-05-06'), term: undefined };
    expect(isoOf(noticeTakesEffect(weu, day('1995-03-01')))).toBe('2005-05-06');
    expect(isoOf(noticeTakesEffect(weu, day('2004-06-01')))).toBe('2005-06-01');
    expect(isoOf(noticeTakesEffect(weu, day('2010-04-01')))).toBe('2011-04-01');
  });
  it('1.6 unchanged: without a term or an exit bar, notice + noticeMonths; past year 9999, never', () => {
    const nato: DenunciationInfo = { noticeMonths: 12, fromDay: day('1969-08-24'), exitFromDay: NONE, term: undefined };
    expect(isoOf(noticeTakesEffect(nato, day('2030-01-31')))).toBe('2031-01-31');
    expect(noticeTakesEffect({ ...nato, noticeMonths: 1200 }, day('9950-01-01'))).toBe(2 ** 31 - 1);
    expect(noticeTakesEffect({ ...ussr, term: { inForce: '9000-01-01', years: 999, renewalYears: 1000 } }, day('9998-06-01'))).toBe(2 ** 31 - 1);
    // The bound is the calendar's last day, not a year early: a month's notice in January 9999 counts.
    expect(isoOf(noticeTakesEffect({ ...nato, noticeMonths: 1 }, day('9999-01-15')))).toBe('9999-02-15');
    expect(isoOf(noticeTakesEffect({ ...nato, noticeMonths: 11 }, day('9999-01-31')))).toBe('9999-12-31');
    expect(noticeTakesEffect({ ...nato, noticeMonths: 12 }, day('9999-01-01'))).toBe(2 ** 31 - 1);
  });
  it('a period is never cut short: a term begun on 29 February ends on 1 March of a common year', () => {
    const leap: DenunciationInfo = { ...ussr, term: { inForce: '1992-02-29', years: 10, renewalYears: 2 } };
    expect(isoOf(noticeTakesEffect(leap, day('2001-01-10')))).toBe('2002-03-01');
    // Its renewals that end in a leap year end on the anniversary itself.
    expect(isoOf(noticeTakesEffect(leap, day('2002-06-01')))).toBe('2004-02-29');
    expect(isoOf(noticeTakesEffect(leap, day('2004-06-01')))).toBe('2006-03-01');
    // A month's notice given on 31 January runs through the end of February.
    expect(isoOf(noticeTakesEffect({ ...ussr, noticeMonths: 1, term: undefined }, day('2025-01-31')))).toBe('2025-03-01');
  });
  it('agrees with a plain walk over the terms, for any term, notice period and day', () => {
    // The estimate of the term from the elapsed years must land on the first end on or after the
    // earliest day out, whatever the lengths and the leap days between — above all for a notice
    // given within days of the last day in time for an end, where an estimate is off by one.
    const iso = fc.integer({ min: dayOf('1800-01-01'), max: dayOf('2400-12-31') }).map(isoOf);
    const when = fc.oneof(
      fc.record({ anniversary: fc.constant(false), at: fc.integer({ min: 0, max: 200 * 366 }) }),
      fc.record({ anniversary: fc.constant(true), at: fc.integer({ min: 1, max: 200 }), delta: fc.integer({ min: -3, max: 3 }) }),
    );
    fc.assert(fc.property(iso, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 120 }), when,
      (inForce, years, renewalYears, noticeMonths, w) => {
        const c: DenunciationInfo = { noticeMonths, fromDay: NONE, exitFromDay: NONE, term: { inForce, years, renewalYears } };
        const given = w.anniversary
          ? Math.max(dayOf(inForce), dayAfterMonths(inForce, Math.max(0, 12 * w.at - noticeMonths))! + ('delta' in w ? w.delta : 0))
          : dayOf(inForce) + w.at;
        const earliest = dayAfterMonths(isoOf(given), noticeMonths)!;
        let k = 0;
        while (dayAfterMonths(inForce, 12 * (years + k * renewalYears))! < earliest) k++;
        expect(noticeTakesEffect(c, given)).toBe(dayAfterMonths(inForce, 12 * (years + k * renewalYears)));
      }), { numRuns: 2000 });
  });
});

describe('terms in a run (1.7)', () => {
  // Monthly ticks on the 1st, 1995–2030. `ussr`: a timely notice ends the bilateral pact at the term's
  // end. `warsaw`: per-party exit in a multilateral term pact — ALB in time for 1995, HUN too late for
  // it (its notice counts for 2005). `forever`: no notice, renewed and in force decades later.
  // `weu`: Brussels-style, the exit at the later of notice + a year and entry into force + 50 years.
  const text = `
version: "1.7"
id: terms
title: Terms
clock: { start: 1995-01-01, tick: month, horizon: 420 }
actors: { SUN: { name: USSR }, PRK: { name: DPRK }, POL: { name: Poland }, ALB: { name: Albania }, HUN: { name: Hungary }, GBR: { name: UK }, FRA: { name: France }, BEL: { name: Belgium }, X: { name: X } }
pacts:
  - { id: ussr, name: USSR–DPRK, parties: [SUN, PRK], inForce: 1961-09-10, denunciation: { noticeMonths: 12, term: { years: 10, renewalYears: 5 } }, obligations: [{ id: def, type: defense, casus: { armedAttack: { on: party } }, response: { atLeast: consult } }] }
  - { id: warsaw, name: Warsaw, parties: [SUN, POL, ALB, HUN], inForce: 1955-06-05, denunciation: { noticeMonths: 12, term: { years: 20, renewalYears: 10 } }, obligations: [{ id: def, type: defense, casus: { armedAttack: { on: party } }, response: { atLeast: consult } }] }
  - { id: forever, name: Forever, parties: [POL, FRA], inForce: 1960-01-01, denunciation: { noticeMonths: 12, term: { years: 5, renewalYears: 5 } }, obligations: [{ id: def, type: defense, casus: { armedAttack: { on: party } }, response: { atLeast: consult } }] }
  - { id: weu, name: WEU, parties: [GBR, FRA, BEL], inForce: 1955-05-06, denunciation: { noticeMonths: 12, afterYears: 50, afterYearsBars: exit }, obligations: [{ id: def, type: defense, casus: { armedAttack: { on: party } }, response: { atLeast: consult } }] }
situations:
  s:
    title: notices
    inject:
      - { at: 1995-01-10, effect: { denounce: { pact: warsaw, by: HUN } } }
      - { at: 1995-01-10, effect: { denounce: { pact: weu, by: GBR } } }
      - { at: 1995-09-01, effect: { denounce: { pact: ussr, by: SUN } } }
      - { at: 2004-06-01, effect: { denounce: { pact: warsaw, by: ALB } } }
      - { at: 2029-03-01, effect: { armedAttack: { by: X, on: POL, intensity: war } } }
outcomes:
  forever_ends: { when: { not: { pactInForce: forever } } }
  ussr_ends: { when: { not: { pactInForce: ussr } } }
`;
  const l = loadScenario(text);
  if (!l.ok) throw new Error(JSON.stringify(l.issues));
  const m = compile(l.scenario);
  const runs = (['batch', 'reference'] as const).map((engine) => simulate(m, { seed: 1, runIndex: 0, engine, trace: true, situation: 's' }));
  it('notices take effect at the ends of terms (or of the minimum period), per party; both engines agree', () => {
    for (const r of runs) {
      const pact = (r.events ?? []).filter((e) => e.kind === 'pact').map((e) => [e.date, e.detail, e.actor, e.cause.split(':')[0] === 'denunciation' ? e.cause.split(':')[1] : '', e.effective]);
      expect(pact).toEqual([
        ['1995-01-10', 'notice', 'HUN', '', '2005-06-05'],
        ['1995-01-10', 'notice', 'GBR', '', '2005-05-06'],
        ['1995-09-01', 'notice', 'SUN', '', '1996-09-10'],
        ['1996-10-01', 'terminated', 'SUN', 'ussr@SUN', '1996-09-10'],
        ['2004-06-01', 'notice', 'ALB', '', '2005-06-05'],
        ['2005-06-01', 'withdrawn', 'GBR', 'weu@GBR', '2005-05-06'],
        ['2005-07-01', 'withdrawn', 'ALB', 'warsaw@ALB', '2005-06-05'],
        ['2005-07-01', 'withdrawn', 'HUN', 'warsaw@HUN', '2005-06-05'],
      ]);
      expect(r.outcomes.ussr_ends!.date).toBe('1996-10-01');
      // No notice: renewed every five years, still in force in 2030, and its duty still answers.
      expect(r.outcomes.forever_ends!.date).toBeNull();
      expect((r.events ?? []).some((e) => e.kind === 'obligation' && e.cause === 'obligation:forever/def@FRA' && e.date === '2029-03-01' && (e.detail ?? '').startsWith('judged'))).toBe(true);
      // SUN and POL stay bound under the Warsaw-like pact: their duties do not lapse.
      const lapsed = (r.events ?? []).filter((e) => e.kind === 'obligation' && e.detail === 'lapsed').map((e) => `${e.cause}@${e.actor}`).sort();
      expect(lapsed).toEqual(['pact:ussr@PRK', 'pact:ussr@SUN', 'pact:warsaw@ALB', 'pact:warsaw@HUN', 'pact:weu@GBR']);
      expect((r.events ?? []).find((e) => e.kind === 'pact' && e.actor === 'SUN' && e.detail === 'notice')!.text).toContain('at the end of a 10-year term or a 5-year renewal');
      expect((r.events ?? []).find((e) => e.kind === 'pact' && e.actor === 'GBR' && e.detail === 'notice')!.text).toContain('when the minimum period ends');
    }
    const { engine: _a, ...b } = runs[0]!;
    const { engine: _b, ...rr } = runs[1]!;
    expect(b).toEqual(rr);
  });
});

describe('a notice revoked before it takes effect (1.8, Vienna Convention Art. 68)', () => {
  // Three parties, a month's notice: A's notice (effect 1 Mar) leaves B and C; B's (effect 1 Apr)
  // then leaves C alone, so the pact is to end on 1 Apr. Which notice is revoked decides the rest.
  const text = (revoke: string): string => `
version: "1.8"
id: r
title: Revocation
clock: { start: 2025-01-06, tick: week, horizon: 20 }
actors:
  A: { name: A }
  B: { name: B }
  C: { name: C }
pacts:
  - id: p
    name: P
    parties: [A, B, C]
    inForce: 2000-01-01
    denunciation: { noticeMonths: 1 }
    obligations:
      - { id: def, type: defense, casus: { armedAttack: { on: party } }, response: { atLeast: consult } }
situations:
  s:
    title: two notices, one revoked
    inject:
      - { at: 2025-02-01, effect: { denounce: { pact: p, by: A } } }
      - { at: 2025-03-01, effect: { denounce: { pact: p, by: B } } }
${revoke}
outcomes:
  ended: { when: { not: { pactInForce: p } } }
`;
  const pactEvents = (revoke: string, engine: EngineKind): (string | undefined)[][] => {
    const loaded = loadScenario(text(revoke), { filename: 'r.yaml' });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    const r = simulate(loaded.scenario, { seed: 1, runIndex: 0, engine, trace: true, situation: 's' });
    return (r.events ?? []).filter((e) => e.kind === 'pact').map((e) => [e.date, e.detail, e.actor, e.effective]);
  };
  for (const engine of ['reference', 'batch'] as const) {
    it(`${engine}: without a revocation the second notice ends the pact`, () => {
      expect(pactEvents('', engine).map((e) => e[1])).toEqual(['notice', 'notice', 'withdrawn', 'terminated']);
    });
    it(`${engine}: the first notice revoked — B's leaves A and C, and the pact goes on`, () => {
      expect(pactEvents('      - { at: 2025-02-20, effect: { denounce: { pact: p, by: A, revoke: true } } }', engine)).toEqual([
        ['2025-02-01', 'notice', 'A', '2025-03-01'],
        ['2025-02-20', 'revoked', 'A', '2025-03-01'], // the day the revoked notice would have taken effect
        ['2025-03-01', 'notice', 'B', '2025-04-01'],
        ['2025-04-07', 'withdrawn', 'B', '2025-04-01'],
      ]);
    });
    it(`${engine}: the second notice revoked — the termination it brought is undone, A alone leaves`, () => {
      const events = pactEvents('      - { at: 2025-03-10, effect: { denounce: { pact: p, by: B, revoke: true } } }', engine);
      expect(events.map((e) => e[1])).toEqual(['notice', 'notice', 'withdrawn', 'revoked']);
      expect(events[2]).toEqual(['2025-03-03', 'withdrawn', 'A', '2025-03-01']);
    });
    it(`${engine}: nothing to revoke — no notice, or one already in effect — records nothing`, () => {
      expect(pactEvents('      - { at: 2025-01-20, effect: { denounce: { pact: p, by: C, revoke: true } } }\n      - { at: 2025-03-05, effect: { denounce: { pact: p, by: A, revoke: true } } }', engine).map((e) => e[1]))
        .toEqual(['notice', 'notice', 'withdrawn', 'terminated']);
    });
  }
});
