import type { AnyStateMachine } from 'xstate';

/**
 * A machine compiled to integers: states and event types numbered in declaration order, and a
 * flat `next[state * events + event]` table (-1: the event is ignored in that state).
 */
export interface MachineTable {
  readonly id: string;
  readonly states: readonly string[];
  readonly events: readonly string[];
  readonly initial: number;
  readonly next: Int8Array;
  state(name: string): number;
  event(name: string): number;
}

/**
 * Compiles a flat, guard-free xstate machine from its own configuration. Anything the table could
 * not represent (guards, actions, nested or parallel states, multiple targets) is refused, so the
 * compiled form can never silently drift from the specification.
 */
export function compileMachine(machine: AnyStateMachine): MachineTable {
  type Node = { on?: Record<string, unknown>; states?: unknown; type?: string; entry?: unknown; exit?: unknown; always?: unknown; after?: unknown; invoke?: unknown };
  const config = machine.config as Node & { id?: string; initial?: string; states?: Record<string, Node> };
  const id = config.id ?? 'machine';
  // Root-level transitions, eventless and delayed transitions, invocations and wildcard event
  // names all change what xstate does in ways a flat table cannot: refuse them.
  for (const key of ['on', 'always', 'after', 'invoke', 'entry', 'exit'] as const) {
    if (config[key] !== undefined) throw new Error(`machine ${id}: root-level ${key} is not compiled by the table engine`);
  }
  const stateEntries = Object.entries(config.states ?? {});
  const states = stateEntries.map(([name]) => name);
  const events: string[] = [];
  for (const [name, node] of stateEntries) {
    if (node.states || node.entry || node.exit || node.always || node.after || node.invoke || (node.type && node.type !== 'final')) {
      throw new Error(`machine ${id}: state ${name} uses features the table engine does not compile`);
    }
    for (const ev of Object.keys(node.on ?? {})) {
      if (ev.includes('*')) throw new Error(`machine ${id}: wildcard event "${ev}" in state ${name} is not compiled by the table engine`);
      if (!events.includes(ev)) events.push(ev);
    }
  }
  const next = new Int8Array(states.length * events.length).fill(-1);
  for (const [si, [name, node]] of stateEntries.entries()) {
    for (const [ev, target] of Object.entries(node.on ?? {})) {
      if (typeof target !== 'string') throw new Error(`machine ${id}: ${name}.on.${ev} must be a plain target`);
      const ti = states.indexOf(target);
      if (ti < 0) throw new Error(`machine ${id}: ${name}.on.${ev} targets unknown state ${target}`);
      // A self-transition would be indistinguishable from an ignored event by state value alone.
      if (ti === si) throw new Error(`machine ${id}: ${name}.on.${ev} is a self-transition`);
      next[si * events.length + events.indexOf(ev)] = ti;
    }
  }
  const initial = states.indexOf(config.initial ?? '');
  if (initial < 0) throw new Error(`machine ${id}: no initial state`);
  return {
    id, states, events, initial, next,
    state(n) { const i = states.indexOf(n); if (i < 0) throw new Error(`machine ${id}: no state ${n}`); return i; },
    event(n) { const i = events.indexOf(n); if (i < 0) throw new Error(`machine ${id}: no event ${n}`); return i; },
  };
}
