/**
 * The scenario compiler, second part: what follows the recording of an event — the `happened`
 * counters it matches, the outcomes it may make hold, the obligations and decision points that
 * listen for its kind — generated as one function per model with a `switch` on the event's kind.
 * Counter patterns and listener filters become comparisons with literals, outcome conditions are
 * inlined as array reads where compiler/condition-code.ts can (the closure otherwise), and a kind
 * nothing listens for produces no code (a frequent one, an empty case). An armed attack recorded by
 * a compiled effect calls, by number, only the obligations that can take notice of it.
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
import { actClause, casusInForce, considerCasus, onArmedAttack, onThreat } from '../run/obligations.js';
import { hear } from '../run/doctrine.js';
import { idx, instantiate, num, Slots } from './code.js';
import { CONDITION_HELPERS, conditionCode } from './condition-code.js';

/** What the generated code calls. */
const HELPERS = {
  actClause, casusInForce, considerCasus, hear, onArmedAttack, onThreat, ...CONDITION_HELPERS,
};

/**
 * Code that checks the outcomes an event of `kind` (or `tick`) can change, not yet reached, and
 * marks those that now hold with the tick and `seq`. Shared with the start of a tick. With
 * `changes`, an outcome that reads only counters and variables ({@link simpleReads}) is left out
 * when `changes` says the event changes none of them.
 */
export function outcomeChecks(m: Model, K: Slots, kind: string, seq: string,
  changes?: (reads: { counters: Set<number>; vars: Set<number> }) => boolean): string[] {
  const out: string[] = [];
  for (const o of m.outcomesByKind.get(kind) ?? []) {
    const info = m.outcomes[o]!;
    const reads = changes !== undefined ? outcomeReads(m, info.id) : undefined;
    if (reads !== undefined && !changes!(reads)) continue;
    const code = conditionCode(m.scenario.outcomes[info.id]!.when, m, (x) => K.value(x)) ?? `${K.ref(info.when)}(s, -1, -1, -1)`;
    const O = idx(o);
    out.push(`if (s.outcomeTick[${O}] < 0 && ${code}) { s.outcomeTick[${O}] = s.tick; s.outcomeEvent[${O}] = ${seq}; }`);
  }
  return out;
}

/** What each outcome's condition reads ({@link simpleReads}), per scenario: the same for all its models. */
const READS = new WeakMap<object, Map<string, { counters: Set<number>; vars: Set<number> } | undefined>>();

/**
 * What outcome `id`'s condition reads, from its code (numbers in throwaway slots), read once per
 * scenario: which counters and variables a condition reads is its structure, not its numbers, so
 * the parameter draws of a design share it, and each draw's follow-ups need not generate every
 * outcome's code twice.
 */
function outcomeReads(m: Model, id: string): { counters: Set<number>; vars: Set<number> } | undefined {
  let byId = READS.get(m.scenario);
  if (byId === undefined) { byId = new Map(); READS.set(m.scenario, byId); }
  if (!byId.has(id)) {
    const probe = conditionCode(m.scenario.outcomes[id]!.when, m, (x) => new Slots().value(x));
    byId.set(id, probe !== undefined ? simpleReads(probe) : undefined);
  }
  return byId.get(id);
}

/**
 * The switch's cases, the most frequent kinds first (a switch on strings tests its cases in
 * turn): variables and signals are most of a run's events in the bundled scenarios.
 */
const FREQUENT = ['variable', 'signal', 'obligation', 'armedAttack', 'decision'] as const;
const CASE_ORDER = [...FREQUENT, ...EVENT_KINDS.filter((k) => !(FREQUENT as readonly string[]).includes(k))];

/**
 * What is known, where the code is generated, of the events one place records: a compiled effect
 * of the scenario (compiler/effect-program.ts) knows its event's kind, its detail (a signal's kind,
 * a variable's id), often its actor and target. Unknown fields are read from the event.
 */
export interface RecordSite {
  readonly kind: string;
  readonly detail?: string | undefined;
  /** An actor index or -1 (none); undefined when bound at run time (a role). */
  readonly actor?: number | undefined;
  readonly target?: number | undefined;
  readonly intensity?: number | undefined;
  readonly nuclear?: boolean | undefined;
  /** The variable a `variable` event changes. */
  readonly ref?: number | undefined;
}

