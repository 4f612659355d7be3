// Invariant: no single isolated incident escalates to war with certainty when every decision along the way can, with positive probability, go the non-escalating way.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { compile, loadScenario, masterSeedOf, simulate, Simulator, stats, type Decider, type Scenario } from '@casus/engine';
import { runs, validScenario } from './arbitrary-scenario.js';

const TUTORIAL = new URL('../../packages/scenarios/scenarios/tutorial.yaml', import.meta.url);
const FALLBACK = new URL('../../packages/engine/test/scenarios/two-states.yaml', import.meta.url);

function loadFile(url: URL): Scenario {
  const loaded = loadScenario(readFileSync(url, 'utf8'), { filename: url.pathname });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return loaded.scenario;
}

/** `any_war`: some pair of actors at or above the ladder's war rung. */
function withWarOutcome(s: Scenario, warRung: string): Scenario {
  const ids = Object.keys(s.actors);
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
  return { ...s, outcomes: { ...s.outcomes, any_war: { when: { any: pairs.map((between) => ({ relation: { between, atLeast: warRung } })) } } } };
}

/**
 * The scenario with no triggers and one situation, `incident`: a single intensity-4 armed attack
 * of `by` on `on` at tick `at`, with every relation starting below the war rung.
 */
function isolatedIncident(s: Scenario, by: string, on: string, at: number, crisis: string, extra: Partial<{ in: string }> = {}): Scenario {
  return {
    ...s,
    triggers: [],
    relations: s.relations.map((r) => {
      const { initiator: _initiator, ...rest } = r;
      return { ...rest, war: 'none' as const, ...(r.rung !== undefined && ['clash', 'war', 'nuclear'].includes(r.rung) ? { rung: crisis } : {}) };
    }),
    situations: { incident: { title: 'An isolated incident', inject: [{ at, effect: [{ armedAttack: { by, on, intensity: 4, ...extra } }] }] } },
  };
}

describe('the tutorial', () => {
  it('does not go to war with certainty after one isolated intensity-4 attack', () => {
    const file = existsSync(TUTORIAL) ? TUTORIAL : FALLBACK;
    const base = loadFile(file);
    const m0 = compile(base);
    const war = m0.rungs[m0.warRung]!.id;
    const crisis = m0.rungs[m0.crisisRung]!.id;
    // Borduria (B) attacks Aland (A) on Aland's own territory: the casus foederis of the treaty.
    const territory = base.actors.A!.territory;
    const scenario = withWarOutcome(isolatedIncident(base, 'B', 'A', 0, crisis, territory !== undefined ? { in: territory } : {}), war);
    const m = compile(scenario);
    const outcome = m.outcomes.findIndex((o) => o.id === 'any_war');
    const sim = new Simulator(m);
    const n = 2000;
    let wars = 0;
    let attacks = 0;
    for (let r = 0; r < n; r++) {
      const s = sim.run(masterSeedOf('isolated-incident'), r, { situation: 'incident' });
      expect(s.status).toBe('done');
      if (s.events.some((e) => e.kind === 'armedAttack' && e.cause === 'inject:incident#0' && e.intensity === 4)) attacks++;
      if (s.outcomeTick[outcome]! >= 0) wars++;
    }
    expect(attacks).toBe(n);
    const w = stats.wilson(wars, n, stats.zFor(0.999));
    expect(wars, `war in ${wars} of ${n} runs`).toBeLessThan(n);
    expect(w.hi, `P(war) ≤ ${w.hi.toFixed(4)} (99.9% upper Wilson bound)`).toBeLessThan(0.99);
  });
});

/**
 * Makes every decision along any path able to go the non-escalating way with positive probability:
 * each decision point gets a `stand-down` option of weight 1 that does nothing; positive duties may
 * be denied (deny ≥ 0.1, pretext ≤ 0.9) and may be defected from (reliability ≤ 0.9) with no
 * shortfall; negative duties may be breached or respected (reliability in [0.1, 0.9]).
 */
function deescalable(s: Scenario): Scenario {
  const clamp = (x: unknown, lo: number, hi: number) => Math.min(hi, Math.max(lo, typeof x === 'number' ? x : 0.8));
  return {
    ...s,
    doctrine: Object.fromEntries(Object.entries(s.doctrine).map(([actor, points]) => [actor, points.map((dp) => ({
      ...dp, options: [...dp.options, { id: 'stand-down', weight: 1, scope: 'none' as const, effect: [] }],
    }))])),
    pacts: s.pacts.map((p) => ({
      ...p,
      obligations: p.obligations.map((o) => {
        const negative = ['nonaggression', 'neutrality', 'no_sanctions', 'no_hostile_alliance', 'no_hostile_territory'].includes(o.type);
        if (negative) return { ...o, reliability: clamp(o.reliability, 0.1, 0.9) };
        return {
          ...o,
          reliability: clamp(o.reliability, 0, 0.9),
          judgment: { deny: clamp(o.judgment?.deny ?? 0, 0.1, 1), pretext: clamp(o.judgment?.pretext ?? 0, 0, 0.9) },
          ...(o.response ? { response: { ...o.response, shortfall: 'none' as const } } : {}),
        };
      }),
    })),
  };
}

/** Takes, at every decision, an option the model itself gives positive probability, and never escalates. */
const standDown: Decider = (req) => {
  switch (req.kind) {
    case 'doctrine': return req.options.indexOf('stand-down');
    case 'judge': return 1; // deny a met casus, let an unmet one pass
    case 'respond': return req.options.length - 1; // defect, with no shortfall
    case 'duty': return req.options.indexOf('breach'); // the incident itself goes ahead
    default: return undefined; // votes and withdrawals cannot start a war
  }
};

describe('random scenarios', () => {
  it('an isolated intensity-4 attack with all triggers removed has a positive-probability path without war', () => {
    const arb = validScenario().chain((v) => fc.record({
      v: fc.constant(v),
      pair: fc.shuffledSubarray(Object.keys(v.scenario.actors), { minLength: 2, maxLength: 2 }),
      at: fc.nat({ max: v.scenario.clock.horizon - 1 }),
      seed: fc.nat({ max: 2 ** 32 - 1 }),
      runIndex: fc.nat({ max: 10_000 }),
    }));
    fc.assert(fc.property(arb, ({ v, pair: [by, on], at, seed, runIndex }) => {
      const scenario = withWarOutcome(deescalable(isolatedIncident(v.scenario, by!, on!, at, 'crisis')), 'war');
      const model = compile(scenario);
      const run = simulate(model, { seed, runIndex, situation: 'incident', decider: standDown, trace: true });
      expect(run.status).toBe('ok');
      // The incident happened (a duty may only be breached on this path, never respected)...
      expect(run.events!.some((e) => e.cause === 'inject:incident#0' && e.kind === 'armedAttack')).toBe(true);
      // ... and on this path, which the model takes with positive probability, nobody went to war.
      expect(run.outcomes.any_war!.tick, JSON.stringify(run.events!.map((e) => e.text))).toBeNull();
      // Without the decider the same run is a genuine sample and may or may not end in war.
      expect(simulate(model, { seed, runIndex, situation: 'incident' }).status).toBe('ok');
    }), { numRuns: runs(100) });
  });
});
