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
  private relation: Int8Array = new Int8Array(64);
  private obligation: Int8Array = new Int8Array(64);
  private draft: Int8Array = new Int8Array(64);
  private regime: Int8Array = new Int8Array(16);
  private trigger: Int8Array = new Int8Array(64);
  private nRelation = 0;
  private nObligation = 0;
  private nDraft = 0;
  private nRegime = 0;
  private nTrigger = 0;

  reset(starts: { readonly [K in MachineKind]: ArrayLike<number> }): void {
    this.relation = load(this.relation, starts.relation);
    this.nRelation = starts.relation.length;
    this.obligation = load(this.obligation, starts.obligation);
    this.nObligation = starts.obligation.length;
    this.draft = load(this.draft, starts.draft);
    this.nDraft = starts.draft.length;
    this.regime = load(this.regime, starts.regime);
    this.nRegime = starts.regime.length;
    this.trigger = load(this.trigger, starts.trigger);
    this.nTrigger = starts.trigger.length;
  }

  add(kind: MachineKind): number {
    const i = this.count(kind);
    switch (kind) {
      case 'relation': this.nRelation++; this.relation = grow(this.relation, i + 1); break;
      case 'obligation': this.nObligation++; this.obligation = grow(this.obligation, i + 1); break;
      case 'draft': this.nDraft++; this.draft = grow(this.draft, i + 1); break;
      case 'regime': this.nRegime++; this.regime = grow(this.regime, i + 1); break;
      default: this.nTrigger++; this.trigger = grow(this.trigger, i + 1); break;
    }
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
    switch (kind) {
      case 'relation': return this.nRelation;
      case 'obligation': return this.nObligation;
      case 'draft': return this.nDraft;
      case 'regime': return this.nRegime;
      default: return this.nTrigger;
    }
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
}

/** `arr`, or a copy of it at least `n` long (doubling), keeping its states. */
function grow(arr: Int8Array, n: number): Int8Array {
  if (arr.length >= n) return arr;
  let size = arr.length;
  while (size < n) size *= 2;
  const grown = new Int8Array(size);
  grown.set(arr);
  return grown;
}

/** Start states `s` copied into `arr` (grown when needed); returns the array that holds them. */
function load(arr: Int8Array, s: ArrayLike<number>): Int8Array {
  const out = grow(arr, s.length);
  if (s.length === 0) return out;
  // A few states (one per relation, obligation, regime or trigger): a loop costs less than the
  // built-in `set`'s call.
  if (s instanceof Int8Array && s.length > 64) out.set(s);
  else for (let i = 0; i < s.length; i++) out[i] = s[i]!;
  return out;
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
