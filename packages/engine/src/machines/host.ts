import { transition, type AnyStateMachine, type AnyMachineSnapshot } from 'xstate';
import { MACHINES, type MachineKind } from './definitions.js';
import { compileMachine, type MachineTable } from './table.js';

/** The compiled tables of every machine, built once per process from the xstate definitions. */
export const TABLES: { readonly [K in MachineKind]: MachineTable } = {
  relation: compileMachine(MACHINES.relation),
  obligation: compileMachine(MACHINES.obligation),
  draft: compileMachine(MACHINES.draft),
  regime: compileMachine(MACHINES.regime),
  trigger: compileMachine(MACHINES.trigger),
};

const KINDS = Object.keys(MACHINES) as MachineKind[];

/**
 * Where the machine instances of one run live and how they step. The run's rules only ever ask
 * "what state is instance i in" and "send it this event"; the two engines differ only here.
 * States and events are the numbers of `TABLES`.
 */
export interface MachineHost {
  readonly engine: 'reference' | 'batch';
  /** Drops every instance and creates `counts[kind]` instances in the given start states. */
  reset(starts: { readonly [K in MachineKind]: ArrayLike<number> }): void;
  /** Adds one instance in the machine's initial state and returns its index. */
  add(kind: MachineKind): number;
  state(kind: MachineKind, i: number): number;
  /** Sends an event; returns the new state, or -1 when the event was ignored. */
  send(kind: MachineKind, i: number, event: number): number;
  count(kind: MachineKind): number;
}

/** The batch engine's host: one growable Int8Array of states per kind, table lookups, no allocation. */
export class TableHost implements MachineHost {
  readonly engine = 'batch' as const;
  private states: Record<MachineKind, Int8Array> = {
    relation: new Int8Array(64), obligation: new Int8Array(64), draft: new Int8Array(64), regime: new Int8Array(16), trigger: new Int8Array(64),
  };
  private counts: Record<MachineKind, number> = { relation: 0, obligation: 0, draft: 0, regime: 0, trigger: 0 };

  reset(starts: { readonly [K in MachineKind]: ArrayLike<number> }): void {
    for (const k of KINDS) {
      const s = starts[k];
      this.ensure(k, s.length);
      if (s instanceof Int8Array) this.states[k].set(s);
      else for (let i = 0; i < s.length; i++) this.states[k][i] = s[i]!;
      this.counts[k] = s.length;
    }
  }

  add(kind: MachineKind): number {
    const i = this.counts[kind]++;
    this.ensure(kind, i + 1);
    this.states[kind][i] = TABLES[kind].initial;
    return i;
  }

  state(kind: MachineKind, i: number): number {
    return this.states[kind][i]!;
  }

  send(kind: MachineKind, i: number, event: number): number {
    const t = TABLES[kind];
    const arr = this.states[kind];
    const to = t.next[arr[i]! * t.events.length + event]!;
    if (to >= 0) arr[i] = to;
    return to;
  }

  count(kind: MachineKind): number {
    return this.counts[kind];
  }

  private ensure(kind: MachineKind, n: number): void {
    if (this.states[kind].length >= n) return;
    let size = this.states[kind].length;
    while (size < n) size *= 2;
    const grown = new Int8Array(size);
    grown.set(this.states[kind]);
    this.states[kind] = grown;
  }
}

/**
 * The reference engine's host: every instance is an xstate snapshot stepped with xstate's own pure
 * `transition` function. Slow (a throwaway actor per call) and the specification.
 */
export class XStateHost implements MachineHost {
  readonly engine = 'reference' as const;
  private snaps: Record<MachineKind, AnyMachineSnapshot[]> = { relation: [], obligation: [], draft: [], regime: [], trigger: [] };

  reset(starts: { readonly [K in MachineKind]: ArrayLike<number> }): void {
    for (const k of KINDS) {
      const machine = MACHINES[k] as AnyStateMachine;
      const s = starts[k];
      const list: AnyMachineSnapshot[] = [];
      for (let i = 0; i < s.length; i++) list.push(machine.resolveState({ value: TABLES[k].states[s[i]!]!, context: {} }));
      this.snaps[k] = list;
    }
  }

  add(kind: MachineKind): number {
    const machine = MACHINES[kind] as AnyStateMachine;
    this.snaps[kind].push(machine.resolveState({ value: TABLES[kind].states[TABLES[kind].initial]!, context: {} }));
    return this.snaps[kind].length - 1;
  }

  state(kind: MachineKind, i: number): number {
    return TABLES[kind].state(String(this.snaps[kind][i]!.value));
  }

  send(kind: MachineKind, i: number, event: number): number {
    const machine = MACHINES[kind] as AnyStateMachine;
    const before = this.snaps[kind][i]!;
    const [after] = transition(machine, before, { type: TABLES[kind].events[event]! });
    // No machine has a self-transition (compileMachine refuses them), so an unchanged value
    // means xstate ignored the event; the table says -1 for the same case.
    if (after.value === before.value) return -1;
    this.snaps[kind][i] = after;
    return TABLES[kind].state(String(after.value));
  }

  count(kind: MachineKind): number {
    return this.snaps[kind].length;
  }
}
