import { describe, expect, it } from 'vitest';
import { buildMemoryStack, MemoryStackBuilder, memoryAt, totalAt, memoryAreaPaths, HOST_OS_KEY, OTHERS_KEY, OTHERS_VM_KEY, OTHERS_CONTAINER_KEY } from '../../../src/viz/memory-stack';
import type { MemorySample } from '../../../sim-core/engine/view';
import { advanceTo, getMemoryHistory, getView } from '../../../sim-core/index';
import { sampleSimulation, MiB } from './sample';

const history: MemorySample[] = [
  { atMs: 0, name: 'vm', bytes: 50 * MiB },
  { atMs: 0, name: 'web', bytes: 0 },
  { atMs: 2_000, name: 'vm', bytes: 150 * MiB },
  { atMs: 2_500, name: 'web', bytes: 10 * MiB },
  { atMs: 5_000, name: 'vm', bytes: 400 * MiB },
];

describe('memory stack', () => {
  it('steps each instance at its change points, on top of the host OS', () => {
    const m = buildMemoryStack({ history, baseBytes: 500 * MiB, nowMs: 8_000 });
    expect(m.keys).toEqual([HOST_OS_KEY, 'vm', 'web']);
    expect(m.points.map((p) => p.atMs)).toEqual([0, 2_000, 2_500, 5_000, 8_000]);
    expect(memoryAt(m, 1_999)).toEqual({ [HOST_OS_KEY]: 500 * MiB, vm: 50 * MiB, web: 0 });
    expect(memoryAt(m, 2_000)).toEqual({ [HOST_OS_KEY]: 500 * MiB, vm: 150 * MiB, web: 0 });
    expect(memoryAt(m, 4_000)).toEqual({ [HOST_OS_KEY]: 500 * MiB, vm: 150 * MiB, web: 10 * MiB });
  });

  it('stacks the layers: each starts where the one below ends, and the top is the total', () => {
    const m = buildMemoryStack({ history, baseBytes: 500 * MiB, nowMs: 8_000 });
    const [os, vm, web] = m.layers;
    const at = 3; // the point at 5 s
    expect(os!.spans[at]).toEqual([0, 500 * MiB]);
    expect(vm!.spans[at]).toEqual([500 * MiB, 900 * MiB]);
    expect(web!.spans[at]).toEqual([900 * MiB, 910 * MiB]);
    expect(totalAt(m, 6_000)).toBe(910 * MiB);
    expect(m.peakBytes).toBe(910 * MiB);
  });

  it('ignores change points after now (a rewound clock) and extends the last step to now', () => {
    const m = buildMemoryStack({ history, baseBytes: 0, nowMs: 3_000 });
    expect(m.points.map((p) => p.atMs)).toEqual([0, 2_000, 2_500, 3_000]);
    expect(totalAt(m, 3_000)).toBe(160 * MiB);
  });

  it('folds the instances with the smallest peaks into one series beyond maxSeries, keeping the total', () => {
    const many: MemorySample[] = Array.from({ length: 30 }, (_, i) => ({ atMs: i * 10, name: `c${i}`, bytes: (i + 1) * MiB }));
    const m = buildMemoryStack({ history: many, baseBytes: 100 * MiB, nowMs: 1_000, maxSeries: 5 });
    expect(m.keys).toEqual([HOST_OS_KEY, 'c26', 'c27', 'c28', 'c29', OTHERS_KEY]);
    expect(m.grouped).toHaveLength(26);
    expect(totalAt(m, 1_000)).toBe(100 * MiB + (30 * 31) / 2 * MiB);
    expect(memoryAt(m, 1_000)[OTHERS_KEY]).toBe((26 * 27) / 2 * MiB);
  });

  it('stacks by kind beyond maxSeries when told each one\'s kind, keeping the total', () => {
    const many: MemorySample[] = Array.from({ length: 28 }, (_, i) => ({ atMs: 0, name: i % 2 ? `v${i}` : `c${i}`, bytes: (i + 1) * MiB }));
    const kindOf = (n: string) => (n.startsWith('v') ? 'vm' as const : 'container' as const);
    const m = buildMemoryStack({ history: many, baseBytes: 0, nowMs: 10, maxSeries: 3, kindOf });
    expect(m.keys).toEqual([HOST_OS_KEY, OTHERS_VM_KEY, OTHERS_CONTAINER_KEY]);
    expect(m.groupSizes).toEqual({ [OTHERS_VM_KEY]: 14, [OTHERS_CONTAINER_KEY]: 14 });
    expect(memoryAt(m, 10)[OTHERS_VM_KEY]).toBe([...Array(14)].reduce((s, _, k) => s + (2 * k + 2) * MiB, 0));
    expect(totalAt(m, 10)).toBe((28 * 29) / 2 * MiB);
    // Within maxSeries, each has its own series as before.
    expect(buildMemoryStack({ history: many.slice(0, 3), baseBytes: 0, nowMs: 10, maxSeries: 3, kindOf }).keys).toEqual([HOST_OS_KEY, 'c0', 'v1', 'c2']);
  });

  it("tops out at the host's used memory at every moment of a real run", () => {
    const sim = sampleSimulation();
    for (const t of [500, 1_500, 4_000, 12_000, 30_000]) {
      advanceTo(sim, t);
      const view = getView(sim);
      const m = buildMemoryStack({ history: getMemoryHistory(sim), baseBytes: view.host.baseMemoryBytes, nowMs: view.nowMs });
      expect(totalAt(m, view.nowMs)).toBe(view.host.memoryUsedBytes);
    }
  });

  it('draws each layer as a step area path', () => {
    const m = buildMemoryStack({ history, baseBytes: 500 * MiB, nowMs: 8_000 });
    const paths = memoryAreaPaths(m, (ms) => ms / 100, (b) => 100 - b / MiB / 10);
    expect(paths.map((p) => p.key)).toEqual(m.keys);
    // The vm's layer: its top steps up at 2 s (x=20) and 5 s (x=50), its bottom is the OS's top.
    expect(paths[1]!.d).toBe('M0,45H20V35H25V35H50V10H80V10V50V50H50V50H25V50H20V50H0Z');
  });
});

