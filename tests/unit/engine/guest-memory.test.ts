import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getReport, advanceTo } from '../../../sim-core/index';
import { FIXTURE, MiB, container, scenario, startAll, vm } from './fixture';
import { kernelMemory } from '../../../sim-core/engine/meminfo';
import { free } from '../../../sim-core/terminal/system-info';

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

/** The fixture's VM profile under the name of the one with a virtio-balloon (kvm-qemu). */
const WITH_BALLOON = { ...FIXTURE, vmProfiles: { ...FIXTURE.vmProfiles, 'kvm-qemu': { ...FIXTURE.vmProfiles.full!, id: 'kvm-qemu' } } };

describe('balloon free-page reporting (a VM option, off by default)', () => {
  const run = (extra: Parameters<typeof vm>[1]) => {
    const s = scenario([vm('v', { apps: [], ...extra }), container('c', { in: 'v' })],
      [...startAll(['v', 'c']), load('c', 20_000, 400), load('c', 30_000, 20)], { untilMs: 40_000 });
    const sim = createSimulation(s, WITH_BALLOON);
    return sim;
  };
  const peak = (50 + 100 + 150 + 400) * MiB;

  it('with reporting on, the VM\'s host memory falls about 2 s after the guest frees memory', () => {
    const sim = run({ profile: 'kvm-qemu', balloon: 'free-page-reporting' });
    advanceTo(sim, 31_000);
    expect(getReport(sim).instances[0]!.memoryBytes).toBe(peak); // not yet reported
    advanceTo(sim, 32_500);
    expect(getReport(sim).instances[0]!.memoryBytes).toBe((50 + 100 + 150 + 20) * MiB);
    const reported = sim.state.log.find((e) => e.type === 'memory/pages-reported');
    expect(reported?.atMs).toBe(32_000);
    expect(reported?.data).toMatchObject({ returnedBytes: 380 * MiB });
    // The host's total follows it.
    expect(getReport(sim).host.memoryUsedBytes).toBe(sim.state.host.baseMemoryBytes + (50 + 100 + 150 + 20) * MiB);
  });

  it('off (the default), the VM keeps the pages: its host memory stays at the peak', () => {
    const sim = run({ profile: 'kvm-qemu' });
    runToEnd(sim);
    expect(getReport(sim).instances[0]!.memoryBytes).toBe(peak);
    expect(sim.state.log.some((e) => e.type === 'memory/pages-reported')).toBe(false);
  });

  it('a profile without a virtio-balloon keeps the pages even when asked', () => {
    const sim = run({ profile: 'full', balloon: 'free-page-reporting' });
    runToEnd(sim);
    expect(getReport(sim).instances[0]!.memoryBytes).toBe(peak);
  });

  it('gives back whole 2 MiB blocks only', () => {
    const s = scenario([vm('v', { apps: [], profile: 'kvm-qemu', balloon: 'free-page-reporting' }), container('c', { in: 'v' })],
      [...startAll(['v', 'c']), load('c', 20_000, 400), { atMs: 30_000, action: { type: 'load' as const, load: { target: 'c', memoryBytes: 400 * MiB - 3 * MiB } } }], { untilMs: 40_000 });
    const sim = createSimulation(s, WITH_BALLOON);
    runToEnd(sim);
    // 3 MiB freed: one 2 MiB block goes back, the odd MiB stays backed.
    expect(getReport(sim).instances[0]!.memoryBytes).toBe(peak - 2 * MiB);
  });
});

describe('the guest\'s page cache', () => {
  const READS = 300 * MiB;
  const reading = { ...FIXTURE, guestOses: { ...FIXTURE.guestOses, linux: { ...FIXTURE.guestOses.linux!, bootReadBytes: { ...FIXTURE.guestOses.linux!.bootReadBytes, value: READS } } } };

  it('boot reads stay cached in the guest and count in the VM\'s host memory', () => {
    const sim = createSimulation(scenario([vm('v', { apps: [] })], startAll(['v']), { untilMs: 60_000 }), reading);
    runToEnd(sim);
    expect(getReport(sim).instances[0]!.memoryBytes).toBe((50 + 100 + 150) * MiB + READS);
    const mem = kernelMemory(sim, 'v')!;
    expect(mem.cacheBytes).toBe(READS); // free's buff/cache
    expect(free(mem, 'm')).toMatch(/^Mem:\s+\d+\s+\d+\s+\d+\s+0\s+300\s+\d+$/m);
  });

  it('grows toward the guest\'s RAM under writes, and the host backs it', () => {
    const write = (atMs: number, mib: number) => ({ atMs, action: { type: 'write' as const, target: 'v', path: `/data/${atMs}`, sizeBytes: mib * MiB } });
    const sim = createSimulation(scenario([vm('v', { apps: [] })], [...startAll(['v']), write(20_000, 400), write(25_000, 900)], { untilMs: 60_000 }), reading);
    advanceTo(sim, 21_000);
    expect(kernelMemory(sim, 'v')!.cacheBytes).toBe(READS + 400 * MiB);
    runToEnd(sim);
    // 1 GiB of RAM: 250 MiB used, the cache fills the rest; the host backs all of it.
    expect(kernelMemory(sim, 'v')!.cacheBytes).toBe((1024 - 250) * MiB);
    expect(getReport(sim).instances[0]!.memoryBytes).toBe((50 + 1024) * MiB);
  });

  it('gives way to the guest\'s own use (no OOM kill), and the host keeps backing the RAM', () => {
    const sim = createSimulation(scenario([vm('v', { apps: [] }), container('c', { in: 'v' })],
      [...startAll(['v', 'c']), load('c', 30_000, 700)], { untilMs: 60_000 }), reading);
    runToEnd(sim);
    expect(sim.state.log.some((e) => e.type === 'oom/killed')).toBe(false);
    const mem = kernelMemory(sim, 'v')!;
    expect(mem.cacheBytes).toBe((1024 - 250 - 700) * MiB);
    expect(getReport(sim).instances[0]!.memoryBytes).toBe((50 + 1024) * MiB);
  });

  it('is not free memory: free-page reporting gives back what the guest freed, never its cache', () => {
    const both = { ...reading, vmProfiles: WITH_BALLOON.vmProfiles };
    const s = scenario([vm('v', { apps: [], profile: 'kvm-qemu', balloon: 'free-page-reporting' }), container('c', { in: 'v' })],
      [...startAll(['v', 'c']), load('c', 20_000, 400), load('c', 30_000, 20)], { untilMs: 40_000 });
    const sim = createSimulation(s, both);
    advanceTo(sim, 25_000);
    // 250 MiB used and the 400 MiB app leave 374 MiB of the 1 GiB for the 300 MiB of cache.
    expect(getReport(sim).instances[0]!.memoryBytes).toBe((50 + 250 + 400 + 300) * MiB);
    runToEnd(sim);
    expect(getReport(sim).instances[0]!.memoryBytes).toBe((50 + 250 + 20) * MiB + READS);
    expect(kernelMemory(sim, 'v')!.cacheBytes).toBe(READS);
  });
});
