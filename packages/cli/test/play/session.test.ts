// Invariants of a play session (the library, no terminal): it advances tick by tick, stops at a
// played actor's decision and replays the answer exactly; a person who answers what the model
// would have chosen gets exactly the unplayed run (people's choices never shift the random
// numbers); undo, fork and switch only move between recorded histories.
import { describe, expect, it } from 'vitest';
import { simulate } from '@casus/engine';
import { PlayInputError } from '../../src/play/input-error.js';
import { advanceToDecision, scenarioAt, startSession, TUTORIAL, TWO_STATES } from './helpers.js';

describe('advancing', () => {
  it('starts before tick 0 and advances one tick, or N, up to the horizon', () => {
    const s = startSession({ situation: undefined, actors: [] });
    expect(s.frame.position).toBe(0);
    expect(s.frame.result.events).toEqual([]);
    expect(s.advance(1).position).toBe(1);
    expect(s.advance(10).position).toBe(11);
    const end = s.advance(1000);
    expect(end.position).toBe(s.horizon + 1);
    expect(end.ended).toBe(true);
    expect(() => s.advance(1)).toThrow(/the run is over/);
  });

  it('an observed session (no played actor) replays the plain run exactly', () => {
    const s = startSession({ situation: 'invasion', actors: [] });
    const end = s.advance(1000);
    const plain = simulate(scenarioAt(TUTORIAL), { seed: 2, situation: 'invasion', engine: 'reference', trace: true });
    expect(end.result).toEqual(plain);
  });

  it('refuses to advance past a pending decision', () => {
    const s = startSession();
    s.advance(5);
    expect(s.frame.pending).toBeDefined();
    expect(() => s.advance(1)).toThrow(PlayInputError);
    expect(() => s.advance(1)).toThrow(/a decision is pending/);
  });
});

describe('played decisions', () => {
  it('stops at the played actor\'s decision, mid-tick, and asks it with its options', () => {
    const s = startSession();
    const f = s.advance(5);
    // The invasion comes at tick 2; Carpania must judge its treaty's casus foederis in that tick.
    expect(f.position).toBe(2);
    expect(f.pending?.request).toMatchObject({ kind: 'judge', actor: 'C', key: 'a-c-1960/defense@C', tick: 2, options: ['invoke', 'deny'] });
    expect(f.result.events!.map((e) => e.cause)).toEqual(['inject:invasion#0']);
  });

  it('an answer is applied, then replayed from the record on every later re-simulation', () => {
    const s = startSession();
    advanceToDecision(s);
    const { frame } = s.answer('2');
    expect(frame.pending).toBeUndefined();
    expect(frame.position).toBe(3); // the rest of tick 2 runs, and no further
    expect(frame.result.events!.find((e) => e.kind === 'obligation' && e.detail === 'denied')).toBeDefined();
    const again = s.advance(3);
    expect(again.result.events!.slice(0, frame.result.events!.length)).toEqual(frame.result.events);
    expect(s.branch.decisions).toEqual([expect.objectContaining({ tick: 2, actor: 'C', key: 'a-c-1960/defense@C', occurrence: 0, kind: 'judge', option: 'deny' })]);
  });

  it('answers by number or option id; anything else is refused with the options named', () => {
    const s = startSession();
    advanceToDecision(s);
    expect(() => s.answer('3')).toThrow(/3 is not an option here; answer with a number 1–2 or an option id \(invoke, deny\)/);
    expect(() => s.answer('frobnicate')).toThrow(/unknown command "frobnicate"/);
    expect(s.answer('INVOKE').decision.option).toBe('invoke');
  });

  it('answering every decision as the model would reproduces the unplayed run exactly', () => {
    for (const seed of [2, 5, 11]) {
      const s = startSession({ seed, actors: ['A', 'B', 'C', 'D'] });
      let asked = 0;
      for (;;) {
        const f = s.advance(1);
        if (f.ended) break;
        while (s.frame.pending) {
          asked++;
          const r = s.frame.pending.request;
          s.answer(String(r.chosen + 1));
        }
        if (s.frame.ended) break;
      }
      expect(asked).toBeGreaterThan(0);
      expect(s.frame.result).toEqual(simulate(scenarioAt(TUTORIAL), { seed, situation: 'invasion', engine: 'reference', trace: true }));
    }
  });

  it('several decisions of one round are asked one after the other, each on the same state', () => {
    // Council votes: every seated member votes on the draft in one round; play two members.
    const s = startSession({ file: TWO_STATES, actors: ['C', 'D'], seed: 42 });
    const asked: string[] = [];
    for (let guard = 0; guard < 200 && !s.frame.ended; guard++) {
      if (s.frame.pending) {
        const r = s.frame.pending.request;
        asked.push(`${r.tick}:${r.kind}:${r.actor}`);
        s.answer(String(r.chosen + 1));
      } else {
        s.advance(1);
      }
    }
    const votes = asked.filter((a) => a.includes(':vote:'));
    expect(votes.length).toBeGreaterThanOrEqual(2);
    const first = votes[0]!.split(':')[0];
    expect(votes.filter((v) => v.startsWith(`${first}:`)).map((v) => v.split(':')[2])).toEqual(['C', 'D']);
    expect(s.frame.result).toEqual(simulate(scenarioAt(TWO_STATES), { seed: 42, situation: 'invasion', engine: 'reference', trace: true }));
  });
});

