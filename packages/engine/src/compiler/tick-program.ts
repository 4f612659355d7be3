/**
 * The scenario compiler: a compiled model becomes one specialised JavaScript function for the
 * start of every tick — pacts lapsing, monitoring mandates running out, variables drifting toward
 * their baselines, sanctions regimes eroding or recovering, outcomes re-checked, triggers, injects —
 * with indices, rates, bounds and cooldowns as literals, conditions inlined as array reads
 * (compiler/condition-code.ts), and loops unrolled over only the items that can change (a pact
 * that never lapses, a variable that does not drift, a trigger without a candidate tick produce no
 * code at all).
 *
 * The generated function does exactly what run/tick.ts `beginTick` does, in the same order, with
 * the same draws; the rules it reaches (effects, obligations, the Council, doctrine) are the
 * shared ones. It is built with `new Function` once per scenario structure and instantiated per
 * compiled model (see {@link compileTick}), so the parameter draws of a design share one optimised
 * function; where code generation is not allowed (a page under a strict content-security policy) the
 * interpreted path is used. The batch engine runs it; the reference engine never does, so the
 * whole-trace differential property (tests/properties/differential.test.ts) proves the two equal.
 *
 * No text from a scenario becomes code: indices and states are written as exact literals, the
 * model's values (rates, thresholds, baselines) are read from a numeric slot array, and every
 * string, array and closure from a constant slot (compiler/code.ts).
 *
 * @module
 */
import type { Model } from '../model/model.js';
import { hazardPerTick } from '../model/compile.js';
import { TABLES } from '../machines/host.js';
import type { RunState, TickProgram } from '../run/state.js';
import { rec } from '../run/effects.js';
import { enterForce, lapsePact, membership } from '../run/obligations.js';
import { deescalationHazards, fireDue, outsideMonitoring, queueInjects, rearmTrigger } from '../run/tick.js';
import { baselineWithoutPanel } from '../model/model.js';
import { dueWords, passCandidate, triggerBits, triggerClock } from '../run/trigger-clock.js';
import { codeGenerationAllowed, idx, instantiate, num, Slots } from './code.js';
import { CONDITION_HELPERS, conditionCode } from './condition-code.js';
import { compileRecorded, outcomeChecks } from './record-program.js';
import { compileEffects } from './effect-program.js';
import { compileOptionWeights } from './doctrine-program.js';
import { NO_ROLES, WEIGHT_HELPERS, weightCode } from './weight-code.js';
import { noticesFallDue } from '../run/denunciation.js';
import { metricHolds } from '../run/metrics.js';

const FAR_FUTURE = 2 ** 31 - 1;

/** What the generated code calls: the shared rules and helpers. */
const HELPERS = {
  rec, lapsePact, enterForce, membership, fireDue, rearmTrigger, queueInjects, passCandidate, triggerBits, hazardPerTick, deescalationHazards,
  outsideMonitoring, baselineWithoutPanel, ...WEIGHT_HELPERS,
  ...CONDITION_HELPERS,
  // Notices of denunciation falling due (1.6).
  noticesFallDue,
  // Rare triggers in functions of their own (splitTriggers).
  ownCandidates,
  // A candidate's acceptance at its hazard, out of the start of a tick.
  hazardAccepts,
  // The end of a tick: a `ticks` metric's condition the generated code leaves to its closure.
  metricHolds,
};

/** The generated source of a model's start-of-tick, and the constants it reads (for tests and inspection). */
export interface TickSource {
  readonly body: string;
  /** Declarations beside `beginTick`: with `split`, the triggers' own functions and their table. */
  readonly prelude: string;
  readonly constants: readonly unknown[];
  readonly slots: Slots;
}

/**
 * Generates the source of `beginTick(s, t)` specialised for `m`. With `split`, a trigger that does
 * nothing but wait for candidate ticks drawn below one a tick gets a function of its own, called
 * from the start of a tick through one shared site only at its candidates ({@link splitTriggers}).
 */
