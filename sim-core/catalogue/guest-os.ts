import type { GuestOsDef } from './types';
import { c, MB } from './cite';

/**
 * Guest operating systems, booted as a full VM. Phase times are for a 2-vCPU KVM guest on an
 * idle host (see docs/calibration.md); the VM profile scales them (bootScale) and adds firmware.
 */
export const GUEST_OSES: Record<string, GuestOsDef> = {
  'ubuntu-22.04': {
    id: 'ubuntu-22.04',
    family: 'linux',
    kernelVersion: '5.15.0-119-generic',
    bootloader: { name: 'grub', kind: 'wait', ms: c(2_000, 'systemd-analyze-ubuntu') },
    kernel: { name: 'kernel', kind: 'cpu', ms: c(2_500, 'ubuntu-slow-boot') },
    // systemd, cloud-init, snapd, networkd-wait-online: between 6 s and 38 s in the sources.
    init: { name: 'systemd', kind: 'cpu', ms: c(12_000, 'ubuntu-slow-boot') },
    kernelMemoryBytes: c(90 * MB, 'estimate'),
    servicesMemoryBytes: c(200 * MB, 'estimate'),
    diskBytes: c(2_600 * MB, 'ubuntu-cloud-images'),
    touchesAllMemory: false,
  },
  'debian-12': {
    id: 'debian-12',
    family: 'linux',
    kernelVersion: '6.1.0-25-amd64',
    // Debian keeps GRUB's default 5 s menu timeout.
    bootloader: { name: 'grub', kind: 'wait', ms: c(5_000, 'grub-manual') },
    kernel: { name: 'kernel', kind: 'cpu', ms: c(2_000, 'systemd-analyze-ubuntu') },
    // No snapd or cloud-init: closer to the 6 s end of the userspace range.
    init: { name: 'systemd', kind: 'cpu', ms: c(5_000, 'systemd-analyze-ubuntu') },
    kernelMemoryBytes: c(80 * MB, 'estimate'),
    servicesMemoryBytes: c(100 * MB, 'estimate'),
    diskBytes: c(1_600 * MB, 'estimate'),
    touchesAllMemory: false,
  },
  'alpine-3.20': {
    id: 'alpine-3.20',
    family: 'linux',
    kernelVersion: '6.6.41-0-virt',
    bootloader: { name: 'extlinux', kind: 'wait', ms: c(1_000, 'estimate') },
    kernel: { name: 'kernel', kind: 'cpu', ms: c(1_200, 'estimate') },
    init: { name: 'openrc', kind: 'cpu', ms: c(1_500, 'estimate') },
    kernelMemoryBytes: c(40 * MB, 'estimate'),
    servicesMemoryBytes: c(20 * MB, 'estimate'),
    diskBytes: c(150 * MB, 'estimate'),
    touchesAllMemory: false,
  },
  'windows-server-2022': {
    id: 'windows-server-2022',
    family: 'windows',
    kernelVersion: '10.0.20348',
    bootloader: { name: 'bootmgr', kind: 'wait', ms: c(3_000, 'estimate') },
    kernel: { name: 'kernel', kind: 'cpu', ms: c(10_000, 'estimate') },
    init: { name: 'services', kind: 'cpu', ms: c(30_000, 'estimate') },
    // Desktop Experience: Microsoft's minimum is 2 GB of RAM for it.
    kernelMemoryBytes: c(400 * MB, 'windows-server-requirements'),
    servicesMemoryBytes: c(1_200 * MB, 'windows-server-requirements'),
    diskBytes: c(9_470 * MB, 'windows-server-vhd'),
    // Windows zeroes its free pages, so the host ends up backing every page it was given.
    touchesAllMemory: true,
  },
};
