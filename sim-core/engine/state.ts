import type { Scenario, InstanceSpec } from '../scenario/types';
import type { Catalogue } from '../catalogue/types';
import type { HealthStatus, Incident, LogEntry } from './log';
import type { EventQueue } from './queue';
import type { PrngState } from './prng';
import type { UserAction } from './actions';
import type { InstanceState, MemorySample, PhaseSpan } from './view';
import type { OverlayState } from '../unionfs/index';
import type { Changes } from './changes';

/**
 * The whole simulation state: plain, serialisable data (records, arrays, numbers), so a Web
 * Worker can send it and a snapshot can copy it. The hot path mutates it in place (a record
 * after a `touch`, engine/changes.ts); nothing outside sim-core holds a reference into it.
 */

/** Something scheduled on the future event list. */
export type Scheduled =
  /** A timeline or user action due at this time. */
  | { k: 'action'; action: UserAction; cause: string }
  /** A `wait` phase of an instance ends (stale when the instance's generation moved on). */
  | { k: 'phase-end'; name: string; gen: number }
  /** The earliest job on a shared resource may have finished (stale when `gen` moved on). */
  | { k: 'resource'; res: ResourceName; gen: number }
  /** A container engine finished the serialised part of a container's start (engine/daemon.ts). */
  | { k: 'daemon-done'; name: string; gen: number }
  /** A stop asked for earlier is done: the app exited, or its grace ran out (engine/stopping.ts). */
  | { k: 'stop-done'; name: string; gen: number }
  /** A VM's guest reports its free pages to the host (free-page reporting, engine/guest-memory.ts). */
  | { k: 'balloon-report'; name: string; gen: number }
  /** A restart policy's back-off is over: the container starts again (engine/restart.ts). */
  | { k: 'restart-due'; name: string; gen: number }
  /** A healthcheck probe is due (engine/health.ts; stale unless it is the record's next probe). */
  | { k: 'health-probe'; name: string; gen: number; atMs: number }
  /** Compose's 500 ms poll of a held start's dependencies (engine/depends.ts). */
  | { k: 'depends-check'; name: string; gen: number }
  /** A container's main process ends by itself (a `sleep`, hello-world: engine/main-process.ts). */
  | { k: 'main-exit'; name: string; gen: number };

export type ResourceName = 'cpu' | 'net' | 'disk';

/** A job on a processor-sharing resource: a boot phase's CPU work, a layer's download. */
export interface Job {
  id: number;
  /** Virtual time at which it is done (see resources.ts). */
  vFinish: number;
  owner: { kind: 'phase'; instance: string; gen: number } | { kind: 'layer'; layerId: string } | { kind: 'extract'; layerId: string };
}

/**
 * A resource shared by processor sharing. Every job on it progresses at the same rate, so
 * one virtual clock `v` (work done per job since the start) orders all completions: a job
 * added at virtual time v with work w finishes when the clock reaches v + w. Completions
 * cost O(log n) however many jobs share the resource.
 */
export interface PsResource {
  name: ResourceName;
  /** Work units per millisecond the resource delivers in all (cores, or bytes per ms). */
  capacity: number;
  v: number;
  lastMs: number;
  /** Current per-job rate, work units per ms. */
  rate: number;
  /** Min-heap of jobs by (vFinish, id). */
  jobs: Job[];
  /** Ids of jobs cancelled but still in the heap. */
  cancelled: Record<number, true>;
  active: number;
  gen: number;
}

export interface PlannedPhase {
  name: string;
  kind: 'cpu' | 'wait' | 'pull' | 'daemon' | 'io';
  /** cpu: core-ms of work; wait: ms; pull: unused; daemon: ms the engine serves it alone; io: bytes read or written on the host's disk. */
  amount: number;
  /**
   * Work the phase goes on with, in order, once its first part is done (a guest's userspace:
   * disk reads, then CPU work, then waiting on timers and the network; a create's parallel
   * rest after the daemon's serialised part). See engine/phase-steps.ts.
   */
  then?: PlannedStep[];
  /** Guest memory touched once this phase ends (VMs), or memory held (containers). */
  memoryAfterBytes: number;
}

export interface PlannedStep {
  kind: 'cpu' | 'wait' | 'io';
  amount: number;
}

export interface LayerOnHost {
  state: 'absent' | 'downloading' | 'extracting' | 'present';
  /** When it entered that state (the disk figures read how far an extraction has got). */
  sinceMs: number;
  /** Instances waiting in their pull phase for this layer. */
  waiters: string[];
}

