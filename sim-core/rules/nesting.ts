/**
 * What may run where. A container runs on the host or inside a VM (on the VM's container
 * engine); a VM runs on the host. Nothing runs inside a container here, and VMs inside VMs
 * (nested virtualisation) are not modelled.
 */

export type InstanceKind = 'vm' | 'container';

/** Where something would go: the host, or an instance of this kind. */
export type Place = 'host' | InstanceKind;

export type NestingRefusal = 'vm-into-container' | 'vm-into-vm' | 'container-into-container';

/** Why `kind` may not run in `place`, or null when it may. */
export function nestingRefusal(kind: InstanceKind, place: Place): NestingRefusal | null {
  if (place === 'host') return null;
  if (place === 'container') return kind === 'vm' ? 'vm-into-container' : 'container-into-container';
  return kind === 'vm' ? 'vm-into-vm' : null;
}

/** The rule in plain English, for the parser's and the engine's messages. */
export function nestingReason(r: NestingRefusal): string {
  switch (r) {
    case 'container-into-container': return 'a container runs on the host or inside a VM, not inside another container';
    case 'vm-into-vm': return 'a VM runs on the host: VMs inside VMs (nested virtualisation) are not modelled';
    case 'vm-into-container': return 'a VM cannot run inside a container: a container has no hardware to virtualise';
  }
}

/** How many CPUs a container there may use: the host's cores, or the VM's vCPUs. */
export function cpusAvailable(hostCpus: number, vm: { cpus: number } | null): number {
  return vm ? vm.cpus : hostCpus;
}
