import type { InstanceRecord, Simulation } from './state';
import type { ContainerSpec } from '../scenario/types';
import { appStarted } from './plan';
import { guestEngineProcesses, guestProcesses, hostProcesses, vmmProcesses, VBOXSVC_PID, type OwnProc, type ProcDef } from './os-processes';
import { commOf, COMM_MAX } from '../namespaces/pids';
import { vmNetwork } from './addresses';
import { containerApp, containerOnKernel, guestMac, kernelOfContainer, ledgerOf, memoized, vmApps } from './ledger';

/**
 * The processes each kernel runs, as `ps` there would list them. A kernel is the host's, a
 * VM's guest kernel, or a sandbox's (gVisor's Sentry, Kata's guest) for the one container
 * it runs. A VM is one process on its host, with a thread per vCPU; its guest's processes
 * exist only in its own kernel. PIDs come from the ledger (allocated in start order).
 */

export interface KernelThread {
  tid: number;
  /** Its name as /proc/PID/task/TID/comm holds it (15 characters at most). */
  name: string;
}

export type ProcessRole =
  /** The kernel's own system: init, daemons, kernel threads. */
  | 'system'
  /** A container's own process (it has a PID in the container's namespace too). */
  | 'container'
  /** The one process a VM is on its host. */
  | 'vm'
  /** A runtime's process for a container: shim, gVisor's Sentry and Gofer, Kata's VMM. */
  | 'runtime'
  /** An app a VM's guest runs. */
  | 'app';

export interface KernelProcess {
  /** PID in the kernel's root PID namespace. */
  pid: number;
  command: string;
  user: string;
  uid: number;
  role: ProcessRole;
  /** The instance it belongs to or embodies (null: the kernel's own). */
  owner: string | null;
  /** PID inside the owner container's own namespace (containers' processes only). */
  nsPid: number | null;
  /** Parent's PID on this kernel (0: none, or outside it). */
  ppid: number;
  /** Every thread, the main one first (tid = pid); a single-threaded process has one. */
  threads: KernelThread[];
}


function live(inst: InstanceRecord): boolean {
  return inst.state === 'running' || inst.state === 'booting';
}

/**
 * Who started whom: `first` is the parent of the first process, and the first process (a
 * master: nginx, postgres, httpd) the parent of the rest; `null` gives every one `first`.
 */
type Parents = { first: number; rest: 'first' | 'same' };

function withPids(procs: ReadonlyArray<ProcDef & { threads?: string[] }>, pids: readonly number[] | undefined, role: ProcessRole, owner: string | null, nsPidFrom: number | null, parents: Parents = { first: 1, rest: 'same' }): KernelProcess[] {
  if (!pids) return [];
  const out: KernelProcess[] = [];
  let k = 0;
  let ns = nsPidFrom;
  for (const p of procs) {
    const pid = pids[k++];
    if (pid === undefined) break;
    const threads: KernelThread[] = [{ tid: pid, name: commOf(p.command) }];
    for (const name of p.threads ?? []) threads.push({ tid: pids[k++] ?? pid, name: name.slice(0, COMM_MAX) });
    const ppid = out.length === 0 || parents.rest === 'same' ? parents.first : out[0]!.pid;
    out.push({ pid, command: p.command, user: p.user, uid: p.uid, role, owner, nsPid: ns === null ? null : ns++, ppid, threads });
  }
  return out;
}

/** A booted system's own processes: init's children, kernel threads kthreadd's. */
function systemProcesses(own: readonly OwnProc[]): KernelProcess[] {
  return own.map((p) => ({
    pid: p.pid, command: p.command, user: p.user, uid: p.uid, role: 'system' as const, owner: null, nsPid: null,
    ppid: p.pid === 1 || p.command === '[kthreadd]' ? 0 : p.command.startsWith('[') ? 2 : 1,
    threads: [{ tid: p.pid, name: commOf(p.command) }],
  }));
}

/** Whether the name is a container whose runtime gives it a kernel of its own (gVisor, Kata). */
function sandboxOf(sim: Simulation, kernel: string): ContainerSpec | null {
  const s = sim.state.instances[kernel]?.spec;
  return s?.kind === 'container' && s.runtime !== 'runc' ? s : null;
}

