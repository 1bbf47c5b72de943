/**
 * What a process sees of its system, printed as GNU/Linux's tools print it (procps-ng ps
 * and free, iproute2, util-linux mount, coreutils uname and id). Built on the views of
 * engine/inspect.ts; BusyBox's formats are in busybox.ts, Windows shells in windows-shell.ts.
 */
import type { ProcessView, ProcessRow } from '../namespaces/view';
import type { SessionProcess } from './ps-session';
import type { NetInterface } from '../namespaces/net';
import { deterministicHex } from '../namespaces/ids';
import type { ShellUser } from '../engine/identity';
import type { KernelMemory } from '../engine/meminfo';
import { clockTime, humanFree } from './format';

export type { ShellUser } from '../engine/identity';
export type { KernelMemory } from '../engine/meminfo';

export function idLine(u: ShellUser): string {
  return u.idLine ?? `uid=${u.uid}(${u.name}) gid=${u.uid}(${u.name}) groups=${u.groups}`;
}

/** procps prints a user name longer than its column as its first characters and a `+`. */
export function psUser(name: string, width = 8): string {
  return name.length > width ? name.slice(0, width - 1) + '+' : name;
}

function ppidOf(p: ProcessRow): number {
  return p.ppid;
}

/** `ps -ef`: UID PID PPID C STIME TTY TIME CMD. */
export function psEf(view: ProcessView, startMs: number, own: readonly SessionProcess[] = [], nowMs = startMs): string {
  const lines = ['UID          PID    PPID  C STIME TTY          TIME CMD'];
  for (const p of view.processes) {
    lines.push(`${psUser(p.user).padEnd(8)} ${String(p.pid).padStart(7)} ${String(ppidOf(p)).padStart(7)}  0 ${clockTime(startMs)} ?        00:00:00 ${p.command}`);
  }
  for (const p of own) {
    lines.push(`${psUser(p.user).padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)}  0 ${clockTime(nowMs)} ${p.tty.padEnd(8)} 00:00:00 ${p.command}`);
  }
  return lines.join('\n');
}

/** `ps -eLf`: one line per thread, with its id (LWP) and its process's thread count (NLWP). */
export function psThreads(view: ProcessView, startMs: number): string {
  const lines = ['UID          PID    PPID     LWP  C NLWP STIME TTY          TIME CMD'];
  for (const p of view.processes) {
    for (const t of p.threads) {
      lines.push(`${psUser(p.user).padEnd(8)} ${String(p.pid).padStart(7)} ${String(ppidOf(p)).padStart(7)} ${String(t.tid).padStart(7)}  0 ${String(p.threads.length).padStart(4)} ${clockTime(startMs)} ?        00:00:00 ${p.command}`);
    }
  }
  return lines.join('\n');
}

/** `ps -T -p PID`: the process's threads (SPID) by name, as /proc/PID/task/TID/comm holds them. */
export function psThreadsOf(view: ProcessView, pid: number): string | null {
  const p = view.processes.find((x) => x.pid === pid);
  if (!p) return null;
  const lines = ['    PID    SPID TTY          TIME CMD'];
  for (const t of p.threads) lines.push(`${String(p.pid).padStart(7)} ${String(t.tid).padStart(7)} ?        00:00:00 ${t.name}`);
  return lines.join('\n');
}

/** What `ps aux` shows of a process's use: its cores and resident bytes (terminal/top-figures.ts processUsage, as top shows them). */
export interface PsUsage {
  byPid: ReadonlyMap<number, { cores: number; bytes: number }>;
  /** The place's memory, for %MEM (0: unknown, shown as 0.0). */
  totalBytes: number;
}

/**
 * `ps aux`: the BSD columns. %CPU, %MEM and RSS from the model, where top reads them: an
 * instance's use on its main process, its other processes at 0 (the model keeps use per
 * instance). %CPU is the use now, where ps divides CPU time by the time since the start: the
 * same for a steady load. VSZ, like top's VIRT, is not modelled and shows 0.
 */