export function tickSource(m: Model, options: { readonly split?: boolean } = {}): TickSource {
  const K = new Slots();
  const lines: string[] = [];
  const out = (line: string): void => { lines.push(line); };
  const prelude: string[] = [];
  const RG = { inForce: TABLES.regime.state('in_force'), eroding: TABLES.regime.state('eroding'), erode: TABLES.regime.event('ERODE'), restore: TABLES.regime.event('RESTORE') };
  const TR = { armed: TABLES.trigger.state('armed'), cooldown: TABLES.trigger.state('cooldown') };

  out('s.tick = t;');
  out(`s.day = ${K.ref(m.clock.days)}[t];`);
  out('s.curDay = s.day;');
  out('s.eventsThisTick = 0;');

  // Pacts lapse, or enter into force during the run: only those with such a date.
  const days = m.clock.days;
  for (let p = 0; p < m.pacts.length; p++) {
    const { lapsedDay, inForceDay } = m.pacts[p]!;
    const P = idx(p);
    const lapses = lapsedDay < FAR_FUTURE;
    // days[t − 1] < inForceDay can hold for some t ≥ 1 only when the pact enters into force after day 0.
    const enters = inForceDay > days[0]!;
    const enter = `t > 0 && ${K.ref(days)}[t - 1] < ${num(inForceDay)} && s.pactInForce(${P})`;
    if (lapses) {
      out(`if (s.pactLapsed[${P}] === 0 && s.day >= ${num(lapsedDay)}) { s.pactLapsed[${P}] = 1; H.lapsePact(s, ${P}); }`);
      if (enters) out(`else if (${enter}) H.enterForce(s, ${P}, -1);`);
    } else if (enters) {
      out(`if (${enter}) H.enterForce(s, ${P}, -1);`);
    }
    // Notices of denunciation given in the run falling due: only pacts that can be denounced, and
    // only once a notice has been given (as run/tick.ts).
    if (m.pacts[p]!.denunciation !== undefined) out(`if (s.noticeGiven !== 0) H.noticesFallDue(s, ${P});`);
    // Parties joining or leaving on their own dates (only pacts that have such dates), or by a notice.
    if (m.pacts[p]!.dated) out(`if (s.pactLapsed[${P}] === 0 && s.pactInForce(${P})) H.membership(s, ${P});`);
    else if (m.pacts[p]!.staggered) out(`if (s.noticeGiven !== 0 && s.pactLapsed[${P}] === 0 && s.pactInForce(${P})) H.membership(s, ${P});`);
  }
  // Monitoring mandates run out (any regime can be given a mandate by a Council resolution).
  for (const g of m.regimes) {
    const r = idx(g.index);
    // With monitoring outside the Council the baseline depends on the day: the shared rule reads it.
    const without = g.outside.length > 0 ? `H.baselineWithoutPanel(s.model.regimes[${r}], s.day)` : K.value(g.baselineWithout);
    // Both tests on every tick (`&`, not `&&`: both reads are pure): a read made only once the
    // other test first passes (a mandate given by a Council resolution, or running out, hundreds
    // of runs into a batch) has no type feedback then, and threw the optimised start of a tick away.
    out(`if ((s.regimeMonitored[${r}] !== 0) & (s.day > s.regimeMonitoredUntil[${r}])) { s.regimeMonitored[${r}] = 0; s.baseline[${idx(g.variable)}] = ${without}; `
      + `H.rec(s, 'monitoring', ${K.ref(`mandate:${g.id}`)}, -1, { detail: 'lapsed', ref: ${r}, target: ${num(g.target)} }); }`);
    // The days an outside mechanism starts or ends are known here: the shared rule is called only
    // at the ticks where one does (on every other tick it would find nothing to do).
    if (g.outside.length > 0) {
      const at = outsideMonitoringTicks(g.outside, days);
      if (at.includes(1)) out(`if (${K.ref(at)}[t] === 1) H.outsideMonitoring(s, ${r}, t);`);
    }
  }
  // Drift toward the baseline: only variables that revert.
  const drifting = m.variables.map((v, i) => [v, i] as const).filter(([v]) => v.keep < 1);
  if (drifting.length > 0) {
    out('if (t > 0) {');
    out('  const x = s.vars, b = s.baseline;');
    for (const [v, i] of drifting) out(`  x[${idx(i)}] = b[${idx(i)}] + (x[${idx(i)}] - b[${idx(i)}]) * ${K.value(v.keep)};`);
    out('}');
  }
  // Regimes erode below one level of their variable and recover above another.
  for (const g of m.regimes) {
    const r = idx(g.index);
    const cause = K.ref(`drift:${m.variables[g.variable]!.id}`);
    out('{');
    out(`  const st = s.machine.regime[${r}], x = s.vars[${idx(g.variable)}];`);
    out(`  if (st === ${num(RG.inForce)} && x < ${K.value(g.erodesBelow)}) { s.send('regime', ${r}, ${num(RG.erode)}); H.rec(s, 'sanctions', ${cause}, -1, { detail: 'eroding', ref: ${r}, target: ${num(g.target)} }); }`);
    out(`  else if (st === ${num(RG.eroding)} && x >= ${K.value(g.restoresAbove)}) { s.send('regime', ${r}, ${num(RG.restore)}); H.rec(s, 'sanctions', ${cause}, -1, { detail: 'in_force', ref: ${r}, target: ${num(g.target)} }); }`);
    out('}');
  }
  for (const line of outcomeChecks(m, K, 'tick', '-1')) out(line);

  // Triggers, in declared order.
  const clock = triggerClock(m);
  const cond = (c: unknown, closure: unknown): string => {
    const code = c === undefined ? undefined : conditionCode(c as never, m, (x) => K.value(x));
    return code ?? `${K.ref(closure)}(s, -1, -1, -1)`;
  };
  // The calendar of candidate ticks (run/trigger-clock `markDue`): this tick's words, read once and
  // cleared; a trigger is looked at for a candidate only when its bit is set.
  const W = dueWords(m.triggers.length);
  const word = (i: number): string => `d${i >> 5}`;
  const bit = (i: number): string => num((1 << (i & 31)) | 0);
  const hasCandidates = m.triggers.some((tr) => tr.stochastic && clock.q[tr.index]! > 0);
  // Scheduled ticks are known here: a word per tick, bit i set when trigger i is scheduled then
  // (words `t · W + ⌊i / 32⌋`, like the calendar's). A trigger with nothing but its schedule is
  // looked at only on its ticks; one with more reads its schedule from the word.
  const scheduleWords = scheduledWords(m, W);
  const anyScheduled = m.triggers.some((tr) => tr.scheduled.size > 0);
  if (hasCandidates || anyScheduled) out(`const at = t * ${num(W)};`);
  if (hasCandidates) {
    out('const due = s.triggerDue;');
    for (let w = 0; w < W; w++) out(`const d${w} = due[at + ${num(w)}]; due[at + ${num(w)}] = 0;`);
  }
  if (anyScheduled) {
    out(`const sched = ${K.ref(scheduleWords)};`);
    for (let w = 0; w < W; w++) out(`const e${w} = sched[at + ${num(w)}];`);
  }
  const sword = (i: number): string => `e${i >> 5}`;
  out('const next = s.triggerNext, mt = s.machine.trigger;');
  // Which triggers fire this tick, a bit each: they fire after the last trigger is looked at, in
  // declared order, from one call site. Firing changes nothing a trigger's condition, schedule or
  // candidate reads (only the trigger's own lifecycle and the queue), so the order of the queue and
  // of every draw is as if each fired where it was found to. One site instead of one per trigger
  // spares the optimised code a rebuild each time a trigger fires for the first time.
  for (let w = 0; w < W; w++) out(`let f${w} = 0;`);
  const own = options.split === true ? splitTriggers(m) : new Set<number>();
  // Consecutive triggers with functions of their own are called from one site, between the
  // triggers before and after them: declared order is kept (draws are logged in that order).
  let pending: number[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const masks = new Map<number, number>();
    for (const t of pending) masks.set(t >> 5, (masks.get(t >> 5) ?? 0) | (1 << (t & 31)));
    for (const [w, mask] of masks) {
      out(`if ((d${w} & ${num(mask | 0)}) !== 0) f${w} |= H.ownCandidates(s, t, d${w} & ${num(mask | 0)}, ${num(w * 32)}, $own);`);
    }
    pending = [];
  };
  const table: string[] = [];
  for (const tr of m.triggers) {
    const i = idx(tr.index);
    const spec = m.scenario.triggers[tr.index]!;
    const q = clock.q[tr.index]!;
    const candidates = tr.stochastic && q > 0;
    const scheduled = tr.scheduled.size > 0;
    if (!candidates && !scheduled && !tr.becomes) continue; // can never fire
    const isCandidate = `(${word(tr.index)} & ${bit(tr.index)}) !== 0 && next[${i}] === t`;
    // A trigger with nothing but candidate ticks (no schedule, no edge, no cooldown to run out)
    // does nothing on other ticks: its whole block waits for its next candidate.
    const onlyCandidates = candidates && !scheduled && !tr.becomes && !(tr.cooldown > 0);
    // Likewise a trigger with nothing but a schedule waits for its scheduled ticks.
    const onlyScheduled = scheduled && !candidates && !tr.becomes && !(tr.cooldown > 0);
    const isScheduled = `(${sword(tr.index)} & ${bit(tr.index)}) !== 0`;
    /** The trigger's block, into `emit`: inline in the start of a tick, or (`alone`) as its own function's body. */
    const emitTrigger = (emit: (line: string) => void, alone: boolean): void => {
      const fire = (k: number): string => alone ? `f = ${bit(k)};` : `f${k >> 5} |= ${bit(k)};`;
      emit(alone ? '{' : onlyCandidates ? `if (${isCandidate}) { // trigger ${tr.index}` : onlyScheduled ? `if (${isScheduled}) { // trigger ${tr.index}` : `{ // trigger ${tr.index}`);
      // The candidate is passed and the next one marked in the calendar. A candidate every tick
      // (q = 1) draws no wait: passCandidate's bookkeeping, inline.
      const w = num(tr.index >> 5);
      const pass = [
        `if (${K.value(q)} >= 1) { next[${i}] = t + 1; due[at + ${num(W)} + ${w}] |= ${bit(tr.index)}; cand = s.triggerCandidate[${i}]++; }`,
        `else { cand = H.passCandidate(s, ${i}, t); const n = next[${i}] * ${num(W)} + ${w}; if (n < due.length) due[n] |= ${bit(tr.index)}; }`,
      ];
      if (candidates) emit('  let cand = -1;');
      if (onlyCandidates) for (const line of pass) emit(`  ${line}`);
      else if (candidates) { emit(`  if (${isCandidate}) {`); for (const line of pass) emit(`    ${line}`); emit('  }'); }
      emit(`  let st = mt[${i}];`);
      if (tr.cooldown > 0) emit(`  if (st === ${num(TR.cooldown)} && t >= s.triggerCoolUntil[${i}]) { H.rearmTrigger(s, ${i}); st = ${num(TR.armed)}; }`);
      if (tr.becomes) {
        emit('  let edge = false;');
        emit(`  { const now = ${cond(spec.becomes, tr.becomes)}; edge = now && s.triggerLast[${i}] === 0; s.triggerLast[${i}] = now ? 1 : 0; }`);
      }
      emit(`  if (st === ${num(TR.armed)}) {`);
      const when = tr.when ? cond(spec.when, tr.when) : 'true';
      // Fired by its edge or its schedule, the trigger still needs its condition. Otherwise a
      // candidate tests the condition once, before its number is drawn: nothing between that test
      // and the firing (a keyed number, the hazard) changes the state, so it is not tested again.
      // A trigger with neither edge nor schedule gets no code for them (smaller code to optimise).
      let orElse = '';
      if (scheduled || tr.becomes) {
        // A trigger with nothing but a schedule is here only on its scheduled ticks.
        if (onlyScheduled) emit(`    if (${when}) ${fire(tr.index)}`);
        else {
          const why = [tr.becomes ? 'edge' : '', scheduled ? isScheduled : ''].filter((x) => x !== '').join(' || ');
          emit(`    if (${why}) { if (${when}) ${fire(tr.index)} }`);
        }
        orElse = 'else ';
      }
      if (candidates) {
        if (tr.constantP >= q) emit(`    ${orElse}if (cand >= 0 && ${when}) ${fire(tr.index)}`);
        // The number is its word made a float here (run/trigger-clock `triggerBits`: no boxed result).
        else if (tr.constantP >= 0) emit(`    ${orElse}if (cand >= 0 && ${when}) { const w = H.triggerBits(s, ${i}, 2 * cand + 1); if (${UNIT_OF_W} < ${K.value(tr.constantP)}) ${fire(tr.index)} }`);
        else {
          emit(`    ${orElse}if (cand >= 0 && ${when}) {`);
          const scale = weightCode(spec.scale!, m, NO_ROLES, (x) => K.value(x)) ?? `${K.ref(tr.scale)}(s, -1, -1, -1)`;
          emit(`      const x = ${K.value(tr.ratePerTick)} * ${scale};`);
          emit(`      const w = H.triggerBits(s, ${i}, 2 * cand + 1), uq = ${UNIT_OF_W} * ${K.value(q)};`);
          // At every candidate whose condition holds (see hazardAccepts).
          emit(`      if (H.hazardAccepts(uq, x)) ${fire(tr.index)}`);
          emit('    }');
        }
      }
      emit('  }');
      emit('}');
    };
    if (own.has(tr.index)) {
      // Its own function: the block above, called at a candidate (the caller has tested the bit),
      // returning the trigger's fire bit.
      pending.push(tr.index);
      const body: string[] = [];
      emitTrigger((line) => { body.push(line); }, true);
      prelude.push(`function trigger${i}(s, t) {`, `  const next = s.triggerNext;`, `  if (next[${i}] !== t) return 0;`,
        `  const at = t * ${num(W)}, due = s.triggerDue, mt = s.machine.trigger;`, '  let f = 0;',
        ...body.slice(1, -1), '  return f;', '}');
      table[tr.index] = `trigger${i}`;
      continue;
    }
    flush();
    emitTrigger(out, false);
  }
  flush();
  if (table.length > 0) prelude.push(`const $own = [${Array.from(table, (f) => f ?? 'null').join(', ')}];`);
  // The lowest bit first: declared order. The loop over the bits is the helper's, not this
  // function's: a function with a loop can be compiled by V8 for entry at the loop (on-stack
  // replacement) after a rebuild, and then every later call runs the rest of its body unoptimised
  // until the loop is reached — seen as korea-2024 batches at a quarter of the usual rate.
  for (let w = 0; w < W; w++) out(`if (f${w} !== 0) H.fireDue(s, f${w}, ${w * 32}, t);`);
  // Injects only with a situation or a white cell's own (most batches have neither): no call otherwise.
  out('if (s.situation !== undefined || s.injects.length > 0) H.queueInjects(s, t);');
  return { body: lines.join('\n'), prelude: prelude.join('\n'), constants: K.values, slots: K };
}

