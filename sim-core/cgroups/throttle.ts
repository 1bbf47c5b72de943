import type { CpuQuota } from './docker-flags';

/**
 * CFS bandwidth control in closed form. Within each period the group's runnable threads
 * run at `demandCores` until the quota is spent, then wait, throttled, for the next period.
 * Periods start at `periodOriginUs` (when the cgroup got its quota) and repeat every
 * `periodUs`. Nothing here is per period: the engine calls it once between two events
 * (performance-and-safety.md: never an event per 100 ms period).
 *
 * Results are additive: the stats for [a, c) equal those for [a, b) plus [b, c), so the
 * engine may split an interval wherever demand changes.
 */

export interface ThrottleInput {
  /** Cores the group's runnable threads want (already capped by what the host can give). */
  demandCores: number;
  cpuMax: CpuQuota | 'max';
  fromUs: number;
  toUs: number;
  /** Where the period grid starts; default 0. */
  periodOriginUs?: number;
}

export interface ThrottleStats {
  /** cpu.stat nr_periods: periods that ended inside the interval while the group was runnable. */
  nrPeriods: number;
  /** cpu.stat nr_throttled: those in which the quota ran out. */
  nrThrottled: number;
  /**
   * cpu.stat throttled_usec: the kernel sums throttled wall time over the per-CPU run queues,
   * so 2 busy threads each waiting 75 ms count 150 ms. Here: the core-µs the quota denied.
   */
  throttledUs: number;
  /** CPU the group got, in core-µs (cpu.stat usage_usec grows by this). */
  usedUs: number;
  /** The same in core-milliseconds. */
  usedCoreMs: number;
}

/** Core-µs used from the origin up to `elapsedUs` later, demand held constant. */
function cumulativeUse(demand: number, quota: number, period: number, elapsedUs: number): number {
  const whole = Math.floor(elapsedUs / period);
  const rest = elapsedUs - whole * period;
  return whole * Math.min(demand * period, quota) + Math.min(demand * rest, quota);
}

export function cpuThrottle(input: ThrottleInput): ThrottleStats {
  const { demandCores: d, cpuMax, fromUs, toUs } = input;
  const span = Math.max(0, toUs - fromUs);
  if (d <= 0 || span === 0) return { nrPeriods: 0, nrThrottled: 0, throttledUs: 0, usedUs: 0, usedCoreMs: 0 };
  if (cpuMax === 'max') {
    // Bandwidth control off: no periods are counted.
    const used = d * span;
    return { nrPeriods: 0, nrThrottled: 0, throttledUs: 0, usedUs: used, usedCoreMs: used / 1000 };
  }
  const { quotaUs: q, periodUs: p } = cpuMax;
  const origin = input.periodOriginUs ?? 0;
  const a = fromUs - origin;
  const b = toUs - origin;
  const usedUs = cumulativeUse(d, q, p, b) - cumulativeUse(d, q, p, a);
  const nrPeriods = Math.floor(b / p) - Math.floor(a / p);
  // Simplification: a period's throttled status follows the demand of the interval it ends in.
  const nrThrottled = d * p > q ? nrPeriods : 0;
  return { nrPeriods, nrThrottled, throttledUs: d * span - usedUs, usedUs, usedCoreMs: usedUs / 1000 };
}

/** The effective rate in cores a quota allows a constant demand over whole periods. */
export function throttledRate(demandCores: number, cpuMax: CpuQuota | 'max'): number {
  if (cpuMax === 'max') return Math.max(0, demandCores);
  return Math.max(0, Math.min(demandCores, cpuMax.quotaUs / cpuMax.periodUs));
}

/** The lines of cpu.stat this module models, as the kernel prints them. */
export function cpuStatText(stats: { usageUs: number; nrPeriods: number; nrThrottled: number; throttledUs: number }): string {
  return [
    `usage_usec ${Math.round(stats.usageUs)}`,
    `nr_periods ${stats.nrPeriods}`,
    `nr_throttled ${stats.nrThrottled}`,
    `throttled_usec ${Math.round(stats.throttledUs)}`,
  ].join('\n');
}
