import { describe, expect, it } from 'vitest';
import { kindFigures, spreadOf, type KindInstance } from '../../../sim-core/stats/index';
import { runToEnd, getView, createSimulation } from '../../../sim-core/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { loadPreset } from '../golden/presets';
import { MiB } from '../engine/fixture';

const container: KindInstance = {
  kind: 'container', state: 'running', readyMs: 1_000, memoryBytes: 10 * MiB, diskBytes: 0, imageBytes: 100 * MiB,
  in: 'host', technology: 'runc', software: 'web:1',
};
const vm = (readyMs: number | null, memoryBytes: number): KindInstance => ({
  kind: 'vm', state: readyMs === null ? 'booting' : 'running', readyMs, memoryBytes, diskBytes: 2000 * MiB, imageBytes: 0,
  in: 'host', technology: 'kvm-qemu', software: 'ubuntu-22.04',
});

describe('spreadOf', () => {
  it('gives min, median and max in any order; the median of an even count is the mean of the middle two', () => {
    expect(spreadOf([5, 1, 3])).toEqual({ min: 1, median: 3, max: 5 });
    expect(spreadOf([4, 1, 2, 10])).toEqual({ min: 1, median: 3, max: 10 });
    expect(spreadOf([])).toBeNull();
  });
});

describe('kindFigures', () => {
  it('counts each kind, its states, and the spread of its times to ready; ratios from medians', () => {
    const f = kindFigures([
      vm(30_000, 1000 * MiB), vm(40_000, 1200 * MiB), vm(35_000, 1100 * MiB), vm(null, 300 * MiB),
      { ...container },
      { ...container, readyMs: 900_000 }, // one odd container does not decide the ratio
      { ...container, in: 'vm1' },
      { ...container, state: 'created', readyMs: null, memoryBytes: 0 },
    ]);
    expect(f.vm.count).toBe(4);
    expect(f.vm.states).toMatchObject({ running: 3, booting: 1 });
    expect(f.vm.readyCount).toBe(3);
    expect(f.vm.readyMs).toEqual({ min: 30_000, median: 35_000, max: 40_000 });
    expect(f.vm.memoryBytes).toBe(3600 * MiB);
    expect(f.vm.diskBytes).toBe(8000 * MiB);
    expect(f.container.count).toBe(4);
    expect(f.container.readyMs).toEqual({ min: 1_000, median: 1_000, max: 900_000 });
    expect(f.container.memoryPerInstance).toEqual({ min: 10 * MiB, median: 10 * MiB, max: 10 * MiB });
    expect(f.container.inVm).toBe(1);
    expect(f.container.technologies).toEqual({ runc: 4 });
    expect(f.startupRatio).toBe(35);
    expect(f.memoryRatio).toBe(105); // median of 1000, 1100, 1200, 300 MiB = 1050 MiB
    expect(f.diskRatio).toBe(20);
  });

  it('has no ratio while one side has nothing ready', () => {
    const f = kindFigures([vm(null, MiB), container]);
    expect(f.startupRatio).toBeNull();
    expect(f.vm.readyMs).toBeNull();
  });

  it('reads the model: burst-100 has 100 of each, every container ready long before the median VM', () => {
    const sim = createSimulation(loadPreset('burst-100'), CATALOGUE);
    runToEnd(sim);
    const view = getView(sim);
    const f = kindFigures(view.instances);
    expect(f.vm.count).toBe(100);
    expect(f.container.count).toBe(100);
    expect(f.container.readyCount).toBe(100);
    expect(f.vm.readyCount).toBe(100);
    expect(f.container.readyMs!.max).toBeLessThan(f.vm.readyMs!.min);
    // The totals are the rows added up, as the comparison table's rows show them.
    expect(f.vm.memoryBytes).toBe(view.instances.filter((i) => i.kind === 'vm').reduce((s, i) => s + i.memoryBytes, 0));
    // The containers queue in the daemon (their median is several seconds), so the ratio of
    // medians is below the tenfold of one VM against one container, but still large.
    expect(f.startupRatio!).toBeGreaterThan(5);
  });
});
