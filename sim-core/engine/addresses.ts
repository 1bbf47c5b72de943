/**
 * Every kernel's network as `ip addr` there shows it: the host's NIC and the links its VMs
 * made (libvirt's virbr0 and vnetN, Firecracker's taps; VirtualBox NAT makes none, it lives
 * inside VBoxHeadless), each VM's own NIC on its own network, and the default bridge of
 * each kernel that runs containers.
 */
import type { Simulation } from './state';
import type { VmSpec } from '../scenario/types';
import type { ExtraLink, NetInterface, PrimaryNic } from '../namespaces/net';
import { containerInterfaces, DOCKER_BRIDGE_ADDRESS, hostVethName, bridgeAddress, sandboxInterfaces } from '../namespaces/net';
import { deterministicHex } from '../namespaces/ids';
import { firecrackerTap, hypervAddress, LIBVIRT_DEFAULT, VIRTUALBOX_NAT, vmMac } from '../namespaces/vm-net';
import { bridged, containerIdOf, FIXED_IFINDEX, guestMac, kernelOfContainer, ledgerOf } from './ledger';

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
    case 'virtualbox':
      return { nic: { name, address: VIRTUALBOX_NAT.address, mac: guestMac(vm) }, gateway: VIRTUALBOX_NAT.gateway };
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

/** Containers with an address on a kernel's default bridge now, with their veth ends. */
function bridgePeers(sim: Simulation, kernel: string): Array<{ name: string; address: string; hostIf: number }> {
  const leases = ledgerOf(sim).leases.get(kernel);
  if (!leases) return [];
  return [...leases.entries()]
    .filter(([name]) => live(sim, name))
    .map(([name, l]) => ({ name, address: bridgeAddress(l.n), hostIf: l.hostIf }))
    .sort((a, b) => a.hostIf - b.hostIf);
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
  const extra: NetInterface[] = [];
  if (kernel !== 'host') {
    const vm = sim.state.instances[kernel]?.spec;
    const net = vm?.kind === 'vm' ? vmNetwork(sim, vm) : null;
    nic = net?.nic ?? { name: 'eth0', address: '' };
  } else {
    extra.push(...hostVmLinks(sim).map(({ index, ...l }) => ({ index, ...l })));
  }
  const list: NetInterface[] = [{ index: FIXED_IFINDEX.lo, name: 'lo', address: '127.0.0.1/8' }];
  list.push({ index: FIXED_IFINDEX.nic, name: nic.name, address: nic.address || null, ...(nic.mac ? { mac: nic.mac } : {}) });
  if (hasEngine(sim, kernel)) list.push({ index: FIXED_IFINDEX.docker0, name: 'docker0', address: DOCKER_BRIDGE_ADDRESS, mac: `02:42:${deterministicHex(`docker0:${kernel}`, 8).match(/../g)!.join(':')}` });
  list.push(...extra);
  for (const p of bridgePeers(sim, kernel)) {
    list.push({ index: p.hostIf, name: `${hostVethName(containerIdOf(p.name))}@if${p.hostIf + 1}`, address: null, master: 'docker0' });
  }
  return list.sort((a, b) => a.index - b.index);
}

/** A container's address on its kernel's bridge (null: host network, or not started). */
export function containerAddress(sim: Simulation, name: string): string | null {
  const s = sim.state.instances[name]?.spec;
  if (!s || s.kind !== 'container' || !bridged(s)) return null;
  const lease = ledgerOf(sim).leases.get(kernelOfContainer(s))?.get(name);
  return lease ? bridgeAddress(lease.n) : null;
}

/** `ip addr` inside a container's own network namespace (runc: the veth's end; gVisor's netstack and Kata's guest: eth0 of their own). */
export function containerNetInterfaces(sim: Simulation, name: string): NetInterface[] {
  const s = sim.state.instances[name]!.spec;
  if (s.kind !== 'container') return [];
  if (!bridged(s)) return interfacesOfKernel(sim, kernelOfContainer(s));
  const lease = ledgerOf(sim).leases.get(kernelOfContainer(s))?.get(name);
  const address = lease ? bridgeAddress(lease.n) : null;
  if (s.runtime !== 'runc') return sandboxInterfaces(address);
  if (!lease) return containerInterfaces(null, 0);
  return containerInterfaces(address, 0, 16, lease.hostIf);
}
