import type { InstanceRecord, Simulation } from './state';
import { emit, incident } from './emit';
import { formatBytesCompact } from '../format/index';
import { pickOomVictim, type OomCandidate } from '../cgroups/oom';
import { childrenIn } from './board-index';

/** Exit status of a process killed by SIGKILL (128 + 9), as `docker ps` shows after an OOM kill. */
export const EXIT_SIGKILL = 137;

export function isLive(inst: InstanceRecord): boolean {
  return inst.state === 'booting' || inst.state === 'running';
}

/** The containers in a VM, in board order (a copy: callers may stop or remove them while iterating). */
export function childrenOf(sim: Simulation, vmName: string): InstanceRecord[] {
  return [...childrenIn(sim, vmName)];
}

/** Guest memory a VM's guest has touched: its kernel and services, its apps, its containers. */
function guestTouched(sim: Simulation, vm: InstanceRecord): number {
  let touched = vm.baseBytes + (vm.state === 'running' ? vm.appMemoryBytes : 0);
  for (const child of childrenIn(sim, vm.spec.name)) if (isLive(child)) touched += child.memoryBytes;
  return touched;
}

/**
 * Recomputes what an instance holds (and, for a container in a VM, what its VM holds on the
 * host). A VM holds its VMM's own memory plus the guest pages it touched, never more than
 * its configured RAM; one that preallocates holds all of it from the start.
 */
export function recomputeMemory(sim: Simulation, inst: InstanceRecord): void {
  const before = inst.memoryBytes;
  if (!isLive(inst)) {
    inst.memoryBytes = 0;
  } else if (inst.spec.kind === 'container') {
    // A charge past memory.max never succeeds (the cgroup's OOM killer acts first), so what
    // it holds, and what its VM's guest touched for it, stops at the limit.
    const app = inst.state === 'running' ? Math.min(inst.appMemoryBytes, inst.memoryLimitBytes ?? Infinity) : 0;
    inst.memoryBytes = inst.baseBytes + app;
  } else {
    const profile = sim.catalogue.vmProfiles[inst.spec.profile]!;
    const guest = sim.catalogue.guestOses[inst.spec.os]!;
    const configured = inst.spec.memoryBytes;
    const touched = profile.preallocatesMemory || (guest.touchesAllMemory && inst.baseBytes > 0)
      ? configured
      : Math.min(configured, guestTouched(sim, inst));
    // Freed guest pages stay with the VM (no free-page reporting): the high-water mark counts.
    inst.guestPeakBytes = Math.max(inst.guestPeakBytes, touched);
    inst.memoryBytes = inst.overheadBytes + inst.guestPeakBytes;
  }
  if (inst.memoryBytes !== before) {
    const spec = inst.spec;
    if (spec.kind === 'container' && spec.in) {
      sim.state.memoryHistory.push({ atMs: sim.state.nowMs, name: spec.name, bytes: inst.memoryBytes, in: spec.in });
      const vm = sim.state.instances[spec.in];
      if (vm) recomputeMemory(sim, vm);
    } else {
      sim.state.host.memoryUsedBytes += inst.memoryBytes - before;
      sim.state.memoryHistory.push({ atMs: sim.state.nowMs, name: spec.name, bytes: inst.memoryBytes });
    }
  }
}

/** All memory in use on the host: its own kernel and OS, and every top-level instance. */
export function hostMemoryUsed(sim: Simulation): number {
  return sim.state.host.memoryUsedBytes;
}

/** Memory a VM's guest can still give before its own OOM killer acts. */
function guestOverCommitted(sim: Simulation, vm: InstanceRecord): boolean {
  return isLive(vm) && vm.spec.kind === 'vm' && guestTouched(sim, vm) > vm.spec.memoryBytes;
}

export type KillFn = (sim: Simulation, inst: InstanceRecord, cause: string, reason: string) => void;

/**
 * Enforces memory limits after something grew: the cgroup's memory.max first (the OOM killer
 * kills inside that cgroup), then a VM guest's RAM (the guest's OOM killer), then the host's
 * RAM (the host's OOM killer picks the process with the highest badness: the largest).
 */
export function enforceMemory(sim: Simulation, inst: InstanceRecord, cause: string, kill: KillFn): void {
  const spec = inst.spec;
  if (spec.kind === 'container' && inst.state === 'running' && inst.memoryLimitBytes !== null
      && inst.appMemoryBytes > inst.memoryLimitBytes) {
    cgroupOomKill(sim, inst, inst.appMemoryBytes, cause, kill);
    enforceHostMemory(sim, cause, kill);
    return;
  }
  if (spec.kind === 'container' && spec.in) {
    const vm = sim.state.instances[spec.in];
    if (vm && guestOverCommitted(sim, vm)) {
      const victim = childrenOf(sim, vm.spec.name).filter(isLive)
        .reduce<InstanceRecord | null>((a, b) => (a && a.memoryBytes >= b.memoryBytes ? a : b), null);
      if (victim) {
        const c = emit(sim, 'oom/killed', victim.spec.name, cause, { scope: 'guest', vm: vm.spec.name });
        incident(sim, { type: 'oom-kill', target: victim.spec.name, detail: `out of memory in VM ${vm.spec.name} (${formatBytesCompact(vm.spec.memoryBytes ?? 0)})` });
        kill(sim, victim, c, 'oom');
      }
    }
  }
  enforceHostMemory(sim, cause, kill);
}

/**
 * The cgroup's OOM killer: the app asked for `wantedBytes`, more than memory.max allows.
 * The charge never succeeds, so the container dies holding what it held before.
 */
export function cgroupOomKill(sim: Simulation, inst: InstanceRecord, wantedBytes: number, cause: string, kill: KillFn): void {
  const limit = inst.memoryLimitBytes ?? 0;
  const c = emit(sim, 'oom/killed', inst.spec.name, cause, { scope: 'cgroup', limitBytes: limit, wantedBytes });
  incident(sim, { type: 'oom-kill', target: inst.spec.name, detail: `memory.max ${formatBytesCompact(limit)}` });
  kill(sim, inst, c, 'oom');
}

export function enforceHostMemory(sim: Simulation, cause: string, kill: KillFn): void {
  const total = sim.scenario.host.memoryBytes;
  let guard = sim.state.order.length + 1;
  while (hostMemoryUsed(sim) > total && guard-- > 0) {
    // The kernel's oom_badness over what each top-level instance holds (Docker leaves
    // oom_score_adj at 0, so this is the largest; see cgroups/oom.ts).
    const candidates: OomCandidate[] = [];
    for (const name of sim.state.order) {
      const inst = sim.state.instances[name]!;
      if (inst.spec.kind === 'container' && inst.spec.in) continue;
      if (!isLive(inst) || inst.memoryBytes === 0) continue;
      candidates.push({ name, rssBytes: inst.memoryBytes, oomScoreAdj: 0 });
    }
    const pick = pickOomVictim(candidates, total);
    if (!pick) break;
    const victim = sim.state.instances[pick.name]!;
    const c = emit(sim, 'oom/killed', victim.spec.name, cause, { scope: 'host', rssBytes: victim.memoryBytes, points: pick.points });
    incident(sim, { type: 'oom-kill', target: victim.spec.name, detail: `host out of memory (${formatBytesCompact(total)}): the OOM killer chose the largest, holding ${formatBytesCompact(victim.memoryBytes)}` });
    kill(sim, victim, c, 'oom');
  }
}
