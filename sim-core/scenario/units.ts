/**
 * Units as people write them in scenario files: sizes (docker, IEC, SI), durations and
 * bandwidths, and the formatters the runner and the UI show them with.
 * Every parser returns null for anything it does not understand; none throws.
 */

const KIB = 1024;
const BINARY: Record<string, number> = { k: KIB, m: KIB ** 2, g: KIB ** 3, t: KIB ** 4, p: KIB ** 5 };
const DECIMAL: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15 };

// A plain non-negative decimal: 512, 1.5, .5 (no exponent, no sign).
const NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)`;
const SIZE_RE = new RegExp(`^${NUMBER}\\s*([a-z]*)$`, 'i');
/** A bare number (built once: a file has thousands of values). */
const BARE_NUMBER = new RegExp(`^${NUMBER}$`);

function safeInteger(value: number): number | null {
  const rounded = Math.round(value);
  return Number.isFinite(rounded) && rounded >= 0 && rounded <= Number.MAX_SAFE_INTEGER ? rounded : null;
}

/** Bytes per unit for a size suffix, or null when the suffix is not a size unit. */
function sizeUnit(suffix: string): number | null {
  const lower = suffix.toLowerCase();
  if (lower === '' || lower === 'b') return 1;
  const prefix = lower[0] ?? '';
  const rest = lower.slice(1);
  // docker: 512m, 1g, 64k (binary, any case)
  if (rest === '') return BINARY[prefix] ?? null;
  // IEC: 512MiB, 1GiB (binary); `mi`/`gi` as Kubernetes writes them
  if (rest === 'ib' || rest === 'i') return BINARY[prefix] ?? null;
  // SI: 10GB, 500MB, 64kB (decimal)
  if (rest === 'b') return DECIMAL[prefix] ?? null;
  return null;
}

/**
 * A size in bytes. Docker's suffixes are binary (`512m` = 512 MiB, `1g`, `64k`, `b`), IEC
 * is binary (`512MiB`, `1GiB`), SI is decimal (`10GB` = 10,000,000,000 bytes, `500MB`,
 * `64kB`); suffixes are case-insensitive and may follow a space; a bare number is bytes.
 * Fractions round to the nearest byte. Negative, unknown or out-of-range input: null.
 */
export function parseSize(input: string | number): number | null {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? safeInteger(input) : null;
  if (typeof input !== 'string') return null;
  const match = SIZE_RE.exec(input.trim());
  if (!match) return null;
  const unit = sizeUnit(match[2] ?? '');
  if (unit === null) return null;
  return safeInteger(Number(match[1]) * unit);
}

/** True when the input is a size in form but larger than any size counted exactly (2^53 - 1 bytes, just under 8 PiB). */
export function sizeBeyondRange(input: string | number): boolean {
  if (typeof input === 'number') return input > Number.MAX_SAFE_INTEGER;
  const match = SIZE_RE.exec(input.trim());
  const unit = match ? sizeUnit(match[2] ?? '') : null;
  return match !== null && unit !== null && Number(match[1]) * unit > Number.MAX_SAFE_INTEGER;
}

/** True when a size was written with a two-letter SI suffix in lower case (`512mb`), which docker reads as binary. */
export function isLowerCaseSiSize(input: string | number): boolean {
  return typeof input === 'string' && /^[\d.]+\s*[kmgtp]b$/.test(input.trim());
}

const DURATION_UNITS: Record<string, number> = {
  ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000,
};
const DURATION_PART = new RegExp(`${NUMBER}\\s*(ms|sec|s|min|m|h)`, 'giy');

/**
 * A duration in whole milliseconds: `250ms`, `1.5s`, `2m` (minutes), `2min`, `1h`, and
 * combinations such as `1m30s` or `1 min 32 s`. A bare number (or a numeric string) is
 * milliseconds, the unit the engine and the reports count in. Negative or unknown: null.
 */
export function parseDuration(input: string | number): number | null {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? safeInteger(input) : null;
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (BARE_NUMBER.test(text)) return safeInteger(Number(text));
  if (text === '') return null;
  DURATION_PART.lastIndex = 0;
  let total = 0;
  let position = 0;
  while (position < text.length) {
    DURATION_PART.lastIndex = position;
    const match = DURATION_PART.exec(text);
    if (!match) return null;
    total += Number(match[1]) * (DURATION_UNITS[(match[2] ?? '').toLowerCase()] ?? Number.NaN);
    position = DURATION_PART.lastIndex;
    while (text[position] === ' ') position++;
  }
  return safeInteger(total);
}

const BANDWIDTH_RE = new RegExp(`^${NUMBER}\\s*([kmgt]?)(bps|bit/s|bits/s|bit|b/s|Bps|B/s)$`, 'i');

/**
 * A bandwidth in bits per second, decimal prefixes as networks use them: `1Gbps`,
 * `100Mbps`, `10Gbit`, `1 Gbit/s`, `500kbps`; a capital `B` means bytes (`100MB/s`,
 * `100MBps` = 800 Mbps). A bare number is bits per second.
 */
export function parseBandwidth(input: string | number): number | null {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? safeInteger(input) : null;
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (BARE_NUMBER.test(text)) return safeInteger(Number(text));
  const match = BANDWIDTH_RE.exec(text);
  if (!match) return null;
  const prefix = (match[2] ?? '').toLowerCase();
  const unit = match[3] ?? '';
  const bitsPerUnit = unit.startsWith('B') ? 8 : 1;
  const scale = prefix === '' ? 1 : (DECIMAL[prefix] ?? Number.NaN);
  return safeInteger(Number(match[1]) * scale * bitsPerUnit);
}

// The formatters live with the app's one voice (../format); kept importable from here.
export { formatBytes, formatDuration, formatBandwidth } from '../format/index';
