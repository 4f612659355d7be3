/**
 * A hand-written loop of the tutorial scenario, for the benchmark's side-by-side figure: what a
 * specialised program of the same model does per run when written by hand — typed arrays, no
 * objects, constants inlined, the engine's random-number rules (keyed numbers, thinned triggers,
 * geometric de-escalation waits) and the same per-run bookkeeping (first-hit tick of every
 * outcome, counted into histograms).
 *
 * It follows the tutorial's rules (clash trigger thinned against its largest hazard, Aland's
 * answer, Borduria's counter, Carpania's judgment, invocation, response after two ticks and the
 * non-aggression duty, the sanctions draft and its vote, drift, the autumn exercise) but it is a
 * benchmark, not a second engine: it is not proven run-for-run identical to the engine, and its
 * probabilities are close to, not equal to, the engine's.
 */
import { exp, hashString, keyedFloat, log, masterSeedOf, seedFor } from '@casus/engine';

const HORIZON = 52;
const EXERCISE_TICK = 36; // 15 September 2025 in weekly ticks from 6 January
const KEEP_TENSION = 1 - 0.8 / 52;
const KEEP_ENFORCEMENT = 1 - 0.5 / 52;
const CLASH_RATE = 0.625 * 7 / 365; // clash_rate's mean, per week
const MAX_SCALE = 0.5 + 2 * 1; // tension ≤ 1
const Q = 1 - exp(-CLASH_RATE * MAX_SCALE);
const LOG_1_Q = log(1 - Q);
const DEESCALATE = 1 - exp(-0.5 * 7 / 30); // a clash steps down in about two months
const H_CLASH = hashString('trigger:border-clash');
const H_A = hashString('decision:A/answer-attack');
const H_B = hashString('decision:B/answer-strike');
const H_C = hashString('obligation:a-c-1960/defense@C');
const H_N = hashString('obligation:b-c-1990/nonaggression@C');
const H_V = hashString('council:vote');
const H_D = hashString('hazard:deescalation');

/** Outcomes: clash, ally_intervenes, nonaggression_breached, sanctions_vetoed. */
export const HAND_OUTCOMES = 4;

/** Runs [from, to) of the batch seeded with `seed`; adds hits and first-hit ticks into `hits` / `ticks`. */
export function handLoop(seed: number, from: number, to: number, hits: Float64Array, ticks: Float64Array): void {
  const master = masterSeedOf(seed);
  const first = new Int32Array(HAND_OUTCOMES);
  for (let run = from; run < to; run++) {
    first.fill(-1);
    const kClash = seedFor(master, run, H_CLASH);
    let tension = 0.3, enforcement = 0.6;
    let rungAB = 1, rungCB = 0; // 0 peace, 1 tension, 2 crisis, 3 clash, 4 war
    let attacksByB = 0, drafted = 0, nA = 0, nB = 0, nC = 0, nV = 0;
    let respondAt = -1, deescAt = -1, arrivals = 0;
    let cand = 0;
    let next = Math.floor(log(1 - keyedFloat(kClash, 0)) / LOG_1_Q);
    for (let t = 0; t <= HORIZON; t++) {
      if (t > 0) { tension = 0.3 + (tension - 0.3) * KEEP_TENSION; enforcement = enforcement * KEEP_ENFORCEMENT; }
      if (t === EXERCISE_TICK) tension = Math.min(1, tension + 0.3);
      let clash = false;
      if (next === t) {
        const k = cand++;
        next = t + 1 + Math.floor(log(1 - keyedFloat(kClash, 2 * k + 2)) / LOG_1_Q);
        if (rungAB >= 1) {
          const x = CLASH_RATE * (0.5 + 2 * tension);
          const uq = keyedFloat(kClash, 2 * k + 1) * Q;
          clash = uq < x && uq < 1 - exp(-x);
        }
      }
      if (clash) {
        attacksByB++;
        if (rungAB < 3) { rungAB = 3; deescAt = t + Math.floor(log(1 - keyedFloat(seedFor(master, run, H_D ^ ++arrivals), 0)) / log(1 - DEESCALATE)); }
        if (first[0]! < 0) first[0] = t;
        // Aland answers: protest (weight 2) or strike back (logistic in tension).
        const strike = 1 / (1 + exp(1 - 2 * tension));
        if (keyedFloat(seedFor(master, run, H_A), nA++) * (2 + strike) >= 2) {
          // Borduria absorbs (3) or invades (1).
          if (keyedFloat(seedFor(master, run, H_B), nB++) * 4 >= 3) rungAB = 4;
        }
        // Carpania judges (deny 0.1) and invokes; it responds two ticks later.
        if (respondAt < 0 && keyedFloat(seedFor(master, run, H_C), nC++) >= 0.1) respondAt = t + 2;
      }
      if (respondAt === t) {
        respondAt = -1;
        if (keyedFloat(seedFor(master, run, H_C), nC++) < 0.8) {
          rungCB = 4;
          if (first[1]! < 0) first[1] = t;
          if (keyedFloat(seedFor(master, run, H_N), 0) >= 0.5 && first[2]! < 0) first[2] = t;
        }
      }
      if (attacksByB >= 2 && drafted === 0) {
        drafted = 1;
        // Borduria votes no with probability 0.9: a veto.
        if (keyedFloat(seedFor(master, run, H_V), nV++) < 0.9 && first[3]! < 0) first[3] = t;
      }
      if (deescAt === t && rungAB === 3) { rungAB = 2; deescAt = -1; }
    }
    for (let o = 0; o < HAND_OUTCOMES; o++) {
      const f = first[o]!;
      if (f >= 0) { hits[o]!++; ticks[o * (HORIZON + 1) + f]!++; }
    }
    if (rungCB < 0 || enforcement < 0) throw new Error('unreachable');
  }
}

/** Size of the `ticks` histogram array. */
export const HAND_TICKS = HAND_OUTCOMES * (HORIZON + 1);