describe('undo, fork and switch', () => {
  it('undo takes back the last answer and returns to the decision', () => {
    const s = startSession();
    advanceToDecision(s);
    const asked = s.frame.pending!.request;
    s.answer('invoke');
    s.advance(4);
    const undone = s.undo();
    expect(undone.type).toBe('decision');
    expect(s.frame.pending?.request).toEqual(asked);
    expect(s.branch.decisions).toEqual([]);
    expect(() => s.undo()).toThrow(/nothing to undo/);
  });

  it('undo takes back an inject and a parameter change, last first', () => {
    const s = startSession({ situation: undefined, actors: [] });
    s.advance(3);
    s.inject('{signal: {kind: talks, by: A}}');
    s.set('ally_reliability=0.1');
    s.advance(2);
    expect(s.frame.parameters.ally_reliability).toBe(0.1);
    expect(s.undo().type).toBe('change');
    expect(s.frame.position).toBe(3);
    expect(s.frame.parameters.ally_reliability).toBe(0.8);
    expect(s.undo().type).toBe('inject');
    expect(s.advance(2).result.events!.some((e) => e.cause.startsWith('inject:white-cell'))).toBe(false);
  });

  it('a fork keeps both branches; switch goes back and forth', () => {
    const s = startSession();
    advanceToDecision(s);
    s.fork('deny');
    s.answer('deny');
    s.advance(3);
    const denied = s.frame.result;
    s.switchTo('main');
    expect(s.frame.pending?.request.key).toBe('a-c-1960/defense@C');
    s.answer('invoke');
    expect(s.branches().map((b) => [b.name, b.current, b.decisions])).toEqual([['main', true, 1], ['deny', false, 1]]);
    s.switchTo('deny');
    expect(s.frame.result).toEqual(denied);
    expect(() => s.fork('deny')).toThrow(/already exists/);
    expect(() => s.fork('bad name!')).toThrow(/branch name/);
    expect(() => s.switchTo('nowhere')).toThrow(/no branch named "nowhere"; the branches are main, deny/);
  });
});

describe('injects and parameter changes', () => {
  it('an inject is validated and applied at the next tick, caused by the white cell', () => {
    const s = startSession({ situation: undefined, actors: [] });
    s.advance(4);
    const { action } = s.inject('{armedAttack: {by: B, on: A, in: east_march, intensity: 4}}');
    expect(action.tick).toBe(4);
    const f = s.advance(1);
    const ev = f.result.events!.find((e) => e.cause === 'inject:white-cell#0');
    expect(ev).toMatchObject({ tick: 4, kind: 'armedAttack', actor: 'B', target: 'A', region: 'east_march' });
  });

  it('bad injects get one clear line and change nothing', () => {
    const s = startSession({ situation: undefined, actors: [] });
    const cases: [string, RegExp][] = [
      ['{armedAttack: [', /not valid YAML/],
      ['{armedAttack: {by: Q, on: A, intensity: 4}}', /armedAttack\.by: unknown actor "Q"; tutorial has these: A, B, C, D/],
      ['{armedAttack: {by: B, on: A, in: atlantis, intensity: 4}}', /unknown region "atlantis"/],
      ['{armedAttack: {by: B, on: A, intensity: 9}}', /inject armedAttack\.intensity: /],
      ['{escalate: {between: [A, B], to: apocalypse}}', /unknown rung "apocalypse"/],
      ['{nonsense: 1}', /inject/],
      ['{signal: {kind: talks, by: $self}}', /role/],
      ['{variable: {id: tension, add: nosuchparam}}', /neither a number nor a parameter/],
      ['42', /expected an effect/],
      ['', /inject needs an effect/],
      ['{__proto__: {x: 1}}', /not allowed/],
    ];
    for (const [text, message] of cases) {
      expect(() => s.inject(text), text).toThrow(PlayInputError);
      expect(() => s.inject(text), text).toThrow(message);
    }
    expect(s.branch.injects).toEqual([]);
  });

  it('a list of effects is one inject', () => {
    const s = startSession({ situation: undefined, actors: [] });
    const { effects } = s.inject('[{signal: {kind: talks, by: A}}, {variable: {id: tension, add: 0.2}}]');
    expect(effects).toHaveLength(2);
  });

  it('a parameter change applies from the next tick on: the history before it is untouched', () => {
    const plain = startSession({ seed: 7, situation: undefined, actors: [] });
    const changed = startSession({ seed: 7, situation: undefined, actors: [] });
    plain.advance(20);
    changed.advance(20);
    const { action, previous } = changed.set('clash_rate=1');
    expect(previous).toBe(0.625);
    expect(action.tick).toBe(20);
    const a = plain.advance(33).result.events!;
    const b = changed.advance(33).result.events!;
    expect(b.filter((e) => e.tick < 20)).toEqual(a.filter((e) => e.tick < 20));
    expect(changed.frame.parameters.clash_rate).toBe(1);
    expect(() => changed.set('nope=1')).toThrow(/unknown parameter "nope"; tutorial has 17 parameters; casus show \S+tutorial\.yaml lists them all$/);
    expect(() => changed.set('clash_rat=1')).toThrow(/unknown parameter "clash_rat" \(did you mean "clash_rate"\?\)/);
    expect(() => changed.set('clash_rate=lots')).toThrow(/set clash_rate: expected a number/);
    expect(() => changed.set('clash_rate')).toThrow(/set expects name=value/);
  });

  it('changing a parameter to the value it has changes nothing', () => {
    const plain = startSession({ seed: 3 });
    const same = startSession({ seed: 3 });
    same.advance(1);
    same.set('ally_reliability=0.8');
    plain.advance(1);
    for (const s of [plain, same]) {
      for (let guard = 0; guard < 100 && !s.frame.ended; guard++) {
        if (s.frame.pending) s.answer(String(s.frame.pending.request.chosen + 1)); else s.advance(60);
      }
    }
    expect(same.frame.result).toEqual(plain.frame.result);
  });
});
