import type { Simulation, InstanceRecord } from './state';
import { kernelSurface, type KernelSurface } from './confinement';
import type { ContainerSpec, VmSpec } from '../scenario/types';
import type { ProcessView, NamespaceIds, NamespaceKind, ViewProcessInput } from '../namespaces/index';
import {
  describeView, namespaceIdsFor, rootNamespacesOf, sharedNamespaces, dockerCgroupPath, NAMESPACE_KINDS,
} from '../namespaces/index';
import { dockerFlagsToCgroup } from '../cgroups/docker-flags';
import { SANDBOX_KERNELS } from '../catalogue/sandbox-kernels';
import { processesOnKernel, type KernelProcess } from './processes';
import { containerIdOf, kernelOfContainer, memoized } from './ledger';
import { containerAddress, containerNetInterfaces, interfacesOfKernel } from './addresses';
import { containerMemory, kernelMemory } from './meminfo';
import { hostnameOf, identityOf } from './identity';
import { kernelOf } from '../figures/index';

export { containerIdOf } from './ledger';
export { HOST_NAME } from './identity';

/** `uname -r` and `uname -v` of a kernel: the host's, a VM guest's, or a sandbox's own. */
export function kernelRelease(sim: Simulation, kernel: string): { release: string; build: string } {
  if (kernel === 'host') {
    return sim.scenario.host.os === 'windows' ? { release: '10.0.22631', build: '' } : { release: sim.catalogue.host.linuxKernelVersion, build: '#1 SMP PREEMPT_DYNAMIC' };
  }
  const spec = sim.state.instances[kernel]?.spec;
  if (spec?.kind === 'vm') return { release: sim.catalogue.guestOses[spec.os]!.kernelVersion, build: '#1 SMP PREEMPT_DYNAMIC' };
  if (spec?.kind === 'container' && spec.runtime !== 'runc') return SANDBOX_KERNELS[spec.runtime];
  return { release: '', build: '' };
}

/** Containers on a kernel, in board order: their index numbers their namespaces. */
function containersOn(sim: Simulation, kernel: string): InstanceRecord[] {
  return sim.state.order.map((n) => sim.state.instances[n]!)
    .filter((i) => i.spec.kind === 'container' && (i.spec.in ?? 'host') === kernel);
}

/** The namespaces an instance's processes live in (a VM, gVisor, Kata: their own kernel's root ones). */
export function namespacesOf(sim: Simulation, name: string): { kernel: string; ids: NamespaceIds } {
  const inst = sim.state.instances[name]!;
  const spec = inst.spec;
  if (spec.kind === 'vm' || spec.runtime !== 'runc') return rootNamespacesOf(kernelOf(inst));
  const kernel = kernelOfContainer(spec);
  return namespaceIdsFor(kernel, containersOn(sim, kernel).indexOf(inst), spec.share);
}

/** User names as the kernel's own /etc/passwd knows them: a container's users show as numbers outside it. */
const SYSTEM_USERS: Record<number, string> = { 0: 'root', 1: 'daemon', 33: 'www-data', 65534: 'nobody' };

/** A process's user as its kernel's tools name it: a container's users are numbers unless the kernel's /etc/passwd has them. */
export function userSeenFromKernel(p: KernelProcess): string {
  return p.role === 'container' ? (SYSTEM_USERS[p.uid] ?? String(p.uid)) : p.user;
}

function asSeenFromKernel(p: KernelProcess): ViewProcessInput {
  return { command: p.command, pid: p.pid, hostPid: p.pid, uid: p.uid, user: userSeenFromKernel(p), threads: p.threads.map((t) => ({ ...t })), owner: p.owner, parentHostPid: p.ppid };
}

function asSeenInside(p: KernelProcess): ViewProcessInput {
  return { command: p.command, pid: p.nsPid ?? p.pid, hostPid: p.pid, uid: p.uid, user: p.user, threads: p.threads.map((t) => ({ ...t })), owner: p.owner, parentHostPid: p.ppid };
}

/** The block device a kernel's root filesystem is on: virtio-blk (vda), VirtualBox's SATA (sda), WSL's VHD (sdc). */
function rootDeviceOf(sim: Simulation, kernel: string): string {
  if (kernel === 'host') return '/dev/sda1';
  const vm = sim.state.instances[kernel]?.spec as VmSpec | undefined;
  switch (vm?.profile) {
    case 'virtualbox': return '/dev/sda1';
    case 'firecracker': return '/dev/vda';
    case 'hyperv': return '/dev/sdc';
    default: return '/dev/vda1';
  }
}

/** A login shell's cgroup under systemd; an OpenRC guest keeps processes at the root. */
function sessionCgroup(sim: Simulation, kernel: string): string {
  const lookup = (n: string) => sim.state.instances[n]?.spec;
  const vm = lookup(kernel);
  if (vm?.kind === 'vm' && vm.os.startsWith('alpine')) return '/';
  const uid = identityOf(kernel, lookup, sim.scenario.host.os, sim.catalogue).user.uid;
  return `/user.slice/user-${uid}.slice/session-1.scope`;
}

