/**
 * `lscpu` (util-linux 2.38's summary, its key lines): the CPUs of the place's kernel as
 * /proc/cpuinfo and /sys/devices/system/cpu list them. A container lists every CPU of its
 * host, whatever `--cpus` or `--cpuset-cpus` say (sysfs is not namespaced), where `nproc`
 * counts the CPUs its affinity allows (nproc.ts); a VM guest lists its vCPUs in the topology
 * its VMM gives them, with the hypervisor's CPUID leaf (`Hypervisor vendor: KVM`). The model
 * knows how many CPUs there are, not what they are: the model name is lscpu's `-` for an
 * unknown one (a guest of `-cpu host` would show the host's, equally unknown), and the host is
 * shown as one socket of single-thread cores.
 */
import type { Simulation } from '../engine/state';
import { cpusOfKernel, cpusSeenBy, kernelOfContainer } from '../engine/ledger';
import type { Place } from './place';
import type { CommandResult } from './types';
import { fail, ok } from './types';

interface Topology { cpus: number; sockets: number; coresPerSocket: number; vendor: string | null }

/** Hypervisor vendor in the guest's CPUID (VirtualBox's default paravirt interface is KVM's; Hyper-V signs as Microsoft). */
const HYPERVISOR_VENDOR: Record<string, string> = { 'kvm-qemu': 'KVM', firecracker: 'KVM', virtualbox: 'KVM', hyperv: 'Microsoft' };

function topologyOf(sim: Simulation, place: Place): Topology {
  const inst = sim.state.instances[place.where];
  const single = (cpus: number, vendor: string | null): Topology => ({ cpus, sockets: 1, coresPerSocket: cpus, vendor });
  if (place.kind === 'host' || !inst) return single(cpusOfKernel(sim, 'host'), null);
  const spec = inst.spec;
  if (spec.kind === 'vm') {
    const vendor = HYPERVISOR_VENDOR[spec.profile] ?? 'KVM';
    // libvirt starts QEMU with `-smp N,sockets=N,cores=1,threads=1` (engine/os-processes.ts).
    return spec.profile === 'kvm-qemu' ? { cpus: spec.cpus, sockets: spec.cpus, coresPerSocket: 1, vendor } : single(spec.cpus, vendor);
  }
  // Kata's guest: QEMU with one socket per vCPU it was given (the --cpus quota's worth, hot-plugged).
  if (spec.runtime === 'kata') {
    const n = cpusSeenBy(sim, spec);
    return { cpus: n, sockets: n, coresPerSocket: 1, vendor: 'KVM' };
  }
  const kernel = kernelOfContainer(spec);
  const vm = kernel === 'host' ? null : sim.state.instances[kernel]?.spec;
  if (vm?.kind === 'vm') return topologyOf(sim, { ...place, kind: 'vm', where: kernel });
  return single(cpusOfKernel(sim, kernel), null);
}

/** sysfs's CPU list: `0`, `0,1` for two, `0-7` beyond. */
function cpuList(n: number): string {
  if (n === 1) return '0';
  if (n === 2) return '0,1';
  return `0-${n - 1}`;
}

export function lscpu(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  if (place.identity.userland === 'busybox') return fail(`${place.kind === 'vm' ? '-ash' : 'sh'}: lscpu: not found`, 127);
  if (args.length > 0) return fail(`lscpu: invalid option -- '${args[0]!.replace(/^-+/, '').slice(0, 1)}'\nTry 'lscpu --help' for more information.`, 1);
  const t = topologyOf(sim, place);
  // [indent level, label, value]: util-linux prints the summary as a tree, values in one column.
  const rows: Array<[number, string, string]> = [
    [0, 'Architecture:', 'x86_64'],
    [1, 'CPU op-mode(s):', '32-bit, 64-bit'],
    [1, 'Byte Order:', 'Little Endian'],
    [0, 'CPU(s):', String(t.cpus)],
    [1, 'On-line CPU(s) list:', cpuList(t.cpus)],
    [0, 'Model name:', '-'],
    [1, 'Thread(s) per core:', '1'],
    [1, 'Core(s) per socket:', String(t.coresPerSocket)],
    [1, 'Socket(s):', String(t.sockets)],
  ];
  if (t.vendor) rows.push([0, 'Virtualization features:', ''], [1, 'Hypervisor vendor:', t.vendor], [1, 'Virtualization type:', 'full']);
  const width = Math.max(...rows.map(([level, label]) => level * 2 + label.length)) + 1;
  return ok(rows.map(([level, label, value]) => `${' '.repeat(level * 2)}${label}`.padEnd(width) + value).map((l) => l.trimEnd()).join('\n'));
}
