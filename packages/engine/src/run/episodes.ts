/**
 * War episodes: the connected conflict that one use of force and the obligations it sets off
 * create. Who began a war is a property of the episode, not of each pair of states in it, so an
 * ally that honours a defence obligation fights on the side of the party it defends and inherits
 * that side's standing: its strike on the aggressor is collective self-defence (UN Charter
 * Art. 51), not a new unprovoked attack; and a state that struck first stays the initiator even
 * when its victim's retaliation opens the wider war.
 *
 * Storage is a set of growable typed arrays reset (not reallocated) between runs, so a batch
 * allocates nothing per run once the largest run so far has been seen.
 */

/** No side in the episode. */
export const SIDE_NONE = 0;
/** The side of the state that used force first. */
export const SIDE_INITIATOR = 1;
/** The side of the state it was used against, and of everyone who came to its defence. */
export const SIDE_DEFENDER = 2;

export const SIDE_NAMES = ['none', 'initiator', 'defender'] as const;

/** The opposite side. */
export function otherSide(side: number): number {
  return side === SIDE_INITIATOR ? SIDE_DEFENDER : SIDE_INITIATOR;
}

/** One episode as plain data (snapshots, results). */
export interface EpisodeRecord {
  initiator: number;
  victim: number;
  startTick: number;
  /** Tick it ended, -1 while open. */
  endTick: number;
  /** The event that opened it (-1: a war under way at the start). */
  openedBy: number;
  /** Per actor: 0 none, 1 initiator's side, 2 defender's side. */
  sides: number[];
  /** Per actor: the number of its request for help in this episode, -1 for none (run/request.ts). Absent in older snapshots. */
  requests?: number[];
  /** Per actor: a person's answer to that request (0 asked, 1 did not), -1 for the model's number. */
  answers?: number[];
}

export class Episodes {
  count = 0;
  initiator: Int16Array;
  victim: Int16Array;
  startTick: Int32Array;
  endTick: Int32Array;
  openedBy: Int32Array;
  /** episode × nActors: the side of each actor. */
  side: Int8Array;
  /**
   * episode × nActors: the number of each attacked actor's request for help in this episode (-1:
   * none yet), so that every casus of the episode reads the same request (run/request.ts).
   */
  requestDraw: Float64Array;
  /** episode × nActors: a person's answer to that request (0 asked, 1 did not), -1 for the model's number. */
  requestAnswer: Int8Array;

  constructor(readonly nActors: number, capacity = 8) {
    this.initiator = new Int16Array(capacity);
    this.victim = new Int16Array(capacity);
    this.startTick = new Int32Array(capacity);
    this.endTick = new Int32Array(capacity);
    this.openedBy = new Int32Array(capacity);
    this.side = new Int8Array(capacity * nActors);
    this.requestDraw = new Float64Array(capacity * nActors);
    this.requestAnswer = new Int8Array(capacity * nActors);
  }

  reset(): void {
    this.count = 0;
  }

  /** Opens an episode in which `initiator` used force against `victim`; returns its id. */
  open(initiator: number, victim: number, tick: number, openedBy: number): number {
    if (this.count === this.initiator.length) this.grow();
    const e = this.count++;
    this.initiator[e] = initiator;
    this.victim[e] = victim;
    this.startTick[e] = tick;
    this.endTick[e] = -1;
    this.openedBy[e] = openedBy;
    const n = this.nActors;
    // A loop over the episode's row (one number per actor): the built-in `fill` of a range is a
    // call into C++ that costs several times it.
    for (let k = e * n, end = k + n; k < end; k++) { this.side[k] = SIDE_NONE; this.requestDraw[k] = -1; this.requestAnswer[k] = -1; }
    this.side[e * n + initiator] = SIDE_INITIATOR;
    this.side[e * n + victim] = SIDE_DEFENDER;
    return e;
  }

  isOpen(e: number): boolean {
    return e >= 0 && e < this.count && this.endTick[e]! < 0;
  }

  sideOf(e: number, actor: number): number {
    return this.side[e * this.nActors + actor]!;
  }

  setSide(e: number, actor: number, side: number): void {
    this.side[e * this.nActors + actor] = side;
  }

  close(e: number, tick: number): void {
    this.endTick[e] = tick;
  }

  private grow(): void {
    const cap = this.initiator.length * 2;
    const grow16 = (a: Int16Array): Int16Array => { const b = new Int16Array(cap); b.set(a); return b; };
    const grow32 = (a: Int32Array): Int32Array => { const b = new Int32Array(cap); b.set(a); return b; };
    this.initiator = grow16(this.initiator);
    this.victim = grow16(this.victim);
    this.startTick = grow32(this.startTick);
    this.endTick = grow32(this.endTick);
    this.openedBy = grow32(this.openedBy);
    const side = new Int8Array(cap * this.nActors);
    side.set(this.side);
    this.side = side;
    const draws = new Float64Array(cap * this.nActors);
    draws.set(this.requestDraw);
    this.requestDraw = draws;
    const answers = new Int8Array(cap * this.nActors);
    answers.set(this.requestAnswer);
    this.requestAnswer = answers;
  }

  /** Every episode of the run so far, as plain data. */
  save(): EpisodeRecord[] {
    const n = this.nActors;
    const out: EpisodeRecord[] = [];
    for (let e = 0; e < this.count; e++) {
      out.push({
        initiator: this.initiator[e]!, victim: this.victim[e]!, startTick: this.startTick[e]!, endTick: this.endTick[e]!,
        openedBy: this.openedBy[e]!, sides: Array.from(this.side.subarray(e * n, (e + 1) * n)),
        requests: Array.from(this.requestDraw.subarray(e * n, (e + 1) * n)), answers: Array.from(this.requestAnswer.subarray(e * n, (e + 1) * n)),
      });
    }
    return out;
  }

  restore(list: readonly EpisodeRecord[]): void {
    this.count = 0;
    for (const r of list) {
      const e = this.open(r.initiator, r.victim, r.startTick, r.openedBy);
      this.endTick[e] = r.endTick;
      this.side.set(r.sides, e * this.nActors);
      if (r.requests) this.requestDraw.set(r.requests, e * this.nActors);
      if (r.answers) this.requestAnswer.set(r.answers, e * this.nActors);
    }
  }
}
