import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import lzString from 'lz-string';
import { decompressBounded } from '../../../src/files/bounded-lz';
import { readShareHash } from '../../../src/files/share';
import { LIMITS } from '../../../sim-core/scenario/index';
import { formatBytes } from '../../../sim-core/format/index';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A link in lz-string's format whose every code names the entry being made (LZW's "aa",
 * "aaa", ...): `codes` codes expand to about codes²/2 characters.
 */
function bombLink(codes: number): string {
  const out: string[] = [];
  let val = 0;
  let pos = 0;
  const put = (value: number, bits: number): void => {
    for (let i = 0; i < bits; i++, value >>= 1) {
      val = (val << 1) | (value & 1);
      if (pos === 5) {
        out.push(ALPHABET[val]!);
        pos = 0;
        val = 0;
      } else pos++;
    }
  };
  put(0, 2);
  put(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let k = 0; k < codes; k++) {
    put(dictSize++, numBits);
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  put(2, numBits);
  for (;;) {
    val <<= 1;
    if (pos === 5) {
      out.push(ALPHABET[val]!);
      break;
    }
    pos++;
  }
  return out.join('');
}

describe('share links are read with a bound on what they expand to', () => {
  it('reads whatever lz-string writes, exactly as lz-string reads it', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      const link = lzString.compressToEncodedURIComponent(text);
      const read = decompressBounded(link, 10_000);
      expect(read).toEqual(text === '' ? { ok: true, text: '' } : { ok: true, text });
    }), { numRuns: 150 });
  });

  it('agrees with lz-string on random and damaged links, or refuses them', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'), minLength: 1, maxLength: 200 }), (link) => {
      let theirs: string | null;
      try {
        theirs = lzString.decompressFromEncodedURIComponent(link);
      } catch {
        theirs = null; // lz-string itself throws on some damaged links; ours must not
      }
      const ours = decompressBounded(link, 1_000_000);
      if (ours.ok) expect(ours.text).toBe(theirs);
      else expect(ours.why).toBe('damaged');
    }), { numRuns: 500 });
  });

  it('refuses a link that expands past the format\'s limit quickly, saying why', () => {
    expect(lzString.decompressFromEncodedURIComponent(bombLink(50))).toBe('a'.repeat((51 * 52) / 2));
    const bomb = bombLink(8_000); // 18 KB that expand to 32 million characters
    expect(bomb.length).toBeLessThan(20_000);
    const started = performance.now();
    const read = readShareHash(`#s=${bomb}`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(read).toEqual({ ok: false, errors: [`link: the scenario in it is larger than ${formatBytes(LIMITS.maxTextChars)}, the most a scenario may be`] });
  });

  it('refuses a cut link as damaged', () => {
    const link = lzString.compressToEncodedURIComponent('version: 1\nname: x\n');
    expect(readShareHash(`#s=${link.slice(0, 5)}`)).toMatchObject({ ok: false, errors: [expect.stringContaining('damaged')] });
  });
});
