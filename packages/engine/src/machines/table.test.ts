// Invariant: the compiled transition tables (and the batch engine's TableHost) step every lifecycle exactly as xstate does, and compileMachine refuses any machine it could not represent faithfully.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMachine, initialTransition, setup, transition, type AnyStateMachine } from 'xstate';
import { MACHINES, type MachineKind } from './definitions.js';
import { compileMachine, type MachineTable } from './table.js';
import { TABLES, TableHost, XStateHost } from './host.js';

const KINDS = Object.keys(MACHINES) as MachineKind[];
/** Event names no machine knows: xstate ignores them, and so must the table. */
const UNKNOWN = ['UNKNOWN', 'casus', 'FIRE_', 'done'];

/** Steps the table the way TableHost does; unknown event names are ignored. */
function tableStep(t: MachineTable, state: number, event: string): number {
  const e = t.events.indexOf(event);
  if (e < 0) return state;
  const to = t.next[state * t.events.length + e]!;
  return to >= 0 ? to : state;
}

/** Runs `events` from `start` through xstate's pure functions and the table; returns the first disagreement. */
function disagreement(machine: AnyStateMachine, t: MachineTable, start: string | undefined, events: readonly string[]): string | undefined {
  let snap = start === undefined ? initialTransition(machine)[0] : machine.resolveState({ value: start, context: {} });
  let st = start === undefined ? t.initial : t.state(start);
  if (String(snap.value) !== t.states[st]) return `start: xstate ${String(snap.value)}, table ${t.states[st]}`;
  for (const [k, ev] of events.entries()) {
    [snap] = transition(machine, snap, { type: ev });
    st = tableStep(t, st, ev);
    if (String(snap.value) !== t.states[st]) return `after event ${k} (${ev}) of [${events.join(', ')}]: xstate ${String(snap.value)}, table ${t.states[st]}`;
  }
  return undefined;
}

describe('compiled machine tables', () => {
  it.each(KINDS)('TABLES.%s is compileMachine of its xstate definition', (kind) => {
    const fresh = compileMachine(MACHINES[kind]);
    const t = TABLES[kind];
    expect({ id: t.id, states: t.states, events: t.events, initial: t.initial, next: Array.from(t.next) })
      .toEqual({ id: fresh.id, states: fresh.states, events: fresh.events, initial: fresh.initial, next: Array.from(fresh.next) });
    expect(t.states[t.initial]).toBe(String(initialTransition(MACHINES[kind])[0].value));
  });

  it.each(KINDS)('%s: every (state, event) cell agrees with one xstate transition', (kind) => {
    const machine = MACHINES[kind] as AnyStateMachine;
    const t = TABLES[kind];
    for (const s of t.states) {
      for (const ev of [...t.events, ...UNKNOWN]) expect(disagreement(machine, t, s, [ev])).toBeUndefined();
    }
  });

  it.each(KINDS)('%s: random event sequences from every start state agree with xstate', (kind) => {
    const machine = MACHINES[kind] as AnyStateMachine;
    const t = TABLES[kind];
    const names = [...t.events, ...UNKNOWN];
    fc.assert(fc.property(
      fc.option(fc.constantFrom(...t.states), { nil: undefined }),
      fc.array(fc.constantFrom(...names), { maxLength: 40 }),
      (start, events) => { expect(disagreement(machine, t, start, events)).toBeUndefined(); },
    ), { numRuns: 150 });
  });
});

type HostCommand =
  | { op: 'reset'; starts: Record<MachineKind, number[]> }
  | { op: 'add'; kind: MachineKind }
  | { op: 'send'; kind: MachineKind; at: number; event: number };

const stateIndex = (kind: MachineKind) => fc.integer({ min: 0, max: TABLES[kind].states.length - 1 });
const resetCommand: fc.Arbitrary<HostCommand> = fc.record({
  relation: fc.array(stateIndex('relation'), { maxLength: 6 }),
  obligation: fc.array(stateIndex('obligation'), { maxLength: 6 }),
  draft: fc.array(stateIndex('draft'), { maxLength: 6 }),
  regime: fc.array(stateIndex('regime'), { maxLength: 6 }),
  trigger: fc.array(stateIndex('trigger'), { maxLength: 6 }),
}).map((starts) => ({ op: 'reset' as const, starts }));
const hostCommand: fc.Arbitrary<HostCommand> = fc.oneof(
  { arbitrary: resetCommand, weight: 1 },
  { arbitrary: fc.constantFrom(...KINDS).map((kind) => ({ op: 'add' as const, kind })), weight: 2 },
  {
    arbitrary: fc.constantFrom(...KINDS).chain((kind) => fc.record({
      op: fc.constant('send' as const), kind: fc.constant(kind),
      at: fc.nat({ max: 1000 }), event: fc.integer({ min: 0, max: TABLES[kind].events.length - 1 }),
    })),
    weight: 8,
  },
);

