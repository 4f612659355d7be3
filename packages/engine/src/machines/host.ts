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

/** Events per state of each kind's table: a row of `next`. */
const WIDTH = {
  relation: TABLES.relation.events.length, obligation: TABLES.obligation.events.length, draft: TABLES.draft.events.length,
  regime: TABLES.regime.events.length, trigger: TABLES.trigger.events.length,
};

/**
 * The batch engine's host: one growable Int8Array of states per kind, table lookups, no allocation.
 * Kinds are told apart by a `switch` rather than by indexing an object with the kind's name: a
 * call site passes one kind, so once inlined the switch folds away, where a look-up by a name that
 * varies between call sites stays a keyed look-up at every call.
 */
export class TableHost implements MachineHost {
  readonly engine = 'batch' as const;
  private relation = new Int8Array(64);
  private obligation = new Int8Array(64);
  private draft = new Int8Array(64);
  private regime = new Int8Array(16);
  private trigger = new Int8Array(64);
  private counts: Record<MachineKind, number> = { relation: 0, obligation: 0, draft: 0, regime: 0, trigger: 0 };

  reset(starts: { readonly [K in MachineKind]: ArrayLike<number> }): void {
    for (const k of KINDS) {
      const s = starts[k];
      this.ensure(k, s.length);
      const arr = this.states(k);
      if (s instanceof Int8Array) arr.set(s);
      else for (let i = 0; i < s.length; i++) arr[i] = s[i]!;
      this.counts[k] = s.length;
    }
  }

  add(kind: MachineKind): number {
    const i = this.counts[kind]++;
    this.ensure(kind, i + 1);
    this.states(kind)[i] = TABLES[kind].initial;
    return i;
  }

  state(kind: MachineKind, i: number): number {
    return this.states(kind)[i]!;
  }

  send(kind: MachineKind, i: number, event: number): number {
    let next: Int8Array, width: number, arr: Int8Array;
    switch (kind) {
      case 'relation': next = TABLES.relation.next; width = WIDTH.relation; arr = this.relation; break;
      case 'obligation': next = TABLES.obligation.next; width = WIDTH.obligation; arr = this.obligation; break;
      case 'draft': next = TABLES.draft.next; width = WIDTH.draft; arr = this.draft; break;
      case 'regime': next = TABLES.regime.next; width = WIDTH.regime; arr = this.regime; break;
      default: next = TABLES.trigger.next; width = WIDTH.trigger; arr = this.trigger; break;
    }
    const to = next[arr[i]! * width + event]!;
    if (to >= 0) arr[i] = to;
    return to;
  }

  count(kind: MachineKind): number {
    return this.counts[kind];
  }

  private states(kind: MachineKind): Int8Array {
    switch (kind) {
      case 'relation': return this.relation;
      case 'obligation': return this.obligation;
      case 'draft': return this.draft;
      case 'regime': return this.regime;
      default: return this.trigger;
    }
  }

  private ensure(kind: MachineKind, n: number): void {
    const old = this.states(kind);
    if (old.length >= n) return;
    let size = old.length;
    while (size < n) size *= 2;
    const grown = new Int8Array(size);
    grown.set(old);
    switch (kind) {
      case 'relation': this.relation = grown; break;
      case 'obligation': this.obligation = grown; break;
      case 'draft': this.draft = grown; break;
      case 'regime': this.regime = grown; break;
      default: this.trigger = grown; break;
    }
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
