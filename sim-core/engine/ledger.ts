/**
 * What each kernel handed out, in the order things started: PIDs (and thread ids, which come
 * from the same counter), container addresses on each default bridge, veth pairs, and the
 * VMs' DHCP leases and tap devices. Derived by replaying the event log, so a running
 * process keeps its PID and a container its address however the board changes later.
 */
import { cpusetCpus } from '../docker/container-rules';
import { containerUser } from './identity';
import type { InstanceRecord, Simulation, SimState } from './state';
import type { LogEntry } from './log';
import type { ContainerSpec, VmSpec } from '../scenario/types';
import { dnsmasqAddress, vmMac } from '../namespaces/vm-net';
import { appProcesses, FIRST_FREE_PID, runtimeHostProcesses, vmmProcesses, type HostSideProc, type ProcDef } from './os-processes';
import { deterministicHex } from '../namespaces/ids';

export interface BridgeLease {
  /** The network: `bridge` (the default, docker0) or a user-defined one's name. */
  network: string;
  /** n-th address of the network's pool: 172.17.0.(2+n) on the default bridge. */
  n: number;
  /** ifindex of the veth end left in the kernel's root namespace; the container's end is the next. */
  hostIf: number;
}

/** A user-defined network on a kernel: its bridge (`br-` + 12 hex of its id) and its place in Docker's address pools. */
export interface UserNetwork {
  name: string;
  /** 0 for the first made on the kernel: 172.18.0.0/16, then 172.19, ... (see networkSubnet). */
  pool: number;
  ifindex: number;
}

/** A link a VM's start made in the host's root namespace (libvirt's vnetN tap, Firecracker's tap). */
export interface VmLink {
  /** vnetN's N. */
  n: number;
  ifindex: number;
}

/**
 * Fixed ifindexes of a kernel's root namespace: lo 1, its NIC 2, docker0 3 (4 in a VM with a
 * second adapter, which takes 3), and on the host libvirt's virbr0 4 (kept free when absent);
 * links made later count up from 5.
 */
export const FIXED_IFINDEX = { lo: 1, nic: 2, docker0: 3, virbr0: 4, secondNic: 4 } as const;
const FIRST_DYNAMIC_IFINDEX = { host: 5, guest: 5 } as const;

export interface Ledger {
  /** Per kernel (`host` or a VM), per instance: the PIDs its latest start took there, in process order (threads included). */
  pids: Map<string, Map<string, number[]>>;
  /** Per kernel: the containers that hold addresses now, one lease per network joined (in the order joined). */
  leases: Map<string, Map<string, BridgeLease[]>>;
  /** Per kernel: user-defined networks, in the order they were first used. */
  networks: Map<string, UserNetwork[]>;
  /** kvm-qemu VMs: their lease from libvirt's dnsmasq (kept across restarts: same MAC, same lease). */
  dhcp: Map<string, string>;
  /** VMs' links on the host made at their latest start (kvm-qemu: vnetN; firecracker: its tap). */
  vmLinks: Map<string, VmLink>;
  /** VirtualBox host-only networks (Vagrant's private_network), one per /24, in the order first used: vboxnetN. */
  hostOnly: Array<{ subnet: string; n: number; ifindex: number }>;
}

const MAC_PREFIX: Record<string, string> = { 'kvm-qemu': '52:54:00', virtualbox: '08:00:27', hyperv: '00:15:5d', firecracker: '06:00' };

const ids = new Map<string, string>();

/** A container's 64-hex id (deterministic in its name; kept in a small table as it is asked for often). */
export function containerIdOf(name: string): string {
  let id = ids.get(name);
  if (id === undefined) {
    id = deterministicHex(`container:${name}`, 64);
    if (ids.size > 10_000) ids.clear();
    ids.set(name, id);
  }
  return id;
}

/** The guest NIC's MAC (Firecracker's encodes the guest's address; see vm-net.ts). */
export function guestMac(vm: VmSpec): string {
  return vmMac(MAC_PREFIX[vm.profile] ?? '52:54:00', vm.name);
}

/** Where a container's processes run: `host` or the VM it is in. */
export function kernelOfContainer(spec: ContainerSpec): string {
  return spec.in ?? 'host';
}

/** CPUs a process on that kernel sees (nginx sizes its workers by it). */
export function cpusOfKernel(sim: Simulation, kernel: string): number {
  if (kernel === 'host') return sim.scenario.host.cpus;
  const s = sim.state.instances[kernel]?.spec;
  return s?.kind === 'vm' ? s.cpus : sim.scenario.host.cpus;
}

/**
 * The CPUs a container's processes may run on (sched_getaffinity, what `nproc` prints and
 * nginx's `worker_processes auto` counts): every CPU of its kernel, whatever `--cpus` says
 * (a quota limits time, not placement), narrowed by `--cpuset-cpus`; Kata's guest starts with
 * one vCPU and hot-plugs the `--cpus` quota's worth.
 */
