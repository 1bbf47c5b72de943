/**
 * Every kernel's network as `ip addr` there shows it: the host's NIC and the links its VMs
 * made (libvirt's virbr0 and vnetN, Firecracker's taps; VirtualBox NAT makes none, it lives
 * inside VBoxHeadless), each VM's own NIC on its own network, and the default bridge of
 * each kernel that runs containers.
 */
import type { Simulation } from './state';
import type { VmSpec } from '../scenario/types';
import type { ExtraLink, NetInterface, PrimaryNic } from '../namespaces/net';
import { DOCKER_BRIDGE_ADDRESS, dockerMac, hostVethName, bridgeAddress } from '../namespaces/net';
import { deterministicHex } from '../namespaces/ids';
import { firecrackerTap, hypervAddress, LIBVIRT_DEFAULT, numberToIp, VIRTUALBOX_NAT, vmMac } from '../namespaces/vm-net';
import { bridged, containerIdOf, FIXED_IFINDEX, guestMac, kernelOfContainer, ledgerOf, type BridgeLease } from './ledger';

/** The host's own NIC (a home or lab LAN). */
export const HOST_NIC: PrimaryNic = { name: 'eth0', address: '192.168.1.10/24', mac: '3c:ec:ef:12:34:56' };

function live(sim: Simulation, name: string): boolean {
  const s = sim.state.instances[name]?.state;
  return s === 'running' || s === 'booting';
}

/** Predictable interface names: virtio-net on QEMU's q35 sits at PCI bus 1 (enp1s0), VirtualBox's NIC at 00:03.0 (enp0s3); Alpine keeps eth0; Firecracker's virtio-mmio has no PCI path (eth0). */
function nicName(vm: VmSpec, family: 'linux' | 'windows'): string {
  if (family === 'windows') return 'Ethernet';
  if (vm.os.startsWith('alpine') || vm.profile === 'firecracker' || vm.profile === 'hyperv') return 'eth0';
  return vm.profile === 'virtualbox' ? 'enp0s3' : 'enp1s0';
}

/** Firecracker VMs take tap0, tap1, ... in board order, each with its own /30. */
function firecrackerIndex(sim: Simulation, name: string): number {
  return sim.state.order.filter((n) => {
    const s = sim.state.instances[n]!.spec;
    return s.kind === 'vm' && s.profile === 'firecracker';
  }).indexOf(name);
}

export interface VmNetwork {
  nic: PrimaryNic;
  /** Vagrant's private_network: VirtualBox's second adapter on a host-only network. */
  second?: PrimaryNic;
  /** Its default route (what the guest reaches the world through). */
  gateway: string;
}

/** A VM's own NIC and network, or null before its first DHCP lease. */
export function vmNetwork(sim: Simulation, vm: VmSpec): VmNetwork | null {
  const family = sim.catalogue.guestOses[vm.os]?.family ?? 'linux';
  const name = nicName(vm, family);
  switch (vm.profile) {
    case 'kvm-qemu': {
      const ip = ledgerOf(sim).dhcp.get(vm.name);
      return ip ? { nic: { name, address: `${ip}/${LIBVIRT_DEFAULT.prefix}`, mac: guestMac(vm) }, gateway: LIBVIRT_DEFAULT.gateway } : null;
    }
    case 'virtualbox': {
      // Adapter 2 sits at PCI 00:08.0: enp0s8 (eth1 in Alpine).
      const second = vm.ip ? { name: name === 'eth0' ? 'eth1' : name === 'Ethernet' ? 'Ethernet 2' : 'enp0s8', address: `${vm.ip}/24`, mac: vmMac('08:00:27', `${vm.name}#2`) } : undefined;
      return { nic: { name, address: VIRTUALBOX_NAT.address, mac: guestMac(vm) }, gateway: VIRTUALBOX_NAT.gateway, ...(second ? { second } : {}) };
    }
    case 'firecracker': {
      const tap = firecrackerTap(Math.max(0, firecrackerIndex(sim, vm.name)));
      return { nic: { name, address: tap.guestAddress, mac: tap.guestMac.toLowerCase() }, gateway: tap.hostAddress.split('/')[0]! };
    }
    default: {
      const address = hypervAddress(vm.name);
      return { nic: { name, address, mac: guestMac(vm) }, gateway: '172.29.112.1' };
    }
  }
}

