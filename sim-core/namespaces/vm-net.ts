/**
 * How each VM technology attaches a guest to a network, as its defaults do. Every VM has its
 * own NIC on its own network; none of them is the host's address. Sources in docs/views.md.
 */
import { deterministicHex } from './ids';

/** libvirt's `default` network: virbr0 192.168.122.1/24, dnsmasq hands out .2 to .254. */
export const LIBVIRT_DEFAULT = {
  bridge: 'virbr0',
  gateway: '192.168.122.1',
  prefix: 24,
  rangeStart: '192.168.122.2',
  rangeEnd: '192.168.122.254',
} as const;

/** VirtualBox NAT (Vagrant's adapter 1): every guest is 10.0.2.15/24 on a NAT network of its own, the gateway 10.0.2.2. */
export const VIRTUALBOX_NAT = { address: '10.0.2.15/24', gateway: '10.0.2.2' } as const;

/** Firecracker's network-setup guide: a /30 per guest from 172.16.0.0/16, the tap .1, the guest .2; the next guest tap1 .5/.6. */
export function firecrackerTap(n: number): { tap: string; hostAddress: string; guestAddress: string; guestMac: string } {
  const base = 4 * n;
  const ip = (offset: number) => `172.16.${Math.floor((base + offset) / 256)}.${(base + offset) % 256}`;
  const guest = ip(2);
  // The guide's rootfs derives the guest's address from its MAC (fcnet-setup.sh): 06:00 then the address's bytes.
  const guestMac = '06:00:' + guest.split('.').map((b) => Number(b).toString(16).padStart(2, '0').toUpperCase()).join(':');
  return { tap: `tap${n}`, hostAddress: `${ip(1)}/30`, guestAddress: `${guest}/30`, guestMac };
}

/**
 * The WSL2 utility VM's eth0 on Hyper-V's internal NAT switch. Windows picks the /20 at
 * random in 172.16.0.0/12 at each boot; the simulator fixes one (an assumption, not a default).
 */
export const HYPERV_WSL_NET = { prefix: 20, gateway: '172.29.112.1', first: '172.29.112.0' } as const;

function ipToNumber(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

export function numberToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** A stable MAC for a VM's NIC under its technology's prefix (libvirt 52:54:00, VirtualBox 08:00:27, Hyper-V 00:15:5d). */
export function vmMac(prefix: string, vmName: string): string {
  const tail = deterministicHex(`mac:${vmName}`, 6).match(/../g)!.join(':');
  return `${prefix}:${tail}`;
}

function macBytes(mac: string): number[] {
  return mac.split(':').map((b) => parseInt(b, 16));
}

/**
 * dnsmasq's address_allocate (src/dhcp.c): hash the client's MAC with SDBM, start at
 * range start + hash mod range size, then take the first free address upwards, wrapping,
 * skipping the server's own and any ending in .0 or .255. `taken` holds leases in use.
 */
export function dnsmasqAddress(mac: string, taken: ReadonlySet<string>, range: { start: string; end: string; router: string } = { start: LIBVIRT_DEFAULT.rangeStart, end: LIBVIRT_DEFAULT.rangeEnd, router: LIBVIRT_DEFAULT.gateway }): string | null {
  let j = 0;
  for (const b of macBytes(mac)) j = (b + (j << 6) + (j << 16) - j) >>> 0;
  if (j === 0) j = 1;
  const start = ipToNumber(range.start);
  const end = ipToNumber(range.end);
  const size = 1 + end - start;
  const first = start + (j % size);
  for (let k = 0; k < size; k++) {
    const n = start + ((first - start + k) % size);
    const ip = numberToIp(n);
    const last = n % 256;
    if (ip === range.router || taken.has(ip) || last === 0 || last === 255) continue;
    return ip;
  }
  return null;
}

/** A deterministic address for the n-th WSL-style guest on Hyper-V's NAT switch. */
export function hypervAddress(vmName: string): string {
  const n = ipToNumber(HYPERV_WSL_NET.first) + 2 + (parseInt(deterministicHex(`ip:${vmName}`, 4), 16) % 4000);
  return `${numberToIp(n)}/${HYPERV_WSL_NET.prefix}`;
}