export function cpusSeenBy(sim: Simulation, spec: ContainerSpec): number {
  if (spec.runtime === 'kata') return Math.max(1, Math.ceil(spec.cpus ?? 1));
  const all = cpusOfKernel(sim, kernelOfContainer(spec));
  const pinned = spec.cpusetCpus === undefined ? null : cpusetCpus(spec.cpusetCpus);
  return pinned === null ? all : Math.min(all, pinned.length);
}

/**
 * The container's own processes: in its kernel's PID space (runc), or its sandbox's (gVisor's
 * Sentry, Kata's guest). `--entrypoint`, or a command the image's entrypoint execs in place
 * of its server, becomes PID 1; `-u` is the user they all run as.
 */
export function containerApp(sim: Simulation, spec: ContainerSpec): ProcDef[] {
  const image = sim.catalogue.images[spec.image]!;
  const seen = cpusSeenBy(sim, spec);
  let procs = appProcesses(image.app, image, seen, false);
  const words = [...(spec.entrypoint ?? []), ...(spec.command ?? [])];
  const server = procs[0]!.command.split(/[\s:]/)[0]!;
  if (words.length > 0 && (spec.entrypoint !== undefined || image.app === 'shell' || !words[0]!.endsWith(server))) {
    procs = [{ command: words.join(' '), user: 'root', uid: 0 }];
  }
  if (spec.user) {
    // The same user `id` shows in a shell there (the image's passwd; an unnamed uid by number).
    const user = containerUser(spec.user, image);
    procs = procs.map((p) => ({ ...p, user: user.name, uid: user.uid }));
  }
  return procs;
}

/**
 * What a container adds to its kernel's process table: the runtime's processes, then (runc)
 * its own. A Windows container (process isolation) has no shim: the host kernel runs its
 * processes directly, with the container's execution agent.
 */
export function containerOnKernel(sim: Simulation, spec: ContainerSpec): { runtime: HostSideProc[]; app: HostSideProc[] } {
  const windows = sim.catalogue.images[spec.image]?.os === 'windows';
  const runtime = windows ? [] : runtimeHostProcesses(spec.runtime, containerIdOf(spec.name), cpusOfKernel(sim, kernelOfContainer(spec)));
  if (spec.runtime !== 'runc') return { runtime, app: [] };
  const app = containerApp(sim, spec).map((p) => ({ ...p, threads: [] }));
  return { runtime, app: windows ? [{ command: 'CExecSvc', user: 'root', uid: 0, threads: [] }, ...app] : app };
}

export function vmApps(sim: Simulation, vm: VmSpec): ProcDef[] {
  return vm.apps.flatMap((a) => appProcesses(a, null, vm.cpus, true));
}

/** Whether a container gets addresses of its own (`--network host` shares its kernel's; `--network none` has only lo). */
export function bridged(spec: ContainerSpec): boolean {
  return !spec.share.includes('net') && !(spec.networks ?? []).includes('none');
}

/** The networks a container joins: its user-defined ones, else the default bridge. */
export function networksOf(spec: ContainerSpec): string[] {
  if (!bridged(spec)) return [];
  return spec.networks && spec.networks.length > 0 ? [...spec.networks] : ['bridge'];
}

function firstFree(held: Iterable<BridgeLease[]>, network: string): number {
  const used = new Set<number>();
  for (const list of held) for (const l of list) if (l.network === network) used.add(l.n);
  let n = 0;
  while (used.has(n)) n++;
  return n;
}

class Counter {
  constructor(public last: number) {}
  take(k: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < k; i++) out.push(++this.last);
    return out;
  }
}

function firstPidOf(sim: Simulation, kernel: string): number {
  if (kernel === 'host') return FIRST_FREE_PID.host;
  const s = sim.state.instances[kernel]?.spec;
  if (s?.kind !== 'vm') return FIRST_FREE_PID.guest;
  return s.os.startsWith('alpine') ? FIRST_FREE_PID.alpineGuest : s.os.startsWith('windows') ? FIRST_FREE_PID.windowsGuest : FIRST_FREE_PID.guest;
}

