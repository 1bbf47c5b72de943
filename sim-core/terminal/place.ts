/** The shell a command runs in: the host, a VM (over SSH), or a container (docker exec). */
import type { Simulation } from '../engine/state';
import type { OverlayState } from '../unionfs/index';
import type { ProcessView } from '../namespaces/view';
import { containerIdOf, inspectHost, inspectInstance } from '../engine/inspect';
import type { CommandResult, Where } from './types';
import { fail } from './types';
import type { KernelMemory, ShellUser } from './system-info';
import { ROOT, VM_USER } from './system-info';

export interface Place {
  where: Where;
  kind: 'host' | 'vm' | 'container';
  view: ProcessView;
  user: ShellUser;
  /** The home directory, where relative paths start. */
  cwd: string;
  memory: KernelMemory;
  /** A container's overlay (its merged filesystem); null on a host or VM (not modelled). */
  overlay: OverlayState | null;
}

function kernelMemory(sim: Simulation, kernel: string): KernelMemory {
  if (kernel === 'host') return { totalBytes: sim.scenario.host.memoryBytes, usedBytes: sim.state.host.memoryUsedBytes };
  const vm = sim.state.instances[kernel]!;
  const total = vm.spec.kind === 'vm' ? vm.spec.memoryBytes : sim.scenario.host.memoryBytes;
  return { totalBytes: total, usedBytes: Math.max(0, vm.memoryBytes - vm.overheadBytes) };
}

/** The place, or the error a shell there would answer with when it is not running. */
export function placeOf(sim: Simulation, where: Where): Place | CommandResult {
  if (where === 'host') {
    return { where, kind: 'host', view: inspectHost(sim), user: ROOT, cwd: '/root', memory: kernelMemory(sim, 'host'), overlay: null };
  }
  const inst = sim.state.instances[where];
  if (!inst) return fail(`Error: No such container or VM: ${where}`, 1);
  const up = inst.state === 'running' || inst.state === 'booting';
  if (inst.spec.kind === 'vm') {
    if (inst.state !== 'running') return fail(`ssh: connect to host ${where} port 22: Connection refused`, 255);
    return { where, kind: 'vm', view: inspectInstance(sim, where)!, user: VM_USER, cwd: '/home/ubuntu', memory: kernelMemory(sim, where), overlay: null };
  }
  if (!up) return fail(`Error response from daemon: container ${containerIdOf(where)} is not running`, 1);
  return { where, kind: 'container', view: inspectInstance(sim, where)!, user: ROOT, cwd: '/', memory: kernelMemory(sim, inst.spec.in ?? 'host'), overlay: inst.upper };
}

export function isPlace(p: Place | CommandResult): p is Place {
  return 'view' in p;
}
