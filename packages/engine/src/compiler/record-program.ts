/**
 * The scenario compiler, second part: what follows the recording of an event — the `happened`
 * counters it matches, the outcomes it may make hold, the obligations and decision points that
 * listen for its kind — generated as one function per model with a `switch` on the event's kind.
 * Counter patterns and listener filters become comparisons with literals, outcome conditions are
 * inlined as array reads where compiler/condition-code.ts can (the closure otherwise), and a kind
 * nothing listens for produces no code.
 *
 * It does exactly what run/record.ts `record` (after appending the event), `checkOutcomes`,
 * run/listeners.ts `notify` and run/doctrine.ts `onEvent` do, in the same order; the reference
 * engine runs those, so the differential property proves the two equal.
 *
 * @module
 */
import type { Model } from '../model/model.js';
import { EVENT_KINDS } from '../schema/vocabulary.js';
import type { RunState } from '../run/state.js';
import type { SimEvent } from '../run/event.js';
import { actClause, onArmedAttack, onThreat } from '../run/obligations.js';
import { idx, instantiate, num, Slots } from './code.js';
import { CONDITION_HELPERS, conditionCode } from './condition-code.js';

/** What the generated code calls. */
const HELPERS = {
  actClause, onArmedAttack, onThreat, ...CONDITION_HELPERS,
};

/**
 * Code that checks the outcomes an event of `kind` (or `tick`) can change, not yet reached, and
 * marks those that now hold with the tick and `seq`. Shared with the start of a tick.
 */
export function outcomeChecks(m: Model, K: Slots, kind: string, seq: string): string[] {
  const out: string[] = [];
  for (const o of m.outcomesByKind.get(kind) ?? []) {
    const info = m.outcomes[o]!;
    const code = conditionCode(m.scenario.outcomes[info.id]!.when, m, (x) => K.value(x)) ?? `${K.ref(info.when)}(s, -1, -1, -1)`;
    const O = idx(o);
    out.push(`if (s.outcomeTick[${O}] < 0 && ${code}) { s.outcomeTick[${O}] = s.tick; s.outcomeEvent[${O}] = ${seq}; }`);
  }
  return out;
}

/**
 * The switch's cases, the most frequent kinds first (a switch on strings tests its cases in
 * turn): variables and signals are most of a run's events in the bundled scenarios.
 */
const FREQUENT = ['variable', 'signal', 'obligation', 'armedAttack', 'decision'] as const;
const CASE_ORDER = [...FREQUENT, ...EVENT_KINDS.filter((k) => !(FREQUENT as readonly string[]).includes(k))];

/** Generates the source of `recorded(s, ev)` specialised for `m`. */
export function recordSource(m: Model): { body: string; slots: Slots } {
  const K = new Slots();
  const lines: string[] = ['switch (ev.kind) {'];
  // `d` or `d:…`; most details differ in length or in the character after `d`, which is cheaper to test.
  const detailTest = (d: string): string => `(ev.detail === ${K.ref(d)} || (ev.detail.length > ${idx(d.length)} && ev.detail.charCodeAt(${idx(d.length)}) === 58 && ev.detail.startsWith(${K.ref(`${d}:`)})))`;
  for (const kind of CASE_ORDER) {
    const body: string[] = [];
    // Counters of `happened` conditions.
    for (const k of m.countersByKind.get(kind) ?? []) {
      const c = m.counters[k]!;
      const tests: string[] = [];
      if (c.actor >= 0) tests.push(`ev.actor === ${num(c.actor)}`);
      if (c.target >= 0) tests.push(`ev.target === ${num(c.target)}`);
      tests.push(`ev.intensity >= ${K.value(c.minIntensity)}`);
      if (c.nuclear !== undefined) tests.push(`ev.nuclear === ${c.nuclear ? 'true' : 'false'}`);
      if (c.detail !== undefined) tests.push(detailTest(c.detail));
      body.push(`if (${tests.join(' && ')}) s.counters[${idx(k)}]++;`);
    }
    body.push(...outcomeChecks(m, K, kind, 'ev.seq'));
    // Obligations judging their casus.
    if (kind === 'armedAttack') body.push('H.onArmedAttack(s, ev);');
    else if (kind === 'threat') body.push('H.onThreat(s, ev);');
    else if (kind === 'signal' || kind === 'hostileAct') {
      // run/obligations.ts onAct, unrolled: each obligation's clauses for this kind in order, the
      // clause's kinds tested inline, the rest of the clause by the shared rule.
      for (const i of m.actsByKind.get(kind) ?? []) {
        const o = m.obligations[i]!;
        const label = `obligation${idx(i)}`;
        const clauses: string[] = [];
        o.acts.forEach((c, k) => {
          if (c.event !== kind) return;
          const kinds = c.kinds ? (c.kinds.length === 0 ? 'false' : `(${c.kinds.map((d) => `ev.detail === ${K.ref(d)}`).join(' || ')})`) : 'true';
          clauses.push(`  if (${kinds} && H.actClause(s, ev, ${idx(i)}, ${idx(k)})) break ${label};`);
        });
        if (clauses.length === 0) continue;
        body.push(`${label}: if (ev.actor !== ${num(o.obligated)}) {`, ...clauses, '}');
      }
    }
    // Decision points listening for this kind.
    for (const i of m.listeners.get(kind) ?? []) {
      const dp = m.decisionPoints[i]!;
      const tests: string[] = [];
      if (dp.by) tests.push(dp.by.length === 0 ? 'false' : `(${dp.by.map((a) => `ev.actor === ${num(a)}`).join(' || ')})`);
      if (dp.on) tests.push(dp.on.length === 0 ? 'false' : `(${dp.on.map((a) => `ev.target === ${num(a)}`).join(' || ')})`);
      if (dp.kind !== undefined) tests.push(detailTest(dp.kind));
      tests.push(`ev.intensity >= ${K.value(dp.minIntensity)}`);
      if (dp.when) {
        // The owner is `$self`; the event's actor and target are `$actor` and `$target`.
        const roles = { self: idx(dp.actor), actor: 'ev.actor', target: 'ev.target' };
        tests.push(conditionCode(dp.spec.when!, m, (x) => K.value(x), roles) ?? `${K.ref(dp.when)}(s, ${num(dp.actor)}, ev.actor, ev.target)`);
      }
      body.push(`if (${tests.join(' && ')}) s.decisions.push({ type: 'doctrine', point: ${idx(i)}, actor: ev.actor, target: ev.target, parent: ev.seq });`);
    }
    if (body.length === 0) continue;
    // Event kinds are the engine's own words, not scenario text.
    lines.push(`case ${JSON.stringify(kind)}: {`, ...body.map((l) => `  ${l}`), '  break;', '}');
  }
  lines.push('}');
  return { body: lines.join('\n'), slots: K };
}

/** The compiled follow-up of recording an event in `m` (call only where code generation is allowed). */
export function compileRecorded(m: Model): (s: RunState, ev: SimEvent) => void {
  const { body, slots } = recordSource(m);
  return instantiate('recorded', 's, ev', body, slots, HELPERS);
}
