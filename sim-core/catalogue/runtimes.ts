import type { RuntimeDef } from './types';
import { c, MB, MiB } from './cite';

/**
 * OCI runtimes: what a container costs before its app even starts. `create` covers what
 * every runtime pays through dockerd/containerd (overlay mount, cgroup, network namespace
 * and veth): docker run measures 0.3-0.6 s end to end on SSDs, namespaces only ~10 ms.
 */
export const RUNTIMES: Record<string, RuntimeDef> = {
  runc: {
    id: 'runc',
    label: 'runc (namespaces + cgroups)',
    create: { name: 'create', kind: 'cpu', ms: c(250, 'docker-startup-khan') },
    start: { name: 'start', kind: 'cpu', ms: c(50, 'docker-startup-khan') },
    // containerd-shim-runc-v2 per container.
    sandboxMemoryBytes: c(7 * MB, 'estimate'),
    ownKernel: false,
    syscallOverhead: c(0, 'felter-2015'),
    cpuOverhead: c(0, 'felter-2015'),
    ioOverhead: c(0, 'felter-2015'),
  },
  gvisor: {
    id: 'gvisor',
    label: 'gVisor (runsc, user-space kernel)',
    create: { name: 'create', kind: 'cpu', ms: c(250, 'docker-startup-khan') },
    // runsc create + start: 81-280 ms across eight hosts.
    start: { name: 'sentry', kind: 'cpu', ms: c(200, 'gvisor-cold-start') },
    sandboxMemoryBytes: c(30 * MB, 'gvisor-performance'),
    ownKernel: true,
    // Each intercepted system call costs about twice as much (KVM platform; far more on ptrace).
    syscallOverhead: c(1.2, 'young-hotcloud19'),
    cpuOverhead: c(0.02, 'gvisor-performance'),
    ioOverhead: c(1, 'young-hotcloud19'),
  },
  kata: {
    id: 'kata',
    label: 'Kata Containers (VM per pod)',
    create: { name: 'create', kind: 'cpu', ms: c(250, 'docker-startup-khan') },
    // A lightweight VM per pod: guest kernel plus kata-agent. Kata 1.x took 2.2 s end to end.
    start: { name: 'vm-boot', kind: 'cpu', ms: c(800, 'kata-metrics') },
    sandboxMemoryBytes: c(160 * MiB, 'kata-pod-overhead'),
    ownKernel: true,
    syscallOverhead: c(0.05, 'estimate'),
    cpuOverhead: c(0.02, 'firecracker-spec'),
    ioOverhead: c(0.3, 'estimate'),
  },
};
