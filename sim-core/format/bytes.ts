/**
 * Sizes in the app's own voice (the board, the inspector, the charts, the runner's report,
 * narration, notices): binary units, at most one decimal, no trailing `.0`.
 * The terminal's imitated tools print sizes their own way (terminal/format.ts).
 */

const IEC = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;
const SI = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const;

/** At most one decimal, no trailing `.0`. */
export function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function scaled(bytes: number, system: 'iec' | 'si'): { value: string; unit: string } {
  const base = system === 'iec' ? 1024 : 1000;
  const units = system === 'iec' ? IEC : SI;
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= base && unit < units.length - 1) {
    value /= base;
    unit++;
  }
  // 1023.96 KiB would print as "1024 KiB": move up a unit instead.
  if (Math.round(Math.abs(value) * 10) / 10 >= base && unit < units.length - 1) {
    value /= base;
    unit++;
  }
  return { value: unit === 0 ? String(Math.round(value)) : oneDecimal(value), unit: units[unit]! };
}

/** A size for people: `512 MiB`, `178.6 MiB`, `1.5 GiB` (iec, the default) or `10 GB` (si). */
export function formatBytes(bytes: number, system: 'iec' | 'si' = 'iec'): string {
  const { value, unit } = scaled(bytes, system);
  return `${value} ${unit}`;
}

/**
 * The same figure without the space, as a limit is written in incident texts and log
 * details (`memory.max 512MiB`, `1.5GiB`).
 */
export function formatBytesCompact(bytes: number): string {
  const { value, unit } = scaled(bytes, 'iec');
  return `${value}${unit}`;
}
