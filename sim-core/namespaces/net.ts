import { deterministicHex } from './ids';

/**
 * Network interfaces as `ip -brief addr` would list them. Docker's default bridge: docker0
 * is 172.17.0.1/16 on its kernel; each container gets a veth pair, one end `eth0` inside its
 * network namespace, the other `vethXXXXXXX` in the kernel's root namespace attached to docker0.
 */

export interface NetInterface {
  /** ifindex */
  index: number;
  /** As `ip link` prints it, peers included: `eth0@if7`. */
  name: string;
  /** CIDR address, or null (a veth on the bridge, a VM's tap, has none). */
  address: string | null;
  /** Link-layer address where the model knows it (else ip addr derives a stable one). */
  mac?: string;
  /** The bridge it is enslaved to (`ip link` prints `master docker0`). */
  master?: string;
}

export const DOCKER_BRIDGE_ADDRESS = '172.17.0.1/16';

/** ifindex of lo, the NIC and docker0 in a kernel's root namespace; veth pairs come after. */
const FIRST_VETH_INDEX = 4;

/** The container's address for the n-th address of the default bridge's pool (0-based): 172.17.0.2, .3, ... */
export function bridgeAddress(n: number): string {
  const host = 2 + n;
  return `172.17.${Math.floor(host / 256)}.${host % 256}`;
}

/** Docker derives a bridged container's MAC from its IPv4 address: 02:42 then the four bytes. */
export function dockerMac(address: string): string {
  const bytes = address.split('/')[0]!.split('.').map((b) => Number(b).toString(16).padStart(2, '0'));
  return `02:42:${bytes.join(':')}`;
}

/**
 * The pair's ifindexes: both ends are made in the kernel's root namespace (consecutive
 * numbers), then one moves into the container keeping its number.
 */
export function vethIndexes(pairIndex: number, firstIndex = FIRST_VETH_INDEX): { hostIfIndex: number; containerIfIndex: number } {
  const hostIfIndex = firstIndex + 2 * pairIndex;
  return { hostIfIndex, containerIfIndex: hostIfIndex + 1 };
}

/** Docker names the host end `veth` + 7 hex characters. */
export function hostVethName(containerId: string): string {
  return 'veth' + deterministicHex(containerId, 7);
}

/** Inside a container's own network namespace. `address` null: `--network none`. */
export function containerInterfaces(address: string | null, pairIndex: number, prefixLength = 16, firstVethIndex = FIRST_VETH_INDEX): NetInterface[] {
  const lo: NetInterface = { index: 1, name: 'lo', address: '127.0.0.1/8' };
  if (address === null) return [lo];
  const { hostIfIndex, containerIfIndex } = vethIndexes(pairIndex, firstVethIndex);
  return [lo, { index: containerIfIndex, name: `eth0@if${hostIfIndex}`, address: `${address}/${prefixLength}`, mac: dockerMac(address) }];
}

/**
 * A sandbox with a network stack of its own (gVisor's netstack, Kata's guest kernel): it
 * numbers its own links, loopback first, and names the NIC after the veth it took over.
 */
export function sandboxInterfaces(address: string | null): NetInterface[] {
  const lo: NetInterface = { index: 1, name: 'lo', address: '127.0.0.1/8' };
  if (address === null) return [lo];
  return [lo, { index: 2, name: 'eth0', address: `${address}/16`, mac: dockerMac(address) }];
}

/** The primary NIC of a kernel's root namespace (the host's, or a VM's virtual NIC). */
export interface PrimaryNic {
  name: string;
  address: string;
  mac?: string;
}

/** Links a kernel's root namespace holds beyond its NIC and docker0 (a VM's tap, libvirt's bridge). */
export interface ExtraLink {
  name: string;
  address: string | null;
  mac?: string;
  master?: string;
}

/**
 * A kernel's root network namespace: lo, its NIC, docker0 when a container engine runs
 * there, links of the VMs it hosts, and the kernel end of every bridged container's veth pair.
 */
export function kernelInterfaces(nic: PrimaryNic, peers: ReadonlyArray<{ containerId: string; pairIndex: number }>, withBridge = peers.length > 0, extra: readonly ExtraLink[] = []): NetInterface[] {
  const list: NetInterface[] = [
    { index: 1, name: 'lo', address: '127.0.0.1/8' },
    { index: 2, name: nic.name, address: nic.address, ...(nic.mac ? { mac: nic.mac } : {}) },
  ];
  if (withBridge) list.push({ index: 3, name: 'docker0', address: DOCKER_BRIDGE_ADDRESS });
  let next = FIRST_VETH_INDEX;
  for (const link of extra) list.push({ index: next++, ...link });
  for (const peer of peers) {
    const { hostIfIndex, containerIfIndex } = vethIndexes(peer.pairIndex, next);
    list.push({ index: hostIfIndex, name: `${hostVethName(peer.containerId)}@if${containerIfIndex}`, address: null, master: 'docker0' });
  }
  return list;
}

/** Where the veth pairs of a kernel start, once its extra links are numbered. */
export function firstVethIndex(extraLinks: number): number {
  return FIRST_VETH_INDEX + extraLinks;
}
