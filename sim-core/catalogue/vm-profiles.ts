import type { VmProfileDef } from './types';
import { c, MB, MiB } from './cite';

/** VM technologies: firmware, device model and what the VMM itself costs on the host. */
export const VM_PROFILES: Record<string, VmProfileDef> = {
  'kvm-qemu': {
    id: 'kvm-qemu',
    label: 'KVM + QEMU (SeaBIOS)',
    hostOs: ['linux'],
    // SeaBIOS POST, PCI probing and the iPXE option ROM; qboot does it in 20 ms, OVMF took 6.9 s.
    firmware: { name: 'firmware', kind: 'wait', ms: c(1_000, 'estimate') },
    directKernelBoot: false,
    bootScale: c(1, 'systemd-analyze-ubuntu'),
    vmmOverheadBytes: c(131 * MB, 'agache-nsdi20'),
    preallocatesMemory: false,
    cpuOverhead: c(0.02, 'felter-2015'),
    ioOverhead: c(0.5, 'felter-2015'),
    networkRttUs: c(30, 'felter-2015'),
    linuxUtilityVm: false,
  },
  firecracker: {
    id: 'firecracker',
    label: 'Firecracker microVM',
    hostOs: ['linux'],
    firmware: null,
    directKernelBoot: true,
    // Kernel: ~0.17 s direct boot vs ~2.5 s under a PC device model (x0.07); systemd still
    // runs its units, only device probing shrinks (x~0.35): 0.3 overall for an Ubuntu guest.
    bootScale: c(0.3, 'cloud-hypervisor-boot'),
    vmmOverheadBytes: c(3 * MiB, 'agache-nsdi20'),
    preallocatesMemory: false,
    cpuOverhead: c(0.05, 'firecracker-spec'),
    ioOverhead: c(0.5, 'estimate'),
    networkRttUs: c(40, 'estimate'),
    linuxUtilityVm: false,
  },
  virtualbox: {
    id: 'virtualbox',
    label: 'VirtualBox (Vagrant)',
    hostOs: ['linux', 'windows'],
    // The BIOS splash with its F12 boot-menu prompt.
    firmware: { name: 'firmware', kind: 'wait', ms: c(3_000, 'estimate') },
    directKernelBoot: false,
    // Emulated AHCI/e1000 devices and Vagrant's guest checks: under a minute in total.
    bootScale: c(1.2, 'vagrant-boot'),
    vmmOverheadBytes: c(150 * MB, 'estimate'),
    preallocatesMemory: true,
    cpuOverhead: c(0.05, 'estimate'),
    ioOverhead: c(0.5, 'estimate'),
    networkRttUs: c(60, 'estimate'),
    linuxUtilityVm: false,
  },
  hyperv: {
    id: 'hyperv',
    // Modelled as the lightweight utility VM that WSL2 and Docker Desktop run on Hyper-V:
    // Microsoft's own trimmed kernel booted directly (no UEFI menu, no GRUB), and dynamic
    // memory that grows with the guest and is given back (WSL2 memory reclaim).
    label: 'Hyper-V utility VM (WSL2)',
    hostOs: ['windows'],
    firmware: null,
    directKernelBoot: true,
    bootScale: c(0.3, 'estimate'),
    vmmOverheadBytes: c(40 * MB, 'estimate'),
    preallocatesMemory: false,
    cpuOverhead: c(0.03, 'estimate'),
    ioOverhead: c(0.2, 'estimate'),
    networkRttUs: c(30, 'estimate'),
    // The same hypervisor runs WSL2's and Docker Desktop's Linux utility VM.
    linuxUtilityVm: true,
  },
};
