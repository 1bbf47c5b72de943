/** Durations and ratios in the app's own voice (see ./bytes.ts). */
import { oneDecimal } from './bytes';

/** A duration for people: `850 ms`, `1.2 s`, `31.5 s`, `1 min 32 s`, `2 h 5 min`. */
export function formatDuration(ms: number): string {
  if (ms < 0) return `-${formatDuration(-ms)}`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${oneDecimal(tenths / 10)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) {
    const s = seconds % 60;
    return s === 0 ? `${seconds / 60} min` : `${Math.floor(seconds / 60)} min ${s} s`;
  }
  const minutes = Math.round(ms / 60_000);
  const m = minutes % 60;
  return m === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${m} min`;
}

/** A ratio as a teacher says it: `35×`, `2.5×`, `1.2×`; `—` when it cannot be computed. */
export function formatRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio) || ratio <= 0) return '—';
  if (ratio >= 10) return `${Math.round(ratio)}×`;
  return `${oneDecimal(ratio)}×`;
}

/** A bandwidth for people: `1 Gbps`, `100 Mbps`, `2.5 Gbps`. */
export function formatBandwidth(bitsPerSecond: number): string {
  const units = ['bps', 'kbps', 'Mbps', 'Gbps', 'Tbps'];
  let value = bitsPerSecond;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${oneDecimal(value)} ${units[unit]}`;
}
