import type { Incident } from './log';
import type { HostDiskBreakdown } from '../figures/disk';

/**
 * `saved`: a VirtualBox VM suspended (`vagrant suspend`, VBoxManage savestate): its memory is
 * in a state file on the host's disk, no VM process runs and it holds no host RAM.
 */
export type InstanceState = 'created' | 'booting' | 'running' | 'exited' | 'failed' | 'saved';

/** A startup phase's span on the simulated clock. */
export interface PhaseSpan {
  name: string;
  startMs: number;
  endMs: number;
}

/** What the page draws each frame: a plain, serialisable snapshot derived from the state. */
export interface InstanceView {
  name: string;
  kind: 'vm' | 'container';
  state: InstanceState;
  /** Name of the startup phase in progress, if booting. */
  phase: string | null;
  /** Finished phases, and the one in progress with `endMs` equal to now. */
  phases: PhaseSpan[];
  readyMs: number | null;
  /** Host memory it holds now. */
  memoryBytes: number;
  /** cgroup memory.max (containers) or configured RAM (VMs); null: unlimited. */
  memoryLimitBytes: number | null;
  /** Cores it is using now. */
  cpuCores: number;
  /** cgroup CPU quota in cores (containers) or vCPUs (VMs); null: unlimited. */
  cpuLimit: number | null;
  throttled: boolean;
  diskBytes: number;
  imageBytes: number;
  /** Which kernel its system calls reach: `host`, a VM's name, or its own name. */
  kernel: string;
  /** `host` or the VM it runs in. */
  in: string;
  compromised: boolean;
  exitCode: number | null;
  /** VM: profile; container: runtime. */
  technology: string;
  /** VM: guest OS; container: image. */
  software: string;
}

export interface HostView {
  cpus: number;
  memoryTotalBytes: number;
  /** RAM in use (never above the total; the rest is in swap). */
  memoryUsedBytes: number;
  /** The host's swap, and what is in it (figures/memory.ts). */
  swapTotalBytes: number;
  swapUsedBytes: number;
  /** The host's own kernel and OS. */
  baseMemoryBytes: number;
  diskTotalBytes: number;
  /** The disk the instances take: `disk.totalBytes`. */
  diskUsedBytes: number;
  /** What fills it, the one breakdown every place that shows the host's disk reads. */
  disk: HostDiskBreakdown;
  cpuBusyCores: number;
  compromised: boolean;
}

export interface SimView {
  nowMs: number;
  host: HostView;
  instances: InstanceView[];
  incidents: Incident[];
  logLength: number;
  /** Time of the next scheduled event, null when nothing is left to happen. */
  nextEventMs: number | null;
}

/** One point of the memory history: from `atMs` on, `name` holds `bytes` on the host. */
export interface MemorySample {
  atMs: number;
  name: string;
  bytes: number;
  /** For a container inside a VM: that VM (its bytes are part of the VM's on the host). */
  in?: string;
}
