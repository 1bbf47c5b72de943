/**
 * What a process sees of its system, printed as the real tools print it: ps, hostname,
 * uname, ip addr, mount, free, /proc/meminfo, id. Built on inspectInstance/inspectHost.
 */
import type { ProcessView } from '../namespaces/view';
import type { NetInterface } from '../namespaces/net';
import { deterministicHex } from '../namespaces/ids';
import { clockTime, humanFree } from './format';

/** Who the shell runs as: root on the host and in containers, the box's user in a VM. */
export interface ShellUser {
  name: string;
  uid: number;
  groups: string;
}

export const ROOT: ShellUser = { name: 'root', uid: 0, groups: '0(root)' };
export const VM_USER: ShellUser = { name: 'ubuntu', uid: 1000, groups: '1000(ubuntu),4(adm),27(sudo)' };

export function idLine(u: ShellUser): string {
  return `uid=${u.uid}(${u.name}) gid=${u.uid}(${u.name}) groups=${u.groups}`;
}

/** `ps -ef`: UID PID PPID C STIME TTY TIME CMD. PID 1's parent is 0; the model keeps no process tree, so others show 1 (kernel threads 2). */
export function psEf(view: ProcessView, startMs: number): string {
  const lines = ['UID          PID    PPID  C STIME TTY          TIME CMD'];
  for (const p of view.processes) {
    const ppid = p.pid === 1 || p.pid === 2 ? 0 : p.command.startsWith('[') ? 2 : 1;
    lines.push(`${p.user.padEnd(8)} ${String(p.pid).padStart(7)} ${String(ppid).padStart(7)}  0 ${clockTime(startMs)} ?        00:00:00 ${p.command}`);
  }
  return lines.join('\n');
}

/** `ps aux`: the BSD columns; %CPU, %MEM, VSZ and RSS per process are not modelled and show 0. */
export function psAux(view: ProcessView, startMs: number): string {
  const lines = ['USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND'];
  for (const p of view.processes) {
    lines.push(`${p.user.padEnd(8)} ${String(p.pid).padStart(7)}  0.0  0.0      0     0 ?        ${p.pid === 1 ? 'Ss ' : 'S  '}  ${clockTime(startMs)}   0:00 ${p.command}`);
  }
  return lines.join('\n');
}

/** `uname -a`. gVisor reports its own fixed version string. */
export function unameAll(view: ProcessView): string {
  if (view.unameR === '4.4.0') return `Linux ${view.hostname} 4.4.0 #1 SMP Sun Jan 10 15:06:54 PST 2016 x86_64 x86_64 x86_64 GNU/Linux`;
  return `Linux ${view.hostname} ${view.unameR} #1 SMP PREEMPT_DYNAMIC x86_64 x86_64 x86_64 GNU/Linux`;
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

/** Docker derives a container's MAC from its address (02:42 + the four bytes); other NICs get a stable made-up one. */
function macOf(nic: NetInterface): string {
  if (nic.address?.startsWith('172.17.') && !nic.name.startsWith('docker0')) {
    const bytes = nic.address.split('/')[0]!.split('.').map((b) => Number(b).toString(16).padStart(2, '0'));
    return `02:42:${bytes.join(':')}`;
  }
  const hex = deterministicHex(`mac:${nic.name}`, 8);
  const prefix = nic.name === 'docker0' ? '02:42' : nic.name === 'eth0' ? '52:54' : 'a6:3c';
  return `${prefix}:${hex.match(/../g)!.join(':')}`;
}

/** `ip addr`: iproute2's full format (IPv4 only: Docker disables IPv6 in containers by default). */
export function ipAddr(view: ProcessView): string {
  const out: string[] = [];
  for (const nic of view.interfaces) {
    const label = nic.name.split('@')[0]!;
    if (label === 'lo') {
      out.push(`${nic.index}: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000`);
      out.push('    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00');
    } else {
      const veth = label.startsWith('veth');
      const inContainer = nic.name.includes('@') && !veth;
      const qdisc = label === 'eth0' && !inContainer ? 'fq_codel' : 'noqueue';
      out.push(`${nic.index}: ${nic.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc ${qdisc}${veth ? ' master docker0' : ''} state UP group default${qdisc === 'fq_codel' ? ' qlen 1000' : ''}`);
      out.push(`    link/ether ${macOf(nic)} brd ff:ff:ff:ff:ff:ff${veth || inContainer ? ' link-netnsid 0' : ''}`);
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

/** Memory as the kernel counts it: /proc/meminfo is not namespaced, so a container sees its kernel's. */
export interface KernelMemory {
  totalBytes: number;
  usedBytes: number;
}

/** `free` (procps-ng 4): kibibytes by default, `-m` mebibytes, `-g` gibibytes, `-b` bytes, `-h` human. */
export function free(mem: KernelMemory, unit: 'b' | 'k' | 'm' | 'g' | 'h'): string {
  const total = mem.totalBytes;
  const used = Math.min(total, mem.usedBytes);
  const freeBytes = total - used;
  const fmt = (bytes: number): string => {
    if (unit === 'h') return humanFree(bytes);
    const div = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit];
    return String(Math.floor(bytes / div));
  };
  const row = (label: string, values: number[]): string => label.padEnd(8) + values.map((v) => fmt(v).padStart(12)).join('');
  return [
    '               total        used        free      shared  buff/cache   available',
    row('Mem:', [total, used, freeBytes, 0, 0, freeBytes]),
    row('Swap:', [0, 0, 0]),
  ].join('\n');
}

/** The first lines of /proc/meminfo (`%-16s%8lu kB`). */
export function meminfo(mem: KernelMemory): string {
  const kb = (bytes: number): number => Math.floor(bytes / 1024);
  const freeBytes = Math.max(0, mem.totalBytes - mem.usedBytes);
  const rows: Array<[string, number]> = [
    ['MemTotal', kb(mem.totalBytes)], ['MemFree', kb(freeBytes)], ['MemAvailable', kb(freeBytes)],
    ['Buffers', 0], ['Cached', 0], ['SwapCached', 0], ['SwapTotal', 0], ['SwapFree', 0], ['Shmem', 0],
  ];
  return rows.map(([name, v]) => `${(name + ':').padEnd(16)}${String(v).padStart(8)} kB`).join('\n');
}
