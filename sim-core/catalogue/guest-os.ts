import type { GuestOsDef } from './types';
import { documented, estimate, MB } from './cite';

/**
 * Guest operating systems, booted as a full VM. Phase times are for a 2-vCPU KVM guest on an
 * idle host; the VM profile scales them (bootScale) and adds firmware. The public boot
 * measurements disagree by a factor of five (docs/calibration.md, "Where sources disagree"),
 * so most phases are estimates whose ranges span them.
 */
export const GUEST_OSES: Record<string, GuestOsDef> = {
  'ubuntu-22.04': {
    id: 'ubuntu-22.04',
    family: 'linux',
    kernelVersion: '5.15.0-119-generic',
    bootloader: { name: 'grub', kind: 'wait', ms: estimate(2_000, [300, 3_700],
      'systemd-analyze reports 2.1 s in the loader on a physical Ubuntu server (systemd-analyze-ubuntu, not re-read for this revision) and 3.7 s in a QEMU guest (mkosi-qemu-boot); Ubuntu hides the GRUB menu, so a VM without a menu wait takes well under a second more.', 'systemd-analyze-ubuntu') },
    kernel: { name: 'kernel', kind: 'cpu', ms: estimate(2_500, [1_900, 3_100],
      'Two systemd-analyze reports of Ubuntu 22.04 servers give 1.9 s (systemd-analyze-ubuntu) and 3.1 s (ubuntu-slow-boot) in the kernel; the midpoint.', 'ubuntu-slow-boot') },
    // systemd, cloud-init, snapd, networkd-wait-online.
    init: { name: 'systemd', kind: 'cpu', ms: estimate(12_000, [6_200, 37_800],
      'Userspace took 6.2 s on one Ubuntu server (systemd-analyze-ubuntu) and 37.8 s on another before apt-daily-upgrade, snapd and wait-online were fixed (ubuntu-slow-boot); 12 s is a stock server with snapd and cloud-init.', 'ubuntu-slow-boot') },
    kernelMemoryBytes: estimate(90 * MB, [60 * MB, 150 * MB], 'Kernel text, slab and page tables of a -generic kernel in a small VM.'),
    servicesMemoryBytes: estimate(200 * MB, [120 * MB, 350 * MB], 'systemd, journald, snapd, multipathd, cloud-init remnants and sshd on a server image after boot.'),
    diskBytes: estimate(2_600 * MB, [1_800 * MB, 3_000 * MB],
      'The jammy server cloud image downloads as about 0.6 GB (ubuntu-cloud-images) and unpacks to a 2.2 GiB virtual disk that cloud-init grows; the installed system with snaps seeded uses about 2-2.6 GB of it. The listing states file sizes, not usage.', 'ubuntu-cloud-images'),
    bootReadBytes: estimate(200 * MB, [100 * MB, 400 * MB],
      'Kernel, initramfs, systemd and its units, snapd and its seeded snaps, cloud-init\'s Python: a few hundred MB of a ~2 GB image. No source states the bytes read; systemd-analyze blame on slow Ubuntu servers is led by units that read and wait (ubuntu-slow-boot).', 'ubuntu-slow-boot'),
    touchesAllMemory: false,
    shutdownMs: estimate(3_000, [1_000, 90_000], 'systemd stops the units in reverse order and syncs the disks: a few seconds on an idle server; DefaultTimeoutStopSec=90s bounds a unit that hangs.'),
  },
  'debian-12': {
    id: 'debian-12',
    family: 'linux',
    kernelVersion: '6.1.0-25-amd64',
    // Debian keeps GRUB's default 5 s menu timeout.
    bootloader: { name: 'grub', kind: 'wait', ms: documented(5_000, 'grub-manual', {
      quote: "'GRUB_TIMEOUT' Boot the default entry this many seconds after the menu is displayed, unless a key is pressed. The default is '5'.",
      conditions: 'an installer-built Debian keeps GRUB_TIMEOUT=5 in /etc/default/grub; cloud images set it lower',
    }) },
    kernel: { name: 'kernel', kind: 'cpu', ms: estimate(2_000, [1_000, 3_100], 'A Debian -amd64 kernel boots like Ubuntu\'s (1.9-3.1 s in the systemd-analyze reports cited for Ubuntu).') },
    // No snapd or cloud-init: closer to the 6 s end of the userspace range.
    init: { name: 'systemd', kind: 'cpu', ms: estimate(5_000, [2_000, 8_000], 'Without snapd or cloud-init Debian\'s userspace is at the short end of the Ubuntu range (6.2 s in systemd-analyze-ubuntu).') },
    kernelMemoryBytes: estimate(80 * MB, [50 * MB, 130 * MB], 'Kernel text, slab and page tables in a small VM.'),
    servicesMemoryBytes: estimate(100 * MB, [60 * MB, 200 * MB], 'systemd, journald, sshd and cron: fewer services than Ubuntu server.'),
    diskBytes: estimate(1_600 * MB, [1_200 * MB, 2_500 * MB], 'A minimal Debian 12 with the standard system utilities installs to 1.2-2 GB.'),
    bootReadBytes: estimate(100 * MB, [50 * MB, 200 * MB], 'Kernel, initramfs, systemd and a few services, without snapd or cloud-init: about half of what Ubuntu server reads.'),
    touchesAllMemory: false,
    shutdownMs: estimate(2_000, [1_000, 90_000], 'systemd stops a few services and syncs the disks; DefaultTimeoutStopSec=90s bounds a unit that hangs.'),
  },
  'alpine-3.20': {
    id: 'alpine-3.20',
    family: 'linux',
    kernelVersion: '6.6.41-0-virt',
    bootloader: { name: 'extlinux', kind: 'wait', ms: estimate(1_000, [0, 3_000], 'extlinux with a short or zero prompt timeout.') },
    kernel: { name: 'kernel', kind: 'cpu', ms: estimate(1_200, [500, 2_500], 'The -virt kernel has few drivers to probe.') },
    init: { name: 'openrc', kind: 'cpu', ms: estimate(1_500, [500, 4_000], 'OpenRC starts a handful of services in sequence.') },
    kernelMemoryBytes: estimate(40 * MB, [25 * MB, 70 * MB], 'A small -virt kernel.'),
    servicesMemoryBytes: estimate(20 * MB, [10 * MB, 50 * MB], 'busybox init, OpenRC services, sshd, chronyd.'),
    diskBytes: estimate(150 * MB, [100 * MB, 400 * MB], 'A sys-mode Alpine install with the -virt kernel.'),
    bootReadBytes: estimate(20 * MB, [10 * MB, 60 * MB], 'The -virt kernel and initramfs (about 15 MB) plus busybox and OpenRC\'s scripts.'),
    touchesAllMemory: false,
    shutdownMs: estimate(1_000, [300, 10_000], 'OpenRC stops a handful of services in sequence.'),
  },
  'windows-server-2022': {
    id: 'windows-server-2022',
    family: 'windows',
    kernelVersion: '10.0.20348',
    bootloader: { name: 'bootmgr', kind: 'wait', ms: estimate(3_000, [1_000, 10_000], 'Windows Boot Manager, with a menu only when several entries exist.') },
    kernel: { name: 'kernel', kind: 'cpu', ms: estimate(10_000, [5_000, 20_000], 'A Windows VM reaches the logon screen in tens of seconds.') },
    init: { name: 'services', kind: 'cpu', ms: estimate(30_000, [15_000, 90_000], 'Services start until the machine is usable: tens of seconds to a minute.') },
    // Desktop Experience: Microsoft's minimum is 2 GB of RAM for it (a requirement, not usage).
    kernelMemoryBytes: estimate(400 * MB, [300 * MB, 800 * MB],
      'Microsoft requires 2 GB for Desktop Experience (windows-server-requirements), a minimum for the whole system; the kernel and drivers take a few hundred MB of it.', 'windows-server-requirements'),
    servicesMemoryBytes: estimate(1_200 * MB, [800 * MB, 2_000 * MB],
      'The 84 services running after a Desktop Experience install (windows-server-vhd) use around 1-1.5 GB; the 2 GB minimum (windows-server-requirements) bounds the total.', 'windows-server-requirements'),
    diskBytes: estimate(9_470 * MB, [6_120 * MB, 12_000 * MB],
      'Reported as 9.47 GB of VHD after a Desktop Experience install (6.12 GB for Server Core) from the evaluation ISO in VMs with 6 GB RAM, 1 core, on SSD (windows-server-vhd; not re-read for this revision). Updates add gigabytes; Microsoft\'s 32 GB minimum disk is a requirement, not usage.', 'windows-server-vhd'),
    bootReadBytes: estimate(1_000 * MB, [500 * MB, 2_000 * MB], 'The kernel, drivers, the registry hives and the DLLs of 84 services (windows-server-vhd counts them) are read at boot; about a tenth of the 9.47 GB installed.', 'windows-server-vhd'),
    // Windows zeroes its free pages, so the host ends up backing every page it was given.
    touchesAllMemory: true,
    shutdownMs: estimate(15_000, [5_000, 60_000], 'Windows stops its services and writes its state: seconds to tens of seconds.'),
  },
};