/**
 * A trigger's number from its word `w` (a signed int32, run/trigger-clock `triggerBits`): the same
 * double as `(w >>> 0) / 2³²` — for w < 0, w / 2³² + 1 = (w + 2³²) / 2³² exactly, both sides
 * multiples of 2⁻³² in [0.5, 1) — without an unsigned 32-bit intermediate. V8 types `w >>> 0` as
 * a small integer while it has seen only words under 2³¹, and the first larger one (a rarely
 * reached trigger's second number, say) threw the optimised start of a tick away ("lost
 * precision"); `w >>> 31` is 0 or 1.
 */
export const UNIT_OF_W = '(w / 4294967296 + (w >>> 31))';

/**
 * Whether a candidate with number `uq` (scaled to the candidate bound) fires at hazard `x`: uq <
 * hazardPerTick(x) = 1 − e^(−x) (rounded), as run/tick.ts tests it. x − x²/2 ≤ 1 − e^(−x) for
 * every x ≥ 0, and for x ≤ 2 the two sides' rounding errors are below 2e-15, so a number more than
 * 1e-12 under x − x²/2 is accepted without the exponential; any other (and x above 2, NaN or
 * infinite, where the bound is not below) asks the hazard itself. A helper rather than code in
 * the start of a tick: its rare branch, the exponential, is reached for the first time hundreds of
 * runs into a batch, and then rebuilds this small function, not the start of a tick.
 */
