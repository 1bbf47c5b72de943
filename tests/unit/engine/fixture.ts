/**
 * A small catalogue with round numbers, so engine tests can state exact expectations
 * ("two boots on one core take twice as long"). Teaching-point tests use the real catalogue.
 */
import type { Catalogue, Cited, Figure, PhaseDef } from '../../../sim-core/catalogue/types';
import type { Scenario, InstanceSpec, ContainerSpec, VmSpec, TimedAction } from '../../../sim-core/scenario/types';
import { HOST_DEFAULTS } from '../../../sim-core/scenario/types';

const c = (value: number): Cited => ({ value, source: 'fixture', kind: 'estimate', range: [value, value], reasoning: 'a round number for tests' });
const cpu = (name: string, ms: number): PhaseDef => ({ name, kind: 'cpu', ms: c(ms) });
const wait = (name: string, ms: number): PhaseDef => ({ name, kind: 'wait', ms: c(ms) });
const MiB = 1024 * 1024;
const fig = (id: string, unit: Figure['unit'], value: number): Figure => ({ id, what: id, unit, value: c(value), usedFor: 'tests' });

export const FIXTURE: Catalogue = {
  sources: { fixture: { id: 'fixture', title: 'test fixture', url: '', measured: 'round numbers for tests' } },
  images: {
    'web:1': {
      ref: 'web:1', os: 'linux', app: 'web', source: 'fixture',
      layers: [
        { id: 'base', createdBy: 'ADD rootfs', sizeBytes: c(80 * MiB), compressedBytes: c(30 * MiB), files: [{ path: '/etc/os-release', sizeBytes: 300 }, { path: '/bin/sh', sizeBytes: 120_000 }] },
        { id: 'web-bin', createdBy: 'RUN install web', sizeBytes: c(20 * MiB), compressedBytes: c(10 * MiB), files: [{ path: '/etc/web.conf', sizeBytes: 1 * MiB }] },
      ],
    },
    'cache:1': {
      ref: 'cache:1', os: 'linux', app: 'web', source: 'fixture',
      layers: [
        { id: 'base', createdBy: 'ADD rootfs', sizeBytes: c(80 * MiB), compressedBytes: c(30 * MiB), files: [{ path: '/etc/os-release', sizeBytes: 300 }] },
        { id: 'cache-bin', createdBy: 'RUN install cache', sizeBytes: c(10 * MiB), compressedBytes: c(5 * MiB), files: [] },
      ],
    },
    'win:1': { ref: 'win:1', os: 'windows', app: 'web', source: 'fixture', layers: [{ id: 'winbase', createdBy: 'Apply image', sizeBytes: c(300 * MiB), compressedBytes: c(120 * MiB), files: [] }] },
  },
  guestOses: {
    linux: {
      id: 'linux', family: 'linux', kernelVersion: '6.1.0', bootloader: wait('bootloader', 1000), kernel: cpu('kernel', 2000), init: cpu('init', 5000),
      kernelMemoryBytes: c(100 * MiB), servicesMemoryBytes: c(150 * MiB), diskBytes: c(2000 * MiB), bootReadBytes: c(0), touchesAllMemory: false,
    },
    windows: {
      id: 'windows', family: 'windows', kernelVersion: '10.0.20348', bootloader: wait('bootloader', 2000), kernel: cpu('kernel', 10000), init: cpu('init', 20000),
      kernelMemoryBytes: c(400 * MiB), servicesMemoryBytes: c(600 * MiB), diskBytes: c(10000 * MiB), bootReadBytes: c(0), touchesAllMemory: true,
    },
  },
  vmProfiles: {
    full: {
      id: 'full', label: 'Full VM', hostOs: ['linux'], firmware: wait('firmware', 1000), directKernelBoot: false, bootScale: c(1),
      vmmOverheadBytes: c(50 * MiB), preallocatesMemory: false, cpuOverhead: c(0.1), ioOverhead: c(0.2), networkRttUs: c(30), linuxUtilityVm: false,
    },
    micro: {
      id: 'micro', label: 'MicroVM', hostOs: ['linux'], firmware: null, directKernelBoot: true, bootScale: c(0.1),
      vmmOverheadBytes: c(5 * MiB), preallocatesMemory: false, cpuOverhead: c(0.05), ioOverhead: c(0.1), networkRttUs: c(20), linuxUtilityVm: false,
    },
    winonly: {
      id: 'winonly', label: 'Windows hypervisor', hostOs: ['windows'], firmware: wait('firmware', 500), directKernelBoot: false, bootScale: c(1),
      vmmOverheadBytes: c(30 * MiB), preallocatesMemory: true, cpuOverhead: c(0.05), ioOverhead: c(0.1), networkRttUs: c(20), linuxUtilityVm: true,
    },
  },
  runtimes: {
    runc: { id: 'runc', label: 'runc', create: cpu('create', 100), start: cpu('start', 100), sandboxMemoryBytes: c(0), ownKernel: false, syscallOverhead: c(0), cpuOverhead: c(0), ioOverhead: c(0) },
    gvisor: { id: 'gvisor', label: 'gVisor', create: cpu('create', 100), start: cpu('start', 200), sandboxMemoryBytes: c(20 * MiB), ownKernel: true, syscallOverhead: c(1), cpuOverhead: c(0.05), ioOverhead: c(0.5) },
    kata: { id: 'kata', label: 'Kata', create: cpu('create', 100), start: cpu('start', 500), sandboxMemoryBytes: c(100 * MiB), ownKernel: true, syscallOverhead: c(0.1), cpuOverhead: c(0.05), ioOverhead: c(0.2) },
  },
  apps: {
    web: { id: 'web', init: cpu('app init', 300), memoryBytes: c(10 * MiB), idleCpu: 0, listensOn: [80] },
  },
  figures: [
    fig('dockerd-start', 'ms', 1000),
    // No serialised part: the fixture's container starts are pure CPU work unless a test sets one.
    fig('docker-start-serial-cost', 'ms', 0),
    fig('docker-start-concurrency', 'count', 1),
    // A disk four times one stream's rate (100 MiB/s below).
    fig('host-disk-sata-ssd', 'per-second', 400 * MiB),
    // The fixture's guests compute their whole userspace unless a test says otherwise.
    fig('vm-userspace-wait-share', 'ratio', 0),
    // The kernel's own constants (mm/page_reporting.c).
    fig('free-page-reporting-delay', 'ms', 2000),
    fig('free-page-reporting-block', 'bytes', 2 * MiB),
    // Every file byte a guest touches stays cached while its RAM allows.
    fig('guest-page-cache', 'ratio', 1),
  ],
  host: { linuxBaseMemoryBytes: c(500 * MiB), windowsBaseMemoryBytes: c(2000 * MiB), linuxKernelVersion: '6.8.0', diskBytesPerSecond: c(100 * MiB) },
};

export { MiB };

export function vm(name: string, extra: Partial<VmSpec> = {}): VmSpec {
  return { kind: 'vm', name, profile: 'full', os: 'linux', cpus: 2, memoryBytes: 1024 * MiB, diskBytes: 10240 * MiB, apps: ['web'], ...extra };
}

export function container(name: string, extra: Partial<ContainerSpec> = {}): ContainerSpec {
  return {
    kind: 'container', name, runtime: 'runc', image: 'web:1', memoryBytes: null, memorySwapBytes: null, cpus: null,
    cpuShares: 1024, pidsLimit: null, in: null, share: [], ...extra,
  };
}

export function scenario(instances: InstanceSpec[], events: TimedAction[] = [], extra: Partial<Scenario> = {}): Scenario {
  const { host, ...rest } = extra;
  return {
    version: 1, name: 'test', description: '', seed: 1, host: { ...HOST_DEFAULTS, ...(host ?? {}) },
    instances, events, untilMs: null, tour: null, goals: null, extensions: {}, ...rest,
  };
}

export const startAll = (names: string[], atMs = 0): TimedAction[] =>
  names.map((target) => ({ atMs, action: { type: 'start', target } }));