/** Every process running on a kernel (`host`, a VM's name, or a gVisor/Kata container's name). Read-only: shared between callers. */
export function processesOnKernel(sim: Simulation, kernel: string): readonly KernelProcess[] {
  return memoized(sim, `procs:${kernel}`, () => computeProcesses(sim, kernel));
}

function computeProcesses(sim: Simulation, kernel: string): KernelProcess[] {
  const sandbox = sandboxOf(sim, kernel);
  if (sandbox) {
    const inst = sim.state.instances[kernel]!;
    if (!appStarted(inst)) return [];
    // The Sentry (or Kata's guest) numbers the container's processes from 1 in a PID namespace of its own.
    const app = containerApp(sim, sandbox);
    return withPids(app, app.map((_, i) => i + 1), 'container', kernel, 1, { first: 0, rest: 'first' });
  }
  const ledger = ledgerOf(sim).pids.get(kernel) ?? new Map<string, number[]>();
  const board = sim.state.order.map((n) => sim.state.instances[n]!);
  const out: KernelProcess[] = [];
  if (kernel === 'host') {
    const vms = board.filter((i) => i.spec.kind === 'vm').map((i) => i.spec);
    const own = hostProcesses(sim.scenario.host.os === 'windows', vms.some((v) => v.kind === 'vm' && v.profile === 'kvm-qemu'), vms.some((v) => v.kind === 'vm' && v.profile === 'virtualbox'));
    out.push(...systemProcesses(own));
  } else {
    const vm = sim.state.instances[kernel];
    if (!vm || vm.spec.kind !== 'vm' || !live(vm)) return [];
    const spec = vm.spec;
    const nic = vmNetwork(sim, spec)?.nic.name ?? 'eth0';
    const own = [...guestProcesses(spec.os, spec.profile, nic, spec.name), ...(board.some((i) => i.spec.kind === 'container' && i.spec.in === kernel) ? guestEngineProcesses(spec.os) : [])];
    out.push(...systemProcesses(own));
    if (vm.state === 'running') out.push(...withPids(vmApps(sim, spec), ledger.get(kernel), 'app', kernel, null, { first: 1, rest: 'first' }));
  }
  for (const inst of board) {
    if (!live(inst)) continue;
    const spec = inst.spec;
    if (spec.kind === 'vm') {
      // libvirt's QEMU daemonizes (init adopts it); VBoxHeadless is VBoxSVC's child.
      const parent = spec.profile === 'virtualbox' ? VBOXSVC_PID : 1;
      if (kernel === 'host') out.push(...withPids(vmmProcesses(spec, guestMac(spec)), ledger.get(spec.name), 'vm', spec.name, null, { first: parent, rest: 'same' }));
      continue;
    }
    if (kernelOfContainer(spec) !== kernel) continue;
    const { runtime, app } = containerOnKernel(sim, spec);
    const pids = ledger.get(spec.name);
    const runtimePids = pids?.slice(0, runtime.reduce((n, p) => n + 1 + p.threads.length, 0)) ?? [];
    // The shim is init's (it double-forks); what runsc or Kata start, and the container's init, are the shim's.
    const shim = withPids(runtime.slice(0, 1), runtimePids, 'runtime', spec.name, null);
    const shimPid = shim[0]?.pid ?? 1;
    const rest = withPids(runtime.slice(1), runtimePids.slice(1), 'runtime', spec.name, null, { first: shimPid, rest: 'same' });
    out.push(...shim, ...rest);
    if (app.length > 0 && appStarted(inst)) {
      // Windows has no PID namespaces: a process-isolated container's processes keep their host PIDs.
      const windows = sim.catalogue.images[spec.image]?.os === 'windows';
      out.push(...withPids(app, pids?.slice(runtimePids.length), 'container', spec.name, windows ? null : 1, { first: shimPid, rest: 'first' }));
    }
  }
  return out.sort((a, b) => a.pid - b.pid);
}
