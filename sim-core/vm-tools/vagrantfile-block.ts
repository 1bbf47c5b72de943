/**
 * A VmSpec as the Vagrantfile that makes the same machine: a `config.vm.define` block (box,
 * provider memory and CPUs, primary disk, private network address, a shell provisioner
 * that installs its apps), and a whole Vagrantfile around several. The inverse of
 * sim-core/import/vagrantfile.ts.
 */
import type { VmSpec } from '../scenario/types';
import { BOX_FOR_OS, installLine } from './boxes';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** The Vagrant provider that runs each VM profile. */
export const PROVIDER_FOR_PROFILE: Record<string, string> = { virtualbox: 'virtualbox', 'kvm-qemu': 'libvirt', hyperv: 'hyperv' };

/** Vagrant's disk size notation (Vagrant::Util::Numeric: GB and MB are binary, whole numbers). */
export function vagrantSize(bytes: number): string {
  return bytes % GiB === 0 ? `${bytes / GiB}GB` : `${Math.round(bytes / MiB)}MB`;
}

const rubyString = (s: string): string => JSON.stringify(s).replace(/#\{/g, '\\#{');

/** The block variable: the machine's name when Ruby takes it as an identifier. */
function blockVar(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !['end', 'do', 'if', 'config', 'vm'].includes(name) ? name : 'machine';
}

/** One machine, indented for the inside of `Vagrant.configure("2") do |config|`. */
export function vagrantDefine(vm: VmSpec, indent = ''): string {
  const v = blockVar(vm.name);
  const provider = PROVIDER_FOR_PROFILE[vm.profile] ?? 'virtualbox';
  const p = provider === 'virtualbox' ? 'vb' : provider;
  const lines = [
    `config.vm.define ${rubyString(vm.name)} do |${v}|`,
    `  ${v}.vm.box = ${rubyString(BOX_FOR_OS[vm.os] ?? vm.os)}`,
    ...(vm.ip ? [`  ${v}.vm.network "private_network", ip: ${rubyString(vm.ip)}`] : []),
    `  ${v}.vm.disk :disk, size: "${vagrantSize(vm.diskBytes)}", primary: true`,
    `  ${v}.vm.provider "${provider}" do |${p}|`,
    `    ${p}.cpus = ${vm.cpus}`,
    `    ${p}.memory = ${Math.round(vm.memoryBytes / MiB)}`,
    '  end',
  ];
  const install = installLine(vm.os, vm.apps);
  if (install) lines.push(`  ${v}.vm.provision "shell", inline: ${rubyString(install)}`);
  lines.push('end');
  return lines.map((l) => indent + l).join('\n');
}

/** A whole Vagrantfile for these machines. (The disk line needs VAGRANT_EXPERIMENTAL="disks".) */
export function vagrantfileFor(vms: readonly VmSpec[]): string {
  return ['Vagrant.configure("2") do |config|', ...vms.map((vm) => vagrantDefine(vm, '  ')), 'end', ''].join('\n');
}
