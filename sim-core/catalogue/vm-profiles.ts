import type { VmProfileDef } from './types';
import { documented, estimate, measured, MB, MiB } from './cite';

const FELTER = 'IBM System x3650 M4, two Intel Xeon E5-2665 (16 cores, 2.4-3.0 GHz), 256 GB RAM; Ubuntu 13.10 (Linux 3.11), KVM with QEMU 1.5 and libvirt 1.1.1, virtio and vhost-net; Docker 1.0';
const FC_SPEC = 'M5D.metal (hyperthreading off) or M6G.metal host; microVM with 1 vCPU and 128 MiB; Firecracker-tuned guest kernel';

/** VM technologies: firmware, device model and what the VMM itself costs on the host. */
export const VM_PROFILES: Record<string, VmProfileDef> = {
  'kvm-qemu': {
    id: 'kvm-qemu',
    label: 'KVM + QEMU (SeaBIOS)',
    hostOs: ['linux'],
    // SeaBIOS POST, PCI probing and the iPXE option ROM; qboot does it in 20 ms, OVMF took 6.9 s.
    firmware: { name: 'firmware', kind: 'wait', ms: estimate(1_000, [20, 7_000],
      'SeaBIOS (QEMU\'s default) probes PCI and runs the iPXE option ROM before the bootloader: between qboot\'s ~20 ms (seabios-qboot) and OVMF\'s 6.9 s on a laptop (mkosi-qemu-boot).', 'seabios-qboot') },
    directKernelBoot: false,
    bootScale: estimate(1, [0.8, 1.2], 'The reference: the guest OS phase times are KVM/QEMU-class figures, so this profile does not scale them.'),
    vmmOverheadBytes: estimate(131 * MB, [20 * MB, 200 * MB],
      'QEMU\'s own resident memory beyond guest RAM: tens of MB for a trimmed microvm machine, 100-200 MB for a q35 machine with default devices; the Firecracker paper (agache-nsdi20) charts QEMU at about this level in its configuration (not re-read for this revision).', 'agache-nsdi20'),
    preallocatesMemory: false,
    cpuOverhead: measured(0.02, 'felter-2015', {
      quote: 'Table I, Linpack (GFLOPS): Native 290.8, Docker 290.9, KVM-untuned 241.3 (-17%), KVM-tuned 284.2 (-2%). "Tuning KVM to pin vCPUs to their corresponding CPUs and expose the underlying cache topology increases performance nearly to par with native."',
      conditions: `${FELTER}; Linpack with Intel MKL on the whole machine; tuned = vCPUs pinned and cache topology exposed`,
      derivation: '1 - 284.2 / 290.8 = 0.023, the tuned figure; untuned is 0.17 (docs/calibration.md, "Figures")',
    }),
    ioOverhead: measured(1, 'felter-2015', {
      quote: 'As we would expect, Docker introduces no overhead but KVM delivers only half as many IOPS because each I/O operation must go through QEMU.',
      conditions: `${FELTER}; fio random 4 KB I/O on an SSD array`,
      derivation: 'half the IOPS = each I/O takes twice as long: +100% (1.0)',
    }),
    networkRttUs: measured(30, 'felter-2015', {
      quote: 'KVM adds 30µs of overhead to each transaction compared to the non-virtualized network stack, an increase of 80%.',
      conditions: `${FELTER}; netperf request-response (100-byte request, 200-byte response) over a direct 10 GbE link`,
    }),
    linuxUtilityVm: false,
  },
  firecracker: {
    id: 'firecracker',
    label: 'Firecracker microVM',
    hostOs: ['linux'],
    firmware: null,
    directKernelBoot: true,
    // The VMM brings its tuned minimal kernel to /sbin/init within its bound; the distro's
    // userspace then runs as on any VMM (issue 10): the VMM does not shorten systemd's units.
    kernelToInit: { name: 'kernel', kind: 'cpu', ms: documented(125, 'firecracker-spec', {
      quote: 'It takes `<= 125 ms` to go from receiving the Firecracker InstanceStart API call to the start of the Linux guest user-space `/sbin/init` process.',
      conditions: `${FC_SPEC}; serial console disabled, minimal kernel and root file system; an upper bound enforced in CI`,
    }) },
    bootScale: estimate(1, [0.9, 1.1],
      'The guest\'s userspace (systemd or OpenRC and their services) does the same work under any VMM; Firecracker\'s bound covers only the kernel up to /sbin/init (firecracker-spec). A full Ubuntu still spends its seconds in userspace.', 'firecracker-spec'),
    vmmOverheadBytes: estimate(3 * MiB, [1 * MiB, 5 * MiB],
      'Firecracker bounds its VMM threads\' memory at <= 5 MiB for a 1 vCPU / 128 MiB microVM (firecracker-spec); the Firecracker paper reports about 3 MB.', 'firecracker-spec'),
    preallocatesMemory: false,
    cpuOverhead: documented(0.05, 'firecracker-spec', {
      quote: 'The compute-only guest CPU performance is `> 95%` of the equivalent bare-metal performance. _`[integration test pending]`_',
      conditions: `${FC_SPEC}; a stated promise whose integration test is pending`,
      derivation: 'the bound: 1 - 0.95',
    }),
    ioOverhead: estimate(0.5, [0.2, 1.5], 'virtio-block through one emulation thread; Firecracker promises up to 1 GiB/s using <= 70% of a core (firecracker-spec, test pending), which bounds throughput more than latency.', 'firecracker-spec'),
    networkRttUs: documented(60, 'firecracker-spec', {
      quote: 'the virtualization layer adds on average `0.06ms` of latency. _`[integration test pending]`_',
      conditions: `${FC_SPEC}; a host core dedicated to the device emulation thread; a stated promise whose integration test is pending`,
      derivation: '0.06 ms = 60 µs',
    }),
    linuxUtilityVm: false,
  },
  virtualbox: {
    id: 'virtualbox',
    label: 'VirtualBox (Vagrant)',
    hostOs: ['linux', 'windows'],
    // The BIOS splash with its F12 boot-menu prompt.
    firmware: { name: 'firmware', kind: 'wait', ms: estimate(3_000, [1_000, 6_000], 'VirtualBox\'s BIOS shows its splash and an F12 boot-menu prompt for a few seconds.') },
    directKernelBoot: false,
    bootScale: estimate(1.2, [1, 2], 'Emulated AHCI and e1000 devices slow the guest\'s probing a little; `vagrant up` of a small Ubuntu box finishes in under a minute (vagrant-boot).', 'vagrant-boot'),
    vmmOverheadBytes: estimate(150 * MB, [80 * MB, 300 * MB], 'VBoxHeadless and its VMM ring-3 parts beyond guest RAM.'),
    preallocatesMemory: true,
    cpuOverhead: estimate(0.05, [0.01, 0.2], 'Hardware-assisted like KVM (2% tuned, 17% untuned in felter-2015), without pinning.', 'felter-2015'),
    ioOverhead: estimate(0.5, [0.2, 1.5], 'Emulated storage controllers; no public measurement against KVM\'s "half the IOPS" under the same conditions.'),
    networkRttUs: estimate(60, [30, 150], 'NAT through VirtualBox\'s user-space network engine costs more than KVM\'s vhost path (30 µs in felter-2015).', 'felter-2015'),
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
    bootScale: estimate(0.3, [0.1, 1], 'A trimmed kernel booted directly and a minimal init (wsl2-memory-reclaim describes the utility VM).', 'wsl2-memory-reclaim'),
    vmmOverheadBytes: estimate(40 * MB, [20 * MB, 150 * MB], 'The vmmem process and VM worker beyond guest memory.'),
    preallocatesMemory: false,
    cpuOverhead: estimate(0.03, [0.01, 0.2], 'Hardware-assisted virtualization with synthetic devices.'),
    ioOverhead: estimate(0.2, [0.1, 1], 'Synthetic (VMBus) storage; 9P shares to Windows files are far slower.'),
    networkRttUs: estimate(30, [20, 100], 'A synthetic NIC through the Hyper-V switch with NAT to the host.'),
    // The same hypervisor runs WSL2's and Docker Desktop's Linux utility VM.
    linuxUtilityVm: true,
  },
};
