// Invariant: each random source draws from its own named substream, so adding a trigger or removing a decision point leaves every other source's draws unchanged (common random numbers across variants).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, runResult, Simulator, validateScenarioData, type Model, type Scenario } from '@casus/engine';
import { hashString, keyedFloat, seedFor, Streams } from '../../packages/engine/src/rng/index.js';
import { runs, validScenario, type ValidScenario } from './arbitrary-scenario.js';

type Draws = Map<string, number[]>;

/** The draw log of one run, split by source NAME (indices shift when sources are added or removed). */
function drawsByName(model: Model, seed: number, runIndex: number, situation?: string): { draws: Draws; ok: boolean } {
  const state = new Simulator(model).run(seed, runIndex, { recordDraws: true, situation });
  const log = state.drawLog!;
  const out: Draws = new Map();
  for (let i = 0; i < log.length; i += 2) {
    const src = log[i]!;
    // Negative sources are the de-escalation draws of relation pair -1 - src, keyed by (run, pair, tick).
    const name = src >= 0 ? model.sources[src]! : `deescalation:${model.actors[model.pairA[-1 - src]!]!.id}-${model.actors[model.pairB[-1 - src]!]!.id}`;
    if (!out.has(name)) out.set(name, []);
    out.get(name)!.push(log[i + 1]!);
  }
  return { draws: out, ok: state.status === 'done' };
}

/**
 * Positions of a trigger's logged numbers among its keyed numbers (number k of source `name` is
 * `keyedFloat(seedFor(seed, run, fnv1a(name)), k)`); -1 where a value is none of them, or one
 * already taken. Even positions are candidate waits, odd ones acceptances. A candidate draws the
 * next wait (2k + 2) before its own acceptance (2k + 1), so positions are not in increasing order.
 */
function keyedPositions(seed: number, runIndex: number, name: string, values: readonly number[]): number[] {
  const base = seedFor(seed, runIndex, hashString(name));
  const out: number[] = [];
  const taken = new Set<number>();
  let reach = 0;
  for (const v of values) {
    let found = -1;
    for (let j = 0; j < reach + 4096; j++) if (!taken.has(j) && keyedFloat(base, j) === v) { found = j; break; }
    out.push(found);
    if (found >= 0) { taken.add(found); reach = Math.max(reach, found + 1); }
  }
  return out;
}

function without(d: Draws, name: string): Draws {
  const copy = new Map(d);
  copy.delete(name);
  return copy;
}


/**
 * The default ladder without de-escalation hazards. De-escalation waiting times are keyed by the
 * position in the event list (see the last block), so an extra event anywhere can change when a
 * relation steps down and with it the whole trajectory; without them, a variant that only adds
 * inert events or decisions keeps the very same trajectory, and every named stream can be
 * compared draw for draw.
 */
function calm(s: Scenario): Scenario {
  return {
    ...s,
    ladder: {
      rungs: [
        { id: 'peace' }, { id: 'tension' }, { id: 'crisis', intensity: 3 }, { id: 'clash', intensity: 4 },
        { id: 'war', intensity: 5, war: true }, { id: 'nuclear', war: true, nuclear: true },
      ],
      crisis: 'crisis',
      responses: { diplomatic: 'tension', materiel: 'crisis', forces: 'war', war: 'war' },
    },
  };
}

const runArb = fc.record({ seed: fc.nat({ max: 2 ** 32 - 1 }), runIndex: fc.nat({ max: 1000 }), useSituation: fc.boolean() });
const situationOf = (s: Scenario, use: boolean) => (use && 'crisis' in s.situations ? 'crisis' : undefined);

function insertAt<T>(list: readonly T[], at: number, item: T): T[] {
  const k = at % (list.length + 1);
  return [...list.slice(0, k), item, ...list.slice(k)];
}

