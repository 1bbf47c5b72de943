import type { CgroupLimits } from '../cgroups/docker-flags';
import { cpuMaxFileText, memoryMaxFileText, memorySwapMaxFileText, pidsMaxFileText } from '../cgroups/docker-flags';
import type { NamespaceIds, NamespaceKind } from './ids';
import { NAMESPACE_KINDS, ROOT_NAMESPACE_IDS, namespaceLinkText } from './ids';
import type { NetInterface } from './net';
import { containerInterfaces } from './net';
import { commOf } from './pids';
import type { MountEntry } from './mounts';
import { containerMounts, kernelMounts } from './mounts';

/** What a process inside an instance sees, computed from plain data the engine fills in. */

export interface ThreadRow {
  tid: number;
  name: string;
}

export interface ViewProcessInput {
  command: string;
  /** PID in the instance's own PID namespace (1 for its init). */
  pid: number;
  /** PID in the root PID namespace of the kernel it runs on (the host's, its VM's, or its sandbox's own). */
  hostPid: number;
  /** Its threads, the main one first (omitted: one thread). */
  threads?: ThreadRow[];
  /** The instance it belongs to or embodies, for views of a kernel's whole process table. */
  owner?: string | null;
  /** Its parent's PID in the kernel's root namespace (0: none). */
  parentHostPid?: number;
  /** For `processes`: uid inside the instance. For `otherProcesses`: uid in the kernel's root user namespace. */
  uid?: number;
  /** Its user name where not root or nobody. */
  user?: string;
}

export interface ViewInput {
  name: string;
  kind: 'vm' | 'container';
  /** `host` or the VM the instance's processes run on. */
  kernel: string;
  /** `uname -r` of that kernel. */
  kernelVersion: string;
  namespaces: NamespaceIds;
  /** The kernel's root namespaces (default: the well-known ids). */
  rootNamespaces?: NamespaceIds;
  /** 64 hex characters (containers). */
  containerId?: string;
  /** `--hostname`; default: a container's first 12 hex of its id, a VM's name. */
  hostname?: string;
  /** The hostname of the kernel's root UTS namespace (seen with a shared uts namespace). */
  kernelHostname: string;
  processes: ViewProcessInput[];
  /** Every other process on the same kernel (host PIDs, host uids). */
  otherProcesses: ViewProcessInput[];
  /** IPv4 address inside its own network namespace; null: `--network none`. */
  ipAddress: string | null;
  /** The interfaces of its own network namespace, where the caller knows them (else derived from ipAddress). */
  ownInterfaces?: NetInterface[];
  /** `uname -v` of that kernel. */
  kernelBuild?: string;
  /** Which veth pair on the kernel is this container's (0-based). */
  vethPairIndex?: number;
  /** The interfaces of the kernel's root network namespace (see kernelInterfaces). */
  kernelInterfaces: NetInterface[];
  /** userns-remap: root inside is `outsideUid` outside (subuid range); null: no user namespace. */
  userns: { outsideUid: number; count: number } | null;
  /** The cgroup path from the kernel's root, e.g. `/system.slice/docker-<id>.scope`. */
  cgroupPath: string;
  limits?: CgroupLimits;
  /** Layers under the container's overlay, bottom first. */
  lowerLayerIds?: string[];
  /** Block device of the kernel's root filesystem (`/dev/sda1`, `/dev/vda1`). */
  rootDevice?: string;
  /** RAM of the kernel; /proc/meminfo is not namespaced, so a container sees this, not its limit. */
  kernelMemoryBytes?: number;
}

export interface ProcessRow {
  /** PID as the viewer's `ps` prints it. */
  pid: number;
  /** PID in the root PID namespace of the kernel it runs on (ProcessView.kernel). */
  hostPid: number;
  /** Threads, the main one first (tid = pid as the viewer numbers it). */
  threads: ThreadRow[];
  /** The instance it belongs to or embodies (a VM's VMM process, a container's shim), if any. */
  owner: string | null;
  /** Its parent's PID as the viewer numbers it; 0 when the parent is outside the viewer's PID namespace. */
  ppid: number;
  uid: number;
  user: string;
  /** uid in the kernel's root user namespace. */
  hostUid: number;
  command: string;
}

export interface ProcessView {
  /** The kernel whose root PID namespace `hostPid` counts in: `host`, a VM's name, or a sandbox's (gVisor, Kata) own. */
  kernel: string;
  hostname: string;
  processes: ProcessRow[];
  interfaces: NetInterface[];
  mounts: MountEntry[];
  /** /proc/self/uid_map and gid_map, exactly as printed (%10u %10u %10u). */
  uidMap: string;
  gidMap: string;
  /** /proc/self/cgroup */
  cgroup: string;
  /** uname -r */
  unameR: string;
  /** uname -v */
  unameV: string;
  /** readlink /proc/self/ns/* */
  namespaceLinks: Record<NamespaceKind, string>;
  /** Files under /sys/fs/cgroup as the instance reads them; empty without limits. */
  cgroupFiles: Record<string, string>;
  /** MemTotal in /proc/meminfo, in bytes (the kernel's RAM, whatever memory.max says); null if unknown. */
  memTotalBytes: number | null;
}