/** Links the host's root namespace holds for its VMs, by ifindex. */
export function hostVmLinks(sim: Simulation): Array<ExtraLink & { index: number }> {
  const ledger = ledgerOf(sim);
  const vms = sim.state.order.map((n) => sim.state.instances[n]!.spec).filter((s): s is VmSpec => s.kind === 'vm');
  const out: Array<ExtraLink & { index: number }> = [];
  if (vms.some((v) => v.profile === 'kvm-qemu')) {
    out.push({ index: FIXED_IFINDEX.virbr0, name: LIBVIRT_DEFAULT.bridge, address: `${LIBVIRT_DEFAULT.gateway}/${LIBVIRT_DEFAULT.prefix}`, mac: vmMac('52:54:00', 'virbr0') });
  }
  for (const h of ledger.hostOnly) {
    if (vms.some((v) => v.profile === 'virtualbox' && v.ip?.startsWith(`${h.subnet}.`) && live(sim, v.name))) {
      out.push({ index: h.ifindex, name: `vboxnet${h.n}`, address: `${h.subnet}.1/24`, mac: `0a:00:27:00:00:${h.n.toString(16).padStart(2, '0')}` });
    }
  }
  for (const vm of vms) {
    const link = ledger.vmLinks.get(vm.name);
    if (!link || !live(sim, vm.name)) continue;
    if (vm.profile === 'kvm-qemu') {
      // libvirt gives the tap the guest's MAC with its first byte set to 0xfe.
      out.push({ index: link.ifindex, name: `vnet${link.n}`, address: null, mac: 'fe' + guestMac(vm).slice(2), master: LIBVIRT_DEFAULT.bridge });
    } else if (vm.profile === 'firecracker') {
      const tap = firecrackerTap(Math.max(0, firecrackerIndex(sim, vm.name)));
      out.push({ index: link.ifindex, name: tap.tap, address: tap.hostAddress });
    }
  }
  return out;
}

/**
 * Docker's default address pools: docker0 takes 172.17.0.0/16; each user-defined network the
 * next of 172.18-172.31 (/16 each), then 192.168.0.0/16 in /20s.
 */
export function networkSubnet(pool: number): { base: number; prefix: number } {
  if (pool < 14) return { base: ipNumber(`172.${18 + pool}.0.0`), prefix: 16 };
  return { base: ipNumber(`192.168.${16 * ((pool - 14) % 16)}.0`), prefix: 20 };
}