export function hazardAccepts(uq: number, x: number): boolean {
  return uq < x && (uq < x - 0.5 * x * x - 1e-12 || uq < hazardPerTick(x));
}

/**
 * Candidates rarer than this (a chance per tick) make a trigger rare: at most one candidate in 32
 * ticks, so a call per candidate costs nothing that shows, where korea-2024's frequent triggers
 * (a candidate every few ticks), called the same way, cost its batches 5% (a call per candidate
 * instead of code inline).
 */
const RARE_CANDIDATE_BELOW = 1 / 32;

/**
 * The triggers that get functions of their own in a split start of a tick: those that do nothing
 * but wait for candidate ticks (no schedule, edge or cooldown), and whose candidates are rare. V8
 * builds optimised code for a function from what its branches have done so far and throws the
 * whole of it away the first time a branch never taken is taken. A rare trigger's first candidate,
 * or its first in a state where its condition holds, comes hundreds or thousands of runs into a
 * batch; each cost korea-2024's start of a tick (~16 KB of source) a rebuild of 30–140 ms of the
 * optimiser, about ten times per worker. In a function of its own it costs a rebuild of that
 * small function at most, and a trigger this rare is rarely optimised at all. Frequent triggers
 * stay inline: their branches are all taken early in a batch, while the code is still cheap to
 * rebuild.
 */
