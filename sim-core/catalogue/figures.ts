/**
 * Cited figures for the engine's mechanisms and the page's notes, each with what it is for.
 * The engine reads them by id (catalogue/figure.ts); docs/calibration.md lists them under
 * "Figures".
 */
import type { Cited, Figure } from './types';
import { documented, estimate, GB, KiB, MB, measured, MiB } from './cite';


const FC = 'M5D.metal (hyperthreading off) or M6G.metal; microVM with 1 vCPU and 128 MiB, Firecracker-tuned kernel';
const KATA = 'Kata CI baseline, "values set specifically for Equinix m3.small.x86" (tests/metrics, last changed 2025-03-02)';
const GV = 'gVisor Performance Guide data: GCE n1-standard-4, Debian 9 (Linux 4.19), ptrace platform unless named';
const FELTER = 'IBM System x3650 M4 (two Xeon E5-2665, 256 GB), Ubuntu 13.10, KVM/QEMU 1.5 with virtio and vhost, Docker 1.0';

const f = (id: string, what: string, unit: Figure['unit'], value: Cited, usedFor: string): Figure => ({ id, what, unit, value, usedFor });

export const FIGURES: Figure[] = [
  // --- Firecracker ---
  f('firecracker-vmm-memory', 'Firecracker: VMM threads\' memory overhead', 'bytes', documented(5 * MiB, 'firecracker-spec', {
    quote: 'Firecracker\'s virtual machine manager threads have a memory overhead `<= 5 MiB`.',
    conditions: `${FC}; depends on workload (vsock connections) and configuration (MMDS not included); an upper bound`,
  }), 'The upper bound of vmProfiles.firecracker.vmmOverheadBytes.'),
  f('firecracker-vmm-start', 'Firecracker: VMM process up to API socket', 'ms', documented(8, 'firecracker-spec', {
    quote: 'The Firecracker virtual machine manager starts (up to API socket availability) within `8 CPU ms` ... The wall-clock time has a large standard deviation, spanning `6 ms to 60 ms`, with typical durations around `12 ms`.',
    conditions: `${FC}; CPU ms of the user-space thread`,
  }), 'The VMM\'s own start before the guest kernel.'),
  // --- Kata ---
  f('kata-qemu-to-workload', 'Kata (QEMU): ctr run to the workload\'s first instruction', 'ms', measured(710, 'kata-metrics', {
    quote: 'boot-times ... "to-workload" ... midval = 0.71', conditions: `${KATA}; Ubuntu image, one container at a time`,
  }), 'runtimes.kata.start.'),
  f('kata-clh-to-workload', 'Kata (Cloud Hypervisor): ctr run to workload', 'ms', measured(390, 'kata-metrics', {
    quote: 'checkmetrics-json-clh-kata-metric8.toml: boot-times ... midval = 0.39', conditions: KATA,
  }), 'A Kata variant on a lighter VMM.'),
  f('kata-qemu-pss', 'Kata (QEMU): PSS per pod (hypervisor + virtiofsd + shim)', 'bytes', measured(Math.round(122_832.40 * KiB), 'kata-metrics', {
    quote: 'memory-footprint ... .average.Result ... midval = 122832.40', conditions: `${KATA}; 20 busybox containers, smem PSS in KB`,
  }), 'runtimes.kata.sandboxMemoryBytes.'),
  f('kata-clh-pss', 'Kata (Cloud Hypervisor): PSS per pod', 'bytes', measured(Math.round(127_220.25 * KiB), 'kata-metrics', {
    quote: 'checkmetrics-json-clh-kata-metric8.toml: memory-footprint ... midval = 127220.25', conditions: KATA,
  }), 'A Kata variant on a lighter VMM.'),
  // --- gVisor ---
  f('gvisor-startup-runc', 'docker run of an empty alpine container (true), runc', 'ms', measured(1193.1, 'gvisor-benchmarks', {
    quote: 'startup.csv: runc,startup.empty,startup_time_ms,1193.10768', conditions: `${GV}; through Docker`,
  }), 'The baseline gVisor\'s start is compared with.'),
  f('gvisor-startup-runsc', 'docker run of an empty alpine container (true), runsc', 'ms', measured(1144.2, 'gvisor-benchmarks', {
    quote: 'startup.csv: runsc,startup.empty,startup_time_ms,1144.1775', conditions: `${GV}; through Docker`,
  }), 'gVisor starts as fast as runc through Docker: runtimes.gvisor.start stays small.'),
  f('gvisor-density-node-runsc', 'Memory per sandbox running a small node app, runsc', 'bytes', measured(124_076_605, 'gvisor-benchmarks', {
    quote: 'density.csv: runsc,density.node,memory_usage,124076605.44 (runc: 76709888.0)', conditions: `${GV}; 50 containers, host memory delta / 50`,
  }), 'Sentry memory grows with the app\'s use of kernel objects: about 47 MB more than runc for node.'),
  f('gvisor-syscall-ptrace', 'Raw system call, runsc on the ptrace platform', 'ns', measured(38_219, 'gvisor-benchmarks', {
    quote: 'syscall.csv: runsc,syscall_time_ns,38219.0 (runc: 1939.0)', conditions: `${GV}`,
  }), 'Per-platform syscall cost (ptrace).'),
  f('gvisor-syscall-kvm', 'Raw system call, runsc on the KVM platform', 'ns', measured(763, 'gvisor-benchmarks', {
    quote: 'syscall.csv: runsc-kvm,syscall_time_ns,763.0', conditions: `${GV}; KVM platform`,
  }), 'Per-platform syscall cost (KVM).'),
  f('gvisor-syscall-systrap', 'Raw system call, runsc on the systrap platform', 'ns', estimate(5_000, [763, 38_219],
    'Systrap (default since mid-2023) is much faster than ptrace but above KVM; the Systrap release post charts getpid on a GCE n2-standard-4 without printing numbers (gvisor-platforms).', 'gvisor-platforms'),
  'Per-platform syscall cost (systrap).'),
  f('gvisor-seq-read-slowdown', 'fio sequential read, runsc vs runc', 'ratio', measured(0, 'gvisor-benchmarks', {
    quote: 'fio.csv: runc,fio.read,bandwidth,252253184; runsc,fio.read,bandwidth,252323840', conditions: `${GV}; sync engine, persistent disk`,
    derivation: 'runc / runsc - 1 = -0.0003, i.e. 0',
  }), 'Sequential I/O through gVisor costs nothing measurable.'),
  f('gvisor-seq-write-slowdown', 'fio sequential write, runsc vs runc', 'ratio', measured(0.06, 'gvisor-benchmarks', {
    quote: 'fio.csv: runc,fio.write,bandwidth,457767936; runsc,fio.write,bandwidth,431845376', conditions: `${GV}; sync engine`,
    derivation: '457767936 / 431845376 - 1 = 0.06',
  }), 'Sequential writes.'),
  f('gvisor-rand-write-slowdown', 'fio random write, runsc vs runc', 'ratio', measured(0.56, 'gvisor-benchmarks', {
    quote: 'fio.csv: runc,fio.randwrite,bandwidth,107758592; runsc,fio.randwrite,bandwidth,69161984', conditions: `${GV}; sync engine`,
    derivation: '107758592 / 69161984 - 1 = 0.56',
  }), 'Random writes: where gVisor\'s file system costs most (random reads: runtimes.gvisor.ioOverhead, 0.20).'),
  // --- The container engine under a burst of starts ---
  f('dockerd-start', 'The container engine\'s own start in a freshly booted guest (containerd, then dockerd until it serves its API)', 'ms', estimate(2_000, [1_000, 10_000],
    'One journal (moby-34500) shows containerd up within a second of systemd starting docker.service and dockerd loading containers 2 s after; Docker\'s unit is ordered after network-online.target, so it finishes after the guest\'s other services. Hosts with many images or iptables rules take far longer (moby issue 45143).', 'moby-34500'),
  'A container started in a VM waits for this after its VM is ready (readyMs counts it).'),
  f('docker-stop-grace', 'docker stop: time between the stop signal and SIGKILL', 'ms', documented(10_000, 'docker-stop-manpage', {
    quote: '-t, --time=10 Seconds to wait for stop before killing it',
    conditions: 'docker stop without -t (Docker 18.09\'s manual page; the current reference says "The main process inside the container will receive SIGTERM, and after a grace period, SIGKILL")',
    derivation: '10 s = 10,000 ms',
  }), 'An app that ignores its stop signal exits 137 this long after `docker stop`.'),
  f('docker-start-alone', 'docker run --rm alpine /bin/true with nothing else starting', 'ms', measured(603, 'moby-42096', {
    quote: 'When running without the other containers starting at the same time, I got: real 0m0.603s', conditions: 'Ryzen 9 3950X (16 cores, 32 threads), Docker as of Feb 2021',
  }), 'The uncontended start the burst figures compare with.'),
  f('docker-start-under-burst', 'The same docker run while 32 others start', 'ms', measured(7_399, 'moby-42096', {
    quote: 'In my case, when running `/bin/true` with 32 other containers starting at the same time, I got: real 0m7.399s', conditions: 'Ryzen 9 3950X; `parallel -j32 -N0 docker run --rm alpine /bin/true ::: {1..100}` in another terminal',
  }), 'Starts queue in the daemon: 32 ahead cost ~6.8 s, ~0.2 s each, on 32 idle threads.'),
  f('docker-burst-throughput', 'Containers created and started per second, 100 in flight', 'per-second', measured(7.4, 'docker-for-linux-121', {
    quote: 'Most of the time, the 500 containers would be activated in 60 to 75 seconds.', conditions: 'Azure D4_v2 (8 vCPU); REST API create + start, at most 100 concurrent activations; Docker 17.x (2017)',
    derivation: '500 / 67.5 s = 7.4 per second (6.7-8.3)',
  }), 'The daemon as a resource of limited concurrency: a burst drains at a few per second whatever the core count.'),
  f('docker-start-serial-cost', 'Serialised daemon work per container start', 'ms', estimate(150, [100, 250],
    'From moby-42096, 32 queued starts added 6.8 s (~0.21 s each); from docker-for-linux-121, 500 starts drained at 6.7-8.3 per second (0.12-0.15 s each). Image and layer locks, network endpoint creation (libnetwork locks, moby PR 44887) and the shim are the serialised parts.', 'moby-42096'),
  'Per-start service time of the daemon resource.'),
  f('docker-start-concurrency', 'How many starts the daemon advances at once', 'count', estimate(1, [1, 4],
    'Throughput stays near 7 per second on 8 vCPU (docker-for-linux-121) and the 32-thread host gets ~5 per second (moby-42096): the serialised section behaves as one to a few servers, not one per core. With --network host 64 starts spread over 2-2.5 s instead of 5-15 s (moby-42096 comments), so network setup is much of it.', 'docker-for-linux-121'),
  'Servers of the daemon resource.'),
  // --- VM boot is mostly waiting ---
  f('vm-userspace-wait-share', 'Share of a distro\'s userspace boot spent waiting (disk, timers, network)', 'ratio', estimate(0.7, [0.5, 0.9],
    'systemd-analyze blame on slow Ubuntu servers is led by apt-daily-upgrade, snapd seeding and systemd-networkd-wait-online (ubuntu-slow-boot): units that wait on disk reads, timers and the network rather than compute.', 'ubuntu-slow-boot'),
  'Splitting the guest init phase into a CPU part and a wait part.'),
  f('host-disk-sata-ssd', 'Sequential bandwidth of a SATA SSD', 'per-second', estimate(520 * MB, [400 * MB, 560 * MB], 'SATA 6 Gb/s carries at most ~600 MB/s; consumer SATA SSDs read 500-560 MB/s.'),
  'Host disk bandwidth as a shared resource (boot reads, image extraction, VM image copies).'),
  f('host-disk-nvme', 'Sequential bandwidth of an NVMe SSD', 'per-second', estimate(3 * GB, [1.5 * GB, 7 * GB], 'PCIe 3.0 x4 drives read ~3.5 GB/s, PCIe 4.0 ~7 GB/s; writes are lower.'),
  'Host disk bandwidth on a developer laptop.'),
  f('host-disk-hdd', 'Sequential bandwidth of a 7200 rpm hard disk', 'per-second', estimate(150 * MB, [80 * MB, 250 * MB], 'Outer tracks ~200 MB/s, inner ~100 MB/s; random I/O far less.'),
  'Host disk bandwidth on a spinning disk (docker-startup-khan measured docker run at 1157 ms on HDD vs 568 ms on SSD).'),
  // --- Network and CPU overheads, Felter et al. ---
  f('docker-nat-rtt-added', 'Round-trip latency Docker\'s NAT adds', 'µs', measured(37.5, 'felter-2015', {
    quote: 'NAT, as used in Docker, doubles latency in this test. KVM adds 30µs of overhead to each transaction compared to the non-virtualized network stack, an increase of 80%.',
    conditions: `${FELTER}; netperf request-response, 100-byte request, 200-byte response, over a direct 10 GbE link`,
    derivation: 'KVM\'s 30 µs is 80% of native, so native is 37.5 µs; doubling adds 37.5 µs, more than KVM\'s 30 µs',
  }), 'The bridge network\'s per-round-trip cost for a published port.'),
  f('docker-host-net-rtt-added', 'Round-trip latency --network host adds', 'µs', measured(0, 'felter-2015', {
    quote: 'Containers that do not use NAT have identical performance to native Linux.', conditions: `${FELTER}; nuttcp and netperf`,
  }), '--network host adds nothing.'),
  f('kvm-cpu-untuned', 'KVM CPU slowdown without pinning or exposed topology (Linpack)', 'ratio', measured(0.17, 'felter-2015', {
    quote: 'Table I, Linpack (GFLOPS): Native 290.8, KVM-untuned 241.3 (-17%)', conditions: `${FELTER}; Linpack with Intel MKL on all cores`,
    derivation: '1 - 241.3 / 290.8 = 0.17',
  }), 'A VM option: pinned vs default vCPUs (vmProfiles["kvm-qemu"].cpuOverhead is the tuned 0.02).'),
  f('kvm-iops-fraction', 'KVM random-I/O throughput as a fraction of native', 'ratio', measured(0.5, 'felter-2015', {
    quote: 'As we would expect, Docker introduces no overhead but KVM delivers only half as many IOPS because each I/O operation must go through QEMU.',
    conditions: `${FELTER}; fio random 4 KB I/O on an SSD array`,
  }), 'I/O-bound work in a KVM guest (ioOverhead 1.0 = twice the time per I/O).'),
  // --- The textbook's VM vs a cloud image ---
  f('textbook-vm-boot-low', 'Textbook: a VM starts in 1-5 minutes (low end)', 'ms', documented(60_000, 'textbook-seed', {
    quote: 'VM: 1-5 minutes, GB of memory, tens of GB of disk', conditions: 'no conditions stated; an installer-built system with a desktop, or a first `vagrant up` that downloads its box, fits it',
    derivation: '1 minute',
  }), 'What the page says beside the model\'s VM boot so a teacher can reconcile them.'),
  f('textbook-vm-boot-high', 'Textbook: a VM starts in 1-5 minutes (high end)', 'ms', documented(300_000, 'textbook-seed', {
    quote: 'VM: 1-5 minutes, GB of memory, tens of GB of disk', conditions: 'no conditions stated; an installer-built system with a desktop, or a first `vagrant up` that downloads its box, fits it', derivation: '5 minutes',
  }), 'As above.'),
  f('desktop-install-disk', 'Disk an installer-built Ubuntu Desktop asks for', 'bytes', documented(25 * GB, 'ubuntu-desktop-requirements', {
    quote: '25 GB of hard-drive space', conditions: 'Ubuntu Desktop recommended system requirements',
  }), 'The textbook\'s "tens of GB of disk" against a server cloud image\'s ~2 GB (guestOses["ubuntu-22.04"].diskBytes).'),
  f('desktop-install-memory', 'Memory an installer-built Ubuntu Desktop asks for', 'bytes', documented(4 * GB, 'ubuntu-desktop-requirements', {
    quote: '4 GB system memory', conditions: 'Ubuntu Desktop recommended system requirements',
  }), 'The textbook\'s "GB of memory" against a server guest holding ~0.3 GB after boot.'),
  f('vagrant-box-download', 'A Vagrant Ubuntu box downloaded on the first vagrant up', 'bytes', estimate(600 * MB, [400 * MB, 1_200 * MB],
    'Vagrant boxes of Ubuntu server releases are packaged VM disks of several hundred MB; on a 50 Mb/s link the download alone takes a minute or more.'),
  'Why a first `vagrant up` takes minutes though the boot itself takes under one (vagrant-boot).'),
  // --- Guest memory: free-page reporting, page cache, swap ---
  f('free-page-reporting-delay', 'Free-page reporting: delay before a guest reports pages it freed', 'ms', documented(2_000, 'linux-page-reporting', {
    quote: '#define PAGE_REPORTING_DELAY	(2 * HZ)',
    conditions: 'a Linux guest with a virtio-balloon device that has free-page reporting on (QEMU free-page-reporting=on); HZ ticks make one second',
    derivation: '2 * HZ = 2 s = 2,000 ms',
  }), 'With a VM\'s `balloon: free-page-reporting`, its host memory falls this long after its guest frees memory.'),
  f('free-page-reporting-block', 'Free-page reporting: smallest free block reported', 'bytes', documented(2 * MiB, 'linux-page-reporting', {
    quote: '#define PAGE_REPORTING_MIN_ORDER pageblock_order (page_reporting_order defaults to it)',
    conditions: 'x86-64 with 4 KiB pages, where pageblock_order is 9',
    derivation: '2^9 pages × 4 KiB = 2 MiB',
  }), 'Only whole free blocks go back to the host; a guest that freed less keeps it backed.'),
  f('free-page-reporting-default', 'Free-page reporting in QEMU\'s virtio-balloon, unless asked for', 'count', documented(0, 'qemu-virtio-balloon', {
    quote: 'DEFINE_PROP_BIT("free-page-reporting", VirtIOBalloon, host_features, VIRTIO_BALLOON_F_REPORTING, false)',
    conditions: 'QEMU\'s virtio-balloon device; libvirt turns it on with <memballoon model=\'virtio\' freePageReporting=\'on\'/>',
    derivation: 'false: 0, off',
  }), 'A VM\'s `balloon:` is `none` unless the scenario says `free-page-reporting`.'),
  f('guest-page-cache', 'A guest\'s page cache: the file data it read or wrote, kept in RAM it does not otherwise use', 'ratio', estimate(1, [0.5, 1],
    'The kernel keeps file pages cached until memory is needed and reclaims them first (linux-mm-concepts); the model keeps every file byte the guest touched (boot reads, layers pulled inside it, writes) up to its free RAM. Readahead adds to it and LRU ageing or dirty write-back limits take from it, so the real cache is between half and all of that.', 'linux-mm-concepts'),
  'The guest\'s buff/cache in `free` and the part of a VM\'s host memory its cache makes.'),
  f('docker-default-swap', 'Swap a container may use when --memory is set and --memory-swap is not', 'ratio', documented(1, 'docker-memory-swap', {
    quote: 'If --memory-swap is unset, and --memory is set, the container can use as much swap as the --memory setting, if the host container has swap memory configured.',
    conditions: 'a host with swap; cgroup memory.swap.max = --memory-swap minus --memory',
    derivation: 'swap = 1 × --memory (memory and swap together: twice --memory)',
  }), 'A container with a memory limit swaps up to as much again before its cgroup\'s OOM killer acts, where the host has swap.'),
  // --- VM images on the host's disk ---
  f('vagrant-box-import', 'vagrant up (VirtualBox): the new machine\'s disk as a share of its box\'s image', 'ratio', documented(1, 'vagrant-virtualbox-config', {
    quote: 'By default new machines are created by importing the base box. For large boxes this produces a large overhead in terms of time (the import operation) and space (the new machine contains a copy of the base box\'s image).',
    conditions: 'Vagrant\'s VirtualBox provider without linked_clone; the box stays in ~/.vagrant.d/boxes',
    derivation: 'a whole copy: 1 × the box\'s image (guestOses[*].diskBytes)',
  }), 'A VirtualBox VM\'s first start copies its box through the shared host disk (the "import box" phase); the host keeps the box and the copy.'),
  f('qemu-user-slowdown', 'CPU work of a binary for another architecture under qemu-user (binfmt_misc) against native', 'ratio', estimate(5, [2, 20],
    'QEMU user-mode emulation translates every guest instruction (TCG dynamic binary translation) and each system call; Docker\'s multi-platform documentation warns it is much slower than native, especially for compute-heavy work. No measurement under stated conditions gives one factor: several times slower is typical, from about 2x for system-call-bound work to 10-20x for tight compute loops.'),
  'A container whose image is for another architecture (`docker run --platform linux/arm64` on an amd64 host): its start and its CPU work take this much longer.'),
];
