/**
 * Number formatting for the charts. Sizes and durations reuse the scenario formatters
 * (sim-core/scenario/units.ts) so the charts, the runner and the editor print the same text.
 */
export { formatBytes, formatDuration } from '@utsuwa/sim-core/scenario';

/** A ratio as a teacher says it: `35×`, `2.5×`, `1.2×`; `—` when it cannot be computed. */
export function formatRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio) || ratio <= 0) return '—';
  if (ratio >= 10) return `${Math.round(ratio)}×`;
  return `${Math.round(ratio * 10) / 10}×`;
}

/** A share of a whole: `42%`, `0.3%`, `<0.1%`. */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const percent = (part / whole) * 100;
  if (percent > 0 && percent < 0.1) return '<0.1%';
  return percent >= 10 ? `${Math.round(percent)}%` : `${Math.round(percent * 10) / 10}%`;
}