describe('XStateHost and TableHost', () => {
  it('agree on every return value and every instance state under random reset/add/send', () => {
    fc.assert(fc.property(resetCommand, fc.array(hostCommand, { maxLength: 60 }), (first, commands) => {
      const ref = new XStateHost();
      const bat = new TableHost();
      for (const [k, c] of [first, ...commands].entries()) {
        const where = `command ${k}: ${JSON.stringify(c)}`;
        if (c.op === 'reset') { ref.reset(c.starts); bat.reset(c.starts); }
        else if (c.op === 'add') expect(bat.add(c.kind), where).toBe(ref.add(c.kind));
        else {
          const n = ref.count(c.kind);
          if (n === 0) continue;
          expect(bat.send(c.kind, c.at % n, c.event), where).toBe(ref.send(c.kind, c.at % n, c.event));
        }
        for (const kind of KINDS) {
          expect(bat.count(kind), where).toBe(ref.count(kind));
          for (let i = 0; i < ref.count(kind); i++) expect(bat.state(kind, i), `${where}, ${kind}[${i}]`).toBe(ref.state(kind, i));
        }
      }
    }), { numRuns: 150 });
  });

  it('grow past their initial capacity without losing states', () => {
    const ref = new XStateHost();
    const bat = new TableHost();
    const empty = { relation: [], obligation: [], draft: [], regime: [], trigger: [] };
    ref.reset(empty); bat.reset(empty);
    const fire = TABLES.trigger.event('FIRE');
    for (let i = 0; i < 200; i++) {
      expect(bat.add('trigger')).toBe(ref.add('trigger'));
      if (i % 3 === 0) expect(bat.send('trigger', i, fire)).toBe(ref.send('trigger', i, fire));
    }
    for (let i = 0; i < 200; i++) expect(bat.state('trigger', i)).toBe(ref.state('trigger', i));
  });
});

/** A tiny flat machine with plain string targets: the only shape compileMachine is meant to accept. */
const flatMachine = fc.integer({ min: 1, max: 5 }).chain((nStates) => fc.integer({ min: 1, max: 4 }).chain((nEvents) => {
  const states = Array.from({ length: nStates }, (_, i) => `s${i}`);
  const events = Array.from({ length: nEvents }, (_, i) => `E${i}`);
  const cell = fc.option(fc.integer({ min: 0, max: nStates - 1 }), { nil: undefined, freq: 2 });
  return fc.record({
    initial: fc.integer({ min: 0, max: nStates - 1 }),
    finals: fc.array(fc.boolean(), { minLength: nStates, maxLength: nStates }),
    cells: fc.array(fc.array(cell, { minLength: nEvents, maxLength: nEvents }), { minLength: nStates, maxLength: nStates }),
  }).map(({ initial, finals, cells }) => {
    const config: Record<string, { on?: Record<string, string>; type?: 'final' }> = {};
    states.forEach((s, si) => {
      const on: Record<string, string> = {};
      // A final state takes no transitions; a target equal to the state would be a self-transition.
      if (!finals[si]) cells[si]!.forEach((to, ei) => { if (to !== undefined && to !== si) on[events[ei]!] = states[to]!; });
      config[s] = finals[si] && si !== initial ? { type: 'final' } : { on };
    });
    return { machine: createMachine({ id: 'flat', initial: states[initial]!, states: config }) as AnyStateMachine, states, events };
  });
}));

describe('compileMachine on random flat machines', () => {
  it('accepts every plain flat machine and agrees with xstate on random sequences', () => {
    fc.assert(fc.property(flatMachine.chain((fm) => fc.record({
      fm: fc.constant(fm),
      start: fc.option(fc.constantFrom(...fm.states), { nil: undefined }),
      events: fc.array(fc.constantFrom(...fm.events, 'NOPE'), { maxLength: 25 }),
    })), ({ fm, start, events }) => {
      const t = compileMachine(fm.machine);
      expect(disagreement(fm.machine, t, start, events)).toBeUndefined();
    }), { numRuns: 200 });
  });
});

