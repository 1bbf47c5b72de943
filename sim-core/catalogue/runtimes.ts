import type { RuntimeDef } from './types';
import { documented, estimate, measured } from './cite';
import { GVISOR_GCE, GVISOR_IO, GVISOR_PLATFORMS } from './gvisor-platforms';

const KATA_CI = 'Kata CI baseline for QEMU, "values set specifically for Equinix m3.small.x86" (last changed 2025-03-02)';

/** What every runtime pays through dockerd/containerd before its own start (see `create`). */
const engineCreate = () => estimate(250, [150, 500],
  'docker run to process start measured 568 ms on Azure Premium SSD (2 vCPU) and 1157 ms on HDD, namespaces only 8-10 ms (docker-startup-khan, not re-read for this revision); the engine\'s own work (overlay mount, cgroup, veth and bridge, the shim) is most of it.', 'docker-startup-khan');

/**
 * OCI runtimes: what a container costs before its app even starts. `create` is what every
 * runtime pays through dockerd/containerd; `start` is the runtime's own (runc exec, gVisor's
 * Sentry, Kata's VM boot).
 */
export const RUNTIMES: Record<string, RuntimeDef> = {
  runc: {
    id: 'runc',
    label: 'runc (namespaces + cgroups)',
    create: { name: 'create', kind: 'cpu', ms: engineCreate() },
    start: { name: 'start', kind: 'cpu', ms: estimate(50, [10, 100], 'runc exec of the container process after create; the 8-10 ms of namespace setup (docker-startup-khan) plus the shim handshake.', 'docker-startup-khan') },
    // containerd-shim-runc-v2 and the container's own process (a `sleep`, under 1 MB).
    sandboxMemoryBytes: measured(4_092_150, 'gvisor-benchmarks', {
      quote: 'density.csv: runc,density.empty,memory_usage,4092149.76',
      conditions: `${GVISOR_GCE}; 50 containers running \`sleep\`, host memory before and after divided by 50`,
      derivation: 'includes the sleep process itself (under 1 MB); rounded to the byte',
    }),
    ownKernel: false,
    syscallOverhead: estimate(0, [0, 0.05], 'System calls go straight to the host kernel; the default seccomp filter adds tens of nanoseconds to calls of about two microseconds (gvisor-benchmarks: 1939 ns per call under runc in a VM).', 'gvisor-benchmarks'),
    syscallNs: measured(1939, 'gvisor-benchmarks', {
      quote: 'syscall.csv: runc,syscall_time_ns,1939.0',
      conditions: `${GVISOR_GCE}; a raw system call in a loop`,
    }),
    cpuOverhead: measured(0, 'felter-2015', {
      quote: 'Table I, Linpack (GFLOPS): Native 290.8, Docker 290.9. "Performance is almost identical on both Linux and Docker"',
      conditions: 'IBM System x3650 M4, two Xeon E5-2665, 256 GB; Docker 1.0; Linpack with Intel MKL',
    }),
    ioOverhead: measured(0, 'felter-2015', {
      quote: 'As we would expect, Docker introduces no overhead but KVM delivers only half as many IOPS because each I/O operation must go through QEMU.',
      conditions: 'IBM System x3650 M4; fio random 4 KB I/O on an SSD array through a volume (not the union filesystem)',
    }),
  },
  gvisor: {
    id: 'gvisor',
    label: 'gVisor (runsc, user-space kernel)',
    create: { name: 'create', kind: 'cpu', ms: engineCreate() },
    start: { name: 'sentry', kind: 'cpu', ms: estimate(100, [0, 280],
      'gVisor\'s own docker-run benchmark finds runsc as fast as runc end to end (startup.csv: 1144 vs 1193 ms for an empty alpine container, gvisor-benchmarks); runsc create + start alone took 81-280 ms across eight hosts (gvisor-cold-start). The Sentry\'s extra start is tens to a hundred or so ms.', 'gvisor-benchmarks') },
    sandboxMemoryBytes: measured(23_695_032, 'gvisor-benchmarks', {
      quote: 'density.csv: runsc,density.empty,memory_usage,23695032.32',
      conditions: `${GVISOR_GCE}; 50 sandboxes running \`sleep\`, host memory before and after divided by 50`,
      derivation: 'includes the sleep process itself (under 1 MB); runc\'s figure in the same test is 4092149.76',
    }),
    ownKernel: true,
    // The default platform's figure; ./gvisor-platforms.ts has each platform's.
    syscallOverhead: GVISOR_PLATFORMS.systrap.syscallOverhead,
    syscallNs: GVISOR_PLATFORMS.systrap.syscallNs,
    platforms: GVISOR_PLATFORMS,
    ioByPattern: GVISOR_IO,
    cpuOverhead: documented(0, 'gvisor-performance', {
      quote: 'gVisor does not perform emulation or otherwise interfere with the raw execution of CPU instructions by the application. Therefore, there is no runtime cost imposed for CPU operations.',
      conditions: 'any platform; shown with sysbench cpu on the guide\'s GCE n1-standard-4',
    }),
    ioOverhead: measured(0.2, 'gvisor-benchmarks', {
      quote: 'fio.csv: runc,fio.randread,bandwidth,5284864; runsc,fio.randread,bandwidth,4403200',
      conditions: `${GVISOR_GCE}; fio with the sync engine on the persistent disk`,
      derivation: '5284864 / 4403200 - 1 = 0.20 for random reads; random writes 0.56, sequential reads 0.00, sequential writes 0.06 (docs/calibration.md, "Figures")',
    }),
  },
  kata: {
    id: 'kata',
    label: 'Kata Containers (VM per pod)',
    create: { name: 'create', kind: 'cpu', ms: engineCreate() },
    // A lightweight VM per pod: guest kernel plus kata-agent.
    start: { name: 'vm-boot', kind: 'cpu', ms: measured(710, 'kata-metrics', {
      quote: 'name = "boot-times" ... checkvar = ".\\"boot-times\\".Results | .[] | .\\"to-workload\\".Result" checktype = "mean" midval = 0.71',
      conditions: `${KATA_CI}; \`ctr run --rm\` of an Ubuntu image until its first \`date\` (tests/metrics/time/launch_times.sh); Cloud Hypervisor's baseline is 0.39 s`,
      derivation: '0.71 s; ctr has no dockerd network setup, so the whole figure is counted as the runtime\'s start and docker\'s create stays separate',
    }) },
    sandboxMemoryBytes: measured(125_780_378, 'kata-metrics', {
      quote: 'name = "memory-footprint" ... checkvar = ".\\"memory-footprint\\".Results | .[] | .average.Result" checktype = "mean" midval = 122832.40',
      conditions: `${KATA_CI}; 20 busybox containers, PSS (smem) of QEMU + virtiofsd + containerd-shim-kata-v2 averaged per container, in KB`,
      derivation: '122832.40 KB x 1024 = 125,780,378 bytes (about 120 MiB); kata-deploy\'s 160Mi PodOverhead is a scheduling reservation, not this measurement',
    }),
    ownKernel: true,
    syscallOverhead: estimate(0.05, [0, 0.3], 'System calls stay inside the guest kernel; only I/O and VM exits cost more.'),
    cpuOverhead: estimate(0.02, [0, 0.17], 'A KVM guest: 2% tuned, 17% untuned on Linpack (felter-2015); Kata\'s vCPUs are not pinned, but most workloads do not depend on the cache topology Linpack does.', 'felter-2015'),
    ioOverhead: estimate(0.3, [0.1, 1], 'virtio-fs or a block device through QEMU; KVM delivered half the IOPS of native in felter-2015.', 'felter-2015'),
  },
};