describe('memory stack, frame after frame', () => {
  /** The history as the page holds it: a new array each frame, the old entries the same objects. */
  function frames(times: number[]) {
    const sim = sampleSimulation();
    let held: MemorySample[] = [];
    return times.map((t) => {
      advanceTo(sim, t);
      const all = getMemoryHistory(sim);
      held = held.concat(all.slice(held.length));
      return { history: held, baseBytes: getView(sim).host.baseMemoryBytes, nowMs: t };
    });
  }

  it('adds only what each frame brings and ends where a build from the whole history ends', () => {
    const builder = new MemoryStackBuilder();
    for (const input of frames([0, 300, 700, 1_500, 4_000, 4_016, 12_000, 30_000])) {
      const incremental = builder.build(input);
      const whole = buildMemoryStack(input);
      expect(incremental.keys).toEqual(whole.keys);
      expect(incremental.points).toEqual(whole.points);
      expect(incremental.layers).toEqual(whole.layers);
      expect(incremental.peakBytes).toBe(whole.peakBytes);
    }
  });

  it('starts over after a seek back (the history cut) and after a new instance changes the series', () => {
    const builder = new MemoryStackBuilder();
    const [early, late] = frames([1_000, 30_000]);
    builder.build(late!);
    expect(builder.build(early!).points).toEqual(buildMemoryStack(early!).points);
    const kindOf = (n: string) => (n.startsWith('vm') ? 'vm' as const : 'container' as const);
    const many: MemorySample[] = Array.from({ length: 30 }, (_, i) => ({ atMs: i * 10, name: `c${i}`, bytes: MiB }));
    for (let n = 1; n <= 30; n++) {
      const input = { history: many.slice(0, n), baseBytes: 0, nowMs: n * 10, maxSeries: 5, kindOf };
      expect(builder.build(input).keys).toEqual(buildMemoryStack(input).keys);
    }
  });

  it('draws a long run as wide as the chart: one step per half-pixel, the first and last kept', () => {
    const long: MemorySample[] = Array.from({ length: 20_000 }, (_, i) => ({ atMs: i * 5, name: 'vm', bytes: (i % 7) * MiB }));
    const m = buildMemoryStack({ history: long, baseBytes: 0, nowMs: 100_000 });
    const x = (ms: number) => (ms / 100_000) * 500;
    const paths = memoryAreaPaths(m, x, (b) => 100 - b / MiB, (px) => (px / 500) * 100_000);
    const steps = (paths[1]!.d.match(/H/g) ?? []).length;
    expect(steps).toBeGreaterThan(500);
    expect(steps).toBeLessThanOrEqual(2 * 1001);
    expect(paths[1]!.d.startsWith('M0,')).toBe(true);
    expect(paths[1]!.d).toContain('H500V');
  });
});
