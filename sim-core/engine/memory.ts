import type { InstanceRecord, Simulation } from './state';
import { emit, incident } from './emit';
import { formatBytesCompact } from '../format/index';
import { pickOomVictim, type OomCandidate } from '../cgroups/oom';
import { memorySwapMax } from '../cgroups/docker-flags';
import { childrenIn } from './board-index';
import { touch } from './changes';
import { guestCacheBytes, guestUsedBytes, reportFreePages, updateBackedGuest } from './guest-memory';

/** Exit status of a process killed by SIGKILL (128 + 9), as `docker ps` shows after an OOM kill. */
export const EXIT_SIGKILL = 137;

export function isLive(inst: InstanceRecord): boolean {
  return inst.state === 'booting' || inst.state === 'running';
}

/** The containers in a VM, in board order (a copy: callers may stop or remove them while iterating). */
export function childrenOf(sim: Simulation, vmName: string): InstanceRecord[] {
  return [...childrenIn(sim, vmName)];
}

/**
 * Guest RAM a VM's guest holds now: what it uses plus its page cache, never more than its
 * RAM; all of it when the VMM preallocates or the guest touches every page (Windows).
 */
function guestHolds(sim: Simulation, vm: InstanceRecord): number {
  // No VM process yet while its disk is being copied (engine/vm-image.ts).
  if (vm.spec.kind !== 'vm' || !vm.imageCopied) return 0;
  const profile = sim.catalogue.vmProfiles[vm.spec.profile]!;
  const guest = sim.catalogue.guestOses[vm.spec.os]!;
  const configured = vm.spec.memoryBytes;
  if (profile.preallocatesMemory || (guest.touchesAllMemory && vm.baseBytes > 0)) return configured;
  const used = guestUsedBytes(sim, vm);
  return Math.min(configured, used + guestCacheBytes(sim, vm, used));
}

/**
 * Recomputes what an instance holds (and, for a container in a VM, what its VM holds on the
 * host). A VM holds its VMM's own memory plus the guest pages the host backs: the high-water
 * mark of what the guest held (used and cache), lowered by free-page reporting when on
 * (engine/guest-memory.ts).
 */
export function recomputeMemory(sim: Simulation, inst: InstanceRecord): void {
  const before = inst.memoryBytes;
  touch(sim, inst);
  if (!isLive(inst)) {
    inst.memoryBytes = 0;
    setSwap(sim, inst, 0);
  } else if (inst.spec.kind === 'container') {
    const app = inst.state === 'running' ? inst.appMemoryBytes : 0;
    // Past memory.max the cgroup's reclaim swaps the rest out, while memory.swap.max and the
    // host's free swap allow. A charge beyond that never succeeds (the cgroup's OOM killer
    // acts first), so what it holds in RAM, and what its VM's guest touched for it, stops at
    // the limit.
    const over = inst.memoryLimitBytes !== null ? Math.max(0, app - inst.memoryLimitBytes) : 0;
    const swapped = Math.min(over, cgroupSwapRoom(sim, inst));
    setSwap(sim, inst, swapped);
    inst.memoryBytes = inst.baseBytes + Math.min(app - swapped, inst.memoryLimitBytes ?? Infinity);
  } else {
    updateBackedGuest(sim, inst, guestHolds(sim, inst));
    inst.memoryBytes = inst.overheadBytes + inst.guestPeakBytes;
  }
  noteChange(sim, inst, before);
}

