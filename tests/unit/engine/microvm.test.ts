import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getReport } from '../../../sim-core/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { scenario, startAll, vm } from './fixture';

/**
 * Firecracker's <= 125 ms (its SPECIFICATION.md) is from InstanceStart to the guest's
 * /sbin/init with its tuned minimal kernel; the distro's userspace is not shortened.
 */
function boot(os: string, profile = 'firecracker') {
  const sim = createSimulation(scenario([vm('m', { profile, os, cpus: 1, memoryBytes: 512 * 1024 ** 2, apps: [] })], startAll(['m'])), CATALOGUE);
  runToEnd(sim);
  return getReport(sim).instances[0]!;
}

const span = (r: ReturnType<typeof boot>, name: string) => {
  const p = r.phases.find((x) => x.name === name)!;
  return p.endMs - p.startMs;
};

describe('a Firecracker microVM', () => {
  const bound = CATALOGUE.vmProfiles.firecracker!.kernelToInit!.ms.value;

  it('reaches the guest\'s init within its specification\'s bound (the run-to-run spread aside)', () => {
    const m = boot('alpine-3.20');
    expect(m.phases.map((p) => p.name)).toEqual(['kernel', 'init']);
    expect(span(m, 'kernel')).toBeLessThanOrEqual(Math.ceil(bound * 1.05));
  });

  it('does not shorten a full Ubuntu\'s userspace: it takes what it takes on QEMU', () => {
    const fc = boot('ubuntu-22.04');
    const qemu = boot('ubuntu-22.04', 'kvm-qemu');
    expect(span(fc, 'init')).toBeGreaterThan(0.9 * span(qemu, 'init'));
    expect(span(fc, 'init')).toBeGreaterThan(0.9 * CATALOGUE.guestOses['ubuntu-22.04']!.init.ms.value);
    // So a Firecracker Ubuntu is ready in seconds, not in 125 ms: the firmware, GRUB and the
    // kernel's device probing are what it saves.
    expect(fc.readyMs!).toBeGreaterThan(10_000);
    expect(fc.readyMs!).toBeLessThan(qemu.readyMs!);
  });
});