function ipNumber(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** The n-th container address of a network on a kernel (gateway .1, containers from .2), as CIDR. */
function leaseAddress(sim: Simulation, kernel: string, network: string, n: number): string {
  if (network === 'bridge') return `${bridgeAddress(n)}/16`;
  const net = ledgerOf(sim).networks.get(kernel)?.find((x) => x.name === network);
  const { base, prefix } = networkSubnet(net?.pool ?? 0);
  return `${numberToIp(base + 2 + n)}/${prefix}`;
}

/** `br-` and the first 12 hex of the network's id, as Docker names a user-defined network's bridge. */
export function networkBridgeName(kernel: string, network: string): string {
  return `br-${deterministicHex(`network:${kernel}:${network}`, 12)}`;
}

/** The bridge each lease's veth is enslaved to on its kernel. */
function bridgeOf(kernel: string, network: string): string {
  return network === 'bridge' ? 'docker0' : networkBridgeName(kernel, network);
}

/** Containers with an address on a kernel's bridges now, with their veth ends. */
function bridgePeers(sim: Simulation, kernel: string): Array<{ name: string; network: string; hostIf: number }> {
  const leases = ledgerOf(sim).leases.get(kernel);
  if (!leases) return [];
  return [...leases.entries()]
    .filter(([name]) => live(sim, name))
    .flatMap(([name, list]) => list.map((l) => ({ name, network: l.network, hostIf: l.hostIf })));
}

/** Whether a container engine runs on the kernel (docker0 exists once dockerd has started there). */
function hasEngine(sim: Simulation, kernel: string): boolean {
  if (kernel === 'host') return sim.scenario.host.os === 'linux';
  return sim.state.order.some((n) => {
    const s = sim.state.instances[n]!.spec;
    return s.kind === 'container' && s.in === kernel;
  });
}

/** `ip addr` in a kernel's root network namespace (`host` or a VM's name). */
export function interfacesOfKernel(sim: Simulation, kernel: string): NetInterface[] {
  let nic: PrimaryNic = HOST_NIC;
  let secondNic = false;
  const extra: NetInterface[] = [];
  if (kernel !== 'host') {
    const vm = sim.state.instances[kernel]?.spec;
    const net = vm?.kind === 'vm' ? vmNetwork(sim, vm) : null;
    nic = net?.nic ?? { name: 'eth0', address: '' };
    // A second adapter is there from boot, before dockerd makes docker0.
    if (net?.second) extra.push({ index: FIXED_IFINDEX.docker0, ...net.second });
    secondNic = Boolean(net?.second);
  } else {
    extra.push(...hostVmLinks(sim).map(({ index, ...l }) => ({ index, ...l })));
  }
  const list: NetInterface[] = [{ index: FIXED_IFINDEX.lo, name: 'lo', address: '127.0.0.1/8' }];
  list.push({ index: FIXED_IFINDEX.nic, name: nic.name, address: nic.address || null, ...(nic.mac ? { mac: nic.mac } : {}) });
  if (hasEngine(sim, kernel)) list.push({ index: secondNic ? FIXED_IFINDEX.secondNic : FIXED_IFINDEX.docker0, name: 'docker0', address: DOCKER_BRIDGE_ADDRESS, mac: `02:42:${deterministicHex(`docker0:${kernel}`, 8).match(/../g)!.join(':')}` });
  for (const net of ledgerOf(sim).networks.get(kernel) ?? []) {
    const { base, prefix } = networkSubnet(net.pool);
    list.push({ index: net.ifindex, name: networkBridgeName(kernel, net.name), address: `${numberToIp(base + 1)}/${prefix}`, mac: `02:42:${deterministicHex(`br:${kernel}:${net.name}`, 8).match(/../g)!.join(':')}` });
  }
  list.push(...extra);
  for (const p of bridgePeers(sim, kernel)) {
    list.push({ index: p.hostIf, name: `${hostVethName(containerIdOf(p.name) + (p.network === 'bridge' ? '' : p.network))}@if${p.hostIf + 1}`, address: null, master: bridgeOf(kernel, p.network) });
  }
  return list.sort((a, b) => a.index - b.index);
}

function leasesOf(sim: Simulation, name: string): { kernel: string; leases: BridgeLease[] } | null {
  const s = sim.state.instances[name]?.spec;
  if (!s || s.kind !== 'container' || !bridged(s)) return null;
  const kernel = kernelOfContainer(s);
  return { kernel, leases: ledgerOf(sim).leases.get(kernel)?.get(name) ?? [] };
}

/** A container's (first) address (null: host network, none, or not started). */
export function containerAddress(sim: Simulation, name: string): string | null {
  const own = leasesOf(sim, name);
  const first = own?.leases[0];
  return own && first ? leaseAddress(sim, own.kernel, first.network, first.n).split('/')[0]! : null;
}

/**
 * `ip addr` inside a container's own network namespace: runc's veth ends (eth0, eth1, ... one
 * per network joined); gVisor's netstack and Kata's guest number their own links from lo.
 */
export function containerNetInterfaces(sim: Simulation, name: string): NetInterface[] {
  const s = sim.state.instances[name]!.spec;
  if (s.kind !== 'container') return [];
  const lo: NetInterface = { index: 1, name: 'lo', address: '127.0.0.1/8' };
  if (s.share.includes('net')) return interfacesOfKernel(sim, kernelOfContainer(s));
  const own = leasesOf(sim, name);
  if (!own) return [lo];
  const sandbox = s.runtime !== 'runc';
  return [lo, ...own.leases.map((l, i): NetInterface => {
    const address = leaseAddress(sim, own.kernel, l.network, l.n);
    const mac = dockerMac(address);
    return sandbox
      ? { index: 2 + i, name: `eth${i}`, address, mac }
      : { index: l.hostIf + 1, name: `eth${i}@if${l.hostIf}`, address, mac };
  })];
}
