/** Sizes, durations and bandwidths as a saved file writes them: the most readable exact unit. */

export { sizeText } from './size-text';

/** `0s`, `250ms`, `1.5s`, `90s`, `2m`, `1h`. */
export function durationText(ms: number): string {
  if (ms === 0) return '0s';
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  if (ms > 1000 && ms % 100 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

/** `1Gbps`, `100Mbps`, `2.5Gbps`; bits per second otherwise. */
export function bandwidthText(bits: number): string {
  for (const [unit, factor] of [['Tbps', 1e12], ['Gbps', 1e9], ['Mbps', 1e6], ['kbps', 1e3]] as const) {
    if (bits >= factor && bits % (factor / 10) === 0) return `${bits / factor}${unit}`;
  }
  return `${bits}bps`;
}
