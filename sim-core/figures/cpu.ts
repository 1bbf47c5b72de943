import type { Simulation } from '../engine/state';

/**
 * Cores the host's CPUs are busy with now: each top-level instance's share (a VM's vCPUs
 * working, a container's app) and the boot work in progress on the shared CPU, at most the
 * host's cores. The board's CPU gauge and `top` on the host read the same figure.
 */
export function hostCpuBusyCores(sim: Simulation): number {
  const s = sim.state;
  let busy = 0;
  for (const name of s.order) {
    const inst = s.instances[name]!;
    if (!(inst.spec.kind === 'container' && inst.spec.in)) busy += inst.cpuCores;
  }
  busy += Math.min(s.cpu.capacity, s.cpu.active * s.cpu.rate);
  return Math.min(sim.scenario.host.cpus, busy);
}