/** A test's code: `true` and `false` are tests decided where the code is generated. */
type Test = string;

/** `tests` joined with `&&`, or 'false' if any is decided false; 'true' when none remains. */
function conj(tests: readonly Test[]): Test {
  if (tests.includes('false')) return 'false';
  const rest = tests.filter((t) => t !== 'true');
  return rest.length === 0 ? 'true' : rest.join(' && ');
}

/** `if (TEST) STATEMENT`, folded: nothing when the test is decided false. */
function guarded(test: Test, statement: string): string[] {
  if (test === 'false') return [];
  return [test === 'true' ? statement : `if (${test}) ${statement}`];
}

/**
 * The reads of an outcome's generated condition when they are only `happened` counters, variables
 * and sanctions regimes' states; undefined when it reads anything else (relations, obligations,
 * outcomes, dates, closures…). Each of these changes only where a check of every outcome reading
 * it follows at once: a counter while an event is followed (below; an outcome reading a counter of
 * kind K is among K's outcomes, model/compile.ts), a variable with its `variable` event or by drift
 * just before the tick's own check, a regime's state with its `sanctions` event. So such an
 * outcome, false when last checked, is still false at an event that changes none of its reads: the
 * event's code may leave it out and the outcome is marked at the same tick and event.
 */
export function simpleReads(code: string): { counters: Set<number>; vars: Set<number> } | undefined {
  if (/\bK\[|\bH\.|\bev\./.test(code)) return undefined;
  const counters = new Set<number>();
  const vars = new Set<number>();
  for (const x of code.matchAll(/\bs\.(\w+)(?:\.(\w+))?(?:\[(\d+)\])?/g)) {
    if (x[3] === undefined) return undefined;
    if (x[1] === 'counters' && x[2] === undefined) counters.add(Number(x[3]));
    else if (x[1] === 'vars' && x[2] === undefined) vars.add(Number(x[3]));
    else if (!(x[1] === 'machine' && x[2] === 'regime')) return undefined;
  }
  return { counters, vars };
}

/**
 * run/obligations.ts `onArmedAttack`, unrolled for an attack whose actor, target and intensity the
 * site knows: the obligations listed for its target (defensive) and then its actor (offensive), in
 * that order, without those the shared rule passes over for what is known here (the wrong type,
 * the obligated party one of the two, a beneficiary the clause does not name); an obligation whose
 * casus the attack cannot meet (below its intensity, no pretext to claim) only comes into force
 * if its day has come ({@link casusInForce}). Otherwise the shared rule, obligation by obligation.
 */
function attackCode(m: Model, known: RecordSite): string[] {
  const { actor, target, intensity } = known;
  if (actor === undefined || target === undefined || intensity === undefined) return ['H.onArmedAttack(s, ev);'];
  const out: string[] = [];
  for (const offense of [false, true]) {
    for (const i of m.casusByBeneficiary[offense ? actor : target] ?? []) {
      const o = m.obligations[i]!;
      if (!o.casus || (o.type === 'offense') !== offense) continue;
      const beneficiary = offense ? actor : target;
      const enemy = offense ? target : actor;
      if (o.obligated === enemy || o.obligated === beneficiary) continue;
      if (o.casus.on !== 'party' && !offense && !o.casus.on.includes(beneficiary)) continue;
      out.push(intensity < o.casus.minIntensity && !(o.pretext > 0) ? `H.casusInForce(s, ev, ${idx(i)}, ${idx(beneficiary)});` : `H.considerCasus(s, ev, ${idx(i)}, ${offense});`);
    }
  }
  return out;
}

/** The body of the follow-up of an event of `kind`, specialised to what `site` knows of it. */
function kindBody(m: Model, K: Slots, kind: string, site: RecordSite | undefined): string[] {
  const body: string[] = [];
  const known = site ?? { kind };
  /** A field compared with a literal: decided when the site knows the field. */
  const fieldIs = (field: 'actor' | 'target', a: number): Test => {
    const v = known[field];
    return v === undefined ? `ev.${field} === ${num(a)}` : v === a ? 'true' : 'false';
  };
  const anyOf = (field: 'actor' | 'target', list: readonly number[]): Test => {
    if (list.length === 0) return 'false';
    const v = known[field];
    if (v !== undefined) return list.includes(v) ? 'true' : 'false';
    return `(${list.map((a) => `ev.${field} === ${num(a)}`).join(' || ')})`;
  };
  const intensity = known.intensity !== undefined ? num(known.intensity) : 'ev.intensity';
  const actorExpr = known.actor !== undefined ? num(known.actor) : 'ev.actor';
  const targetExpr = known.target !== undefined ? num(known.target) : 'ev.target';
  // `d` or `d:…`; most details differ in length or in the character after `d`, which is cheaper to test.
  const detailTest = (d: string): Test => {
    if (known.detail !== undefined) return known.detail === d || known.detail.startsWith(`${d}:`) ? 'true' : 'false';
    return `(ev.detail === ${K.ref(d)} || (ev.detail.length > ${idx(d.length)} && ev.detail.charCodeAt(${idx(d.length)}) === 58 && ev.detail.startsWith(${K.ref(`${d}:`)})))`;
  };
  // Counters of `happened` conditions.
  const counted = new Set<number>();
  for (const k of m.countersByKind.get(kind) ?? []) {
    const c = m.counters[k]!;
    const tests: Test[] = [];
    if (c.actor >= 0) tests.push(fieldIs('actor', c.actor));
    if (c.target >= 0) tests.push(fieldIs('target', c.target));
    tests.push(`${intensity} >= ${K.value(c.minIntensity)}`);
    if (c.nuclear !== undefined) tests.push(known.nuclear !== undefined ? (known.nuclear === c.nuclear ? 'true' : 'false') : `ev.nuclear === ${c.nuclear ? 'true' : 'false'}`);
    if (c.detail !== undefined) tests.push(detailTest(c.detail));
    const lines = guarded(conj(tests), `s.counters[${idx(k)}]++;`);
    if (lines.length > 0) counted.add(k);
    body.push(...lines);
  }
  body.push(...outcomeChecks(m, K, kind, 'ev.seq', site === undefined ? undefined : (reads) =>
    [...reads.counters].some((k) => counted.has(k)) || (site.kind === 'variable' && (site.ref === undefined || reads.vars.has(site.ref)))));
  // Obligations judging their casus.
  if (kind === 'armedAttack') body.push(...attackCode(m, known));
  else if (kind === 'threat') body.push('H.onThreat(s, ev);');
  else if (kind === 'signal' || kind === 'hostileAct') {
    // run/obligations.ts onAct, unrolled: each obligation's clauses for this kind in order, the
    // clause's kinds tested inline (exact words: no prefix), the rest of the clause by the shared rule.
    for (const i of m.actsByKind.get(kind) ?? []) {
      const o = m.obligations[i]!;
      const label = `obligation${idx(i)}`;
      const clauses: string[] = [];
      o.acts.forEach((c, k) => {
        if (c.event !== kind) return;
        const kinds: Test = !c.kinds ? 'true' : c.kinds.length === 0 ? 'false'
          : known.detail !== undefined ? (c.kinds.includes(known.detail) ? 'true' : 'false')
          : `(${c.kinds.map((d) => `ev.detail === ${K.ref(d)}`).join(' || ')})`;
        const test = conj([kinds, `H.actClause(s, ev, ${idx(i)}, ${idx(k)})`]);
        if (test !== 'false') clauses.push(`  if (${test}) break ${label};`);
      });
      if (clauses.length === 0) continue;
      const other: Test = known.actor !== undefined ? (known.actor !== o.obligated ? 'true' : 'false') : `ev.actor !== ${num(o.obligated)}`;
      if (other === 'false') continue;
      body.push(`${label}: if (${other}) {`, ...clauses, '}');
    }
  }
  // Decision points listening for this kind.
  for (const i of m.listeners.get(kind) ?? []) {
    const dp = m.decisionPoints[i]!;
    const tests: Test[] = [];
    if (dp.by) tests.push(anyOf('actor', dp.by));
    if (dp.on) tests.push(anyOf('target', dp.on));
    if (dp.kind !== undefined) tests.push(detailTest(dp.kind));
    tests.push(`${intensity} >= ${K.value(dp.minIntensity)}`);
    if (conj(tests) === 'false') continue;
    if (dp.when) {
      // The owner is `$self`; the event's actor and target are `$actor` and `$target`.
      const roles = { self: idx(dp.actor), actor: actorExpr, target: targetExpr };
      tests.push(conditionCode(dp.spec.when!, m, (x) => K.value(x), roles) ?? `${K.ref(dp.when)}(s, ${num(dp.actor)}, ${actorExpr}, ${targetExpr})`);
    }
    body.push(...guarded(conj(tests), `H.hear(s, ${idx(i)}, ${actorExpr}, ${targetExpr}, ev.seq);`));
  }
  return body;
}

/**
 * Generates the source of `recorded(s, ev)` specialised for `m`: a switch on the event's kind
 * calling one function per kind (`prelude`, declared once beside it). One function per kind rather
 * than every kind's code in the switch: V8 throws away and rebuilds the optimised code of a whole
 * function the first time one of its branches is taken (here, the first event of a rare kind, or
 * a rare branch of a frequent one; in a nested design, again and again as each draw's runs meet
 * new ones), and the rebuild of one large function cost 30–70 ms of the optimiser each time
 * (korea-2024), where a kind's own function costs a fraction of that.
 */
export function recordSource(m: Model): { body: string; prelude: string; slots: Slots } {
  const K = new Slots();
  const lines: string[] = ['switch (ev.kind) {'];
  const prelude: string[] = [];
  let functions = 0;
  for (const kind of CASE_ORDER) {
    const body = kindBody(m, K, kind, undefined);
    // A frequent kind nothing hears keeps its case (empty) in its place: its events leave the
    // switch at that case, not after testing every case below it.
    if (body.length === 0 && !(FREQUENT as readonly string[]).includes(kind)) continue;
    // Event kinds are the engine's own words, not scenario text; the functions are named by number.
    if (body.length === 0) { lines.push(`case ${JSON.stringify(kind)}: break;`); continue; }
    const f = `kind${idx(functions++)}`;
    prelude.push(`function ${f}(s, ev) { // ${JSON.stringify(kind)}`, ...body.map((l) => `  ${l}`), '}');
    lines.push(`case ${JSON.stringify(kind)}: ${f}(s, ev); break;`);
  }
  lines.push('}');
  return { body: lines.join('\n'), prelude: prelude.join('\n'), slots: K };
}

/** Generates the source of the follow-up of the events recorded at `site`: one kind, no switch. */
export function recordSiteSource(m: Model, site: RecordSite): { body: string; slots: Slots } {
  const K = new Slots();
  return { body: kindBody(m, K, site.kind, site).join('\n'), slots: K };
}

/**
 * The compiled follow-up of the events one compiled effect records (see {@link RecordSite});
 * undefined when nothing follows them (no counter, outcome, obligation or decision point can
 * take notice of them).
 */
export function compileRecordedAt(m: Model, site: RecordSite): ((s: RunState, ev: SimEvent) => void) | undefined {
  // Whether anything follows a site is decided by the model's structure (which counters, outcomes,
  // clauses and listeners can take notice; numbers only ever add a test to code that is there):
  // a site found to need nothing is not generated again for the scenario's other models.
  let none = QUIET_SITES.get(m.scenario);
  if (none === undefined) { none = new Set(); QUIET_SITES.set(m.scenario, none); }
  const key = recordSiteKey(site);
  if (none.has(key)) return undefined;
  const { body, slots } = recordSiteSource(m, site);
  if (body === '') { none.add(key); return undefined; }
  return instantiate('recordedAt', 's, ev', body, slots, HELPERS);
}

/** A site's identity: sites with the same key get the same follow-up. */
export function recordSiteKey(site: RecordSite): string {
  return JSON.stringify([site.kind, site.detail, site.actor, site.target, site.intensity, site.nuclear, site.ref]);
}

/** The record sites of each scenario that nothing follows (see {@link compileRecordedAt}). */
const QUIET_SITES = new WeakMap<object, Set<string>>();

/** The compiled follow-up of recording an event in `m` (call only where code generation is allowed). */
export function compileRecorded(m: Model): (s: RunState, ev: SimEvent) => void {
  const { body, prelude, slots } = recordSource(m);
  return instantiate('recorded', 's, ev', body, slots, HELPERS, prelude);
}
