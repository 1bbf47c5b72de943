import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getReport, advanceTo } from '../../../sim-core/index';
import { FIXTURE, MiB, container, scenario, startAll, vm } from './fixture';

/**
 * A VM's host memory is the high-water mark of what its guest touched: a page the guest frees
 * stays backed on the host unless the balloon's free-page reporting returns it (off by
 * default in libvirt/QEMU).
 */
const load = (target: string, atMs: number, mib: number) => ({ atMs, action: { type: 'load' as const, load: { target, memoryBytes: mib * MiB } } });

describe('guest memory on the host', () => {
  it('stays at the peak after the guest frees memory', () => {
    const s = scenario([vm('v', { apps: [] }), container('c', { in: 'v' })],
      [...startAll(['v', 'c']), load('c', 20_000, 400), load('c', 30_000, 20)], { untilMs: 40_000 });
    const sim = createSimulation(s, FIXTURE);
    advanceTo(sim, 25_000);
    const peak = getReport(sim).instances[0]!.memoryBytes;
    // VMM 50 + guest kernel 100 + services 150 + the container's 400 MiB
    expect(peak).toBe((50 + 100 + 150 + 400) * MiB);
    runToEnd(sim);
    const r = getReport(sim);
    expect(r.instances[1]!.memoryBytes).toBe(20 * MiB); // the container itself holds less now
    expect(r.instances[0]!.memoryBytes).toBe(peak); // the VM does not give the pages back
  });

  it('a container that stopped inside the VM leaves its pages with the VM', () => {
    const s = scenario([vm('v', { apps: [] }), container('c', { in: 'v' })], [
      ...startAll(['v', 'c']), load('c', 20_000, 300),
      { atMs: 25_000, action: { type: 'stop', target: 'c' } },
    ], { untilMs: 40_000 });
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    expect(getReport(sim).instances[0]!.memoryBytes).toBe((50 + 100 + 150 + 300) * MiB);
  });
});
