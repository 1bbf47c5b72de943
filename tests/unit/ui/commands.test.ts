import { describe, expect, it } from 'vitest';
import { commandFor, dockerSize, dockerUpdateCommand } from '../../../src/document/commands';
import type { ContainerSpec, VmSpec } from '../../../sim-core/index';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

const container: ContainerSpec = {
  kind: 'container', name: 'web', runtime: 'runc', image: 'nginx:1.27', memoryBytes: 512 * MiB, memorySwapBytes: null,
  cpus: 0.5, cpuShares: 1024, pidsLimit: null, in: null, share: [],
};
const vm: VmSpec = { kind: 'vm', name: 'web-vm', profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: 2, memoryBytes: GiB, diskBytes: 10 * GiB, apps: ['nginx'] };

describe('equivalent commands', () => {
  it('a container is the docker run that would make it', () => {
    expect(commandFor(container)).toBe('docker run -d --name web --memory=512m --cpus=0.5 nginx:1.27');
  });

  it('unlimited containers get no limit flags; gVisor and shared namespaces get theirs', () => {
    const c: ContainerSpec = { ...container, runtime: 'gvisor', memoryBytes: null, cpus: null, share: ['net', 'pid'] };
    expect(commandFor(c)).toBe('docker run -d --name web --runtime=runsc --network host --pid host nginx:1.27');
  });

  it('a container inside a VM says where it runs', () => {
    expect(commandFor({ ...container, in: 'web-vm' })).toBe('# inside web-vm\ndocker run -d --name web --memory=512m --cpus=0.5 nginx:1.27');
  });

  it('a KVM VM is a virt-install with memory in MiB and disk in GiB', () => {
    expect(commandFor(vm)).toBe('virt-install --name web-vm --vcpus 2 --memory 1024 --disk size=10 --os-variant ubuntu22.04 --import\n# then, in the guest: apt-get install -y nginx');
  });

  it('a VirtualBox VM is a Vagrantfile block', () => {
    const text = commandFor({ ...vm, profile: 'virtualbox', memoryBytes: 2 * GiB });
    expect(text).toContain('config.vm.define "web-vm"');
    expect(text).toContain('machine.vm.box = "ubuntu/jammy64"');
    expect(text).toContain('machine.vm.provision "shell", inline: "apt-get install -y nginx"');
    expect(text).toContain('vb.memory = 2048');
    expect(text).toContain('vb.cpus = 2');
  });

  it('docker sizes use the largest exact binary unit', () => {
    expect([dockerSize(GiB), dockerSize(1536 * MiB), dockerSize(64 * 1024), dockerSize(1000)]).toEqual(['1g', '1536m', '64k', '1000']);
  });

  it('a live limit change is the docker update with only what changed', () => {
    expect(dockerUpdateCommand(container, 128 * MiB, 0.5)).toBe('docker update --memory=128m web');
    expect(dockerUpdateCommand(container, 512 * MiB, 0.5)).toBeNull();
  });
});
