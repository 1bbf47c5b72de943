/**
 * Defaults for what a file leaves out. The host's are the spec's (HOST_DEFAULTS in
 * ./types.ts); the spec leaves a VM's open, so these are a small cloud VM's:
 * 1 vCPU, 1 GiB of memory, a 10 GiB disk, Ubuntu 22.04, no apps. Documented in
 * docs/scenario-format.md.
 */

import type { HostOs, RuntimeId } from './types';

export const DEFAULT_SEED = 1;

export const VM_DEFAULTS = {
  os: 'ubuntu-22.04',
  cpus: 1,
  memoryBytes: 1024 ** 3,
  diskBytes: 10 * 1024 ** 3,
} as const;

/** The hypervisor a host of each OS offers without extra software. */
export function defaultVmProfile(hostOs: HostOs): string {
  return hostOs === 'windows' ? 'hyperv' : 'kvm-qemu';
}

export const CONTAINER_DEFAULTS = {
  runtime: 'runc' as RuntimeId,
  /** Docker's default --cpu-shares. */
  cpuShares: 1024,
} as const;

/**
 * Key in Scenario.extensions holding instance fields the format does not define (kept so
 * that saving a file loses nothing): `{ [instanceName]: { field: value } }`.
 */
export const INSTANCE_FIELDS_KEY = '$instanceFields';