export function splitTriggers(m: Model): Set<number> {
  const clock = triggerClock(m);
  // Which triggers are rare is read from the first model of a scenario compiled here, and kept for
  // the others (its parameter draws): a trigger's bound moves with the drawn rates, and a set read
  // anew from each draw would give the draws several sources, each compiled and optimised apart.
  let rare = RARE.get(m.scenario);
  if (rare === undefined) {
    rare = new Set(m.triggers.filter((tr) => clock.q[tr.index]! < RARE_CANDIDATE_BELOW).map((tr) => tr.index));
    RARE.set(m.scenario, rare);
  }
  const own = new Set<number>();
  for (const tr of m.triggers) {
    const waitsOnly = tr.stochastic && clock.q[tr.index]! > 0 && tr.scheduled.size === 0 && !tr.becomes && !(tr.cooldown > 0);
    if (waitsOnly && rare.has(tr.index)) own.add(tr.index);
  }
  return own;
}

/** The rare triggers of each scenario, by its first model compiled here (see {@link splitTriggers}). */
const RARE = new WeakMap<object, Set<number>>();

/** Whether each scenario's start of a tick is too long to paste into the run loop, by its first model compiled here. */
const LARGE = new WeakMap<object, boolean>();

/**
 * The triggers of `bits` (bit k: trigger `base + k`) at a candidate tick, lowest bit first (declared
 * order), each by its own function in `own`; returns the bits of those that fire. The calls are
 * made from this one site for every trigger of every scenario: the start of a tick that calls this
 * has a single site, which a trigger met for the first time does not invalidate.
 */
