/** A size in the most readable exact unit, as saved files write it. */
import { parseSize } from './units';

const SIZE_UNITS: [string, number][] = [
  ['PiB', 1024 ** 5], ['TiB', 1024 ** 4], ['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024],
  ['PB', 1e15], ['TB', 1e12], ['GB', 1e9], ['MB', 1e6], ['kB', 1e3],
];

/** `512MiB`, `1.5GiB`, `10GB`; a bare number of bytes when no unit is exact. */
export function sizeText(bytes: number): string | number {
  for (const [unit, factor] of SIZE_UNITS) {
    const amount = bytes / factor;
    if (amount < 1) continue;
    const text = `${amount}${unit}`;
    // At most one decimal, and only if it reads back to the very same byte count.
    if (Number.isInteger(amount * 10) && parseSize(text) === bytes) return text;
  }
  return bytes;
}