export function psAux(view: ProcessView, startMs: number, own: readonly SessionProcess[] = [], nowMs = startMs, usage?: PsUsage): string {
  const lines = ['USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND'];
  const f1 = (n: number): string => n.toFixed(1).padStart(4);
  for (const p of view.processes) {
    const u = usage?.byPid.get(p.pid);
    const cpu = u ? u.cores * 100 : 0;
    const mem = u && usage!.totalBytes > 0 ? (u.bytes * 100) / usage!.totalBytes : 0;
    const rss = u ? String(Math.round(u.bytes / 1024)) : '0';
    lines.push(`${psUser(p.user).padEnd(8)} ${String(p.pid).padStart(7)} ${f1(cpu)} ${f1(mem)}      0 ${rss.padStart(5)} ?        ${p.pid === 1 ? 'Ss ' : p.threads.length > 1 ? 'Sl ' : 'S  '}  ${clockTime(startMs)}   0:00 ${p.command}`);
  }
  for (const p of own) {
    lines.push(`${psUser(p.user).padEnd(8)} ${String(p.pid).padStart(7)}  0.0  0.0      0     0 ${p.tty.padEnd(8)} ${p.stat.padEnd(4)} ${clockTime(nowMs)}   0:00 ${p.command}`);
  }
  return lines.join('\n');
}

/** `uname -a` as coreutils prints it: the kernel's release and build, the machine three times, the OS. */
export function unameAll(view: ProcessView): string {
  return `Linux ${view.hostname} ${view.unameR} ${view.unameV} x86_64 x86_64 x86_64 GNU/Linux`;
}

