/**
 * New instances as the palette makes them: a VM or a container spec with sensible defaults
 * (the ones `docker run` and a small cloud VM would have), and unique names.
 */
import type { ContainerSpec, RuntimeId, Scenario, VmSpec } from '@utsuwa/sim-core';
import { HOST_DEFAULTS } from '@utsuwa/sim-core';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export interface VmChoice {
  profile: string;
  os: string;
}

export interface ContainerChoice {
  runtime: RuntimeId;
  image: string;
}

export const DEFAULT_VM_CHOICE: VmChoice = { profile: 'kvm-qemu', os: 'ubuntu-22.04' };
export const DEFAULT_CONTAINER_CHOICE: ContainerChoice = { runtime: 'runc', image: 'nginx:1.27' };

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
    cpus: 2,
    memoryBytes: choice.os.startsWith('windows') ? 4 * GiB : 1 * GiB,
    diskBytes: choice.os.startsWith('windows') ? 40 * GiB : 10 * GiB,
    apps,
  };
}

export function newContainerSpec(choice: ContainerChoice, scenario: Scenario, inVm: string | null): ContainerSpec {
  return {
    kind: 'container',
    name: uniqueName(imageBaseName(choice.image), scenario.instances.map((i) => i.name)),
    runtime: choice.runtime,
    image: choice.image,
    memoryBytes: 512 * MiB,
    memorySwapBytes: null,
    cpus: 0.5,
    cpuShares: 1024,
    pidsLimit: null,
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