/**
 * A container engine (dockerd with containerd) as a server of limited concurrency: the
 * serialised part of each start (image and layer locks, network endpoint, the shim) is served
 * by at most `servers` at once, the rest queue in order (engine/daemon.ts).
 */
export interface DaemonState {
  servers: number;
  /** Instances being served now, with their generation. */
  serving: Record<string, number>;
  busy: number;
  /**
   * Waiting, first come first served, one entry per instance, from `head` on. An entry is
   * never changed once queued (snapshots share them). daemon.ts indexes them by name beside
   * the state.
   */
  queue: Array<{ name: string; gen: number; sinceMs: number }>;
  /**
   * Entries before it were served or dropped: taking the next is O(1) (Array.shift copies a
   * long queue, and 100,000 starts queue at once). The queue is cut down now and then.
   */
  head: number;
}

/**
 * An instance's state. The engine writes its fields in place, each write preceded by a
 * `touch` (engine/changes.ts); its nested values (spec, plan, phases, cpuStat, stopping,
 * upper, restart) are replaced, never mutated, so a shallow copy is a snapshot of it.
 */
export interface InstanceRecord {
  spec: InstanceSpec;
  /** Order it was added in (stable listing). */
  index: number;
  state: InstanceState;
  /** Bumped on every start and stop: scheduled work of an older generation is stale. */
  gen: number;
  /** A start was asked for while its VM was not yet running. */
  pendingStart: boolean;
  startedAtMs: number | null;
  /** When its start was asked for (readyMs counts from here, a wait for its VM included). */
  requestedAtMs: number | null;
  readyMs: number | null;
  /** Replaced with one more span, never mutated (snapshots share it). */
  phases: readonly PhaseSpan[];
  /** Replaced at each start, never mutated (snapshots share it). */
  plan: readonly PlannedPhase[];
  phaseIndex: number;
  /** How many of the current phase's `then` steps have begun. */
  stepIndex: number;
  phaseStartMs: number;
  /** Host memory (or guest memory, for a container in a VM) it holds now. */
  memoryBytes: number;
  /** Memory of its runtime or VMM, included in memoryBytes. */
  overheadBytes: number;
  /** VM: guest kernel and OS services touched so far. Container: its sandbox once started. */
  baseBytes: number;
  /** What the app holds (load events change it). */
  appMemoryBytes: number;
  /** Cores the app wants busy. */
  cpuDemand: number;
  /** Cores it gets now. */
  cpuCores: number;
  /** cgroup limits (containers); VMs use their spec. */
  memoryLimitBytes: number | null;
  cpuLimit: number | null;
  throttled: boolean;
  /** cpu.stat is accounted up to this time (null: not yet running). */
  cpuStatSinceMs: number | null;
  cpuStat: Readonly<{ nrPeriods: number; nrThrottled: number; throttledMs: number }>;
  /** VM: its disk file as allocated. Container: its writable layer. */
  diskBytes: number;
  /** A container's overlay mount: its image's layers under its writable layer (copied before a write changes it). */
  upper: Readonly<OverlayState> | null;
  exitCode: number | null;
  compromised: boolean;
  /** Memory at the moment it stopped (the report shows it for stopped instances). */
  memoryAtStopBytes: number | null;
  /** A stop under way (`docker stop`, `vagrant halt`): since when, and how it will end. */
  stopping: Readonly<{ sinceMs: number; exitCode: number; signal: string; graceExpired: boolean }> | null;
  /**
   * VM: the guest memory the host backs. The host keeps backing a page the guest freed (no
   * balloon free-page reporting by default, as in libvirt/QEMU), so this is the high-water
   * mark of what the guest held, lowered only by free-page reporting (engine/guest-memory.ts).
   */
  guestPeakBytes: number;
  /** VM: its disk file exists (made from its image: engine/vm-image.ts). */
  imageCopied: boolean;
  /** VM: a free-page report is scheduled. */
  balloonReportDue: boolean;
  /** VM: file bytes its guest read or wrote since it started (its page cache holds what RAM allows). */
  guestFileBytes: number;
  /** Container: what its cgroup has in swap (memory.swap.current), beyond memory.max. */
  swapBytes: number;
  /** Container: bytes in its json-file log on the host (kept until the container is removed). */
  logBytes: number;
  /** VM: when the container engine in its guest is up (null: not booted yet). */
  engineReadyAtMs: number | null;
  /** Container: frozen by `docker pause` (still running, its memory kept, no CPU). VM: paused while its state is saved. */
  paused: boolean;
  /** VM: its state being written to the host's disk (`vagrant suspend`): since when, and the state file's size (replaced, never mutated). */
  suspending: Readonly<{ sinceMs: number; bytes: number }> | null;
  /** VM: the size of its saved state file on the host's disk (0: none). */
  savedStateBytes: number;
  /** Container: its restart policy's state (engine/restart.ts), as moby's restart manager keeps it (replaced, never mutated). */
  restart: Readonly<RestartState>;
  /** Container with a healthcheck: its health as moby keeps it (engine/health.ts); null before its first start (replaced, never mutated). */
  health: Readonly<HealthState> | null;
  /** Container: its start held until its dependencies' conditions hold (engine/depends.ts); null otherwise (replaced, never mutated). */
  held: Readonly<{ sinceMs: number; waitingFor: readonly string[] }> | null;
}