function ipv4ToNumber(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function numberToIpv4(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** The broadcast address of a CIDR: `172.17.0.2/16` → `172.17.255.255`. */
export function broadcastOf(cidr: string): string {
  const [ip, bits] = cidr.split('/');
  const hostBits = 32 - Number(bits);
  const size = 2 ** hostBits;
  return numberToIpv4(Math.floor(ipv4ToNumber(ip!) / size) * size + size - 1);
}

/** The link-layer address: the model's where it has one (Docker's 02:42 + IPv4, the VMM's NIC), else a stable made-up one. */
export function macOf(nic: NetInterface): string {
  if (nic.mac) return nic.mac.toLowerCase();
  const hex = deterministicHex(`mac:${nic.name}`, 8);
  return `a6:3c:${hex.match(/../g)!.join(':')}`;
}

/** A veth whose peer is in another namespace, a container's end, or a VM's tap on a bridge. */
function linkKind(nic: NetInterface): { label: string; peerElsewhere: boolean; physical: boolean } {
  const label = nic.name.split('@')[0]!;
  const peerElsewhere = nic.name.includes('@');
  const physical = !peerElsewhere && !nic.master && label !== 'lo' && label !== 'docker0' && label !== 'virbr0' && !/^(tap|vnet)\d/.test(label);
  return { label, peerElsewhere, physical };
}

/** `ip addr`: iproute2's full format (IPv4 only: Docker disables IPv6 in containers by default). */
export function ipAddr(view: ProcessView, style: 'iproute2' | 'busybox' = 'iproute2'): string {
  const bb = style === 'busybox';
  const out: string[] = [];
  for (const nic of view.interfaces) {
    const { label, peerElsewhere, physical } = linkKind(nic);
    if (label === 'lo') {
      out.push(`${nic.index}: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN ${bb ? 'qlen 1000' : 'group default qlen 1000'}`);
      out.push('    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00');
    } else {
      const tap = /^(tap|vnet)\d/.test(label);
      const bridge = label === 'docker0' || label === 'virbr0';
      const qdisc = physical || tap ? 'fq_codel' : 'noqueue';
      const master = nic.master ? ` master ${nic.master}` : '';
      // A bridge with no port attached has no carrier; a tap's state is UNKNOWN (no carrier detection).
      const carrier = !bridge || view.interfaces.some((o) => o.master === label);
      const state = !carrier ? 'DOWN' : tap ? 'UNKNOWN' : 'UP';
      // BusyBox marks a link whose peer it cannot see (in another namespace) as M-DOWN.
      const flags = carrier ? `<BROADCAST,MULTICAST,UP,LOWER_UP${bb && peerElsewhere ? ',M-DOWN' : ''}>` : '<NO-CARRIER,BROADCAST,MULTICAST,UP>';
      const tail = bb ? (qdisc === 'fq_codel' ? 'qlen 1000' : '') : `group default${qdisc === 'fq_codel' ? ' qlen 1000' : ''}`;
      out.push(`${nic.index}: ${nic.name}: ${flags} mtu 1500 qdisc ${qdisc}${master} state ${state} ${tail}`.trimEnd());
      out.push(`    link/ether ${macOf(nic)} brd ff:ff:ff:ff:ff:ff${peerElsewhere && !bb ? ' link-netnsid 0' : ''}`);
    }
    if (nic.address) {
      const scope = label === 'lo' ? 'host' : 'global';
      const brd = label === 'lo' ? '' : ` brd ${broadcastOf(nic.address)}`;
      out.push(`    inet ${nic.address}${brd} scope ${scope} ${label}`);
      out.push('       valid_lft forever preferred_lft forever');
    }
  }
  return out.join('\n');
}

/** `ip -brief addr`. */
export function ipBrief(view: ProcessView): string {
  return view.interfaces.map((nic) => `${nic.name.padEnd(16)} ${(nic.name === 'lo' ? 'UNKNOWN' : 'UP').padEnd(14)} ${nic.address ?? ''}`.trimEnd()).join('\n');
}

/** `mount` (util-linux): `SOURCE on TARGET type FSTYPE (OPTIONS)`. */
export function mountList(view: ProcessView): string {
  return view.mounts.map((m) => `${m.source} on ${m.target} type ${m.fstype} (${m.options})`).join('\n');
}

export function procMounts(view: ProcessView): string {
  return view.mounts.map((m) => `${m.source} ${m.target} ${m.fstype} ${m.options} 0 0`).join('\n');
}

export type FreeUnit = 'b' | 'k' | 'm' | 'g' | 'h';

/** free's columns from /proc/meminfo: used is what is neither free nor cache. */
export function freeColumns(mem: KernelMemory): { total: number; used: number; free: number; cache: number; available: number } {
  const total = mem.totalBytes;
  const used = Math.min(total, mem.usedBytes);
  const cache = Math.min(total - used, mem.cacheBytes);
  const free = total - used - cache;
  return { total, used, free, cache, available: free + cache };
}

/** free's `Swap:` row: total, used, free. */
export function swapColumns(mem: KernelMemory): [number, number, number] {
  const total = mem.swapTotalBytes ?? 0;
  const used = Math.min(total, mem.swapUsedBytes ?? 0);
  return [total, used, total - used];
}

/** `free` (procps-ng 4): kibibytes by default, `-m` mebibytes, `-g` gibibytes, `-b` bytes, `-h` human. */
export function free(mem: KernelMemory, unit: FreeUnit): string {
  const c = freeColumns(mem);
  const fmt = (bytes: number): string => {
    if (unit === 'h') return humanFree(bytes);
    const div = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit];
    return String(Math.floor(bytes / div));
  };
  const row = (label: string, values: number[]): string => label.padEnd(8) + values.map((v) => fmt(v).padStart(12)).join('');
  return [
    '               total        used        free      shared  buff/cache   available',
    row('Mem:', [c.total, c.used, c.free, 0, c.cache, c.available]),
    row('Swap:', swapColumns(mem)),
  ].join('\n');
}

/** The first lines of /proc/meminfo (`%-16s%8lu kB`). */
export function meminfo(mem: KernelMemory): string {
  const kb = (bytes: number): number => Math.floor(bytes / 1024);
  const c = freeColumns(mem);
  const rows: Array<[string, number]> = [
    ['MemTotal', kb(c.total)], ['MemFree', kb(c.free)], ['MemAvailable', kb(c.available)],
    ['Buffers', 0], ['Cached', kb(c.cache)], ['SwapCached', 0], ['SwapTotal', kb(mem.swapTotalBytes ?? 0)], ['SwapFree', kb((mem.swapTotalBytes ?? 0) - (mem.swapUsedBytes ?? 0))], ['Shmem', 0],
  ];
  return rows.map(([name, v]) => `${(name + ':').padEnd(16)}${String(v).padStart(8)} kB`).join('\n');
}
