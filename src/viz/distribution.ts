import type { Spread } from '@utsuwa/sim-core/stats';

/**
 * A distribution per kind on a shared (log) axis: one lane for the VMs, one for the
 * containers. A few values are drawn as dots, stacked where they coincide, so each instance
 * can be pointed at; many values (or more coinciding than a lane holds) as a histogram of
 * pixel-wide bins, so 1,000 instances cost as much as 100. The lane's median and range come
 * from sim-core's figures (kindFigures) and are marked on it.
 */
export interface DistributionValue {
  name: string;
  value: number;
}

export interface DistributionInput {
  kind: 'vm' | 'container';
  values: readonly DistributionValue[];
  /** sim-core's spread of the same values. */
  spread: Spread | null;
}

export interface Dot { name: string; value: number; x: number; y: number }
export interface Bin { x0: number; x1: number; count: number; /** Bar height in pixels. */ height: number }

export interface DistributionLane {
  kind: 'vm' | 'container';
  count: number;
  /** Top of the lane, in pixels from the first lane's top. */
  y: number;
  mode: 'dots' | 'bins';
  dots: Dot[];
  bins: Bin[];
  median: { x: number; value: number } | null;
  range: { x0: number; x1: number; min: number; max: number } | null;
}

export interface DistributionOptions {
  laneHeight: number;
  /** Dot radius; dots that would overlap stack vertically. Default 3.5. */
  radius?: number;
  /** Above this many values a lane is a histogram. Default 40. */
  maxDots?: number;
  /** Histogram bin width in pixels. Default 4. */
  binPx?: number;
}

/** Stack offsets from the lane's middle: 0, -1, +1, -2, +2 … dot diameters. */
function stackOffset(k: number): number {
  return k === 0 ? 0 : (k % 2 === 1 ? -1 : 1) * Math.ceil(k / 2);
}

function dotsOf(values: readonly DistributionValue[], x: (v: number) => number, mid: number, r: number, capacity: number): Dot[] | null {
  const sorted = [...values].sort((a, b) => a.value - b.value || (a.name < b.name ? -1 : 1));
  const stacks = new Map<number, number>();
  const dots: Dot[] = [];
  for (const v of sorted) {
    const px = x(v.value);
    const bucket = Math.round(px / (2 * r));
    const k = stacks.get(bucket) ?? 0;
    if (k >= capacity) return null;
    stacks.set(bucket, k + 1);
    dots.push({ name: v.name, value: v.value, x: px, y: mid + stackOffset(k) * 2 * r });
  }
  return dots;
}

function binsOf(values: readonly DistributionValue[], x: (v: number) => number, left: number, binPx: number, maxHeight: number): Bin[] {
  const counts = new Map<number, number>();
  for (const v of values) {
    const i = Math.floor((x(v.value) - left) / binPx);
    counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const most = Math.max(1, ...counts.values());
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([i, count]) => ({
    x0: left + i * binPx, x1: left + (i + 1) * binPx, count, height: Math.max(2, (count / most) * maxHeight),
  }));
}

/** Lays out one lane per input (kinds without values are left out), on the axis `x`. */
export function distributionLanes(
  inputs: readonly DistributionInput[], x: (v: number) => number, left: number, options: DistributionOptions,
): DistributionLane[] {
  const { laneHeight, radius = 3.5, maxDots = 40, binPx = 4 } = options;
  const capacity = Math.max(1, Math.floor((laneHeight - 2) / (2 * radius)));
  return inputs.filter((g) => g.values.length > 0).map((g, i) => {
    const y = i * laneHeight;
    const dots = g.values.length <= maxDots ? dotsOf(g.values, x, y + laneHeight / 2, radius, capacity) : null;
    const s = g.spread;
    return {
      kind: g.kind,
      count: g.values.length,
      y,
      mode: dots ? 'dots' : 'bins',
      dots: dots ?? [],
      bins: dots ? [] : binsOf(g.values, x, left, binPx, laneHeight - 4),
      median: s ? { x: x(s.median), value: s.median } : null,
      range: s ? { x0: x(s.min), x1: x(s.max), min: s.min, max: s.max } : null,
    };
  });
}
