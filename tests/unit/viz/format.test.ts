import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../src/viz/format';
import { formatBytes, formatDuration, formatRatio } from '../../../sim-core/format/index';
import { byteScale } from '../../../src/viz/byte-scale';
import { phasesPresent, phaseColour } from '../../../src/viz/palette';

describe('chart formatting', () => {
  it('prints sizes and durations as the rest of the app does', () => {
    expect(formatBytes(512 * 1024 ** 2)).toBe('512 MiB');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.5 GiB');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(31_500)).toBe('31.5 s');
    expect(formatDuration(92_000)).toBe('1 min 32 s');
  });

  it('prints ratios whole from 10× up, with a decimal below, and a dash when unknown', () => {
    expect(formatRatio(35.4)).toBe('35×');
    expect(formatRatio(2.46)).toBe('2.5×');
    expect(formatRatio(null)).toBe('—');
    expect(formatRatio(Infinity)).toBe('—');
  });

  it('prints shares, even tiny ones', () => {
    expect(formatPercent(1, 4)).toBe('25%');
    expect(formatPercent(2, 1000)).toBe('0.2%');
    expect(formatPercent(1, 1e6)).toBe('<0.1%');
    expect(formatPercent(1, 0)).toBe('—');
  });
});

describe('byte axis', () => {
  it('puts ticks on round binary amounts', () => {
    const { ticks, scale } = byteScale(16 * 1024 ** 3 * 1.05, [200, 0]);
    expect(ticks(4).map((t) => t / 1024 ** 3)).toEqual([0, 5, 10, 15]);
    expect(scale.domain()[1]).toBeGreaterThanOrEqual(16 * 1024 ** 3);
  });
});

describe('phase palette', () => {
  it('orders phases as they happen and gives unknown ones a neutral colour', () => {
    expect(phasesPresent(['app init', 'firmware', 'create', 'zz', 'kernel'])).toEqual(['firmware', 'kernel', 'create', 'app init', 'zz']);
    expect(phaseColour('firmware')).not.toBe(phaseColour('kernel'));
    expect(phaseColour('zz')).toBe('#6b6b6b');
  });
});
