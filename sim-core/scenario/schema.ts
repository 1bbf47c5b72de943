/**
 * The shape of a version-1 scenario file (shared/spec/scenario-format.md), as zod schemas.
 * They check types and units and normalise them (bytes, milliseconds, bits per second);
 * names against the catalogue and against each other are checked in ./references.ts.
 */

import { z } from 'zod';
import type { ExploitKind, HostOs, ImageCache, ShareableNamespace } from './types';
import {
  BANDWIDTH_WHAT, CONTAINER_NAME_WHAT, DURATION_WHAT, NAME_WHAT, containerName, durationAtMost, SIZE_WHAT, bandwidth, decimal, integer, listOf, looseMapping,
  name, oneOf, oneOfWhat, optional, required, size, strictMapping, text,
} from './fields';
import { CONTAINER_OPTION_FIELDS, containerOptionFields } from './container-fields';
import { MAX_CORES, MAX_CPU_SHARES, MAX_PIDS, MAX_SIMULATED_MS, MIN_CPUS, MIN_CPU_SHARES, MIN_MEMORY_BYTES, nestingReason } from '../rules/index';
import { formatBytesCompact } from '../format/index';
import { LIMITS } from './bounds';

const HOST_OSES: readonly HostOs[] = ['linux', 'windows'];
const IMAGE_CACHES: readonly ImageCache[] = ['warm', 'cold'];
export const NAMESPACES: readonly ShareableNamespace[] = ['pid', 'net', 'ipc', 'uts', 'mnt', 'user'];
export const EXPLOIT_KINDS: readonly ExploitKind[] = ['app', 'kernel'];
export const INSTANCE_KINDS = ['vm', 'container'] as const;

/** The rules' smallest memory limit, as the parser says it. */
export const MIN_MEMORY_TEXT = `at least ${formatBytesCompact(MIN_MEMORY_BYTES)}, docker's smallest memory limit`;

export const hostSchema = strictMapping('host', {
  cpus: optional('a whole number of cores such as 8', integer(1, MAX_CORES)),
  memory: optional(SIZE_WHAT, size(1)),
  disk: optional(SIZE_WHAT, size(1)),
  os: optional(oneOfWhat(HOST_OSES), oneOf(HOST_OSES)),
  network: optional(BANDWIDTH_WHAT, bandwidth),
  imageCache: optional(oneOfWhat(IMAGE_CACHES), oneOf(IMAGE_CACHES)),
  // Utsuwa's: swap space; 0 (none) as on a cloud VM.
  swap: optional(`${SIZE_WHAT} (swap space; 0 for none)`, size(0)),
});

/** A field that belongs to the other kind of instance: refused with a pointer to the right one. */
function notFor(message: string) {
  return z.unknown().superRefine((value, ctx) => {
    if (value !== undefined) ctx.addIssue({ code: 'custom', message, input: value });
  }).optional();
}

const commonInstance = {
  name: required(NAME_WHAT, name),
  kind: required(oneOfWhat(INSTANCE_KINDS), oneOf(INSTANCE_KINDS)),
  // N alike, named NAME-1 ... NAME-N (./replicas.ts).
  replicas: optional(`a whole number of replicas from 1 to ${LIMITS.maxInstances}`, integer(1, LIMITS.maxInstances)),
};

export const VM_FIELDS = ['name', 'kind', 'replicas', 'profile', 'os', 'cpus', 'memory', 'disk', 'apps', 'ip', 'balloon'] as const;
/** A VM's `balloon:` (Utsuwa): virtio-balloon free-page reporting, off unless asked for (QEMU's and libvirt's default). */
export const BALLOON_MODES = ['none', 'free-page-reporting'] as const;

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
export const CONTAINER_FIELDS = ['name', 'kind', 'replicas', 'runtime', 'image', 'memory', 'memorySwap', 'cpus', 'cpuShares', 'pidsLimit', 'in', 'share', ...CONTAINER_OPTION_FIELDS] as const;

/** A container-only field on a VM: refused, naming the field. */
const containerOnly = Object.fromEntries(CONTAINER_OPTION_FIELDS.map((f) => [f, notFor(`${f} applies to containers only`)]));