/** The kernel's overflow uid, shown for ids with no mapping in the user namespace. */
export const OVERFLOW_UID = 65534;
const FULL_RANGE = 4294967295;

function idMapLine(inside: number, outside: number, count: number): string {
  const pad = (n: number) => String(n).padStart(10, ' ');
  return `${pad(inside)} ${pad(outside)} ${pad(count)}\n`;
}

function userName(uid: number, given: string | undefined): string {
  if (uid === 0) return 'root';
  if (uid === OVERFLOW_UID) return 'nobody';
  return given ?? String(uid);
}

function visibleProcesses(input: ViewInput, sharesPid: boolean): ProcessRow[] {
  const map = input.userns;
  const threads = (p: ViewProcessInput, pid: number): ThreadRow[] => {
    const list = p.threads ?? [{ tid: pid, name: commOf(p.command) }];
    // A thread's id in the viewer's namespace: shifted as its process's PID is.
    const base = list[0]!.tid;
    return list.map((t) => ({ tid: pid + (t.tid - base), name: t.name }));
  };
  const rows: ProcessRow[] = input.processes.map((p) => {
    const uid = p.uid ?? 0;
    const pid = sharesPid ? p.hostPid : p.pid;
    return { pid, hostPid: p.hostPid, threads: threads(p, pid), owner: p.owner ?? null, ppid: p.parentHostPid ?? 0, uid, user: userName(uid, p.user), hostUid: map ? map.outsideUid + uid : uid, command: p.command };
  });
  if (sharesPid) {
    for (const p of input.otherProcesses) {
      const hostUid = p.uid ?? 0;
      const inRange = !map || (hostUid >= map.outsideUid && hostUid < map.outsideUid + map.count);
      const uid = !map ? hostUid : inRange ? hostUid - map.outsideUid : OVERFLOW_UID;
      const pid = p.hostPid;
      rows.push({ pid, hostPid: p.hostPid, threads: threads(p, pid), owner: p.owner ?? null, ppid: p.parentHostPid ?? 0, uid, user: userName(uid, p.user), hostUid, command: p.command });
    }
  }
  // Parents in the viewer's numbering: a parent outside its PID namespace shows as 0, as the kernel does.
  const viewerPid = new Map(rows.map((r) => [r.hostPid, r.pid]));
  for (const r of rows) r.ppid = r.ppid === 0 ? 0 : viewerPid.get(r.ppid) ?? 0;
  return rows.sort((a, b) => a.pid - b.pid);
}

export function describeView(input: ViewInput): ProcessView {
  const root = input.rootNamespaces ?? ROOT_NAMESPACE_IDS;
  const shares = (kind: NamespaceKind) => input.namespaces[kind] === root[kind];
  const isContainer = input.kind === 'container';
  const containerId = input.containerId ?? '';
  const ownHostname = input.hostname ?? (isContainer ? containerId.slice(0, 12) : input.name);
  const map = shares('user') ? null : input.userns;
  const idMap = map ? idMapLine(0, map.outsideUid, map.count) : idMapLine(0, 0, FULL_RANGE);
  const limits = input.limits;
  const namespaceLinks = {} as Record<NamespaceKind, string>;
  for (const kind of NAMESPACE_KINDS) namespaceLinks[kind] = namespaceLinkText(kind, input.namespaces[kind]);
  return {
    kernel: input.kernel,
    hostname: shares('uts') ? input.kernelHostname : ownHostname,
    processes: visibleProcesses({ ...input, userns: map }, shares('pid')),
    interfaces: shares('net') ? input.kernelInterfaces : (input.ownInterfaces ?? containerInterfaces(input.ipAddress, input.vethPairIndex ?? 0)),
    mounts: shares('mnt') || !isContainer
      ? kernelMounts(input.rootDevice ?? '/dev/sda1')
      : containerMounts(containerId, input.lowerLayerIds ?? [], input.rootDevice ?? '/dev/sda1'),
    uidMap: idMap,
    gidMap: idMap,
    cgroup: shares('cgroup') ? `0::${input.cgroupPath}\n` : '0::/\n',
    unameR: input.kernelVersion,
    unameV: input.kernelBuild ?? '#1 SMP PREEMPT_DYNAMIC',
    namespaceLinks,
    cgroupFiles: limits
      ? {
        'memory.max': memoryMaxFileText(limits.memoryMax),
        'memory.swap.max': memorySwapMaxFileText(limits.memorySwapMax),
        'cpu.max': cpuMaxFileText(limits.cpuMax),
        'cpu.weight': String(limits.cpuWeight),
        'pids.max': pidsMaxFileText(limits.pidsMax),
      }
      : {},
    memTotalBytes: input.kernelMemoryBytes ?? null,
  };
}

/** Docker's cgroup for a container under the systemd driver. */
export function dockerCgroupPath(containerId: string): string {
  return `/system.slice/docker-${containerId}.scope`;
}
