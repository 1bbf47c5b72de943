import { deterministicHex } from './ids';

/**
 * Network interfaces as `ip -brief addr` would list them. Docker's default bridge: docker0
 * is 172.17.0.1/16 on the host; each container gets a veth pair, one end `eth0` inside its
 * network namespace, the other `vethXXXXXXX` on the host attached to docker0.
 */

export interface NetInterface {
  /** ifindex */
  index: number;
  /** As `ip link` prints it, peers included: `eth0@if7`. */
  name: string;
  /** CIDR address, or null (a veth on the bridge has none). */
  address: string | null;
}

export const DOCKER_BRIDGE_ADDRESS = '172.17.0.1/16';

/** ifindex of lo, the host NIC and docker0; veth pairs come after. */
const FIRST_VETH_INDEX = 4;

/**
 * The i-th container (0-based) on a kernel's default bridge: 172.17.0.2, .3, ... The daemon
 * hands out the lowest free address; the simulator assumes none is freed. */
export function bridgeAddress(i: number): string {
  const host = 2 + i;
  return `172.17.${Math.floor(host / 256)}.${host % 256}`;
}

/**
 * The pair's ifindexes: both ends are made in the host namespace (consecutive numbers), then
 * one moves into the container keeping its number.
 */
export function vethIndexes(pairIndex: number): { hostIfIndex: number; containerIfIndex: number } {
  const hostIfIndex = FIRST_VETH_INDEX + 2 * pairIndex;
  return { hostIfIndex, containerIfIndex: hostIfIndex + 1 };
}

/** Docker names the host end `veth` + 7 hex characters. */
export function hostVethName(containerId: string): string {
  return 'veth' + deterministicHex(containerId, 7);
}

/** Inside a container's own network namespace. `address` null: `--network none`. */
export function containerInterfaces(address: string | null, pairIndex: number, prefixLength = 16): NetInterface[] {
  const lo: NetInterface = { index: 1, name: 'lo', address: '127.0.0.1/8' };
  if (address === null) return [lo];
  const { hostIfIndex, containerIfIndex } = vethIndexes(pairIndex);
  return [lo, { index: containerIfIndex, name: `eth0@if${hostIfIndex}`, address: `${address}/${prefixLength}` }];
}

/**
 * A kernel's root network namespace: the host's (or a VM's) NIC, docker0 when a container
 * engine runs there, and the host end of every container's veth pair.
 */
export function kernelInterfaces(nicAddress: string, peers: ReadonlyArray<{ containerId: string; pairIndex: number }>, withBridge = peers.length > 0): NetInterface[] {
  const list: NetInterface[] = [
    { index: 1, name: 'lo', address: '127.0.0.1/8' },
    { index: 2, name: 'eth0', address: nicAddress },
  ];
  if (withBridge) list.push({ index: 3, name: 'docker0', address: DOCKER_BRIDGE_ADDRESS });
  for (const peer of peers) {
    const { hostIfIndex, containerIfIndex } = vethIndexes(peer.pairIndex);
    list.push({ index: hostIfIndex, name: `${hostVethName(peer.containerId)}@if${containerIfIndex}`, address: null });
  }
  return list;
}
