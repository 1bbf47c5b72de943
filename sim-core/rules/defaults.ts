/**
 * What a new container or VM gets when nothing is said: by a scenario file that leaves a
 * field out, by the palette, by the terminal. One set, so a container dropped on the board,
 * typed as `docker run nginx` and written in a file without limits are the same container.
 */
import type { HostOs, RuntimeId } from '../scenario/types';

const GiB = 1024 ** 3;

/**
 * `docker run IMAGE` as Docker makes it: runc, no memory limit, no CPU quota, no swap
 * setting, no pids limit, fresh namespaces (docker run reference, "Runtime constraints on
 * resources": without these flags a container may use as much as the host allows).
 */
export const CONTAINER_DEFAULTS = {
  runtime: 'runc' as RuntimeId,
  memoryBytes: null,
  memorySwapBytes: null,
  cpus: null,
  /** Docker's documented --cpu-shares default. */
  cpuShares: 1024,
  pidsLimit: null,
} as const;

/**
 * The spec leaves a VM's defaults open; these are a small cloud VM's: 1 vCPU, 1 GiB of
 * memory, a 10 GiB disk, Ubuntu 22.04 (documented in docs/scenario-format.md).
 */
export const VM_DEFAULTS = {
  os: 'ubuntu-22.04',
  cpus: 1,
  memoryBytes: 1 * GiB,
  diskBytes: 10 * GiB,
} as const;

/**
 * A Windows guest needs more: Microsoft's minimum for Windows Server 2022 with the Desktop
 * Experience is 2 GB of RAM and 32 GB of disk; 4 GiB and 40 GiB leave it room (an estimate
 * above those minimums, not a measurement).
 */
export const WINDOWS_VM_DEFAULTS = {
  memoryBytes: 4 * GiB,
  diskBytes: 40 * GiB,
} as const;

/** The hypervisor a host of each OS offers without extra software. */
export function defaultVmProfile(hostOs: HostOs): string {
  return hostOs === 'windows' ? 'hyperv' : 'kvm-qemu';
}

/** A new VM's resources for a guest of this family. */
export function vmResourcesFor(family: 'linux' | 'windows'): { cpus: number; memoryBytes: number; diskBytes: number } {
  const base = { cpus: VM_DEFAULTS.cpus, memoryBytes: VM_DEFAULTS.memoryBytes, diskBytes: VM_DEFAULTS.diskBytes };
  return family === 'windows' ? { ...base, ...WINDOWS_VM_DEFAULTS } : base;
}

/**
 * VM profiles whose guest can report free pages through a virtio-balloon device (QEMU's
 * `-device virtio-balloon,free-page-reporting=on`, libvirt's `freePageReporting='on'`). A VM
 * gets it only when asked (`balloon: free-page-reporting`): it is off by default in both.
 */
export const FREE_PAGE_REPORTING_PROFILES: readonly string[] = ['kvm-qemu'];