/** A changed holding: the memory history, and the VM or host that holds it. */
function noteChange(sim: Simulation, inst: InstanceRecord, before: number): void {
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

/**
 * A VM's guest reported its free pages (free-page reporting, after its delay): the host drops
 * the whole free blocks, and the VM's host memory falls to what the guest holds.
 */
export function onFreePagesReported(sim: Simulation, vm: InstanceRecord, cause: string): void {
  const before = vm.memoryBytes;
  const returned = reportFreePages(sim, vm, guestHolds(sim, vm));
  if (returned === 0) return;
  touch(sim, vm);
  vm.memoryBytes = vm.overheadBytes + vm.guestPeakBytes;
  emit(sim, 'memory/pages-reported', vm.spec.name, cause, { returnedBytes: returned, hostBytes: vm.memoryBytes });
  noteChange(sim, vm, before);
}

/**
 * The guest read or wrote `bytes` of files: they enter its page cache (engine/guest-memory.ts),
 * which the host backs like any other guest page.
 */
export function noteGuestFileIo(sim: Simulation, vm: InstanceRecord, bytes: number, cause: string, kill: KillFn): void {
  if (vm.spec.kind !== 'vm' || bytes <= 0) return;
  touch(sim, vm);
  vm.guestFileBytes += bytes;
  if (!isLive(vm)) return;
  recomputeMemory(sim, vm);
  enforceHostMemory(sim, cause, kill);
}

function setSwap(sim: Simulation, inst: InstanceRecord, bytes: number): void {
  if (inst.swapBytes === bytes) return;
  touch(sim, inst);
  sim.state.host.cgroupSwapBytes += bytes - inst.swapBytes;
  inst.swapBytes = bytes;
}

/** What the host's RAM cannot hold of what is in use: the host swapped it out. */
export function hostLevelSwap(sim: Simulation): number {
  return Math.max(0, sim.state.host.memoryUsedBytes - sim.scenario.host.memoryBytes);
}

/**
 * The swap a container's cgroup may use now: memory.swap.max (Docker's default: as much as
 * --memory, the cited `docker-default-swap`; `--memory-swap -1`: unlimited), bounded by the
 * swap the host has free. 0 on a host without swap, for a container without a memory limit
 * (it never passes memory.max), and in a VM (cloud guests have no swap).
 */
export function cgroupSwapRoom(sim: Simulation, inst: InstanceRecord): number {
  const spec = inst.spec;
  const total = sim.scenario.host.swapBytes;
  if (spec.kind !== 'container' || spec.in || total === 0 || inst.memoryLimitBytes === null) return 0;
  const max = memorySwapMax(inst.memoryLimitBytes, spec.memorySwapBytes ?? undefined);
  const others = sim.state.host.cgroupSwapBytes - inst.swapBytes;
  const hostFree = Math.max(0, total - others - hostLevelSwap(sim));
  return Math.min(max === 'max' ? Infinity : max, hostFree);
}

/** Whether the app may hold `wantedBytes` in its cgroup: within memory.max, or with the rest in swap. */
export function cgroupFits(sim: Simulation, inst: InstanceRecord, wantedBytes: number): boolean {
  if (inst.memoryLimitBytes === null) return true;
  return wantedBytes - inst.memoryLimitBytes <= cgroupSwapRoom(sim, inst);
}

/** All memory in use on the host: its own kernel and OS, and every top-level instance. */
export function hostMemoryUsed(sim: Simulation): number {
  return sim.state.host.memoryUsedBytes;
}

/** Memory a VM's guest can still give before its own OOM killer acts. */
function guestOverCommitted(sim: Simulation, vm: InstanceRecord): boolean {
  return isLive(vm) && vm.spec.kind === 'vm' && guestUsedBytes(sim, vm) > vm.spec.memoryBytes;
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
      && inst.appMemoryBytes - inst.memoryLimitBytes > inst.swapBytes) {
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
  const swap = cgroupSwapRoom(sim, inst);
  const c = emit(sim, 'oom/killed', inst.spec.name, cause, { scope: 'cgroup', limitBytes: limit, wantedBytes, ...(swap > 0 ? { swapMaxBytes: swap } : {}) });
  incident(sim, { type: 'oom-kill', target: inst.spec.name, detail: `memory.max ${formatBytesCompact(limit)}${swap > 0 ? ` + ${formatBytesCompact(swap)} swap` : ''}` });
  kill(sim, inst, c, 'oom');
}

/**
 * The host's OOM killer acts once RAM and the swap the cgroups left are both full; until then
 * what RAM cannot hold is swapped out (logged as it grows).
 */
export function enforceHostMemory(sim: Simulation, cause: string, kill: KillFn): void {
  const ram = sim.scenario.host.memoryBytes;
  const swap = sim.scenario.host.swapBytes;
  // The kernel's totalpages: RAM plus swap.
  const total = ram + swap;
  let guard = sim.state.order.length + 1;
  while (hostMemoryUsed(sim) > ram + Math.max(0, swap - sim.state.host.cgroupSwapBytes) && guard-- > 0) {
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
    const room = swap > 0 ? `${formatBytesCompact(ram)} + ${formatBytesCompact(swap)} swap` : formatBytesCompact(ram);
    incident(sim, { type: 'oom-kill', target: victim.spec.name, detail: `host out of memory (${room}): the OOM killer chose the largest, holding ${formatBytesCompact(victim.memoryBytes)}` });
    kill(sim, victim, c, 'oom');
  }
  const swapped = hostLevelSwap(sim);
  if (swapped > sim.state.host.swapLoggedBytes) emit(sim, 'memory/swapped', 'host', cause, { scope: 'host', swapBytes: swapped, swapTotalBytes: swap });
  sim.state.host.swapLoggedBytes = swapped;
}