export const vmSchema = looseMapping('a VM', {
  ...commonInstance,
  profile: optional('a VM profile name such as kvm-qemu', text),
  os: optional('a guest OS name such as ubuntu-22.04', text),
  cpus: optional('a whole number of vCPUs such as 2', integer(1, MAX_CORES)),
  memory: optional(SIZE_WHAT, size(1)),
  disk: optional(SIZE_WHAT, size(1)),
  apps: optional('a list of app names such as [nginx]', listOf(text)),
  ip: optional('an IPv4 address such as 192.168.56.10 (its private network address)', (v) => (typeof v === 'string' && IPV4.test(v) ? v : null)),
  balloon: optional(`${oneOfWhat(BALLOON_MODES)} (virtio-balloon free-page reporting)`, oneOf(BALLOON_MODES)),
  runtime: notFor('a VM has no container runtime; its technology is its profile (kvm-qemu, firecracker, ...)'),
  image: notFor('a VM boots a guest OS: use os (such as ubuntu-22.04), not image'),
  in: notFor(`only a container can run in a VM; ${nestingReason('vm-into-vm')}`),
  share: notFor('only a container shares namespaces; a VM has its own kernel'),
  memorySwap: notFor('memorySwap applies to containers only'),
  cpuShares: notFor('cpuShares applies to containers only'),
  pidsLimit: notFor('pidsLimit applies to containers only'),
  ...containerOnly,
});

export const containerSchema = looseMapping('a container', {
  ...commonInstance,
  name: required(CONTAINER_NAME_WHAT, containerName),
  runtime: optional('a runtime such as runc, gvisor or kata', text),
  image: required('an image such as nginx:1.27', name),
  memory: optional(SIZE_WHAT, size(MIN_MEMORY_BYTES, MIN_MEMORY_TEXT)),
  // -1: unlimited swap, as `docker run --memory-swap -1`.
  memorySwap: optional(`${SIZE_WHAT} (memory plus swap, as docker's --memory-swap), or -1 for unlimited swap`, (v) => (v === -1 || v === '-1' ? -1 : size(MIN_MEMORY_BYTES, MIN_MEMORY_TEXT)(v))),
  cpus: optional(`a number of cores such as 0.5 (at least ${MIN_CPUS})`, decimal(MIN_CPUS, MAX_CORES)),
  cpuShares: optional(`a whole number from ${MIN_CPU_SHARES} to ${MAX_CPU_SHARES} such as 1024 (docker --cpu-shares)`, integer(MIN_CPU_SHARES, MAX_CPU_SHARES)),
  pidsLimit: optional('a whole number of processes above zero such as 100 (docker --pids-limit)', integer(1, MAX_PIDS)),
  in: optional('the name of a VM', text),
  share: optional(`a list of namespaces from ${NAMESPACES.join(', ')}`, listOf(oneOf(NAMESPACES))),
  profile: notFor('a container has no VM profile; choose its runtime (runc, gvisor or kata)'),
  os: notFor('a container runs its image: use image (such as ubuntu:22.04), not os'),
  disk: notFor('a container has no disk of its own: its files live in its writable layer'),
  apps: notFor('a container runs what its image runs: choose an image instead of apps'),
  ip: notFor('ip applies to VMs only; a container gets its address from its network'),
  balloon: notFor('balloon applies to VMs only; a container\'s memory is its cgroup\'s, given back as soon as it is freed'),
  ...containerOptionFields,
});

/** The checks vmSchema and containerSchema run on `name` (./alike.ts runs them alone). */
export const VM_NAME_CHECK = name;
export const CONTAINER_NAME_CHECK = containerName;

/** The spec's fields, then Utsuwa's own: the user's recorded actions, a guided tour, an exercise's goals. */
export const TOP_LEVEL_FIELDS = ['version', 'name', 'description', 'seed', 'host', 'instances', 'events', 'until', 'actions', 'tour', 'goals'] as const;

export const topLevelSchema = looseMapping('a scenario', {
  version: z.literal(1),
  name: required('a name for the scenario (text)', (v) => (typeof v === 'string' && v.trim() !== '' ? v : null)),
  description: optional('text', text),
  seed: optional('a whole number from 0 to 4294967295 such as 42', integer(0, 0xffff_ffff)),
  host: hostSchema.optional(),
  instances: optional('a list of instances', (v) => (Array.isArray(v) ? (v as unknown[]) : null)),
  events: optional('a list of events', (v) => (Array.isArray(v) ? (v as unknown[]) : null)),
  until: optional(DURATION_WHAT, durationAtMost(MAX_SIMULATED_MS, '24h, the longest run Utsuwa simulates')),
  actions: optional('a list of actions', (v) => (Array.isArray(v) ? (v as unknown[]) : null)),
  // Checked in ./parse.ts, where a tour's shape decides the places its errors name.
  tour: z.unknown().optional(),
  goals: z.unknown().optional(),
});

export type HostFields = z.output<typeof hostSchema>;
export type VmFields = z.output<typeof vmSchema>;
export type ContainerFields = z.output<typeof containerSchema>;
export type TopLevelFields = z.output<typeof topLevelSchema>;
