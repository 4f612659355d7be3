// The scenario compiler turns a model into code without ever turning scenario text into code:
// ids, causes and names reach the generated function only as constants, and numbers as exact literals.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compile } from '../model/compile.js';
import { validateScenarioData, loadScenario } from '../load/index.js';
import { num, Slots } from './code.js';
import { compileTick, hazardAccepts, splitTriggers, tickSource, UNIT_OF_W } from './tick-program.js';
import { triggerClock } from '../run/trigger-clock.js';
import { recordSiteSource, recordSource, simpleReads, type RecordSite } from './record-program.js';
import { conditionCode } from './condition-code.js';
import { EVENT_KINDS } from '../schema/vocabulary.js';
import { Design } from '../batch/design.js';
import fc from 'fast-check';
import { hazardPerTick } from '../model/compile.js';
import { Simulator } from '../run/simulator.js';
import { runResult } from '../run/result.js';

describe('scenario compiler', () => {
  it('writes no scenario text into the generated source', () => {
    const loaded = validateScenarioData({
      version: '1.0', id: 'sneaky', title: 'Ids that look like code', clock: { start: '2025-01-06', tick: 'week', horizon: 20 },
      actors: { alpha_quux_1: { name: 'A' }, beta_quux_2: { name: 'B' } },
      variables: { tension_quux_3: { initial: 0.3, reversion: { per: 'year', value: 0.5 } } },
      triggers: [
        { id: 'trig_quux_4', rate: { per: 'year', value: 2 }, when: { relation: { between: ['alpha_quux_1', 'beta_quux_2'], atLeast: 'tension' } }, effect: { signal: { kind: 'kind_quux_5' } } },
        { id: 'trig_quux_6', becomes: { variable: { id: 'tension_quux_3', gt: 0.5 } }, cooldown: 3, effect: { signal: { kind: 'kind_quux_7' } } },
      ],
      outcomes: { out_quux_8: { when: { happened: { event: 'signal' } } } },
    });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('; '));
    const { body, constants } = tickSource(compile(loaded.scenario));
    expect(body).not.toMatch(/quux/);
    expect(constants.length).toBeGreaterThan(0);
    expect(compileTick(compile(loaded.scenario))).toBeDefined();
  });

  it('does no per-tick work for a denunciation clause until a notice has been given (the shipped clauses cost nothing)', () => {
    const pact = (id: string, extra: Record<string, unknown>) => ({ id, name: id, inForce: '1954-11-17', parties: ['A', 'B'], obligations: [{ type: 'defense' }], ...extra });
    const loaded = validateScenarioData({
      version: '1.7', id: 'clauses', title: 'Clauses', clock: { start: '2025-01-06', tick: 'week', horizon: 20 },
      actors: { A: { name: 'A' }, B: { name: 'B' } },
      pacts: [
        pact('plain', {}),
        pact('clause', { denunciation: { noticeMonths: 12 } }),
        pact('term', { denunciation: { noticeMonths: 12, term: { years: 10, renewalYears: 5 } } }),
        pact('dated', { parties: ['A', { actor: 'B', to: '2025-03-01' }], denunciation: { noticeMonths: 12 } }),
      ],
      outcomes: { o: { when: { happened: { event: 'pact' } } } },
    });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('; '));
    const { body } = tickSource(compile(loaded.scenario));
    const lines = body.split('\n');
    // Pacts 1 and 2 (a clause, no dates): every call guarded by a notice given in the run.
    for (const P of [1, 2]) {
      const calls = lines.filter((l) => l.includes(`H.noticesFallDue(s, ${P})`) || l.includes(`H.membership(s, ${P})`));
      expect(calls).toHaveLength(2);
      for (const l of calls) expect(l).toMatch(/^if \(s\.noticeGiven !== 0/);
    }
    // A pact without a clause has neither; one with written dates still looks at its membership every tick.
    expect(lines.some((l) => l.includes('(s, 0)'))).toBe(false);
    expect(lines.find((l) => l.includes('H.membership(s, 3)'))).toMatch(/^if \(s\.pactLapsed\[3\] === 0/);
  });

  it('accepts a candidate without the exponential only where the hazard accepts it too', () => {
    // The generated acceptance test: uq < x && (uq < x − x²/2 − 1e-12 || uq < hazardPerTick(x)).
    const shortcut = (uq: number, x: number): boolean => uq < x - 0.5 * x * x - 1e-12;
    const check = (uq: number, x: number): void => {
      if (shortcut(uq, x) && !(uq < hazardPerTick(x))) throw new Error(`x ${x}, uq ${uq}: the shortcut accepts, the hazard does not`);
    };
    fc.assert(fc.property(fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, u) => { check(u * x, x); check(u, x); }), { numRuns: 50_000 });
    // At the bound itself, where a rounding error would show first.
    for (let k = 1; k <= 20_000; k++) {
      const x = k / 10_000;
      const b = x - 0.5 * x * x - 1e-12;
      for (const uq of [b, b - 1e-16, b - 1e-15, hazardPerTick(x), hazardPerTick(x) - 1e-16]) check(uq, x);
    }
    for (const x of [Infinity, NaN, -1, 0, 1e-300, 5e-13]) for (const uq of [0, 1e-13, 0.5]) check(uq, x);
  });

  it('writes numbers as literals that read back bit for bit', () => {
    for (const x of [0, -0, 1 / 3, -2.5e-300, 5e-324, 1e21, Number.MAX_VALUE, Infinity, -Infinity, NaN, 0.1 + 0.2]) {
      const back = new Function(`return ${num(x)};`)() as number;
      expect(Object.is(back, x), String(x)).toBe(true);
    }
    expect(() => num('1; alert(1)' as unknown as number)).toThrow(TypeError);
  });

  it('inlines the trigger conditions of the tutorial as array reads', () => {
    const text = readFileSync(new URL('../../../scenarios/scenarios/tutorial.yaml', import.meta.url), 'utf8');
    const loaded = loadScenario(text);
    if (!loaded.ok) throw new Error('tutorial does not load');
    const { body } = tickSource(compile(loaded.scenario));
    // The tutorial's `when` (a relation between named actors) is an array read, not a call.
    expect(body).toMatch(/s\.rung\[\d+\] >= \d+/);
  });

  it('writes no loop into the start of a tick (V8 could then enter it only at the loop, unoptimised before it)', () => {
    const text = readFileSync(new URL('../../../scenarios/scenarios/tutorial.yaml', import.meta.url), 'utf8');
    const loaded = loadScenario(text);
    if (!loaded.ok) throw new Error('tutorial does not load');
    const { body } = tickSource(compile(loaded.scenario));
    expect(body).toMatch(/H\.fireDue\(/);
    expect(body).not.toMatch(/\b(for|while|do)\b/);
  });

  it('gives the parameter draws of a design one source text: their values are slots, not literals', () => {
    const text = readFileSync(new URL('../../../scenarios/scenarios/korea-2024.yaml', import.meta.url), 'utf8');
    const loaded = loadScenario(text, { filename: 'korea-2024.yaml' });
    if (!loaded.ok) throw new Error('korea-2024 does not load');
    const design = new Design(loaded.scenario, 1, 10, 4, {}, 'shared');
    const a = tickSource(design.model(0)), b = tickSource(design.model(1));
    // The draws differ in their values (so the slots differ) …
    expect(a.slots.numbers).not.toEqual(b.slots.numbers);
    // … and the code that reads them is the same text, compiled once for both.
    expect(a.body).toBe(b.body);
    const r0 = recordSource(design.model(0)), r1 = recordSource(design.model(1));
    expect(r0.body).toBe(r1.body);
    expect(r0.prelude).toBe(r1.prelude);
  });

  it('splits off the same rare triggers for every parameter draw, though their bounds move with the draws', () => {
    const text = readFileSync(new URL('../../../scenarios/scenarios/korea-2024.yaml', import.meta.url), 'utf8');
    const loaded = loadScenario(text, { filename: 'korea-2024.yaml' });
    if (!loaded.ok) throw new Error('korea-2024 does not load');
    const design = new Design(loaded.scenario, 1, 10, 40, {}, 'shared');
    const first = [...splitTriggers(design.model(0))];
    // Rare ones only: the missile-launch day (a candidate every tick) and the monthly-or-so
    // offensives stay inline.
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(design.model(0).triggers.length - 5);
    // Read from each draw alone, the set differs between draws (a trigger near the bound moves
    // across it); kept from the first, every draw gets the same start of a tick, so one source.
    const ownBound = (k: number): string => { const m = design.model(k); const q = triggerClock(m).q; return m.triggers.filter((tr) => q[tr.index]! > 0 && q[tr.index]! < 1 / 32).map((tr) => tr.index).join(','); };
    expect(new Set(Array.from({ length: 40 }, (_, k) => ownBound(k))).size).toBeGreaterThan(1);
    const sources = new Set<string>();
    for (let k = 0; k < 40; k++) {
      expect([...splitTriggers(design.model(k))]).toEqual(first);
      const src = tickSource(design.model(k), { split: true });
      sources.add(`${src.prelude}\n${src.body}`);
    }
    expect(sources.size).toBe(1);
    // Each split trigger is a function of its own, called through the shared site only.
    const { prelude, body } = tickSource(design.model(0), { split: true });
    for (const i of first) {
      expect(prelude).toContain(`function trigger${i}(s, t) {`);
      expect(body).not.toContain(`// trigger ${i}\n`);
    }
    expect(body).toMatch(/H\.ownCandidates\(s, t, d0 & \d+, 0, \$own\)/);
  });

  it('reads what outcomes read and which record sites need code from the structure alone, so the draws may share both', () => {
    // compileRecordedAt keeps, per scenario, the sites found to need no code, and outcomeChecks what
    // each outcome reads: sound only if neither moves with the numbers of a parameter draw.
    const text = readFileSync(new URL('../../../scenarios/scenarios/korea-2024.yaml', import.meta.url), 'utf8');
    const loaded = loadScenario(text, { filename: 'korea-2024.yaml' });
    if (!loaded.ok) throw new Error('korea-2024 does not load');
    const design = new Design(loaded.scenario, 1, 10, 12, {}, 'shared');
    const first = design.model(0);
    const sites: RecordSite[] = [];
    for (const kind of EVENT_KINDS) {
      for (const actor of [undefined, -1, ...first.actors.keys()]) {
        for (const target of [undefined, -1, 0, 1, 2]) sites.push({ kind, actor, target, intensity: kind === 'armedAttack' ? 4 : 0, nuclear: false });
      }
      for (const v of first.variables.keys()) sites.push({ kind, detail: first.variables[v]!.id, actor: -1, target: -1, intensity: 0, nuclear: false, ref: v });
    }
    const shape = (m: typeof first): string => JSON.stringify({
      reads: m.outcomes.map((o) => { const code = conditionCode(m.scenario.outcomes[o.id]!.when, m, (x) => new Slots().value(x)); const r = code === undefined ? undefined : simpleReads(code); return r && { c: [...r.counters], v: [...r.vars] }; }),
      empty: sites.map((site) => recordSiteSource(m, site).body === ''),
    });
    const expected = shape(first);
    expect(JSON.parse(expected).empty).toContain(true);
    expect(JSON.parse(expected).empty).toContain(false);
    for (let k = 1; k < 12; k++) {
      const m = design.model(k);
      // The draws' numbers differ …
      expect(tickSource(m).slots.numbers).not.toEqual(tickSource(first).slots.numbers);
      // … and what the caches keep does not.
      expect(shape(m), `draw ${k}`).toBe(expected);
    }
  });

  it('gives the same runs split as whole: draws, events and outcomes (korea-2024, 40 runs over the judgments)', () => {
    const text = readFileSync(new URL('../../../scenarios/scenarios/korea-2024.yaml', import.meta.url), 'utf8');
    const loaded = loadScenario(text, { filename: 'korea-2024.yaml' });
    if (!loaded.ok) throw new Error('korea-2024 does not load');
    const design = new Design(loaded.scenario, 1, 10, 4, {}, 'shared');
    for (let k = 0; k < 4; k++) {
      const model = design.model(k);
      // compileTick splits korea-2024's start of a tick (its source is long); the table engine does not compile at all.
      const compiled = new Simulator(model), interpreted = new Simulator(model, { compiled: false });
      expect(tickSource(model).body.length).toBeGreaterThan(4000);
      for (let run = 0; run < 10; run++) {
        const a = runResult(model, compiled.run(5, run, { recordDraws: true }), 5, true);
        const b = runResult(model, interpreted.run(5, run, { recordDraws: true }), 5, true);
        expect(a, `draw ${k} run ${run}`).toEqual(b);
      }
    }
  });

  it('runs the ticks in its generated loop exactly as Simulator.step does, tick by tick', () => {
    for (const [id, situation] of [['tutorial', undefined], ['tutorial', 'invasion'], ['korea-2024', undefined]] as const) {
      const text = readFileSync(new URL(`../../../scenarios/scenarios/${id}.yaml`, import.meta.url), 'utf8');
      const loaded = loadScenario(text, { filename: `${id}.yaml` });
      if (!loaded.ok) throw new Error(`${id} does not load`);
      const model = compile(loaded.scenario);
      const looped = new Simulator(model), stepped = new Simulator(model);
      expect(looped.state.program?.runTicks).toBeDefined();
      for (let run = 0; run < (id === 'tutorial' ? 200 : 20); run++) {
        // run() goes through the generated loop; step() through the start of a tick alone.
        const a = runResult(model, looped.run(77, run, { situation, recordDraws: true }), 77, true);
        stepped.reset(77, run, { situation, recordDraws: true });
        while (stepped.step());
        const b = runResult(model, stepped.state, 77, true);
        expect(a).toEqual(b);
        expect(looped.state.drawLog).toEqual(stepped.state.drawLog);
      }
    }
  });
  it('looks at scheduled triggers and outside monitoring only on their ticks, and runs as the interpreted start of a tick', () => {
    // Weekly ticks from Monday 6 January 2025. `early` and `late` are scheduled (tick 0, the
    // horizon, ticks past it); `edge` has a schedule and an edge; `cool` a schedule and a cooldown;
    // `rare` candidate ticks and a schedule. The MSMT-like mechanism starts inside week 3
    // (Wednesday 22 January) and ends inside week 6: the enforcement baseline follows it.
    const yaml = `
version: "1.0"
id: calendar
title: Schedules and outside monitoring
clock: { start: 2025-01-06, tick: week, horizon: 12 }
actors: { A: { name: A }, B: { name: B } }
relations: [{ between: [A, B], rung: tension }]
variables:
  tension: { initial: 0.3, reversion: { per: year, value: 0.5 } }
  enf: { initial: 0.4, reversion: { per: month, value: 0.5 } }
sanctions:
  - id: reg
    authority: coalition
    target: B
    members: [A]
    enforcement: enf
    erodesBelow: 0.3
    restoresAbove: 0.5
    monitoring:
      baselineWithout: 0.2
      outside: [{ id: msmt, from: 2025-01-22, until: 2025-02-12, baseline: 0.9 }]
triggers:
  - { id: early, at: [0, 2, 5], effect: { variable: { id: tension, add: 0.1 } } }
  - { id: late, at: [7, 12, 40], when: { variable: { id: tension, gt: 0.2 } }, effect: { signal: { kind: late, by: A } } }
  - { id: edge, at: [4], becomes: { variable: { id: tension, gt: 0.45 } }, effect: { signal: { kind: edge, by: B } } }
  - { id: cool, at: [1, 2, 3, 9], cooldown: 2, effect: { signal: { kind: cool, by: A } } }
  - { id: rare, at: [6], rate: { per: week, value: 0.2 }, effect: { variable: { id: tension, add: -0.05 } } }
outcomes:
  enforced: { when: { variable: { id: enf, gt: 0.7 } } }
`;
    const loaded = loadScenario(yaml, { filename: 'calendar.yaml' });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('; '));
    const model = compile(loaded.scenario);
    const { body } = tickSource(model);
    // The schedule-only triggers wait for their bit; outside monitoring is called on its ticks only.
    expect(body).toMatch(/if \(\(e0 & 1\) !== 0\) \{ \/\/ trigger 0/);
    expect(body).toMatch(/if \(K\[\d+\]\[t\] === 1\) H\.outsideMonitoring\(s, 0, t\)/);
    const compiled = new Simulator(model), interpreted = new Simulator(model, { compiled: false });
    expect(compiled.state.program).toBeDefined();
    expect(interpreted.state.program).toBeUndefined();
    let fired = 0, monitored = 0;
    for (let run = 0; run < 60; run++) {
      const a = runResult(model, compiled.run(5, run, { recordDraws: true }), 5, true);
      const b = runResult(model, interpreted.run(5, run, { recordDraws: true }), 5, true);
      expect(a).toEqual(b);
      expect(compiled.state.drawLog).toEqual(interpreted.state.drawLog);
      fired += compiled.state.events.filter((e) => e.cause === 'trigger:late' || e.cause === 'trigger:early').length;
      monitored += compiled.state.events.filter((e) => e.kind === 'monitoring').length;
    }
    // What the comparison rests on happened: scheduled firings, and the mechanism's start and end.
    expect(fired).toBeGreaterThan(60);
    expect(monitored).toBe(120);
  });
});

