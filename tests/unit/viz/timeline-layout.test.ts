import { describe, expect, it } from 'vitest';
import { makeTimeScale, LOG_FLOOR_MS } from '../../../src/viz/time-scale';
import { layoutRows, timeToReady, readyAt, visibleRowWindow, timelineEndMs, MIN_BAR_WIDTH, type TimelineInstance } from '../../../src/viz/timeline-layout';

const vm: TimelineInstance = {
  name: 'vm1', kind: 'vm', state: 'running', readyMs: 30_000, phase: null,
  phases: [
    { name: 'firmware', startMs: 0, endMs: 2_000 },
    { name: 'bootloader', startMs: 2_000, endMs: 5_000 },
    { name: 'kernel', startMs: 5_000, endMs: 10_000 },
    { name: 'init', startMs: 10_000, endMs: 25_000 },
    { name: 'apps', startMs: 25_000, endMs: 30_000 },
  ],
};
const booting: TimelineInstance = {
  name: 'web', kind: 'container', state: 'booting', readyMs: null, phase: 'runtime start',
  phases: [
    { name: 'create', startMs: 1_000, endMs: 1_100 },
    { name: 'runtime start', startMs: 1_100, endMs: 1_400 },
  ],
};

describe('time scale', () => {
  it('maps times linearly from 0 to the end across the pixel range', () => {
    const s = makeTimeScale('linear', 60_000, [100, 700]);
    expect(s.x(0)).toBe(100);
    expect(s.x(30_000)).toBe(400);
    expect(s.x(60_000)).toBe(700);
    expect(s.invert(400)).toBe(30_000);
  });

  it('on a log scale gives each decade the same width, so 100 ms and 60 s both show', () => {
    const s = makeTimeScale('log', 100_000, [0, 400]);
    const decade = s.x(100) - s.x(10);
    expect(s.x(1_000) - s.x(100)).toBeCloseTo(decade);
    expect(s.x(10_000) - s.x(1_000)).toBeCloseTo(decade);
    expect(s.x(100)).toBeGreaterThan(50); // 100 ms is far from the left edge
    expect(s.x(60_000)).toBeLessThan(400);
  });

  it('draws times below the floor (and zero) at the left edge of a log axis', () => {
    const s = makeTimeScale('log', 60_000, [20, 500]);
    expect(s.x(0)).toBe(20);
    expect(s.x(LOG_FLOOR_MS / 2)).toBe(20);
    expect(s.invert(20)).toBe(0);
  });

  it('gives log ticks on 1-2-5 steps, not every digit', () => {
    const ticks = makeTimeScale('log', 60_000, [0, 800]).ticks(20);
    expect(ticks).toContain(100);
    expect(ticks).toContain(1_000);
    expect(ticks).not.toContain(300);
    expect(ticks.length).toBeLessThanOrEqual(20);
  });
});

describe('phase bar layout', () => {
  it('puts one bar per phase, at its start, as wide as its duration (linear)', () => {
    const s = makeTimeScale('linear', 40_000, [0, 400]);
    const [row] = layoutRows([vm], s, 20);
    expect(row!.bars.map((b) => b.phase)).toEqual(['firmware', 'bootloader', 'kernel', 'init', 'apps']);
    expect(row!.bars.map((b) => [b.x, b.width])).toEqual([[0, 20], [20, 30], [50, 50], [100, 150], [250, 50]]);
    expect(row!.ready).toEqual({ x: 300, atMs: 30_000, timeToReadyMs: 30_000 });
  });

  it('keeps bars contiguous on a log scale, each ending where the next begins', () => {
    const s = makeTimeScale('log', 40_000, [0, 400]);
    const bars = layoutRows([vm], s, 20)[0]!.bars;
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.x).toBeCloseTo(bars[i - 1]!.x + bars[i - 1]!.width);
    // Later phases are shorter on a log axis than their share of linear time.
    expect(bars[3]!.width / 400).toBeLessThan(15_000 / 40_000);
  });

  it('gives a row per instance, stacked by the row height, and marks the phase in progress', () => {
    const s = makeTimeScale('linear', 40_000, [0, 400]);
    const rows = layoutRows([vm, booting], s, 24);
    expect(rows.map((r) => [r.name, r.y])).toEqual([['vm1', 0], ['web', 24]]);
    expect(rows[1]!.bars.map((b) => b.inProgress)).toEqual([false, true]);
    expect(rows[0]!.bars.some((b) => b.inProgress)).toBe(false);
    expect(rows[1]!.ready).toBeNull();
  });

  it('keeps a very short phase visible at least a pixel wide', () => {
    const s = makeTimeScale('linear', 600_000, [0, 300]);
    const create = layoutRows([booting], s, 20)[0]!.bars[0]!;
    expect(create.width).toBe(MIN_BAR_WIDTH);
  });

  it('reads readyMs as time from the instance\'s start (the spec\'s meaning) and places the marker after its first phase began', () => {
    // A container started at 5 s (inside a VM that booted first), ready 800 ms later.
    const late = { phases: [{ name: 'create', startMs: 5_000, endMs: 5_100 }], readyMs: 800 };
    expect(timeToReady(late)).toBe(800);
    expect(readyAt(late)).toBe(5_800);
    expect(timeToReady(booting)).toBeNull();
    expect(readyAt(booting)).toBeNull();
  });

  it('stretches the axis to the clock and to every bar', () => {
    expect(timelineEndMs([vm, booting], 12_000)).toBe(30_000);
    expect(timelineEndMs([booting], 50_000)).toBe(50_000);
  });
});

describe('row virtualisation', () => {
  it('renders only the rows in view plus an overscan', () => {
    expect(visibleRowWindow(0, 400, 20, 1_000, 5)).toEqual({ first: 0, count: 25 });
    expect(visibleRowWindow(2_000, 400, 20, 1_000, 5)).toEqual({ first: 95, count: 30 });
    expect(visibleRowWindow(19_800, 400, 20, 1_000, 5)).toEqual({ first: 985, count: 15 });
  });

  it('lays out only the requested window of a thousand instances', () => {
    const many = Array.from({ length: 1_000 }, (_, i) => ({ ...vm, name: `vm${i}` }));
    const rows = layoutRows(many, makeTimeScale('linear', 40_000, [0, 400]), 20, 500, 30);
    expect(rows).toHaveLength(30);
    expect(rows[0]!.name).toBe('vm500');
    expect(rows[0]!.y).toBe(10_000);
  });
});
