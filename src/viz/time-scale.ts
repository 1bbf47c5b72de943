import { scaleLinear, scaleLog } from 'd3-scale';

/**
 * The time axis of the timeline and memory charts, linear or logarithmic. On a log axis
 * 100 ms and 60 s sit on one chart; times below the floor (including 0) are drawn at the
 * floor, since a logarithm has no place for zero.
 */
export type TimeScaleKind = 'linear' | 'log';

/** Times below this are drawn at the left edge of a log axis. */
export const LOG_FLOOR_MS = 10;

export interface TimeScale {
  kind: TimeScaleKind;
  /** Simulated milliseconds shown, [start, end]. */
  domain: [number, number];
  /** Pixels, [left, right]. */
  range: [number, number];
  /** Pixel position of a time (clamped to the range). */
  x(ms: number): number;
  /** Time at a pixel position (clamped to the domain), for click-to-seek. */
  invert(px: number): number;
  /** Tick times, roughly `count` of them. */
  ticks(count: number): number[];
}

export function makeTimeScale(kind: TimeScaleKind, endMs: number, range: [number, number]): TimeScale {
  if (kind === 'log') {
    const end = Math.max(endMs, LOG_FLOOR_MS * 10);
    const scale = scaleLog().domain([LOG_FLOOR_MS, end]).range(range).clamp(true);
    return {
      kind,
      domain: [0, end],
      range,
      x: (ms) => scale(Math.max(ms, LOG_FLOOR_MS)),
      invert: (px) => {
        const ms = scale.invert(px);
        // The left edge stands for "at or before the floor": read it as 0 (with float slack).
        return ms <= LOG_FLOOR_MS * 1.001 ? 0 : ms;
      },
      ticks: (count) => logTicks(scale.ticks(), count),
    };
  }
  // Before anything has happened, a one-second axis rather than ticks crowded into 1 ms.
  const end = Math.max(endMs, 1000);
  const scale = scaleLinear().domain([0, end]).range(range).clamp(true);
  return { kind, domain: [0, end], range, x: (ms) => scale(ms), invert: (px) => scale.invert(px), ticks: (count) => scale.ticks(count) };
}

/** d3's log ticks give every 1..9 × 10^k; keep 1, 2, 5 × 10^k, or only powers of ten when crowded. */
function logTicks(all: number[], count: number): number[] {
  const mantissa = (t: number) => Math.round(t / 10 ** Math.floor(Math.log10(t)));
  const oneTwoFive = all.filter((t) => [1, 2, 5].includes(mantissa(t)));
  if (oneTwoFive.length <= count) return oneTwoFive;
  const decades = all.filter((t) => mantissa(t) === 1);
  if (decades.length <= count) return decades;
  const stride = Math.ceil(decades.length / count);
  return decades.filter((_, i) => i % stride === 0);
}
