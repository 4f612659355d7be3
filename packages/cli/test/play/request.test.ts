// A person playing the attacked party is asked for its request for help under a clause acting on
// request (docs/semantics.md, "The attacked party's request"): once, for every ally; the answer
// is replayed from the record, and answering as the model would gives the unplayed run.
import { describe, expect, it } from 'vitest';
import { loadScenario, simulate } from '@casus/engine';
import { scenarioHash } from '../../src/batch/manifest.js';
import { Session } from '../../src/play/session.js';
import { advanceToDecision } from './helpers.js';

const loaded = loadScenario(`
version: "1.4"
id: asked
title: Asked or not
clock: { start: 2025-01-06, tick: day, horizon: 3 }
actors:
  V: { name: Victim }
  X: { name: Ally X }
  Y: { name: Ally Y }
  A: { name: Attacker }
pacts:
  - id: p
    name: Pact
    parties: [V, X, Y]
    inForce: 2000-01-01
    obligations:
      - { id: art3, type: defense, obligated: [X, Y], beneficiaries: [V], casus: { armedAttack: {} }, response: { atLeast: diplomatic }, request: { chance: 1 } }
situations:
  s: { title: attack, inject: [{ at: 1, effect: { armedAttack: { by: A, on: V, intensity: 5 } } }] }
outcomes:
  helped: { when: { obligation: { pact: p, state: [honoured] } } }
`, { filename: 'asked.yaml' });
if (!loaded.ok) throw new Error(loaded.issues[0]?.message);
const scenario = loaded.scenario;

function start(): Session {
  return Session.start({
    scenario, scenarioArg: 'asked.yaml', scenarioHash: scenarioHash(scenario, {}), seed: 3, runIndex: 0,
    situation: 's', actors: ['V'], engine: 'reference', parameters: {},
  });
}

describe('playing the attacked party', () => {
  it('is asked once for its request, and a refusal leaves every ally\'s duty unrequested', () => {
    const s = start();
    advanceToDecision(s);
    expect(s.frame.pending?.request).toMatchObject({ kind: 'request', actor: 'V', key: 'request:V', tick: 1, options: ['request', 'no_request'], chosen: 0 });
    const { frame } = s.answer('no_request');
    expect(frame.pending).toBeUndefined();
    const fates = frame.result.events!.filter((e) => e.kind === 'obligation').map((e) => `${e.actor} ${e.detail}`);
    expect(fates).toEqual(['X judged', 'X unrequested', 'Y judged', 'Y unrequested']);
    const end = s.advance(10);
    expect(end.result.events!.slice(0, frame.result.events!.length)).toEqual(frame.result.events);
    expect(s.branch.decisions).toEqual([expect.objectContaining({ tick: 1, actor: 'V', key: 'request:V', occurrence: 0, kind: 'request', option: 'no_request' })]);
  });

  it('answering as the model would (request) gives the unplayed run', () => {
    const s = start();
    advanceToDecision(s);
    s.answer('request');
    const end = s.advance(10);
    expect(end.result).toEqual(simulate(scenario, { seed: 3, situation: 's', engine: 'reference', trace: true }));
  });
});
