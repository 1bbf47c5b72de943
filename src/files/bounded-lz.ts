/**
 * lz-string's URI-safe decompression (the format share links are written in by lz-string's
 * compressToEncodedURIComponent) with a bound on the output: an LZW stream's output can grow
 * with the square of its input, so an 88 KB link can expand past the engine's largest string
 * and throw. lz-string offers no limit, so this reader stops as soon as the text passes
 * `maxChars` and says so. Tests check it against lz-string's own compressor.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE: Record<string, number> = Object.fromEntries([...ALPHABET].map((ch, i) => [ch, i]));
/** Each character of the link carries 6 bits, read from the highest. */
const RESET = 32;

export type Decompressed = { ok: true; text: string } | { ok: false; why: 'damaged' | 'too-large' };

export function decompressBounded(input: string, maxChars: number): Decompressed {
  if (input === '') return { ok: false, why: 'damaged' };
  const link = input.replace(/ /g, '+');
  const length = link.length;
  let val = VALUE[link[0]!] ?? 0;
  let position = RESET;
  let index = 1;

  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1, n = 0; n < count; n++, power <<= 1) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        val = VALUE[link[index++] ?? ''] ?? 0;
      }
      if (bit > 0) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  const result: string[] = [];

  const first = readBits(2);
  if (first === 2) return { ok: true, text: '' };
  if (first !== 0 && first !== 1) return { ok: false, why: 'damaged' };
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = w;
  result.push(w);
  let total = 1;

  for (;;) {
    if (index > length) return { ok: false, why: 'damaged' };
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn--;
    } else if (code === 2) {
      return { ok: true, text: result.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[code];
    if (known !== undefined && code !== 0 && code !== 1 && code !== 2) entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return { ok: false, why: 'damaged' };
    total += entry.length;
    if (total > maxChars) return { ok: false, why: 'too-large' };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
