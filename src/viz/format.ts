/**
 * Chart-only text helpers. Sizes, durations and ratios come from sim-core's one formatter
 * (@utsuwa/sim-core/format), so the charts, the board and the runner print the same text.
 */

/** A share of a whole: `42%`, `0.3%`, `<0.1%`. */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const percent = (part / whole) * 100;
  if (percent > 0 && percent < 0.1) return '<0.1%';
  return percent >= 10 ? `${Math.round(percent)}%` : `${Math.round(percent * 10) / 10}%`;
}
