// (1.12) A casus written with `when` is met only while the condition also holds at the act — for an
// armed attack, a threat, a signal and a hostile act alike — with the roles $self (the obligated
// party), $actor (the enemy) and $target (the protected party). Unmet, a pretext may still be
// claimed. Both engines. Conformance FRSU35 pins the Franco-Soviet text.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';
import { XB_TREATY } from '../../test/xb-treaty.js';

/** X protects B under a clause on `act`, met only while `when`; E acts against B on day 2 (E and X at crisis from day 1 when `crisis`). */
function scenario(act: string, effect: string, when: string, crisis: boolean, pretext = false): string {
  return `version: "1.12"
id: casus-when
title: a casus with a condition
clock: { start: 2025-03-03, tick: day, horizon: 4 }
${CALM_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  E: { name: E }
${XB_TREATY}
      - { id: duty, type: ${act.startsWith('armedAttack') ? 'defense' : 'consultation'}, obligated: [X], casus: { ${act}, when: ${when} }, response: { atLeast: ${act.startsWith('armedAttack') ? 'forces' : 'consult'} }${pretext ? ', judgment: { pretext: 1 }' : ''} }
situations:
  event:
    title: E acts against B
    inject:
${crisis ? '      - { at: 1, effect: { escalate: { between: [X, E], to: crisis } } }\n' : ''}      - { at: 2, effect: { ${effect} } }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;
}

function fates(text: string, engine: 'batch' | 'reference'): string[] {
  const loaded = loadScenario(text, { filename: 'w.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 'event', trace: true, engine });
  return r.events!.filter((e) => e.kind === 'obligation').map((e) => e.detail ?? '');
}

// "While $self stands at crisis or above with $actor": X's own relation with the enemy.
const WHEN = '{ relation: { between: [$self, $actor], atLeast: crisis } }';
const ACTS = [
  ['armedAttack: { on: party }', 'armedAttack: { by: E, on: B, intensity: war }', 'honoured:forces'],
  ['threat: { on: party }', 'threat: { by: E, on: B }', 'honoured:consult'],
  ['signal: { kinds: [test], on: party }', 'signal: { kind: test, by: E, on: B }', 'honoured:consult'],
  ['hostileAct: { on: party }', 'hostileAct: { kind: cyber_operation, by: E, on: B }', 'honoured:consult'],
] as const;

describe('a casus with a condition (format 1.12)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`is met only while the condition holds at the act, whatever the act (${engine})`, () => {
      for (const [act, effect, honoured] of ACTS) {
        expect(fates(scenario(act, effect, WHEN, true), engine), act).toEqual(['judged', 'invoked', honoured]);
        expect(fates(scenario(act, effect, WHEN, false), engine), act).toEqual([]);
      }
    });

    it(`unmet for its condition, leaves a pretext to claim (${engine})`, () => {
      const [act, effect] = ACTS[0];
      expect(fates(scenario(act, effect, WHEN, false, true), engine)).toEqual(['judged:unmet', 'invoked:pretext', 'honoured:forces']);
    });
  }
});
