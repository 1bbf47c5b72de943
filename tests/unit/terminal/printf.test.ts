/** bash's printf: escapes, conversions with width and precision, the format reused for the rest of the arguments, exact text into a file. */
import { describe, expect, it } from 'vitest';
import { printfText } from '../../../sim-core/terminal/printf';
import { workspace } from './workspace';

describe('printf', () => {
  it('formats as bash does', () => {
    expect(printfText(['Hello %s\\n', 'world']).text).toBe('Hello world\n');
    expect(printfText(['%-8s|%5d|\\n', 'ab', '42', 'cd', '7']).text).toBe('ab      |   42|\ncd      |    7|\n');
    expect(printfText(['%s=%s\\n', 'A', '1', 'B']).text).toBe('A=1\nB=\n');
    expect(printfText(['%05d %x %o %.2s %%\\n', '42', '255', '8', 'abc']).text).toBe('00042 ff 10 ab %\n');
    expect(printfText(['%d', 'x'])).toEqual({ text: '0', error: 'bash: printf: x: invalid number' });
  });

  it('writes its exact text into a file (no newline added)', async () => {
    const w = await workspace();
    await w.type("printf 'a\\nb' > f.txt");
    await w.type('echo c >> f.txt');
    expect(await w.type('cat f.txt')).toBe('a\nbc');
  });
});
