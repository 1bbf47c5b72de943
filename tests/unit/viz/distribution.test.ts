import { describe, expect, it } from 'vitest';
import { logBytesAxis, logDurationAxis } from '../../../src/viz/log-axis';
import { distributionLanes } from '../../../src/viz/distribution';
import { timelineGroups } from '../../../src/viz/timeline-groups';
import { spreadOf } from '../../../sim-core/stats/index';
import { MiB } from './sample';

const GiB = 1024 * MiB;

describe('log axes', () => {
  it('puts a 14 MiB container and a 2 GiB VM far apart, each with room, on whole powers of 2', () => {
    const axis = logBytesAxis([14 * MiB, 2 * GiB], [100, 500]);
    expect(axis.domain).toEqual([8 * MiB, 4 * GiB]);
    const small = axis.x(14 * MiB);
    const big = axis.x(2 * GiB);
    // On a linear axis to 4 GiB the container would sit under 2 px from zero.
    expect(small - 100).toBeGreaterThan(30);
    expect(big - small).toBeGreaterThan(250);
    expect(500 - big).toBeGreaterThan(20); // room at the end too
    expect(axis.x(16 * MiB) - axis.x(8 * MiB)).toBeCloseTo(axis.x(2 * GiB) - axis.x(GiB), 6); // each doubling the same width
    expect(axis.ticks(20)).toEqual([8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096].map((m) => m * MiB));
    expect(axis.ticks(5)).toEqual([8, 32, 128, 512, 2048].map((m) => m * MiB));
  });

  it('gives durations 1-2-5 ticks over whole decades, and only the decades when crowded', () => {
    const axis = logDurationAxis([336, 22_900], [0, 300]);
    expect(axis.domain).toEqual([100, 100_000]);
    expect(axis.ticks(20)).toEqual([100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000]);
    expect(axis.ticks(4)).toEqual([100, 1000, 10_000, 100_000]);
  });

  it('copes with nothing to show and with zero', () => {
    const axis = logBytesAxis([], [0, 100]);
    expect(axis.x(0)).toBe(0);
    expect(Number.isFinite(axis.x(1))).toBe(true);
  });
});

describe('distributionLanes', () => {
  const axis = logDurationAxis([300, 120_000], [100, 700]);
  const values = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => ({ name: `i${i}`, value: f(i) }));

  it('draws a few values as dots, coinciding ones stacked, with the median and range marked', () => {
    const vm = values(3, (i) => 20_000 + i * 20_000);
    const containers = values(2, () => 340);
    const lanes = distributionLanes([
      { kind: 'vm', values: vm, spread: spreadOf(vm.map((v) => v.value)) },
      { kind: 'container', values: containers, spread: spreadOf(containers.map((v) => v.value)) },
    ], axis.x, 100, { laneHeight: 24 });
    expect(lanes.map((l) => [l.kind, l.mode, l.y])).toEqual([['vm', 'dots', 0], ['container', 'dots', 24]]);
    const [a, b] = lanes[1]!.dots;
    expect(a!.x).toBe(b!.x);
    expect(a!.y).not.toBe(b!.y); // stacked, both visible
    expect(lanes[0]!.median!.value).toBe(40_000);
    expect(lanes[0]!.range).toMatchObject({ min: 20_000, max: 60_000 });
    expect(lanes[1]!.median!.x).toBeLessThan(lanes[0]!.range!.x0);
  });

  it('turns 1,000 values into a histogram whose bins count them all', () => {
    const many = values(1000, (i) => 300 + (i % 50));
    const [lane] = distributionLanes([{ kind: 'container', values: many, spread: spreadOf(many.map((v) => v.value)) }], axis.x, 100, { laneHeight: 24 });
    expect(lane!.mode).toBe('bins');
    expect(lane!.bins.reduce((s, b) => s + b.count, 0)).toBe(1000);
    expect(Math.max(...lane!.bins.map((b) => b.height))).toBe(20);
  });

  it('uses a histogram when more coincide than a lane can stack', () => {
    const same = values(10, () => 14 * MiB);
    const [lane] = distributionLanes([{ kind: 'container', values: same, spread: null }], logBytesAxis([14 * MiB], [0, 100]).x, 0, { laneHeight: 24 });
    expect(lane!.mode).toBe('bins');
    expect(lane!.bins).toHaveLength(1);
    expect(lane!.bins[0]!.count).toBe(10);
  });

  it('leaves out a kind with nothing to show', () => {
    expect(distributionLanes([{ kind: 'vm', values: [], spread: null }], axis.x, 100, { laneHeight: 24 })).toEqual([]);
  });
});

describe('timelineGroups', () => {
  const inst = (name: string, kind: 'vm' | 'container') => ({ name, kind, state: 'running' as const, phases: [], readyMs: 1 });

  it('keeps one list in board order with at most one of each kind', () => {
    const groups = timelineGroups([inst('c', 'container'), inst('v', 'vm')], 6);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.kind).toBeNull();
    expect(groups[0]!.instances.map((i) => i.name)).toEqual(['c', 'v']);
  });

  it('groups 100 containers and 100 VMs by kind, VMs first, and shares the visible rows', () => {
    const list = [...Array.from({ length: 100 }, (_, i) => inst(`c${i}`, 'container')), ...Array.from({ length: 100 }, (_, i) => inst(`v${i}`, 'vm'))];
    const groups = timelineGroups(list, 6);
    expect(groups.map((g) => [g.kind, g.instances.length, g.visibleRows])).toEqual([['vm', 100, 3], ['container', 100, 3]]);
  });

  it('gives a small group only the rows it needs', () => {
    const list = [inst('v', 'vm'), ...Array.from({ length: 50 }, (_, i) => inst(`c${i}`, 'container'))];
    expect(timelineGroups(list, 6).map((g) => g.visibleRows)).toEqual([1, 5]);
  });
});
