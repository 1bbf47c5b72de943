import { describe, expect, it } from 'vitest';
import { csvField, rowsToCsv } from '../../../src/classroom/export';

describe('CSV export of the comparison table', () => {
  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('web')).toBe('web');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(rowsToCsv([['name', 'ready'], ['web, 1', '338 ms']])).toBe('name,ready\r\n"web, 1",338 ms\r\n');
  });

  it('keeps numbers but disarms text a spreadsheet would run as a formula', () => {
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@cmd')).toBe("'@cmd");
  });

  it('disarms every OWASP trigger, including ones that start like a number', () => {
    expect(csvField('-1+cmd|\' /C calc\'!A0')).toBe("'-1+cmd|' /C calc'!A0");
    expect(csvField('+1-2')).toBe("'+1-2");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\0x')).toBe("'\0x");
    expect(csvField('+3')).toBe('+3');
    expect(csvField('1e6')).toBe('1e6');
  });
});