function build(sim: Simulation): Ledger {
  const ledger: Ledger = { pids: new Map(), leases: new Map(), networks: new Map(), dhcp: new Map(), vmLinks: new Map(), hostOnly: [] };
  const counters = new Map<string, Counter>();
  const ifindexes = new Map<string, number>();
  const nextIf = (kernel: string, k: number): number => {
    const first = ifindexes.get(kernel) ?? (kernel === 'host' ? FIRST_DYNAMIC_IFINDEX.host : FIRST_DYNAMIC_IFINDEX.guest);
    ifindexes.set(kernel, first + k);
    return first;
  };
  const kernelOfLease = new Map<string, string>();
  let vnet = 0;
  const counter = (kernel: string): Counter => {
    let c = counters.get(kernel);
    if (!c) counters.set(kernel, (c = new Counter(firstPidOf(sim, kernel))));
    return c;
  };
  const record = (kernel: string, name: string, procs: readonly HostSideProc[] | readonly ProcDef[]) => {
    const c = counter(kernel);
    const pids = procs.flatMap((p) => c.take(1 + ('threads' in p ? p.threads.length : 0)));
    let m = ledger.pids.get(kernel);
    if (!m) ledger.pids.set(kernel, (m = new Map()));
    m.set(name, pids);
  };
  const leasesOf = (kernel: string) => {
    let m = ledger.leases.get(kernel);
    if (!m) ledger.leases.set(kernel, (m = new Map()));
    return m;
  };
  for (const e of sim.state.log) {
    if (e.type === 'instance/stopped' || e.type === 'instance/killed') {
      const k = kernelOfLease.get(e.subject);
      if (k !== undefined) ledger.leases.get(k)?.delete(e.subject);
      continue;
    }
    if (e.type !== 'instance/starting') continue;
    const inst: InstanceRecord | undefined = sim.state.instances[e.subject];
    if (!inst) continue;
    const spec = inst.spec;
    if (spec.kind === 'vm') {
      // A new boot: the guest's PID counter, bridge and veths start again.
      counters.set(spec.name, new Counter(firstPidOf(sim, spec.name)));
      ledger.leases.delete(spec.name);
      ledger.networks.delete(spec.name);
      ifindexes.delete(spec.name);
      record('host', spec.name, vmmProcesses(spec, guestMac(spec)));
      record(spec.name, spec.name, vmApps(sim, spec));
      if (spec.profile === 'kvm-qemu') {
        if (!ledger.dhcp.has(spec.name)) {
          const ip = dnsmasqAddress(guestMac(spec), new Set(ledger.dhcp.values()));
          if (ip) ledger.dhcp.set(spec.name, ip);
        }
        ledger.vmLinks.set(spec.name, { n: vnet++, ifindex: nextIf('host', 1) });
      } else if (spec.profile === 'firecracker') {
        ledger.vmLinks.set(spec.name, { n: 0, ifindex: nextIf('host', 1) });
      } else if (spec.profile === 'virtualbox' && spec.ip) {
        // Vagrant reuses a host-only network on the same /24, else makes the next vboxnetN.
        const subnet = spec.ip.split('.').slice(0, 3).join('.');
        if (!ledger.hostOnly.some((h) => h.subnet === subnet)) ledger.hostOnly.push({ subnet, n: ledger.hostOnly.length, ifindex: nextIf('host', 1) });
      }
      continue;
    }
    const kernel = kernelOfContainer(spec);
    const procs = containerOnKernel(sim, spec);
    record(kernel, spec.name, [...procs.runtime, ...procs.app]);
    const joined = networksOf(spec);
    if (joined.length > 0) {
      const held = leasesOf(kernel);
      const mine: BridgeLease[] = [];
      for (const network of joined) {
        if (network !== 'bridge') {
          // The network (its bridge) exists from its first use on this kernel.
          const nets = ledger.networks.get(kernel) ?? [];
          if (!nets.some((n) => n.name === network)) nets.push({ name: network, pool: nets.length, ifindex: nextIf(kernel, 1) });
          ledger.networks.set(kernel, nets);
        }
        mine.push({ network, n: firstFree(held.values(), network), hostIf: nextIf(kernel, 2) });
      }
      held.set(spec.name, mine);
      kernelOfLease.set(spec.name, kernel);
    }
  }
  return ledger;
}

interface Derived {
  last: LogEntry | undefined;
  length: number;
  ledger: Ledger;
  /** Other views derived from the same state (process tables per kernel...), dropped with it. */
  memo: Map<string, unknown>;
}

const cache = new WeakMap<SimState, Derived>();

/**
 * What is derived from the state as of now: recomputed when the log has changed (grown, or
 * cut back by a seek and regrown). Every change of an instance's state is logged, so the
 * log's length and last entry identify the state these views are computed from.
 */
function derived(sim: Simulation): Derived {
  const log = sim.state.log;
  const last = log[log.length - 1];
  const hit = cache.get(sim.state);
  if (hit && hit.length === log.length && hit.last === last) return hit;
  const fresh: Derived = { last, length: log.length, ledger: build(sim), memo: new Map() };
  cache.set(sim.state, fresh);
  return fresh;
}

export function ledgerOf(sim: Simulation): Ledger {
  return derived(sim).ledger;
}

/** `compute()` once per state (as `derived` identifies it) and key; callers must not mutate the result. */
export function memoized<T>(sim: Simulation, key: string, compute: () => T): T {
  const d = derived(sim);
  if (d.memo.has(key)) return d.memo.get(key) as T;
  const value = compute();
  d.memo.set(key, value);
  return value;
}
