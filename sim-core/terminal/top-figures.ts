/**
 * The figures `top` shows beside the process table, read from the model: how busy the place's
 * kernel's CPUs are (/proc/stat is not namespaced: a runc container sees its host's), and
 * what each instance uses. The model keeps CPU and memory per instance, not per process:
 * an instance's cores and memory are shown on its main process (a container's first, a VM's
 * VMM on its host, gVisor's Sentry, Kata's QEMU), its other processes at 0, as `ps aux` shows them.
 */
import type { Simulation } from '../engine/state';
import type { ProcessRow } from '../namespaces/view';
import { cpusOfKernel, cpusSeenBy } from '../engine/ledger';
import { hostCpuBusyCores } from '../figures/index';
import type { Place } from './place';
import { procKernelOf } from './uptime';

/** A runtime's helpers, which do none of the container's work: the shim, gVisor's Gofer, Kata's virtiofsd. */
const HELPER = /containerd-shim|runsc-gofer|virtiofsd/;

/** The kernel's CPUs and the cores busy on them now. */
export function cpuBusy(sim: Simulation, place: Place): { cpus: number; busyCores: number } {
  const { kernel } = procKernelOf(sim, place);
  const s = sim.state;
  const inst = s.instances[kernel];
  // The host's: the figure the board's CPU gauge shows.
  if (kernel === 'host') return { cpus: cpusOfKernel(sim, 'host'), busyCores: hostCpuBusyCores(sim) };
  if (inst?.spec.kind === 'vm') {
    let busy = inst.state === 'running' && !inst.paused ? inst.cpuDemand : 0;
    for (const name of s.order) {
      const i = s.instances[name]!;
      if (i.spec.kind === 'container' && i.spec.in === kernel && i.state === 'running') busy += i.cpuCores;
    }
    return { cpus: inst.spec.cpus, busyCores: Math.min(busy, inst.spec.cpus) };
  }
  // A sandbox's own kernel (gVisor's Sentry, Kata's guest): the container's work alone.
  const cpus = inst?.spec.kind === 'container' ? (inst.spec.runtime === 'kata' ? cpusSeenBy(sim, inst.spec) : cpusOfKernel(sim, inst.spec.in ?? 'host')) : 1;
  return { cpus, busyCores: Math.min(cpus, inst?.cpuCores ?? 0) };
}

/** The cores and bytes an instance's main process shows in this view. */
function usageOf(sim: Simulation, place: Place, owner: string, viewKernel: string): { cores: number; bytes: number } {
  const inst = sim.state.instances[owner];
  if (!inst || inst.state !== 'running') return { cores: 0, bytes: 0 };
  const spec = inst.spec;
  if (spec.kind === 'vm') {
    // Seen from its guest, the VM's own apps; seen from the host, its one VMM process, vCPUs and all.
    if (viewKernel === owner) return { cores: inst.paused ? 0 : Math.min(inst.cpuDemand, spec.cpus), bytes: inst.appMemoryBytes };
    return { cores: inst.cpuCores, bytes: inst.memoryBytes };
  }
  // On its host a sandbox's process (Sentry, QEMU) holds the runtime's memory too; inside, the app's own.
  const whole = spec.runtime !== 'runc' && viewKernel !== owner;
  return { cores: inst.cpuCores, bytes: whole ? inst.memoryBytes : Math.max(0, inst.memoryBytes - inst.overheadBytes) };
}

/** Each attributed row's figures, by its PID in the view. */
export function processUsage(sim: Simulation, place: Place, rows: readonly ProcessRow[]): Map<number, { cores: number; bytes: number }> {
  const out = new Map<number, { cores: number; bytes: number }>();
  const seen = new Set<string>();
  for (const p of rows) {
    if (p.owner === null || seen.has(p.owner) || HELPER.test(p.command) || p.command.startsWith('[')) continue;
    seen.add(p.owner);
    out.set(p.pid, usageOf(sim, place, p.owner, place.view.kernel));
  }
  return out;
}