function viewOfKernel(sim: Simulation, kernel: string, name: string): ProcessView {
  const lookup = (n: string) => sim.state.instances[n]?.spec;
  const hostname = hostnameOf(kernel, lookup);
  const { release, build } = kernelRelease(sim, kernel);
  const mem = kernelMemory(sim, kernel);
  return describeView({
    name, kind: 'vm', kernel, kernelVersion: release, kernelBuild: build, namespaces: rootNamespacesOf(kernel).ids,
    hostname, kernelHostname: hostname, processes: processesOnKernel(sim, kernel).map(asSeenFromKernel), otherProcesses: [],
    ipAddress: null, kernelInterfaces: interfacesOfKernel(sim, kernel), userns: null, cgroupPath: sessionCgroup(sim, kernel),
    rootDevice: rootDeviceOf(sim, kernel), ...(mem ? { kernelMemoryBytes: mem.totalBytes } : {}),
  });
}

/** "What does a process in X sees": processes, hostname, interfaces, mounts, ids, cgroup, uname -r. */
export function inspectInstance(sim: Simulation, name: string): ProcessView | null {
  const inst = sim.state.instances[name];
  if (!inst) return null;
  const spec = inst.spec;
  if (spec.kind === 'vm') return viewOfKernel(sim, name, name);
  return inspectContainer(sim, inst, spec);
}

function inspectContainer(sim: Simulation, inst: InstanceRecord, spec: ContainerSpec): ProcessView {
  const name = spec.name;
  const lookup = (n: string) => sim.state.instances[n]?.spec;
  const kernel = kernelOfContainer(spec);
  const own = spec.runtime !== 'runc';
  // gVisor and Kata: the container's processes run on a kernel of its own (the Sentry, Kata's guest).
  const procKernel = own ? name : kernel;
  const onKernel = processesOnKernel(sim, procKernel);
  const mine = onKernel.filter((p) => p.owner === name && p.role === 'container');
  const others = own ? [] : onKernel.filter((p) => !(p.owner === name && p.role === 'container'));
  const containerId = containerIdOf(name);
  const limits = dockerFlagsToCgroup({
    ...(inst.memoryLimitBytes !== null ? { memory: inst.memoryLimitBytes } : {}),
    ...(inst.cpuLimit !== null ? { cpus: inst.cpuLimit } : {}),
    ...(spec.pidsLimit !== null ? { pidsLimit: spec.pidsLimit } : {}),
  });
  const { release, build } = kernelRelease(sim, procKernel);
  const mem = containerMemory(sim, inst);
  const ns = own ? rootNamespacesOf(name).ids : namespacesOf(sim, name).ids;
  const interfaces = containerNetInterfaces(sim, name);
  return describeView({
    name, kind: 'container', kernel: procKernel, kernelVersion: release, kernelBuild: build, namespaces: ns, containerId,
    hostname: hostnameOf(name, lookup), kernelHostname: hostnameOf(name, lookup),
    processes: mine.map(asSeenInside), otherProcesses: others.map(asSeenFromKernel),
    ipAddress: containerAddress(sim, name), ownInterfaces: interfaces,
    // A sandbox's "root" network namespace is its own stack, unless it was given the kernel's (--network host).
    kernelInterfaces: own ? interfaces : interfacesOfKernel(sim, kernel),
    userns: null, cgroupPath: dockerCgroupPath(containerId), limits,
    lowerLayerIds: sim.catalogue.images[spec.image]!.layers.map((l) => l.id),
    rootDevice: rootDeviceOf(sim, kernel),
    ...(mem ? { kernelMemoryBytes: mem.totalBytes } : {}),
  });
}

/** What a process on the host itself sees. */
export function inspectHost(sim: Simulation): ProcessView {
  return viewOfKernel(sim, 'host', 'host');
}

export type ProcessVisibility =
  /** Each sees the other's processes under their own PIDs (same kernel, shared PID namespace). */
  | 'all'
  /** `a` sees `b`'s processes (its kernel's root namespace holds them); `b` sees none of `a`'s. */
  | 'a-sees-b'
  | 'b-sees-a'
  /** One side sees the other only as the processes that run it (a VM's VMM, a sandbox's Sentry or VMM). */
  | 'a-sees-b-as-vmm'
  | 'b-sees-a-as-vmm'
  /** Neither sees the other's processes. */
  | 'none';

export interface IsolationCell {
  a: string;
  b: string;
  sameKernel: boolean;
  /** Namespace kinds the two share (only possible on the same kernel). */
  shared: NamespaceKind[];
  /** Whose processes each side's `ps` lists. */
  processes: ProcessVisibility;
  /** The host PIDs of the processes that embody the VM or sandbox, where one side sees the other only so. */
  vmmPids: number[];
}

