/**
 * The playback clock and speed. Sizes, durations and ratios come from sim-core's one
 * formatter (@utsuwa/sim-core/format), so every place prints a figure the same way.
 */

/** The playback clock: `0:07.250`, `2:03.000`, `1:02:03`. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  const frac = String(total % 1000).padStart(3, '0');
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return `${m}:${String(s).padStart(2, '0')}.${frac}`;
}

export function formatSpeed(speed: number): string {
  return `${speed}×`;
}