/** One probe's result, as `docker inspect` shows it in .State.Health.Log. */
export interface ProbeResult {
  startMs: number;
  endMs: number;
  exitCode: number;
  output: string;
}

/** moby's container.Health: status, failing streak, the last 5 probes; and the monitor's schedule. */
export interface HealthState {
  status: HealthStatus;
  failingStreak: number;
  log: readonly ProbeResult[];
  /** When the monitor began (the container's process started): the start period counts from here. */
  sinceMs: number;
  /** When the next probe runs; null while no monitor runs (stopped, paused). */
  nextProbeMs: number | null;
  /**
   * Healthy and running: every probe from nextProbeMs on succeeds, an interval apart, until the
   * monitor stops, so none is scheduled (a run without `until` still ends); engine/health.ts
   * adds them to the log when it is read or the monitor stops.
   */
  steady: boolean;
}

/** moby's restartmanager: restarts so far, the current back-off, and whether a user's stop cancelled it. */
export interface RestartState {
  count: number;
  /** The back-off before the next restart (0: none yet; 100 ms, doubling, at most 1 min). */
  timeoutMs: number;
  /** `docker stop`/`kill`/`rm` (HasBeenManuallyStopped): no restart until the next start. */
  canceled: boolean;
  /** While it waits to restart ("Restarting (137) 2 seconds ago"): when it will start; null otherwise. */
  dueAtMs: number | null;
}

export interface SimState {
  nowMs: number;
  /** Sequence for the queue's tie-break. */
  seq: number;
  nextJobId: number;
  prng: PrngState;
  queue: EventQueue<Scheduled>;
  /** Events processed so far (stale ones not counted). */
  processed: number;
  host: {
    compromised: boolean;
    baseMemoryBytes: number;
    /**
     * Base plus what every top-level instance holds; kept current by recomputeMemory. Above
     * the host's RAM only while its swap takes the rest (figures/memory.ts splits it).
     */
    memoryUsedBytes: number;
    /** What containers' cgroups have in swap (the sum of their swapBytes). */
    cgroupSwapBytes: number;
    /** The host-level swap last logged (memory/swapped), so growth is logged once. */
    swapLoggedBytes: number;
  };
  instances: Record<string, InstanceRecord>;
  /** Names in the order they were added. */
  order: string[];
  nextIndex: number;
  layers: Record<string, LayerOnHost>;
  /** Container engines by where they run ('host' or a VM's name), created on first use. */
  daemons: Record<string, DaemonState>;
  cpu: PsResource;
  net: PsResource;
  /** The host's disk bandwidth, shared by boot reads and layer extraction (engine/disk-io.ts). */
  disk: PsResource;
  /** Cores each running top-level instance asks for (only those asking any). */
  cpuClaims: Record<string, number>;
  /** Their sum, kept incrementally. */
  cpuClaimTotal: number;
  /** Demands too small to weigh (idle servers), taken off the capacity as one sum. */
  cpuBackground: Record<string, number>;
  cpuBackgroundTotal: number;
  /** Whether the last share computation found more demand than cores. */
  cpuContended: boolean;
  /** Containers whose start is held for their dependencies, in the order they were held (replaced, never mutated). */
  held: readonly string[];
  log: LogEntry[];
  incidents: Incident[];
  memoryHistory: MemorySample[];
}

export interface Simulation {
  scenario: Scenario;
  catalogue: Catalogue;
  state: SimState;
  /** What changed since the last snapshot (engine/changes.ts); absent in a run that never seeks back. */
  changes?: Changes | null;
}
