/**
 * The one formatter for the app's own voice: sizes, durations, ratios and bandwidths as the
 * board, inspector, charts, tables, the runner's report, narration and notices print them.
 * The terminal's imitated tools (docker's go-units, `free`, bash's `time`) keep their own
 * formats in terminal/format.ts.
 */
export { formatBytes, formatBytesCompact } from './bytes';
export { formatDuration, formatRatio, formatBandwidth } from './duration';
