import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getReport } from '../../../sim-core/index';
import { CATALOGUE, figureValue } from '../../../sim-core/catalogue/index';
import type { Scenario } from '../../../sim-core/scenario/types';
import { scenario, startAll, vm } from './fixture';

/**
 * A VM's userspace boot is mostly waiting (the cited vm-userspace-wait-share), and its disk
 * reads share the host's disk bandwidth (host-disk-sata-ssd) with other boots and extractions.
 */
const ubuntu = (name: string) => vm(name, { profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: 1, apps: [] });
const guest = CATALOGUE.guestOses['ubuntu-22.04']!;
const bandwidth = figureValue(CATALOGUE, 'host-disk-sata-ssd');
const stream = CATALOGUE.host.diskBytesPerSecond.value;

function run(s: Scenario) {
  const sim = createSimulation(s, CATALOGUE);
  runToEnd(sim);
  return getReport(sim);
}

function boots(n: number, cpus: number) {
  const names = Array.from({ length: n }, (_, i) => `vm${i + 1}`);
  return run(scenario(names.map(ubuntu), startAll(names), { host: { cpus, memory: 64 * 1024 ** 3 } as never })).instances;
}

const initMs = (r: { phases: Array<{ name: string; startMs: number; endMs: number }> }) => {
  const p = r.phases.find((x) => x.name === 'init')!;
  return p.endMs - p.startMs;
};

describe('a VM boot waits more than it computes, and reads the shared disk', () => {
  it('alone, the guest userspace takes its cited init time (within the run-to-run spread)', () => {
    const alone = initMs(boots(1, 8)[0]!);
    expect(alone).toBeGreaterThanOrEqual(guest.init.ms.value * 0.95);
    expect(alone).toBeLessThanOrEqual(guest.init.ms.value * 1.05 + 1);
  });

  it('two VMs on one core are ready far sooner than twice one alone: most of a boot is not CPU', () => {
    const alone = boots(1, 1)[0]!.readyMs!;
    const two = Math.max(...boots(2, 1).map((v) => v.readyMs!));
    expect(two).toBeLessThan(1.6 * alone);
    expect(two).toBeGreaterThan(alone);
  });

  it('ten VMs booting at once wait on the disk even with a core each to spare', () => {
    const alone = initMs(boots(1, 64)[0]!);
    const ten = boots(10, 64).map(initMs);
    // Ten boots' reads at the disk's bandwidth instead of one stream's rate each.
    const extra = (10 * guest.bootReadBytes.value) / bandwidth * 1000 - guest.bootReadBytes.value / stream * 1000;
    expect(Math.max(...ten)).toBeGreaterThan(alone + 0.8 * extra);
  });
});
