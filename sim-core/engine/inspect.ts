import type { Simulation, InstanceRecord } from './state';
import type { ContainerSpec, VmSpec } from '../scenario/types';
import type { ProcessView, NamespaceIds, NamespaceKind, ViewProcessInput } from '../namespaces/index';
import {
  describeView, namespaceIdsFor, rootNamespacesOf, sharedNamespaces, dockerCgroupPath, NAMESPACE_KINDS,
} from '../namespaces/index';
import { dockerFlagsToCgroup } from '../cgroups/docker-flags';
import { SANDBOX_KERNELS } from '../catalogue/sandbox-kernels';
import { processesOnKernel, type KernelProcess } from './processes';
import { containerIdOf, kernelOfContainer } from './ledger';
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

function asSeenFromKernel(p: KernelProcess): ViewProcessInput {
  const user = p.role === 'container' ? (SYSTEM_USERS[p.uid] ?? String(p.uid)) : p.user;
  return { command: p.command, pid: p.pid, hostPid: p.pid, uid: p.uid, user, threads: p.threads.map((t) => ({ ...t })), owner: p.owner, parentHostPid: p.ppid };
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

/** The kernel whose root PID namespace an instance's processes are in (`host`, a VM, a sandbox). */
function pidKernel(sim: Simulation, name: string): string {
  if (name === 'host') return 'host';
  return kernelOf(sim.state.instances[name]!);
}

/** Where an instance runs its processes from the viewpoint of the kernel below it: its VM, or `host`. */
function parentKernel(sim: Simulation, name: string): string | null {
  if (name === 'host') return null;
  const s = sim.state.instances[name]!.spec;
  if (s.kind === 'vm') return 'host';
  return s.in ?? 'host';
}

function visibility(sim: Simulation, a: string, b: string): { processes: ProcessVisibility; vmmPids: number[] } {
  const ka = pidKernel(sim, a);
  const kb = pidKernel(sim, b);
  const nsA = a === 'host' ? rootNamespacesOf('host') : namespacesOf(sim, a);
  const nsB = b === 'host' ? rootNamespacesOf('host') : namespacesOf(sim, b);
  if (ka === kb) {
    const rootPid = rootNamespacesOf(ka).ids.pid;
    const aRoot = nsA.ids.pid === rootPid;
    const bRoot = nsB.ids.pid === rootPid;
    if (nsA.ids.pid === nsB.ids.pid) return { processes: 'all', vmmPids: [] };
    if (aRoot) return { processes: 'a-sees-b', vmmPids: [] };
    if (bRoot) return { processes: 'b-sees-a', vmmPids: [] };
    return { processes: 'none', vmmPids: [] };
  }
  // b runs on a kernel of its own (a VM, gVisor, Kata) whose processes live on a's kernel.
  const embodied = (viewer: string, other: string): number[] | null => {
    if (parentKernel(sim, other) !== pidKernel(sim, viewer)) return null;
    const nsViewer = viewer === 'host' ? rootNamespacesOf('host') : namespacesOf(sim, viewer);
    if (nsViewer.ids.pid !== rootNamespacesOf(pidKernel(sim, viewer)).ids.pid) return null;
    const otherSpec = sim.state.instances[other]!.spec;
    if (otherSpec.kind === 'container' && otherSpec.runtime === 'runc') return null;
    return processesOnKernel(sim, pidKernel(sim, viewer)).filter((p) => p.owner === other && p.role !== 'container').map((p) => p.pid);
  };
  const aSees = embodied(a, b);
  if (aSees) return { processes: 'a-sees-b-as-vmm', vmmPids: aSees };
  const bSees = embodied(b, a);
  if (bSees) return { processes: 'b-sees-a-as-vmm', vmmPids: bSees };
  return { processes: 'none', vmmPids: [] };
}

/** For every pair of instances (and each with the host): which kernel and namespaces they share, and whose processes each sees. */
export function isolationMatrix(sim: Simulation): { names: string[]; kinds: readonly NamespaceKind[]; cells: IsolationCell[] } {
  const names = ['host', ...sim.state.order];
  const nsOf = (n: string) => (n === 'host' ? rootNamespacesOf('host') : namespacesOf(sim, n));
  const cells: IsolationCell[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const s = sharedNamespaces(nsOf(names[i]!), nsOf(names[j]!));
      cells.push({ a: names[i]!, b: names[j]!, sameKernel: s.sameKernel, shared: s.kinds, ...visibility(sim, names[i]!, names[j]!) });
    }
  }
  return { names, kinds: NAMESPACE_KINDS, cells };
}