describe('compileMachine refuses what the table cannot represent', () => {
  const guarded = setup({ guards: { ok: () => true } }).createMachine({
    id: 'guarded', initial: 'a', states: { a: { on: { GO: { target: 'b', guard: 'ok' } } }, b: {} },
  });
  const withActions = setup({ actions: { log: () => undefined } }).createMachine({
    id: 'acting', initial: 'a', states: { a: { on: { GO: { target: 'b', actions: 'log' } } }, b: {} },
  });
  const nested = setup({}).createMachine({
    id: 'nested', initial: 'a',
    states: { a: { initial: 'x', states: { x: { on: { NEXT: 'y' } }, y: {} }, on: { GO: 'b' } }, b: {} },
  });
  const parallel = setup({}).createMachine({
    id: 'parallel', initial: 'a',
    states: { a: { type: 'parallel', states: { x: {}, y: {} }, on: { GO: 'b' } }, b: {} },
  });
  const selfLoop = setup({}).createMachine({ id: 'self', initial: 'a', states: { a: { on: { GO: 'a', NEXT: 'b' } }, b: {} } });
  const entry = setup({ actions: { log: () => undefined } }).createMachine({
    id: 'entry', initial: 'a', states: { a: { on: { GO: 'b' } }, b: { entry: 'log' } },
  });
  const multiTarget = setup({}).createMachine({
    id: 'multi', initial: 'a', states: { a: { on: { GO: [{ target: 'b' }, { target: 'a' }] } }, b: {} },
  });

  it.each([
    ['a guard', guarded, /plain target/],
    ['transition actions', withActions, /plain target/],
    ['nested states', nested, /features the table engine does not compile/],
    ['parallel states', parallel, /features the table engine does not compile/],
    ['a self-transition', selfLoop, /self-transition/],
    ['entry actions', entry, /features the table engine does not compile/],
    ['multiple candidate transitions', multiTarget, /plain target/],
  ] as const)('refuses %s', (_what, machine, message) => {
    expect(() => compileMachine(machine as AnyStateMachine)).toThrow(message);
  });
});

/*
 * Machine features outside the checks in compileMachine. Each case must be refused or, if
 * accepted, step exactly as xstate does. FAILING at the time of writing (reported to the lead):
 * compileMachine does not look at `always`, a root-level `on`, or wildcard event descriptors,
 * so it compiles these machines into tables that disagree with xstate.
 */
describe('compileMachine: refuse or agree, for features it does not check', () => {
  const cases: [string, AnyStateMachine, string[], string][] = [
    ['an eventless (always) transition',
      createMachine({ id: 'always', initial: 'a', states: { a: { on: { GO: 'b' } }, b: { always: 'c' }, c: { on: { BACK: 'a' } } } }),
      ['GO'], 'xstate passes through b to c; the table stops in b'],
    ['a root-level transition',
      createMachine({ id: 'root', initial: 'a', on: { RESET: '.a' }, states: { a: { on: { GO: 'b' } }, b: {} } }),
      ['GO', 'RESET'], 'xstate returns to a on RESET; the table ignores RESET'],
    ['a wildcard event',
      createMachine({ id: 'wild', initial: 'a', states: { a: { on: { '*': 'b' } }, b: { on: { GO: 'a' } } } }),
      ['GO'], 'xstate takes "*" for GO in a; the table only knows an event literally named "*"'],
    ['a partial wildcard event',
      createMachine({ id: 'partial', initial: 'a', states: { a: { on: { 'GO.*': 'b' } }, b: { on: { 'GO.x': 'a' } } } }),
      ['GO.x', 'GO.x', 'GO.y'], 'xstate matches GO.x and GO.y against GO.*; the table does not'],
  ];

  it.each(cases)('%s', (_what, machine, events, _why) => {
    let table: MachineTable;
    try {
      table = compileMachine(machine);
    } catch {
      return; // refused: fine
    }
    // Accepted: it must then step as xstate does, from the initial state and every other.
    for (const start of [undefined, ...table.states]) {
      expect(disagreement(machine, table, start, events), `${_why} (start ${start ?? 'initial'})`).toBeUndefined();
    }
  });
});

describe('the obligation lifecycle', () => {
  // A party that leaves and rejoins (spells of membership): its duty lapses, then comes back into
  // force and is dormant again; xstate and the table agree on it, and on a duty whose pact has ended
  // (the run then never sends ENTER_FORCE).
  it('steps lapsed → dormant on ENTER_FORCE, and only on it', () => {
    const t = TABLES.obligation;
    const lapsed = t.state('lapsed');
    expect(t.states[tableStep(t, lapsed, 'ENTER_FORCE')]).toBe('dormant');
    for (const ev of t.events.filter((e) => e !== 'ENTER_FORCE')) expect(tableStep(t, lapsed, ev)).toBe(lapsed);
    expect(disagreement(MACHINES.obligation, t, 'dormant', ['LAPSE', 'CASUS', 'ENTER_FORCE', 'CASUS', 'INVOKE', 'LAPSE', 'ENTER_FORCE'])).toBeUndefined();
  });
});