export function ownCandidates(s: RunState, t: number, bits: number, base: number, own: readonly (((s: RunState, t: number) => number) | null)[]): number {
  let f = 0;
  for (let b = bits; b !== 0; b &= b - 1) f |= own[base + 31 - Math.clz32(b & -b)]!(s, t);
  return f;
}

/**
 * The schedule of every trigger as words per tick: bit `i mod 32` of word `t · W + ⌊i / 32⌋` is set
 * when trigger `i` is scheduled at tick `t` (ticks 0 to the horizon; others are never reached).
 */
export function scheduledWords(m: Model, W: number): Int32Array {
  const words = new Int32Array((m.clock.horizon + 1) * W);
  for (const tr of m.triggers) {
    for (const k of tr.scheduled) if (k >= 0 && k <= m.clock.horizon) words[k * W + (tr.index >> 5)] |= 1 << (tr.index & 31);
  }
  return words;
}

/**
 * The ticks (after the first) at which monitoring outside the Council starts or ends for one
 * regime, marked with 1: where run/tick.ts `outsideMonitoring` finds something to do, by the same
 * tests on the clock's days.
 */
export function outsideMonitoringTicks(outside: readonly { readonly fromDay: number; readonly toDay: number }[], days: Int32Array): Uint8Array {
  const at = new Uint8Array(days.length);
  for (let t = 1; t < days.length; t++) {
    const prev = days[t - 1]!, day = days[t]!;
    for (const o of outside) {
      const started = prev < o.fromDay && day >= o.fromDay;
      const ended = prev <= o.toDay && day > o.toDay;
      if (started !== ended) at[t] = 1;
    }
  }
  return at;
}