describe('the numbers of the generated start of a tick', () => {
  it('makes a word the same double as (w >>> 0) / 2^32, for every signed 32-bit word (property)', () => {
    const unit = new Function('w', `return ${UNIT_OF_W};`) as (w: number) => number;
    const check = (w: number): void => { expect(Object.is(unit(w), (w >>> 0) / 4294967296), String(w)).toBe(true); };
    for (const w of [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 30, -(2 ** 30)]) check(w);
    fc.assert(fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), check), { numRuns: 20_000 });
  });

  it('accepts a candidate exactly when its number is under the hazard, as the interpreted tick tests it (property)', () => {
    const reference = (uq: number, x: number): boolean => uq < x && uq < hazardPerTick(x);
    const near = fc.double({ min: 0, max: 3, noNaN: true }).chain((x) => fc.tuple(
      fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(hazardPerTick(x)), fc.double({ min: Math.max(0, hazardPerTick(x) - 1e-9), max: hazardPerTick(x) + 1e-9, noNaN: true })), fc.constant(x)));
    fc.assert(fc.property(near, ([uq, x]) => { expect(hazardAccepts(uq, x)).toBe(reference(uq, x)); }), { numRuns: 20_000 });
    for (const x of [NaN, Infinity, 0, 2, 2.0000001, 40]) for (const uq of [0, 0.5, 0.999]) expect(hazardAccepts(uq, x), `${uq} ${x}`).toBe(reference(uq, x));
  });
});
