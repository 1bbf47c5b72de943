/**
 * The command a person would type to get the same instance on a real machine: `docker run`
 * for containers, and for VMs what virt-install, a Vagrantfile, firectl or Hyper-V's
 * PowerShell would be given. Shown in the inspector so the model maps onto real tools.
 */
import type { ContainerSpec, InstanceSpec, VmSpec } from '@utsuwa/sim-core';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Docker's size notation: `512m`, `1g`, or bytes. */
export function dockerSize(bytes: number): string {
  if (bytes % GiB === 0) return `${bytes / GiB}g`;
  if (bytes % MiB === 0) return `${bytes / MiB}m`;
  if (bytes % 1024 === 0) return `${bytes / 1024}k`;
  return String(bytes);
}

const RUNTIME_FLAG: Record<string, string | null> = { runc: null, gvisor: 'runsc', kata: 'io.containerd.kata.v2' };
const SHARE_FLAG: Record<string, string> = { net: '--network host', pid: '--pid host', ipc: '--ipc host', uts: '--uts host', user: '--userns host', mnt: '-v /:/host' };

export function dockerRunCommand(c: ContainerSpec): string {
  const parts = ['docker run -d', `--name ${c.name}`];
  const runtime = RUNTIME_FLAG[c.runtime];
  if (runtime) parts.push(`--runtime=${runtime}`);
  if (c.memoryBytes !== null) parts.push(`--memory=${dockerSize(c.memoryBytes)}`);
  if (c.memorySwapBytes !== null) parts.push(`--memory-swap=${dockerSize(c.memorySwapBytes)}`);
  if (c.cpus !== null) parts.push(`--cpus=${c.cpus}`);
  if (c.cpuShares !== 1024) parts.push(`--cpu-shares=${c.cpuShares}`);
  if (c.pidsLimit !== null) parts.push(`--pids-limit=${c.pidsLimit}`);
  for (const ns of c.share) {
    const flag = SHARE_FLAG[ns];
    if (flag) parts.push(flag);
  }
  parts.push(c.image);
  const cmd = parts.join(' ');
  return c.in ? `# inside ${c.in}\n${cmd}` : cmd;
}

const VAGRANT_BOX: Record<string, string> = {
  'ubuntu-22.04': 'ubuntu/jammy64',
  'debian-12': 'debian/bookworm64',
  'alpine-3.20': 'generic/alpine320',
  'windows-server-2022': 'gusztavvargadr/windows-server-2022-standard',
};

const OS_VARIANT: Record<string, string> = {
  'ubuntu-22.04': 'ubuntu22.04',
  'debian-12': 'debian12',
  'alpine-3.20': 'alpinelinux3.20',
  'windows-server-2022': 'win2k22',
};

function gib(bytes: number): string {
  return String(Math.max(1, Math.round(bytes / GiB)));
}

export function vmCommand(vm: VmSpec): string {
  const mib = Math.round(vm.memoryBytes / MiB);
  switch (vm.profile) {
    case 'virtualbox':
      return [
        `config.vm.define "${vm.name}" do |m|`,
        `  m.vm.box = "${VAGRANT_BOX[vm.os] ?? vm.os}"`,
        `  m.vm.provider "virtualbox" do |vb|`,
        `    vb.cpus = ${vm.cpus}`,
        `    vb.memory = ${mib}`,
        '  end',
        'end',
      ].join('\n');
    case 'firecracker':
      return `firectl --kernel=vmlinux --root-drive=${vm.os}.ext4 --ncpus=${vm.cpus} --memory=${mib}`;
    case 'hyperv':
      return [
        `New-VM -Name ${vm.name} -Generation 2 -MemoryStartupBytes ${gib(vm.memoryBytes)}GB -NewVHDPath ${vm.name}.vhdx -NewVHDSizeBytes ${gib(vm.diskBytes)}GB`,
        `Set-VMProcessor ${vm.name} -Count ${vm.cpus}`,
        `Start-VM ${vm.name}`,
      ].join('\n');
    default:
      return `virt-install --name ${vm.name} --vcpus ${vm.cpus} --memory ${mib} --disk size=${gib(vm.diskBytes)} --os-variant ${OS_VARIANT[vm.os] ?? vm.os} --import`;
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
