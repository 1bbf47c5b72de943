/**
 * Memory as a kernel reports it in /proc/meminfo (what `free` reads). MemTotal is the RAM
 * the kernel was given less what it reserves at boot and never hands to the page allocator:
 * the struct page array (64 bytes per 4 KiB page on x86_64), its own image, and the
 * firmware's holes. /proc/meminfo is not namespaced, so a runc container reads its kernel's;
 * gVisor's Sentry makes up its own from the sandbox's memory limit; Kata's guest kernel
 * reports the VM's. Sources and ranges in docs/views.md.
 */
import type { InstanceRecord, Simulation } from './state';
import type { ContainerSpec } from '../scenario/types';
import { guestCacheBytes, guestUsedBytes } from './guest-memory';
import { hostMemory } from '../figures/memory';

export interface KernelMemory {
  totalBytes: number;
  usedBytes: number;
  /** Page cache and reclaimable slab (free's buff/cache); 0 where the model keeps none. */
  cacheBytes: number;
  /** Swap (SwapTotal) and what is in it; absent: none (a cloud VM's guest, a sandbox). */
  swapTotalBytes?: number;
  swapUsedBytes?: number;
}

const MiB = 1024 * 1024;

/** sizeof(struct page) / PAGE_SIZE on x86_64: the memmap takes 1/64 of RAM. */
export const MEMMAP_FRACTION = 64 / 4096;

/** The legacy hole at 640 KiB-1 MiB every x86 guest's e820 map leaves out. */
const LOW_HOLE_BYTES = 384 * 1024;

/** An estimate with its range, where no source states the number. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
  why: string;
}

/**
 * Kernel image and early boot reservations kept after init (code, rodata, data, bss, the
 * direct map's page tables, the first per-CPU chunk): estimates from the flavours' sizes.
 */
export const KERNEL_RESERVED: Record<'generic' | 'cloud' | 'virt' | 'kata', Estimate> = {
  generic: { value: 36 * MiB, low: 28 * MiB, high: 60 * MiB, why: "Ubuntu's -generic kernel: ~17 MiB code, ~10 MiB read-only data with BTF, ~9 MiB data and bss, plus early page tables" },
  cloud: { value: 30 * MiB, low: 22 * MiB, high: 44 * MiB, why: "Debian's -amd64 kernel with fewer built-in drivers" },
  virt: { value: 16 * MiB, low: 10 * MiB, high: 24 * MiB, why: "Alpine's -virt kernel, built for VMs with most drivers as modules" },
  kata: { value: 14 * MiB, low: 8 * MiB, high: 22 * MiB, why: "Kata's minimal guest kernel config" },
};

/** Kata's default VM size (configuration.toml default_memory, the runtime's DEFMEMSZ): 2048 MiB, plus the container's limit hot-plugged. */
export const KATA_DEFAULT_MEMORY_BYTES = 2048 * MiB;

function flavourOf(osId: string): keyof typeof KERNEL_RESERVED {
  if (osId.startsWith('alpine')) return 'virt';
  if (osId.startsWith('debian')) return 'cloud';
  return 'generic';
}

/** What a kernel keeps out of MemTotal for `ram` bytes of RAM. */
export function reservedBytes(ram: number, flavour: keyof typeof KERNEL_RESERVED): number {
  return Math.round(ram * MEMMAP_FRACTION) + KERNEL_RESERVED[flavour].value + LOW_HOLE_BYTES;
}

function clampUsed(total: number, used: number): number {
  return Math.max(0, Math.min(total, used));
}

/** The host's or a VM guest's kernel. Windows guests have no /proc/meminfo: null. */
export function kernelMemory(sim: Simulation, kernel: string): KernelMemory | null {
  if (kernel === 'host') {
    const ram = sim.scenario.host.memoryBytes;
    const reserved = reservedBytes(ram, 'generic');
    const swap = hostMemory(sim);
    return {
      totalBytes: ram - reserved, usedBytes: clampUsed(ram - reserved, sim.state.host.memoryUsedBytes - reserved), cacheBytes: 0,
      ...(swap.swapTotalBytes > 0 ? { swapTotalBytes: swap.swapTotalBytes, swapUsedBytes: Math.min(swap.swapTotalBytes, swap.swapUsedBytes) } : {}),
    };
  }
  const vm = sim.state.instances[kernel];
  if (!vm || vm.spec.kind !== 'vm') return null;
  if (sim.catalogue.guestOses[vm.spec.os]?.family === 'windows') return null;
  const ram = vm.spec.memoryBytes;
  const reserved = reservedBytes(ram, flavourOf(vm.spec.os));
  // The guest's own view: what it uses now (its kernel's reserved part included) and its page
  // cache, not what the host backs for it (the high-water mark, engine/guest-memory.ts).
  const live = vm.state === 'booting' || vm.state === 'running';
  const used = live ? guestUsedBytes(sim, vm) : 0;
  return { totalBytes: ram - reserved, usedBytes: clampUsed(ram - reserved, used - reserved), cacheBytes: guestCacheBytes(sim, vm, used) };
}

/** What `free` reads inside a container: its kernel's, or the sandbox's own (gVisor, Kata). */
export function containerMemory(sim: Simulation, inst: InstanceRecord): KernelMemory | null {
  const spec = inst.spec as ContainerSpec;
  const app = Math.max(0, inst.memoryBytes - inst.overheadBytes);
  if (spec.runtime === 'gvisor') {
    // runsc boot --total-memory: the host's total, lowered to the cgroup's memory limit.
    const host = kernelMemory(sim, spec.in ?? 'host');
    if (!host) return null;
    const total = inst.memoryLimitBytes !== null ? Math.min(host.totalBytes, inst.memoryLimitBytes) : host.totalBytes;
    return { totalBytes: total, usedBytes: clampUsed(total, app), cacheBytes: 0 };
  }
  if (spec.runtime === 'kata') {
    const ram = KATA_DEFAULT_MEMORY_BYTES + (inst.memoryLimitBytes ?? 0);
    const total = ram - reservedBytes(ram, 'kata');
    return { totalBytes: total, usedBytes: clampUsed(total, inst.memoryBytes), cacheBytes: 0 };
  }
  return kernelMemory(sim, spec.in ?? 'host');
}
