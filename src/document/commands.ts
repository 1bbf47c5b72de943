/**
 * The command a person would type to get the same instance on a real machine: `docker run`
 * for containers, and for VMs what virt-install, a Vagrantfile, firectl or Hyper-V's
 * PowerShell would be given. Shown in the inspector so the model maps onto real tools; the
 * docker run line and the Vagrantfile and virt-install forms read back to the same spec
 * (sim-core/docker, sim-core/vm-tools).
 */
import type { ContainerSpec, InstanceSpec, VmSpec } from '@utsuwa/sim-core';
import { dockerRunLine, dockerSize } from '@utsuwa/sim-core/docker';
import { vagrantDefine, virtInstallLine } from '@utsuwa/sim-core/vm-tools';

export { dockerSize };

const GiB = 1024 ** 3;

export function dockerRunCommand(c: ContainerSpec): string {
  return dockerRunLine(c);
}

function gib(bytes: number): string {
  return String(Math.max(1, Math.round(bytes / GiB)));
}

export function vmCommand(vm: VmSpec): string {
  const mib = Math.round(vm.memoryBytes / 1024 ** 2);
  switch (vm.profile) {
    case 'virtualbox':
      return vagrantDefine(vm);
    case 'firecracker':
      return `firectl --kernel=vmlinux --root-drive=${vm.os}.ext4 --ncpus=${vm.cpus} --memory=${mib}`;
    case 'hyperv':
      return [
        `New-VM -Name ${vm.name} -Generation 2 -MemoryStartupBytes ${gib(vm.memoryBytes)}GB -NewVHDPath ${vm.name}.vhdx -NewVHDSizeBytes ${gib(vm.diskBytes)}GB`,
        `Set-VMProcessor ${vm.name} -Count ${vm.cpus}`,
        `Start-VM ${vm.name}`,
      ].join('\n');
    default:
      return virtInstallLine(vm);
  }
}

export function commandFor(spec: InstanceSpec): string {
  return spec.kind === 'vm' ? vmCommand(spec) : dockerRunCommand(spec);
}

/** What changes a running container's limits in place: `docker update` (only the flags that changed). */
export function dockerUpdateCommand(c: ContainerSpec, memoryBytes: number | null, cpus: number | null): string | null {
  const flags: string[] = [];
  if (memoryBytes !== c.memoryBytes) flags.push(`--memory=${memoryBytes === null ? '-1' : dockerSize(memoryBytes)}`);
  if (cpus !== c.cpus) flags.push(`--cpus=${cpus ?? 0}`);
  return flags.length ? `docker update ${flags.join(' ')} ${c.name}` : null;
}