/**
 * Tick bodies longer than this (characters of source) are called from the run loop rather than
 * pasted into it. V8 throws away and rebuilds the optimised code of a whole function each time a
 * branch it has never seen taken is first taken (a pact lapsing, a regime eroding, a trigger's
 * first firing; in a nested design, ten times or so): for a large scenario's start of a tick
 * pasted into the loop, each rebuild cost about a tenth of a second of the optimiser, more than
 * the call saves. The tutorial's (1.9 KB) is pasted, korea-2024's (16 KB) is called, with its
 * rare triggers in functions of their own ({@link splitTriggers}).
 */
const INLINE_TICK_BELOW = 4000;

/** Arrays of the run's state that are made with it and never replaced (readonly in run/state.ts). */
const FIXED_ARRAYS = new Set([
  'vars', 'baseline', 'rung', 'counters', 'triggerDue', 'triggerNext', 'triggerLast', 'triggerCandidate', 'triggerCoolUntil',
  'regimeMonitored', 'regimeMonitoredUntil', 'pactLapsed', 'outcomeTick', 'outcomeEvent', 'machine.regime', 'machine.trigger',
]);

/** `body` reading the state's fixed arrays from locals, and the declarations of those locals. */
function hoistArrays(body: string): { body: string; decls: string[] } {
  const arrays = new Set<string>();
  const out = body.replace(/\bs\.((?:machine\.)?[A-Za-z]+)\b(?!\s*=[^=])/g, (whole, name: string) => {
    if (!FIXED_ARRAYS.has(name)) return whole;
    arrays.add(name);
    return `$s_${name.replace('.', '_')}`;
  });
  return { body: out, decls: [...arrays].map((x) => `const $s_${x.replace('.', '_')} = s.${x};`) };
}

/**
 * The source of `runTicks(s, settle, beginTick)`: the rest of a run, tick after tick, in one function — what
 * `Simulator.step` does until the horizon, with the start of a tick (`tickBody`) inline. A quiet
 * tick (nothing due, no decision, no de-escalation to draw) then costs no call at all; `settle`
 * (run/simulator.ts) is called only when there is something to settle. The names it declares
 * begin with `$` so as not to meet the tick body's. `numbers`: the slots the loop is instantiated
 * with, for the numbers of its `ticks` metrics' conditions ({@link tickMetricLines}).
 */
