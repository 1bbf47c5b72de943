/**
 * Weighted max-min fair sharing, what CFS converges to when runnable groups contend for
 * cores: find the level λ such that every claim gets min(limit, weight·λ) and the total fills
 * the capacity. O(n log n) for the sort; two typed arrays of scratch per call.
 */

export interface ShareClaim {
  /** Cores the claim can use. */
  demand: number;
  /** Relative weight (cpu.weight); a claim with weight ≤ 0 gets nothing. */
  weight: number;
  /** A hard cap in cores (cpu.max quota / period), if any. */
  cap?: number;
}

/**
 * Allocations in claim order. `out`, when given, is filled and returned (no allocation of
 * the result). Under contention, claims below their fair level get all they want and the rest
 * split what remains by weight.
 */
export function fairShare(capacityCores: number, claims: readonly ShareClaim[], out: number[] = []): number[] {
  const n = claims.length;
  out.length = n;
  const limit = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const c = claims[i]!;
    const l = c.weight > 0 ? Math.max(0, Math.min(c.demand, c.cap ?? Infinity)) : 0;
    limit[i] = l;
    total += l;
  }
  if (!(capacityCores > 0)) {
    for (let i = 0; i < n; i++) out[i] = 0;
    return out;
  }
  if (total <= capacityCores) {
    for (let i = 0; i < n; i++) out[i] = limit[i]!;
    return out;
  }
  // Order by the level at which each claim is satisfied; ties by index for determinism.
  const keys = new Float64Array(n);
  const order = new Uint32Array(n);
  let remainingWeight = 0;
  for (let i = 0; i < n; i++) {
    const w = claims[i]!.weight;
    keys[i] = w > 0 ? limit[i]! / w : -1;
    order[i] = i;
    if (w > 0) remainingWeight += w;
  }
  order.sort((x, y) => keys[x]! - keys[y]! || x - y);
  let remaining = capacityCores;
  let k = 0;
  for (; k < n; k++) {
    const i = order[k]!;
    const w = claims[i]!.weight;
    if (w <= 0) { out[i] = 0; continue; }
    if (limit[i]! * remainingWeight > remaining * w) break; // above the fair level: stop
    out[i] = limit[i]!;
    remaining -= limit[i]!;
    remainingWeight -= w;
  }
  // Re-sum the weights left rather than trust the running subtraction.
  let weightLeft = 0;
  for (let m = k; m < n; m++) weightLeft += claims[order[m]!]!.weight;
  const level = weightLeft > 0 ? Math.max(0, remaining) / weightLeft : 0;
  for (let m = k; m < n; m++) {
    const i = order[m]!;
    out[i] = Math.min(limit[i]!, claims[i]!.weight * level);
  }
  return out;
}