/** What the matrix needs of each name, computed once per matrix. */
interface Side {
  /** The kernel whose root PID namespace its processes are in (`host`, a VM, a sandbox). */
  pidKernel: string;
  /** The kernel below it, whose processes run it: its VM's or the host's; null for the host. */
  parent: string | null;
  ns: { kernel: string; ids: NamespaceIds };
  /** Whether its processes are in its kernel's root PID namespace (it sees the whole kernel). */
  rootPid: boolean;
  /** A VM, gVisor or Kata: it has a kernel of its own that other kernels see only as processes. */
  ownKernel: boolean;
}

function sidesOf(sim: Simulation, names: readonly string[]): Map<string, Side> {
  const sides = new Map<string, Side>();
  const index = new Map<string, number>();
  const perKernel = new Map<string, number>();
  for (const n of sim.state.order) {
    const s = sim.state.instances[n]!.spec;
    if (s.kind !== 'container') continue;
    const k = s.in ?? 'host';
    index.set(n, perKernel.get(k) ?? 0);
    perKernel.set(k, (perKernel.get(k) ?? 0) + 1);
  }
  for (const n of names) {
    if (n === 'host') {
      sides.set(n, { pidKernel: 'host', parent: null, ns: rootNamespacesOf('host'), rootPid: true, ownKernel: true });
      continue;
    }
    const inst = sim.state.instances[n]!;
    const spec = inst.spec;
    const own = spec.kind === 'vm' || spec.runtime !== 'runc';
    const ns = own ? rootNamespacesOf(kernelOf(inst)) : namespaceIdsFor(spec.in ?? 'host', index.get(n) ?? 0, spec.share);
    sides.set(n, {
      pidKernel: kernelOf(inst),
      parent: spec.kind === 'vm' ? 'host' : spec.in ?? 'host',
      ns, rootPid: ns.ids.pid === rootNamespacesOf(ns.kernel).ids.pid, ownKernel: own,
    });
  }
  return sides;
}

/** On a kernel, the PIDs of the processes that run each VM or sandbox (its VMM, its runtime), by instance. */
function runnersOn(sim: Simulation, kernel: string): ReadonlyMap<string, number[]> {
  return memoized(sim, `runners:${kernel}`, () => {
    const m = new Map<string, number[]>();
    for (const p of processesOnKernel(sim, kernel)) {
      if (p.owner === null || p.role === 'container') continue;
      const list = m.get(p.owner) ?? [];
      list.push(p.pid);
      m.set(p.owner, list);
    }
    return m;
  });
}

function visibility(sim: Simulation, a: Side, b: Side, bName: string, aName: string): { processes: ProcessVisibility; vmmPids: number[] } {
  if (a.pidKernel === b.pidKernel) {
    if (a.ns.ids.pid === b.ns.ids.pid) return { processes: 'all', vmmPids: [] };
    if (a.rootPid) return { processes: 'a-sees-b', vmmPids: [] };
    if (b.rootPid) return { processes: 'b-sees-a', vmmPids: [] };
    return { processes: 'none', vmmPids: [] };
  }
  // One runs on a kernel of its own (a VM, gVisor, Kata) whose processes live on the other's kernel.
  const embodied = (viewer: Side, other: Side, otherName: string): number[] | null => {
    if (!other.ownKernel || other.parent !== viewer.pidKernel || !viewer.rootPid) return null;
    return runnersOn(sim, viewer.pidKernel).get(otherName) ?? [];
  };
  const aSees = embodied(a, b, bName);
  if (aSees) return { processes: 'a-sees-b-as-vmm', vmmPids: aSees };
  const bSees = embodied(b, a, aName);
  if (bSees) return { processes: 'b-sees-a-as-vmm', vmmPids: bSees };
  return { processes: 'none', vmmPids: [] };
}

/** For every pair of instances (and each with the host): which kernel and namespaces they share, and whose processes each sees. */
export function isolationMatrix(sim: Simulation): { names: string[]; kinds: readonly NamespaceKind[]; cells: IsolationCell[]; surfaces: Record<string, KernelSurface> } {
  const names = ['host', ...sim.state.order];
  const sides = sidesOf(sim, names);
  const cells: IsolationCell[] = [];
  for (let i = 0; i < names.length; i++) {
    const a = sides.get(names[i]!)!;
    for (let j = i + 1; j < names.length; j++) {
      const b = sides.get(names[j]!)!;
      const s = sharedNamespaces(a.ns, b.ns);
      cells.push({ a: names[i]!, b: names[j]!, sameKernel: s.sameKernel, shared: s.kinds, ...visibility(sim, a, b, names[j]!, names[i]!) });
    }
  }
  // What stands between each runc container and the kernel it shares (seccomp, AppArmor, capabilities).
  const surfaces: Record<string, KernelSurface> = {};
  for (const n of sim.state.order) {
    const spec = sim.state.instances[n]!.spec;
    if (spec.kind === 'container' && spec.runtime === 'runc') surfaces[n] = kernelSurface(spec);
  }
  return { names, kinds: NAMESPACE_KINDS, cells, surfaces };
}
