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
});
