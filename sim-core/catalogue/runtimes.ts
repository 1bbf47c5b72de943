import type { RuntimeDef } from './types';
import { c, MB } from './cite';

/** OCI runtimes: what a container costs before its app even starts. */
export const RUNTIMES: Record<string, RuntimeDef> = {
  runc: {
    id: 'runc',
    label: 'runc (namespaces + cgroups)',
    create: { name: 'create', kind: 'cpu', ms: c(120, 'runc-startup') },
    start: { name: 'start', kind: 'cpu', ms: c(30, 'runc-startup') },
    sandboxMemoryBytes: c(7 * MB, 'runc-startup'),
    ownKernel: false,
    syscallOverhead: c(0, 'felter-2015'),
    cpuOverhead: c(0, 'felter-2015'),
    ioOverhead: c(0, 'felter-2015'),
  },
  gvisor: {
    id: 'gvisor',
    label: 'gVisor (runsc, user-space kernel)',
    create: { name: 'create', kind: 'cpu', ms: c(150, 'young-hotcloud19') },
    start: { name: 'sentry', kind: 'cpu', ms: c(250, 'young-hotcloud19') },
    sandboxMemoryBytes: c(30 * MB, 'gvisor-performance'),
    ownKernel: true,
    syscallOverhead: c(2.2, 'young-hotcloud19'),
    cpuOverhead: c(0.02, 'gvisor-performance'),
    ioOverhead: c(1, 'young-hotcloud19'),
  },
  kata: {
    id: 'kata',
    label: 'Kata Containers (VM per pod)',
    create: { name: 'create', kind: 'cpu', ms: c(150, 'kata-metrics') },
    start: { name: 'vm-boot', kind: 'wait', ms: c(1_000, 'kata-metrics') },
    sandboxMemoryBytes: c(150 * MB, 'kata-metrics'),
    ownKernel: true,
    syscallOverhead: c(0.05, 'kata-metrics'),
    cpuOverhead: c(0.02, 'kata-metrics'),
    ioOverhead: c(0.3, 'kata-metrics'),
  },
};
