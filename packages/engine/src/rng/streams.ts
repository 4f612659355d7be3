import { hashString, runKeyBits, sourceSeed } from './hash.js';
import { XOR128_WORDS, nextInt32, seedStream, unitFloat } from './xor128.js';

/**
 * Identifier of the random-number scheme, to record next to results (and to bump if anything
 * below changes, since every simulated number would change with it). Results of another scheme
 * are refused by merge and resume.
 *
 * `casus-keyed-v2` (v1, `casus-xor128-v1`, drew every stochastic trigger every tick):
 * - one stream per named random source for obligations, decisions, votes, the Council and
 *   parameter draws: stream seed = `seedFor(masterSeed, runIndex, fnv1a(sourceName))` — see
 *   {@link seedFor} (murmur3-style mixing of the master seed, the low and high halves of the run
 *   index and the 32-bit FNV-1a hash of the source name's UTF-8 bytes; signed int32, 0 replaced by
 *   a non-zero constant) with the master seed from {@link masterSeedOf}; each stream is seedrandom
 *   3.0.5's `xor128` seeded with that integer, its floats `(int32 >>> 0) / 2^32`;
 * - triggers (`trigger:ID`) use keyed numbers instead (`rng/keyed.ts`): number k of the source is
 *   `keyedFloat(seedFor(masterSeed, runIndex, fnv1a(name)), k)`. Candidate tick j of a trigger
 *   waits `geometricWait(number 2j, q)` ticks after the previous one (the first counted from tick
 *   0), q the trigger's largest per-tick hazard (1 where that is 0.5 or more); it fires there with probability p/q, accepted
 *   when number 2j + 1 times q is below p (run/trigger-clock.ts);
 * - de-escalation waits: `keyedFloat(seedFor(masterSeed, runIndex, key), 0)`, key as in run/tick.ts.
 *
 * Because a number depends only on (master seed, run, source name, position), adding, removing or
 * reordering sources, or changing how often another source is drawn, leaves every other source's
 * numbers unchanged (common random numbers across scenario variants).
 */
export const SEED_SCHEME = 'casus-keyed-v2';

/**
 * The random streams of one compiled scenario: one xor128 stream per named source, all state in
 * one `Int32Array`.
 *
 * Build it once per compiled scenario (names are hashed once, here), then call
 * {@link Streams.reset} at the start of every run; `reset` and `next` allocate nothing.
 */
export class Streams {
  /** Source names, in index order. */
  readonly names: readonly string[];
  /** xor128 state: stream `i` owns words `4i .. 4i+3`. Read through `next`, which seeds streams lazily. */
  readonly state: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly sources: readonly (() => number)[];
  /** Run generation each stream was last seeded for: a stream is seeded on its first draw of a run. */
  private readonly seededFor: Uint32Array;
  private generation = 0;
  private master = 0;
  private run = 0;
  /** `runKey(master, run)` as a signed int32 (`runKeyBits`): what every stream's seed of the run starts from. */
  private key = runKeyBits(0, 0);

  /**
   * @param names the source names; index `i` of this list is the source index used by `next`.
   * @throws Error if a name repeats, or two names have the same 32-bit hash: either would give two
   *   sources the very same numbers (perfect correlation), silently. Rename one source to fix.
   */
  constructor(names: readonly string[]) {
    const n = names.length;
    this.names = Object.freeze(names.slice());
    this.state = new Int32Array(n * XOR128_WORDS);
    this.hashes = new Uint32Array(n);
    this.seededFor = new Uint32Array(n);
    const seen = new Map<number, string>();
    for (let i = 0; i < n; i++) {
      const name = names[i];
      const h = hashString(name);
      const other = seen.get(h);
      if (other !== undefined) {
        throw new Error(
          other === name
            ? `random source "${name}" is listed twice`
            : `random sources "${other}" and "${name}" have the same 32-bit name hash; rename one`,
        );
      }
      seen.set(h, name);
      this.hashes[i] = h;
    }
    const sources: (() => number)[] = [];
    for (let i = 0; i < n; i++) sources.push(() => this.next(i));
    this.sources = sources;
  }

  /** Number of sources. */
  get size(): number {
    return this.hashes.length;
  }

  /** Index of the source named `name`, or -1. For compile time, not for hot loops. */
  indexOf(name: string): number {
    return this.names.indexOf(name);
  }

  /**
   * Re-seeds every stream for run `runIndex` of the batch seeded with `masterSeed` (pass the
   * output of {@link masterSeedOf}). No allocation.
   */
  reset(masterSeed: number, runIndex: number): void {
    // Seeding is deferred to each stream's first draw in the run: most sources of a large scenario
    // (obligations, decision points, votes) draw nothing in most runs, and seeding one costs 64
    // generator steps. The numbers are the same as seeding them all here.
    this.master = masterSeed;
    this.run = runIndex;
    this.key = runKeyBits(masterSeed, runIndex);
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) { this.seededFor.fill(0); this.generation = 1; }
  }

  /** Next float in [0, 1) from source `sourceIndex`. */
  next(sourceIndex: number): number {
    return unitFloat(this.nextBits(sourceIndex));
  }

  /**
   * Next word of source `sourceIndex` (a signed int32); its float is `unitFloat(word)`, the number
   * {@link Streams.next} returns. For the hot path: a word leaves a call without being boxed.
   */
  nextBits(sourceIndex: number): number {
    if (this.seededFor[sourceIndex] !== this.generation) {
      seedStream(this.state, sourceIndex, sourceSeed(this.key, this.hashes[sourceIndex]!));
      this.seededFor[sourceIndex] = this.generation;
    }
    return nextInt32(this.state, sourceIndex);
  }

  /**
   * A `() => number` drawing from source `sourceIndex`, for the samplers. The function is made once,
   * in the constructor, and stays valid across `reset`s: fetch it at compile time, not per run.
   */
  source(sourceIndex: number): () => number {
    const f = this.sources[sourceIndex];
    if (f === undefined) throw new RangeError(`no random source at index ${sourceIndex}`);
    return f;
  }

  /** The streams' position, to save a run mid-way (see run/snapshot). */
  save(): { master: number; run: number; state: number[]; seeded: number[] } {
    const seeded: number[] = [];
    for (let i = 0; i < this.seededFor.length; i++) if (this.seededFor[i] === this.generation) seeded.push(i);
    return { master: this.master, run: this.run, state: Array.from(this.state), seeded };
  }

  /** Restores a position saved by {@link Streams.save} (from streams over the same source names). */
  load(saved: { master: number; run: number; state: readonly number[]; seeded: readonly number[] }): void {
    if (saved.state.length !== this.state.length) throw new Error('saved random streams do not match this scenario');
    this.reset(saved.master, saved.run);
    this.state.set(saved.state);
    for (const i of saved.seeded) this.seededFor[i] = this.generation;
  }
}