export function runSource(m: Model, tickBody: string, inline = tickBody.length <= INLINE_TICK_BELOW, numbers?: Slots): string {
  const horizon = num(m.clock.horizon);
  const due = '{ const $top = $queue.peek(); if (($top !== undefined && $top.tick <= s.tick) || s.decisions.length > 0 || s.awaitingWhen) settle(s); }';
  // The slots the tick reads (K[i], N[i]: constants for the life of the function) are read once,
  // before the first tick, into locals.
  const slots = new Set<string>();
  // Likewise the state's arrays it reads that are made with the state and never replaced (readonly
  // in RunState; not `machine.draft`, which grows): one read before the first tick, not one a tick.
  const hoisted = hoistArrays(!inline ? '' : tickBody.replace(/\b([KN])\[(\d+)\]/g, (_, k: string, i: string) => { slots.add(`${k}${i}`); return `$${k}${i}`; }));
  const body = hoisted.body;
  return [
    ...[...slots].map((x) => `const $${x} = ${x[0]}[${x.slice(1)}];`),
    ...hoisted.decls,
    'const $queue = s.queue;',
    'for (;;) {',
    '  const t = s.nextTick;',
    `  if (s.status !== 'running' || t > ${horizon}) { if (s.status === 'running') s.status = 'done'; return; }`,
    '  s.decisionRound = 0;',
    ...(inline ? ['  {', ...body.split('\n').map((line) => `    ${line}`), '  }'] : ['  beginTick(s, t);']),
    // After the start of a tick with nothing to settle and no de-escalation due, the second look
    // would find what the first found (nothing ran between them): a quiet tick looks once.
    '  s.phase = 1;',
    '  { const $top = $queue.peek(), $due = ($top !== undefined && $top.tick <= s.tick) || s.decisions.length > 0 || s.awaitingWhen;',
    '    if ($due || s.nextDeescalation <= s.tick) {',
    '      if ($due) settle(s);',
    '      if (s.nextDeescalation <= s.tick) H.deescalationHazards(s);',
    '      s.phase = 2;',
    `      ${due}`,
    '    }',
    '  }',
    '  s.phase = 0;',
    // The `ticks` metrics read at the end of the tick, as Simulator.step reads them.
    ...tickMetricLines(m, numbers),
    '  s.nextTick = s.tick + 1;',
    `  if (s.tick === ${horizon}) { s.status = 'done'; return; }`,
    '}',
  ].join('\n');
}

/**
 * The end of a tick for the `ticks` metrics (run/metrics.ts `countMetricTicks`): each condition as
 * code. Its numbers (a variable's threshold, a count's `atLeast`, which may name a parameter) are
 * read from the number slots the run loop is instantiated with, as the start of a tick reads its
 * own, because the source is shared by every parameter draw of the scenario; without `slots` (a
 * source made for inspection) such a condition, like one the code generator does not write, is
 * left to its closure.
 */
function tickMetricLines(m: Model, slots: Slots | undefined): string[] {
  return m.tickMetrics.map((x, k) => {
    let needsSlot = false;
    const code = conditionCode(m.scenario.metrics![x.id]!.ticks!, m, (v) => {
      if (slots !== undefined) return slots.value(v);
      needsSlot = true;
      return num(v);
    });
    return code !== undefined && !needsSlot ? `  if (${code}) s.metricTicks[${num(k)}]++;` : `  if (H.metricHolds(s, ${num(k)})) s.metricTicks[${num(k)}]++;`;
  });
}

/** The body of `beginTick(s, t)` (called, not pasted: a large scenario's), its fixed arrays read once at its start. */
function beginSource(body: string): string {
  const hoisted = hoistArrays(body);
  return [...hoisted.decls, hoisted.body].join('\n');
}

/**
 * The compiled start-of-tick of `m`, or undefined where code generation is not allowed. Build it
 * once per compiled model (per worker): it is a pure function of the model.
 */
export function compileTick(m: Model): TickProgram | undefined {
  if (!codeGenerationAllowed()) return undefined;
  // A large start of a tick is called from the run loop, and its rare triggers split off
  // (splitTriggers); a small one is pasted into the loop whole. Which one a scenario's is, is
  // read once (its parameter draws share the answer, as they share the source).
  let split = LARGE.get(m.scenario);
  const whole = split === true ? undefined : tickSource(m);
  if (split === undefined) { split = whole!.body.length > INLINE_TICK_BELOW; LARGE.set(m.scenario, split); }
  const { body, prelude, slots } = split ? tickSource(m, { split: true }) : whole!;
  // The tick's body is pasted into the run loop: a `return` in it would end the run.
  if (/\breturn\b/.test(body)) throw new Error('the generated start of a tick must not return');
  // The point of the compiler (see the module comment): the body is built from literals and slots only.
  return {
    beginTick: instantiate('beginTick', 's, t', beginSource(body), slots, HELPERS, prelude),
    // After beginTick is made: the run loop's own number slots (its metrics') follow the tick's.
    runTicks: instantiate('runTicks', 's, settle, beginTick', runSource(m, body, !split, slots), slots, HELPERS),
    recorded: compileRecorded(m), effects: compileEffects(m),
    optionWeights: compileOptionWeights(m),
  };
}
