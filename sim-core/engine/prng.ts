/**
 * Seeded PRNG (sfc32, seeded through splitmix32). Its whole state is four uint32s kept in the
 * simulation state, so a snapshot carries it and a replay draws the same numbers. Integer
 * arithmetic only: the same draws in every JavaScript engine.
 */
export type PrngState = [number, number, number, number];

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seedPrng(seed: number): PrngState {
  const next = splitmix32(seed);
  return [next(), next(), next(), next()];
}

/** Next uint32; advances the state in place. */
export function nextUint32(s: PrngState): number {
  const a = s[0], b = s[1], c = s[2], d = s[3];
  const t = (((a + b) >>> 0) + d) >>> 0;
  s[3] = (d + 1) >>> 0;
  s[0] = (b ^ (b >>> 9)) >>> 0;
  s[1] = (c + (c << 3)) >>> 0;
  const rot = ((c << 21) | (c >>> 11)) >>> 0;
  s[2] = (rot + t) >>> 0;
  return t;
}

/** Uniform in [0, 1). */
export function nextFloat(s: PrngState): number {
  return nextUint32(s) / 4294967296;
}

/** Uniform in [1 - spread, 1 + spread): the run-to-run variation of a measured duration. */
export function jitter(s: PrngState, spread: number): number {
  return 1 - spread + 2 * spread * nextFloat(s);
}
