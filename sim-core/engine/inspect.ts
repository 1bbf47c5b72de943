import type { Simulation, InstanceRecord } from './state';
import type { ProcessView, NamespaceIds, NamespaceKind, ViewProcessInput } from '../namespaces/index';
import {
  describeView, namespaceIdsFor, rootNamespacesOf, sharedNamespaces, deterministicHex, bridgeAddress,
  kernelInterfaces, dockerCgroupPath, NAMESPACE_KINDS,
} from '../namespaces/index';
import { dockerFlagsToCgroup } from '../cgroups/docker-flags';
import { processesOnKernel } from './processes';
import { kernelOf } from '../figures/index';

/** The host's own name, as `hostname` prints it there. */
export const HOST_NAME = 'utsuwa-host';
const HOST_NIC = '192.168.1.10/24';

function kernelVersion(sim: Simulation, kernel: string): string {
  if (kernel === 'host') return sim.scenario.host.os === 'windows' ? '10.0.20348' : sim.catalogue.host.linuxKernelVersion;
  const vm = sim.state.instances[kernel]!.spec;
  return vm.kind === 'vm' ? sim.catalogue.guestOses[vm.os]!.kernelVersion : '';
}

/** Where an instance's processes run: `host`, or the VM a container runs in; a VM is its own. */
function processKernel(inst: InstanceRecord): string {
  const spec = inst.spec;
  if (spec.kind === 'vm') return spec.name;
  return spec.in ?? 'host';
}

/** Containers on a kernel, in board order: their index numbers namespaces, veths and addresses. */
function containersOn(sim: Simulation, kernel: string): InstanceRecord[] {
  return sim.state.order.map((n) => sim.state.instances[n]!)
    .filter((i) => i.spec.kind === 'container' && (i.spec.in ?? 'host') === kernel);
}

export function containerIdOf(name: string): string {
  return deterministicHex(`container:${name}`, 64);
}

/** The namespaces an instance's processes live in (a VM: its own kernel's root ones). */
export function namespacesOf(sim: Simulation, name: string): { kernel: string; ids: NamespaceIds } {
  const inst = sim.state.instances[name]!;
  const spec = inst.spec;
  if (spec.kind === 'vm' || spec.runtime !== 'runc') return rootNamespacesOf(kernelOf(inst));
  const kernel = processKernel(inst);
  const index = containersOn(sim, kernel).indexOf(inst);
  return namespacesForContainer(kernel, index, spec.share);
}

function namespacesForContainer(kernel: string, index: number, share: readonly NamespaceKind[]) {
  return namespaceIdsFor(kernel, index, share);
}

/** "What does a process in X see": processes, hostname, interfaces, mounts, ids, cgroup, uname -r. */
export function inspectInstance(sim: Simulation, name: string): ProcessView | null {
  const inst = sim.state.instances[name];
  if (!inst) return null;
  const spec = inst.spec;
  const kernel = processKernel(inst);
  const onKernel = processesOnKernel(sim, kernel);
  const mine = onKernel.filter((p) => p.owner === name && p.pid !== null);
  const others = onKernel.filter((p) => p.owner !== name || p.pid === null);
  const toInput = (p: { hostPid: number; command: string; pid: number | null }): ViewProcessInput => ({ command: p.command, pid: p.pid ?? p.hostPid, hostPid: p.hostPid });
  const peers = containersOn(sim, kernel).map((c, i) => ({ containerId: containerIdOf(c.spec.name), pairIndex: i }));
  const kernelNics = kernelInterfaces(HOST_NIC, peers);
  const kernelHostname = kernel === 'host' ? HOST_NAME : kernel;
  const common = {
    name,
    kernelVersion: kernelVersion(sim, kernel),
    kernelHostname,
    otherProcesses: others.map(toInput),
    kernelInterfaces: kernelNics,
    userns: null,
    kernelMemoryBytes: kernel === 'host' ? sim.scenario.host.memoryBytes : (sim.state.instances[kernel]!.spec as { memoryBytes: number }).memoryBytes,
  };
  if (spec.kind === 'vm') {
    return describeView({ ...common, kind: 'vm', kernel, namespaces: rootNamespacesOf(kernel).ids, processes: onKernel.filter((p) => p.owner === null).map(toInput), otherProcesses: [], ipAddress: null, cgroupPath: '/', rootDevice: '/dev/vda1' });
  }
  const index = containersOn(sim, kernel).indexOf(inst);
  const ns = spec.runtime === 'runc' ? namespacesForContainer(kernel, index, spec.share).ids : rootNamespacesOf(spec.name).ids;
  const containerId = containerIdOf(name);
  const limits = dockerFlagsToCgroup({
    ...(inst.memoryLimitBytes !== null ? { memory: inst.memoryLimitBytes } : {}),
    ...(inst.cpuLimit !== null ? { cpus: inst.cpuLimit } : {}),
    ...(spec.pidsLimit !== null ? { pidsLimit: spec.pidsLimit } : {}),
  });
  return describeView({
    ...common,
    kind: 'container',
    kernel,
    namespaces: ns,
    containerId,
    processes: mine.map(toInput),
    ipAddress: bridgeAddress(index),
    vethPairIndex: index,
    cgroupPath: dockerCgroupPath(containerId),
    limits,
    lowerLayerIds: sim.catalogue.images[spec.image]!.layers.map((l) => l.id),
    rootDevice: kernel === 'host' ? '/dev/sda1' : '/dev/vda1',
    // gVisor and Kata: the processes see a kernel of the sandbox's own, not the host's version.
    ...(spec.runtime !== 'runc' ? { kernelVersion: spec.runtime === 'gvisor' ? '4.4.0' : kernelVersion(sim, kernel) } : {}),
  });
}

/** What a process on the host itself sees. */
export function inspectHost(sim: Simulation): ProcessView {
  const onHost = processesOnKernel(sim, 'host');
  const peers = containersOn(sim, 'host').map((c, i) => ({ containerId: containerIdOf(c.spec.name), pairIndex: i }));
  return describeView({
    name: 'host', kind: 'vm', kernel: 'host', kernelVersion: kernelVersion(sim, 'host'), namespaces: rootNamespacesOf('host').ids,
    kernelHostname: HOST_NAME, hostname: HOST_NAME, processes: onHost.map((p) => ({ command: p.command, pid: p.hostPid, hostPid: p.hostPid })),
    otherProcesses: [], ipAddress: null, kernelInterfaces: kernelInterfaces(HOST_NIC, peers), userns: null, cgroupPath: '/',
    rootDevice: '/dev/sda1', kernelMemoryBytes: sim.scenario.host.memoryBytes,
  });
}

export interface IsolationCell {
  a: string;
  b: string;
  sameKernel: boolean;
  /** Namespace kinds the two share (only possible on the same kernel). */
  shared: NamespaceKind[];
}

/** For every pair of instances (and each with the host): which kernel and namespaces they share. */
export function isolationMatrix(sim: Simulation): { names: string[]; kinds: readonly NamespaceKind[]; cells: IsolationCell[] } {
  const names = ['host', ...sim.state.order];
  const nsOf = (n: string) => (n === 'host' ? rootNamespacesOf('host') : namespacesOf(sim, n));
  const cells: IsolationCell[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const s = sharedNamespaces(nsOf(names[i]!), nsOf(names[j]!));
      cells.push({ a: names[i]!, b: names[j]!, sameKernel: s.sameKernel, shared: s.kinds });
    }
  }
  return { names, kinds: NAMESPACE_KINDS, cells };
}