describe('named substreams', () => {
  it('every source draws exactly the numbers of its own stream, named and seeded alone', () => {
    fc.assert(fc.property(validScenario(), runArb, ({ scenario }, { seed, runIndex, useSituation }) => {
      const model = compile(scenario);
      const { draws } = drawsByName(model, seed, runIndex, situationOf(scenario, useSituation));
      for (const [name, values] of draws) {
        if (name.startsWith('deescalation:')) continue;
        if (name.startsWith('trigger:')) {
          // Keyed numbers, taken in increasing positions: candidate waits and acceptances.
          expect(keyedPositions(seed, runIndex, name, values), name).not.toContain(-1);
          continue;
        }
        const alone = new Streams([name]);
        alone.reset(seed, runIndex);
        expect(values, name).toEqual(values.map(() => alone.next(0)));
      }
    }), { numRuns: runs(40) });
  });

  it('adding a trigger that can never fire changes no other draw and no result', () => {
    fc.assert(fc.property(validScenario(), runArb, fc.nat(), fc.integer({ min: 1, max: 50 }), ({ scenario }, { seed, runIndex, useSituation }, at, perYear) => {
      const extra = { id: 'zz-extra', rate: { per: 'year' as const, value: perYear }, when: { tick: { lt: 0 } }, cooldown: 0, effect: [{ signal: { kind: 'never' } }] };
      const variant: Scenario = { ...scenario, triggers: insertAt(scenario.triggers, at, extra) };
      const situation = situationOf(scenario, useSituation);
      const base = drawsByName(compile(scenario), seed, runIndex, situation);
      const more = drawsByName(compile(variant), seed, runIndex, situation);
      expect(without(more.draws, 'trigger:zz-extra')).toEqual(base.draws);
      // A constant-rate trigger draws only its candidate waits (numbers 0, 2, 4, …), eligible or not.
      const own = more.draws.get('trigger:zz-extra') ?? [];
      expect(keyedPositions(seed, runIndex, 'trigger:zz-extra', own)).toEqual(own.map((_, j) => 2 * j));
    }), { numRuns: runs(60) });
  });

  it('adding a firing trigger whose signal nothing hears leaves every other source\'s draws unchanged', () => {
    fc.assert(fc.property(validScenario().map((v) => calm(v.scenario)), runArb, fc.nat(), fc.integer({ min: 1, max: 50 }), (scenario, { seed, runIndex, useSituation }, at, perYear) => {
      const extra = { id: 'zz-noise', rate: { per: 'year' as const, value: perYear }, cooldown: 0, effect: [{ signal: { kind: 'unheard' } }] };
      const variant: Scenario = { ...scenario, triggers: insertAt(scenario.triggers, at, extra) };
      const situation = situationOf(scenario, useSituation);
      const base = drawsByName(compile(scenario), seed, runIndex, situation);
      const more = drawsByName(compile(variant), seed, runIndex, situation);
      if (!base.ok || !more.ok) return; // a cascade error can end the two runs at different events
      expect(without(more.draws, 'trigger:zz-noise')).toEqual(base.draws);
    }), { numRuns: runs(60) });
  });

  it('removing a decision point that changes nothing leaves every other source\'s draws unchanged', () => {
    const arb = validScenario().chain((v: ValidScenario) => fc.record({
      v: fc.constant(v),
      actor: fc.constantFrom(...Object.keys(v.scenario.actors)),
      at: fc.nat(),
      event: fc.constantFrom('armedAttack', 'threat', 'escalation', 'obligation', 'draftResult'),
      run: runArb,
    }));
    fc.assert(fc.property(arb, ({ v, actor, at, event, run }) => {
      const scenario = calm(v.scenario);
      // The observer listens and decides, but its only option does nothing.
      const observer = {
        id: 'zz-observer', on: { event: event as 'armedAttack' }, options: [{ id: 'note', weight: 1, scope: 'none' as const, effect: [] }],
      };
      const withObserver: Scenario = { ...scenario, doctrine: { ...scenario.doctrine, [actor]: insertAt(scenario.doctrine[actor] ?? [], at, observer) } };
      const situation = situationOf(scenario, run.useSituation);
      const full = drawsByName(compile(withObserver), run.seed, run.runIndex, situation);
      const removed = drawsByName(compile(scenario), run.seed, run.runIndex, situation);
      if (!full.ok || !removed.ok) return;
      expect(without(full.draws, `decision:${actor}/zz-observer`)).toEqual(removed.draws);
    }), { numRuns: runs(60) });
  });

  it('removing any decision point leaves the k-th draw of every other source unchanged', () => {
    const arb = validScenario().chain((v: ValidScenario) => {
      const points = Object.entries(v.scenario.doctrine).flatMap(([actor, list]) => list.map((_, i) => [actor, i] as const));
      return fc.record({ v: fc.constant(v), point: fc.constantFrom(...points), run: runArb });
    });
    fc.assert(fc.property(arb, ({ v: { scenario }, point: [actor, index], run }) => {
      const removedName = `decision:${actor}/${scenario.doctrine[actor]![index]!.id}`;
      const list = scenario.doctrine[actor]!.filter((_, i) => i !== index);
      const variant: Scenario = { ...scenario, doctrine: { ...scenario.doctrine, [actor]: list } };
      const situation = situationOf(scenario, run.useSituation);
      const base = drawsByName(compile(scenario), run.seed, run.runIndex, situation);
      const less = drawsByName(compile(variant), run.seed, run.runIndex, situation);
      expect(less.draws.has(removedName)).toBe(false);
      // Removing a point can change what happens, and so how often others draw, but never what
      // the k-th draw of any other source is. (De-escalation draws are keyed by tick instead.)
      for (const [name, values] of less.draws) {
        if (name.startsWith('deescalation:')) continue;
        if (name.startsWith('trigger:')) {
          // A trigger's candidate ticks (its waits, even positions) do not depend on the run.
          const waits = (d: readonly number[]) => { const pos = keyedPositions(run.seed, run.runIndex, name, d); return d.filter((_, j) => pos[j]! % 2 === 0); };
          if (base.ok && less.ok) expect(waits(values), name).toEqual(waits(base.draws.get(name) ?? []));
          continue;
        }
        const before = base.draws.get(name) ?? [];
        const n = Math.min(before.length, values.length);
        expect(values.slice(0, n), name).toEqual(before.slice(0, n));
      }
    }), { numRuns: runs(60) });
  });
});

