/**
 * The host's memory in the one split the view (the board's memory bar), the report and the
 * terminal's `free` read: RAM in use and swap in use. What is in use beyond the RAM is
 * swapped out (engine/memory.ts lets it grow there until the swap is full), and containers
 * past their memory.max hold the rest of their memory in swap.
 */
import type { InstanceRecord, Simulation } from '../engine/state';

export interface HostMemory {
  totalBytes: number;
  /** RAM in use, the host's own OS included; never above totalBytes. */
  usedBytes: number;
  swapTotalBytes: number;
  /** Swap in use: containers' cgroups past memory.max, and what the host's RAM cannot hold. */
  swapUsedBytes: number;
}

export function hostMemory(sim: Simulation): HostMemory {
  const ram = sim.scenario.host.memoryBytes;
  const demand = sim.state.host.memoryUsedBytes;
  return {
    totalBytes: ram,
    usedBytes: Math.min(ram, demand),
    swapTotalBytes: sim.scenario.host.swapBytes,
    swapUsedBytes: sim.state.host.cgroupSwapBytes + Math.max(0, demand - ram),
  };
}

/** What a container's cgroup has in swap now (memory.swap.current); 0 for a VM. */
export function swapOf(inst: InstanceRecord): number {
  return inst.swapBytes;
}
