import type { GuestOsDef } from './types';
import { c, GB, MB } from './cite';

/**
 * Guest operating systems, booted as a full VM. Phase times are for a 2-vCPU KVM guest on an
 * idle host (see docs/calibration.md); the VM profile scales them (bootScale) and adds firmware.
 */
export const GUEST_OSES: Record<string, GuestOsDef> = {
  'ubuntu-22.04': {
    id: 'ubuntu-22.04',
    family: 'linux',
    kernelVersion: '5.15.0-119-generic',
    bootloader: { name: 'grub', kind: 'wait', ms: c(1_500, 'ubuntu-grub-timeout') },
    kernel: { name: 'kernel', kind: 'cpu', ms: c(2_500, 'ubuntu-systemd-analyze') },
    init: { name: 'systemd', kind: 'cpu', ms: c(12_000, 'ubuntu-systemd-analyze') },
    kernelMemoryBytes: c(90 * MB, 'ubuntu-server-requirements'),
    servicesMemoryBytes: c(200 * MB, 'ubuntu-server-requirements'),
    diskBytes: c(2_600 * MB, 'ubuntu-cloud-images'),
    touchesAllMemory: false,
  },
  'debian-12': {
    id: 'debian-12',
    family: 'linux',
    kernelVersion: '6.1.0-25-amd64',
    bootloader: { name: 'grub', kind: 'wait', ms: c(5_000, 'debian-grub-timeout') },
    kernel: { name: 'kernel', kind: 'cpu', ms: c(2_000, 'ubuntu-systemd-analyze') },
    init: { name: 'systemd', kind: 'cpu', ms: c(5_000, 'ubuntu-systemd-analyze') },
    kernelMemoryBytes: c(80 * MB, 'debian-install-requirements'),
    servicesMemoryBytes: c(100 * MB, 'debian-install-requirements'),
    diskBytes: c(1_600 * MB, 'debian-install-requirements'),
    touchesAllMemory: false,
  },
  'alpine-3.20': {
    id: 'alpine-3.20',
    family: 'linux',
    kernelVersion: '6.6.41-0-virt',
    bootloader: { name: 'syslinux', kind: 'wait', ms: c(1_000, 'alpine-install'), },
    kernel: { name: 'kernel', kind: 'cpu', ms: c(1_200, 'alpine-install') },
    init: { name: 'openrc', kind: 'cpu', ms: c(1_500, 'alpine-install') },
    kernelMemoryBytes: c(40 * MB, 'alpine-install'),
    servicesMemoryBytes: c(20 * MB, 'alpine-install'),
    diskBytes: c(150 * MB, 'alpine-install'),
    touchesAllMemory: false,
  },
  'windows-server-2022': {
    id: 'windows-server-2022',
    family: 'windows',
    kernelVersion: '10.0.20348',
    bootloader: { name: 'bootmgr', kind: 'wait', ms: c(3_000, 'windows-server-requirements') },
    kernel: { name: 'kernel', kind: 'cpu', ms: c(10_000, 'windows-server-requirements') },
    init: { name: 'services', kind: 'cpu', ms: c(30_000, 'windows-server-requirements') },
    kernelMemoryBytes: c(300 * MB, 'windows-server-requirements'),
    servicesMemoryBytes: c(700 * MB, 'windows-server-requirements'),
    diskBytes: c(10 * GB, 'windows-server-requirements'),
    // Windows zeroes its free pages, so the host ends up backing every page it was given.
    touchesAllMemory: true,
  },
};
