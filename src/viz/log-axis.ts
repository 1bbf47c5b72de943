import { scaleLog } from 'd3-scale';

/**
 * Logarithmic axes for values that span orders of magnitude: a 14 MiB container and a
 * 2 GiB VM, a 0.3 s start and a 2-minute boot. d3's scaleLog does the mapping; the domain
 * is widened to whole powers (of 2 for bytes, of 10 for times) so the ends carry ticks.
 */
export interface LogAxis {
  /** Values shown, [low, high], whole powers of the base. */
  domain: [number, number];
  /** Pixels, [left, right]. */
  range: [number, number];
  /** Pixel position of a value (clamped; values at or below 0 sit at the left edge). */
  x(value: number): number;
  /** Tick values, at most about `count`. */
  ticks(count: number): number[];
}

function powerBounds(min: number, max: number, base: number): [number, number] {
  let low = 1;
  while (low > min) low /= base;
  while (low * base <= min) low *= base;
  let high = low * base;
  while (high < max) high *= base;
  return [low, high];
}

function everyNth<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const stride = Math.ceil(items.length / Math.max(1, count));
  return items.filter((_, i) => i % stride === 0);
}

function axis(base: number, values: readonly number[], range: [number, number], tickValues: (lo: number, hi: number, count: number) => number[]): LogAxis {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  const min = positive.length ? Math.min(...positive) : 1;
  const max = positive.length ? Math.max(...positive) : base;
  // Half a step of room at each end, so a mark at the smallest or largest value is not on the edge.
  const domain = powerBounds(min / 1.5, Math.max(max * 1.5, min * base), base);
  const scale = scaleLog().base(base).domain(domain).range(range).clamp(true);
  return {
    domain,
    range,
    x: (v) => scale(v > 0 ? v : domain[0]),
    ticks: (count) => tickValues(domain[0], domain[1], count),
  };
}

/** Bytes on a base-2 log axis: ticks at 1, 4, 16, 64 … MiB (every power of 2 when there is room). */
export function logBytesAxis(values: readonly number[], range: [number, number]): LogAxis {
  return axis(2, values, range, (lo, hi, count) => {
    const ticks: number[] = [];
    for (let t = lo; t <= hi * 1.0001; t *= 2) ticks.push(t);
    return everyNth(ticks, count);
  });
}

/** Milliseconds on a base-10 log axis with ticks at 1, 2 and 5 × 10^k (powers of ten when crowded). */
export function logDurationAxis(values: readonly number[], range: [number, number]): LogAxis {
  return axis(10, values, range, (lo, hi, count) => {
    const decades: number[] = [];
    for (let d = lo; d <= hi * 1.0001; d *= 10) decades.push(d);
    const oneTwoFive = decades.flatMap((d) => [d, d * 2, d * 5]).filter((t) => t <= hi * 1.0001);
    return oneTwoFive.length <= count ? oneTwoFive : everyNth(decades, count);
  });
}
