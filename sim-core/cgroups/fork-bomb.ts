/**
 * How far a fork bomb gets. Every copy forks two more until fork() fails with EAGAIN, which
 * the kernel returns at the first limit met: the cgroup's pids.max (docker --pids-limit), then
 * kernel.threads-max and kernel.pid_max for the whole machine. Without a pids limit the bomb
 * takes every task the kernel allows and every other process on that kernel, host daemons
 * included, fails to fork too. kernel.pid_max is 4194304 on 64-bit hosts since systemd 243 (its
 * NEWS: /usr/lib/sysctl.d/50-pid-max.conf raises it from the kernel's 32768), namespaces/pids.ts.
 */
import { DEFAULT_PID_MAX } from '../namespaces/pids';

/**
 * kernel/fork.c set_max_threads(): threads-max = RAM / (8 x THREAD_SIZE); THREAD_SIZE is
 * 16 KiB on x86_64, so one task per 128 KiB of RAM (16 GiB: 131072).
 */
export function threadsMax(ramBytes: number): number {
  return Math.max(20, Math.floor(ramBytes / (8 * 16 * 1024)));
}

export interface ForkBombInput {
  /** The container's pids.max (null: "max", no --pids-limit; a host or VM shell has none). */
  pidsMax: number | null;
  /** Tasks already in the container's cgroup (its processes' threads). */
  tasksInCgroup: number;
  /** Tasks already running on the kernel (every process's threads). */
  tasksOnKernel: number;
  /** RAM of the machine whose kernel runs the shell (MemTotal). */
  kernelRamBytes: number;
  pidMax?: number;
}

export interface ForkBombOutcome {
  /** Copies the bomb made before fork() failed. */
  made: number;
  /** What stopped it. */
  stoppedBy: 'pids.max' | 'threads-max' | 'pid_max';
  /** The limit that stopped it, in tasks. */
  limit: number;
}

export function forkBomb(i: ForkBombInput): ForkBombOutcome {
  const pidMax = i.pidMax ?? DEFAULT_PID_MAX;
  const threads = threadsMax(i.kernelRamBytes);
  // PIDs run from 1 to pid_max - 1 (pid_max itself is never handed out).
  const kernel = threads <= pidMax - 1
    ? { stoppedBy: 'threads-max' as const, limit: threads, room: threads - i.tasksOnKernel }
    : { stoppedBy: 'pid_max' as const, limit: pidMax - 1, room: pidMax - 1 - i.tasksOnKernel };
  if (i.pidsMax !== null && i.pidsMax - i.tasksInCgroup <= kernel.room) {
    return { made: Math.max(0, i.pidsMax - i.tasksInCgroup), stoppedBy: 'pids.max', limit: i.pidsMax };
  }
  return { made: Math.max(0, kernel.room), stoppedBy: kernel.stoppedBy, limit: kernel.limit };
}
