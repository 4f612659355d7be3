/**
 * Seeded, engine-independent randomness for Casus: seed derivation, inlined seedrandom xor128
 * streams, deterministic exp/log/pow and the samplers built on them.
 *
 * @module
 */
export { hashString, mix32, seedFor, masterSeedOf, ZERO_SEED_REPLACEMENT } from './hash.js';
export { XOR128_WORDS, seedStream, nextInt32, nextFloat, unitFloat } from './xor128.js';
export { SEED_SCHEME, Streams } from './streams.js';
export { keyedInt, keyedFloat, geometricWait } from './keyed.js';
export { exp, log, powDet } from './math.js';
export {
  type Uniform,
  TRUNCATED_NORMAL_TRIES,
  uniform,
  triangular,
  normal,
  truncatedNormal,
  gamma,
  beta,
  discrete,
  discreteCumulative,
} from './samplers.js';
