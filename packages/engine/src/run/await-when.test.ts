// (1.13) A casus's `when` may count events about the actors of the act (`happened: { by: $actor }`,
// `council: { target: $actor }`), and with `awaitWhen` an armed attack that meets the clause but for
// `when` waits in its war to be judged the day `when` comes to hold. Both engines. Conformance
// FRSU35-05…07 pins the Franco-Soviet text.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { compile } from '../model/compile.js';
import { Simulator } from './simulator.js';
import { describeEvent } from './narrate.js';
import { masterSeedOf } from '../rng/index.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';
import { XB_TREATY } from '../../test/xb-treaty.js';

/**
 * X protects B against an armed attack while `when`; E attacks B on day 2 (a war); `later` are
 * the injects of the days after (`{ at: 3, effect: … }` lines), `before` those of day 1.
 */
function scenario(when: string, awaitWhen: boolean, before: string[], later: string[]): string {
  return `version: "1.13"
id: await-when
title: a casus that waits for its condition
clock: { start: 2025-03-03, tick: day, horizon: 8 }
${CALM_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  E: { name: E }
  F: { name: F }
${XB_TREATY}
      - { id: duty, type: defense, obligated: [X], casus: { armedAttack: { on: party }, when: ${when}${awaitWhen ? ', awaitWhen: true' : ''} }, response: { atLeast: forces } }
situations:
  event:
    title: E attacks B
    inject:
${before.map((e) => `      - { at: 1, effect: { ${e} } }\n`).join('')}      - { at: 2, effect: { armedAttack: { by: E, on: B, intensity: war } } }
${later.map((l) => `      - ${l}\n`).join('')}outcomes:
  o: { when: { tick: { gte: 1 } } }
`;
}

/** The duty's fates with the tick each was recorded at: `judged@3`. */
function fates(text: string, engine: 'batch' | 'reference'): string[] {
  const loaded = loadScenario(text, { filename: 'w.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  return r.events!.filter((e) => e.kind === 'obligation').map((e) => `${e.detail ?? ''}@${e.tick}`);
}

// "After the attacker has sent an ultimatum": a count about the enemy of the act.
const ULTIMATUM = '{ happened: { event: signal, kind: ultimatum, by: $actor } }';
const ultimatum = (by: string, on = 'B'): string => `signal: { kind: ultimatum, by: ${by}, on: ${on} }`;

describe('counts about the actors of the act (format 1.13)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`count the enemy's events, not another state's (${engine})`, () => {
      expect(fates(scenario(ULTIMATUM, false, [ultimatum('E')], []), engine)).toEqual(['judged@2', 'invoked@2', 'honoured:forces@2']);
      expect(fates(scenario(ULTIMATUM, false, [ultimatum('F')], []), engine)).toEqual([]);
      // $target: the protected party's own ultimatum to the attacker is a different count.
      const byTarget = '{ happened: { event: signal, kind: ultimatum, by: $target, on: $actor } }';
      expect(fates(scenario(byTarget, false, [ultimatum('B', 'E')], []), engine)).toEqual(['judged@2', 'invoked@2', 'honoured:forces@2']);
      expect(fates(scenario(byTarget, false, [ultimatum('B', 'F')], []), engine)).toEqual([]);
    });
  }
});

describe('a casus that waits for its condition (format 1.13)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`is judged the day the condition comes to hold in the attack's war (${engine})`, () => {
      expect(fates(scenario(ULTIMATUM, true, [], [`{ at: 4, effect: { ${ultimatum('E')} } }`]), engine))
        .toEqual(['judged@4', 'invoked@4', 'honoured:forces@4']);
    });

    it(`tells the story: the judgment names the day the clause's condition holds (${engine})`, () => {
      const loaded = loadScenario(scenario(ULTIMATUM, true, [], [`{ at: 4, effect: { ${ultimatum('E')} } }`]), { filename: 'w.yaml' });
      if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
      const model = compile(loaded.scenario);
      const s = new Simulator(model, { engine }).run(masterSeedOf(1), 0, { situation: 'event' });
      const judged = s.events.find((e) => e.kind === 'obligation' && e.detail === 'judged')!;
      expect(describeEvent(model, judged)).toBe('X judged: X–B treaty (defense) — E is the party held responsible; the clause\'s condition holds on 2025-03-07');
    });

    it(`without awaitWhen, reads the condition at the attack only (${engine})`, () => {
      expect(fates(scenario(ULTIMATUM, false, [], [`{ at: 4, effect: { ${ultimatum('E')} } }`]), engine)).toEqual([]);
    });

    it(`waits for the condition about its own attacker (${engine})`, () => {
      expect(fates(scenario(ULTIMATUM, true, [], [`{ at: 4, effect: { ${ultimatum('F')} } }`]), engine)).toEqual([]);
    });

    it(`waits no longer than the war (${engine})`, () => {
      expect(fates(scenario(ULTIMATUM, true, [], ['{ at: 3, effect: { peace: { between: [E, B] } } }', `{ at: 5, effect: { ${ultimatum('E')} } }`]), engine)).toEqual([]);
    });

    it(`is judged on a quiet day, when nothing but the calendar moves (${engine})`, () => {
      expect(fates(scenario('{ tick: { gte: 5 } }', true, [], []), engine)).toEqual(['judged@5', 'invoked@5', 'honoured:forces@5']);
      expect(fates(scenario('{ date: { from: 2025-03-09 } }', true, [], []), engine)).toEqual(['judged@6', 'invoked@6', 'honoured:forces@6']);
    });

    it(`claims no pretext at an attack that waits, and none later if the condition never holds (${engine})`, () => {
      const text = scenario(ULTIMATUM, true, [], []).replace('response: { atLeast: forces } }', 'response: { atLeast: forces }, judgment: { pretext: 1 } }');
      expect(text).toContain('pretext: 1');
      expect(fates(text, engine)).toEqual([]);
      // Read at the attack, the same clause claims its pretext there.
      expect(fates(text.replace(', awaitWhen: true', ''), engine)).toEqual(['judged:unmet@2', 'invoked:pretext@2', 'honoured:forces@2']);
    });

    it(`judges the attack once, however often the condition holds again (${engine})`, () => {
      expect(fates(scenario(ULTIMATUM, true, [], [
        `{ at: 4, effect: { ${ultimatum('E')} } }`,
        '{ at: 5, effect: { armedAttack: { by: E, on: B, intensity: war } } }',
        `{ at: 6, effect: { ${ultimatum('E')} } }`,
      ]), engine)).toEqual(['judged@4', 'invoked@4', 'honoured:forces@4']);
    });
  }
});
