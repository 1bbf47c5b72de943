import { seedPrng, nextFloat } from '../sim-core/engine/prng';

/** A seeded source of floats for building benchmark inputs (repeatable runs). */
export function createPrngForBench(seed: number): () => number {
  const state = seedPrng(seed);
  return () => nextFloat(state);
}