/*
 * De-escalation waiting times are drawn from a key of (run, relation, tick, rung, position in the
 * event list). The position makes them shift whenever any other source records one more event
 * earlier in the run, so two variants of a scenario no longer share their de-escalation luck.
 * FAILING at the time of writing (reported to the lead): DESIGN.md promises that adding a trigger
 * does not shift the draws of the others.
 */
describe('de-escalation waiting times under common random numbers', () => {
  const scenario = (noise: boolean) => {
    const loaded = validateScenarioData({
      version: '0.1', id: 'crn', title: 'A war that ends some day', clock: { start: '2025-01-06', tick: 'week', horizon: 52 },
      actors: { A: { name: 'A' }, B: { name: 'B' } },
      triggers: [
        ...(noise ? [{ id: 'noise', at: [0], effect: { signal: { kind: 'unheard' } } }] : []),
        { id: 'war', at: [0], effect: { armedAttack: { by: 'A', on: 'B', intensity: 5 } } },
      ],
      outcomes: { war_ends: { when: { happened: { event: 'deescalation' } } } },
    });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('; '));
    return compile(loaded.scenario);
  };

  it('an unheard signal in the same tick does not change when the war de-escalates', () => {
    const quiet = scenario(false);
    const noisy = scenario(true);
    for (let runIndex = 0; runIndex < 5; runIndex++) {
      const endsAt = (m: Model) => runResult(m, new Simulator(m).run(1, runIndex), 1, false).outcomes.war_ends!.tick;
      expect({ draws: drawsByName(noisy, 1, runIndex).draws.get('deescalation:A-B'), endsAt: endsAt(noisy) }, `run ${runIndex}`)
        .toEqual({ draws: drawsByName(quiet, 1, runIndex).draws.get('deescalation:A-B'), endsAt: endsAt(quiet) });
    }
  });
});
