/**
 * New instances as the palette makes them, with the rules' defaults (@utsuwa/sim-core/rules):
 * a container as `docker run IMAGE` makes it (no memory limit, no CPU quota) unless the
 * palette's limit choices say otherwise, a VM as a file without resources gets it; unique names.
 */
import type { ContainerSpec, RuntimeId, Scenario, VmSpec } from '@utsuwa/sim-core';
import { HOST_DEFAULTS } from '@utsuwa/sim-core';
import { catalogue } from './catalogue';
import { CONTAINER_DEFAULTS, vmResourcesFor } from '@utsuwa/sim-core/rules';

export interface VmChoice {
  profile: string;
  os: string;
}

export interface ContainerChoice {
  runtime: RuntimeId;
  image: string;
  /** A memory limit (`--memory`); null or left out: none, Docker's default. */
  memoryBytes?: number | null;
  /** A CPU quota in cores (`--cpus`); null or left out: none, Docker's default. */
  cpus?: number | null;
}

export const DEFAULT_VM_CHOICE: VmChoice = { profile: 'kvm-qemu', os: 'ubuntu-22.04' };
export const DEFAULT_CONTAINER_CHOICE: ContainerChoice = {
  runtime: CONTAINER_DEFAULTS.runtime, image: 'nginx:1.27', memoryBytes: CONTAINER_DEFAULTS.memoryBytes, cpus: CONTAINER_DEFAULTS.cpus,
};

/** The limits a choice asks for (none unless chosen). */
export function choiceLimits(choice: ContainerChoice): { memoryBytes: number | null; cpus: number | null } {
  return { memoryBytes: choice.memoryBytes ?? CONTAINER_DEFAULTS.memoryBytes, cpus: choice.cpus ?? CONTAINER_DEFAULTS.cpus };
}

/** The image's short name: `nginx:1.27` → `nginx`, `mcr.microsoft.com/windows/nanoserver:ltsc2022` → `nanoserver`. */
export function imageBaseName(image: string): string {
  const path = image.split(':')[0] ?? image;
  return path.split('/').pop() || 'app';
}

/** `web`, then `web-2`, `web-3`... whatever is free in the scenario. */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

export function newVmSpec(choice: VmChoice, scenario: Scenario, apps: string[] = ['nginx']): VmSpec {
  const base = `${choice.os.split('-')[0] ?? 'vm'}-vm`;
  return {
    kind: 'vm',
    name: uniqueName(base, scenario.instances.map((i) => i.name)),
    profile: choice.profile,
    os: choice.os,
    ...vmResourcesFor(catalogue().guestOses[choice.os]?.family ?? 'linux'),
    apps,
  };
}

export function newContainerSpec(choice: ContainerChoice, scenario: Scenario, inVm: string | null): ContainerSpec {
  return {
    kind: 'container',
    name: uniqueName(imageBaseName(choice.image), scenario.instances.map((i) => i.name)),
    runtime: choice.runtime,
    image: choice.image,
    ...choiceLimits(choice),
    memorySwapBytes: CONTAINER_DEFAULTS.memorySwapBytes,
    cpuShares: CONTAINER_DEFAULTS.cpuShares,
    pidsLimit: CONTAINER_DEFAULTS.pidsLimit,
    in: inVm,
    share: [],
  };
}

/** A host with nothing on it: where a lesson built from scratch begins. */
export function emptyScenario(name = 'My host'): Scenario {
  return {
    version: 1,
    name,
    description: '',
    seed: 1,
    host: { ...HOST_DEFAULTS },
    instances: [],
    events: [],
    untilMs: null,
    tour: null,
    goals: null,
    extensions: {},
  };
}
