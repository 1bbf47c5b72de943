/**
 * gVisor's platforms (how the Sentry intercepts an application's system calls) and its I/O
 * by access pattern. Raw call costs come from gVisor's own syscall.csv; Systrap, the default
 * since 2023, was published only as charts, so its figures are read off the SVGs' bar
 * lengths and kept as estimates with the range the charts allow.
 */
import type { GvisorPlatform, IoByPattern, RuntimePlatformDef, Cited } from './types';
import { estimate, measured } from './cite';

export const GVISOR_GCE = 'GCE n1-standard-4 (Broadwell), Debian 9 with Linux 4.19, 2048 GB SSD persistent disk; ptrace platform unless stated; numbers published 2020';

/** Figure 4 of "Releasing Systrap": bar lengths (px) of native, Systrap and ptrace per workload. */
const FIGURE_4 = 'website/assets/images/2023-04-28-systrap-sample-workloads.svg, bar lengths in px (native / Systrap / ptrace, shortest to longest): ABSL build 83/127/188, ffmpeg 283/301/313, TensorFlow 328/382/421, Redis 66/94/224';

export const GVISOR_PLATFORMS: Record<GvisorPlatform, RuntimePlatformDef> = {
  systrap: {
    syscallNs: estimate(2570, [2330, 6150],
      'Not in syscall.csv. The Systrap post\'s getpid charts (2023-04-28-getpid-ptrace-vs-systrap-*.svg) draw ptrace 342 px, Systrap 53 px and optimised Systrap 23 px long on one axis: 0.067-0.155 of ptrace, so 2570 ns (0.067 x 38219, the optimised path) to 6150 ns on syscall.csv\'s scale.',
      'gvisor-platforms'),
    syscallOverhead: estimate(0.53, [0.06, 0.53],
      `Work that is system-call heavy (an app's start: opens, stats, reads, mmaps) runs about 1.5x as long. Derived from ${FIGURE_4}: Systrap/native = 1.53 for the file-system-heavy ABSL build, 1.06 for ffmpeg, 1.16 for TensorFlow, 1.42 for Redis.`,
      'gvisor-platforms'),
  },
  kvm: {
    syscallNs: measured(763, 'gvisor-benchmarks', {
      quote: 'syscall.csv: runsc-kvm,syscall_time_ns,763.0',
      conditions: `${GVISOR_GCE}; the KVM platform; a raw system call in a loop (runc on the same machine: 1939 ns)`,
    }),
    syscallOverhead: estimate(0.3, [0, 1.27],
      'The raw call is cheaper than runc\'s on the guide\'s machine (763 vs 1939 ns), but the Sentry still serves each call in user space and file operations cross to the Gofer; gVisor\'s platform guide calls KVM best on bare metal and slower than Systrap inside a VM (nested virtualisation). Between no cost and ptrace\'s 1.27.',
      'gvisor-platforms'),
  },
  ptrace: {
    syscallNs: measured(38219, 'gvisor-benchmarks', {
      quote: 'syscall.csv: runsc,syscall_time_ns,38219.0',
      conditions: `${GVISOR_GCE}; the ptrace platform (runsc's default when the data was taken); a raw system call in a loop`,
      derivation: '19.7x runc\'s 1939 ns on the same machine',
    }),
    syscallOverhead: estimate(1.27, [0.11, 2.39],
      `Derived from ${FIGURE_4}: ptrace/native = 2.27 for the ABSL build (used here: an app's start is file-system heavy), 1.11 for ffmpeg, 1.28 for TensorFlow, 3.39 for Redis.`,
      'gvisor-platforms'),
  },
};

const fio = (method: string, runc: number, runsc: number): Cited => measured(Math.max(0, Math.round((runc / runsc - 1) * 1000) / 1000), 'gvisor-benchmarks', {
  quote: `fio.csv: runc,fio.${method},bandwidth,${runc}; runsc,fio.${method},bandwidth,${runsc}`,
  conditions: `${GVISOR_GCE}; fio with the sync engine on the persistent disk`,
  derivation: `${runc} / ${runsc} - 1, the extra time for the same bytes${runc < runsc ? ' (runsc measured slightly faster: no slowdown)' : ''}`,
});

/** gVisor's fio results: random I/O pays the Gofer round trips, sequential I/O hardly any. */
export const GVISOR_IO: IoByPattern<Cited> = {
  randomRead: fio('randread', 5284864, 4403200),
  randomWrite: fio('randwrite', 107758592, 69161984),
  sequentialRead: fio('read', 252253184, 252323840),
  sequentialWrite: fio('write', 457767936, 431845376),
};

/** The platform a gVisor container runs on: the option, else gVisor's default. */
export function gvisorPlatformOf(option: GvisorPlatform | undefined): GvisorPlatform {
  return option ?? 'systrap';
}
