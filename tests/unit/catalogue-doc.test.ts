import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../sim-core/catalogue/index';
import { renderCalibration } from '../../scripts/calibration/render';

const doc = readFileSync(new URL('../../docs/calibration.md', import.meta.url), 'utf8');

describe('docs/calibration.md', () => {
  it('is exactly what the catalogue generates (run `npm run calibration` after changing a number)', () => {
    expect(doc === renderCalibration(CATALOGUE), 'docs/calibration.md is out of date: run `npm run calibration`').toBe(true);
  });

  it('changes when a catalogue number changes', () => {
    const changed = structuredClone(CATALOGUE);
    changed.runtimes.kata!.start.ms.value = 9_876;
    expect(renderCalibration(changed)).not.toBe(renderCalibration(CATALOGUE));
    expect(renderCalibration(changed)).toContain('9876 ms');
  });

  it('shows each number with its kind and, for estimates, its range', () => {
    expect(doc).toContain('| Kind |');
    expect(doc).toContain('midval = 0.71'); // Kata's CI baseline, quoted
    expect(doc).toMatch(/estimate \(\d[^)]* – [^)]*\)/);
    expect(doc).toContain('<a id="estimates"></a>');
    expect(doc).toContain('<a id="textbook"></a>');
  });
});
