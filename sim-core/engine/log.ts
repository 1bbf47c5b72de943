/**
 * The append-only event log: every state change, in order. The runner and the UI narrate
 * from it. Types are past tense (`instance/phase-started`, `oom/killed`); each type has its
 * own data, so a narrator that switches on `type` reads typed facts and the compiler tells
 * it when a type is missing.
 */
import type { ExploitKind } from '../scenario/types';
import type { UserAction } from './actions';

/** moby's health statuses (api/types/container: Starting, Healthy, Unhealthy). */
export type HealthStatus = 'starting' | 'healthy' | 'unhealthy';

/** The facts each log type carries, by type. */
export interface LogDataMap {
  'instance/added': { kind: 'vm' | 'container' };
  /** Its startup plan, phase names in order. */
  'instance/starting': { phases: string[] };
  'instance/phase-started': { phase: string };
  'instance/phase-ended': { phase: string; ms: number };
  'instance/ready': { readyMs: number };
  /** `reason`: why it stopped when it did not stop on its own (its VM stopped). */
  /** `signal`: what ended it (its stop signal, SIGKILL after the grace, an ACPI shutdown); `ms`: since the stop was asked. */
  'instance/stopped': { exitCode: number; reason?: string; signal?: string; ms?: number };
  /** A write to a path the image links to stdout/stderr went to the container's json-file log. */
  'container/logged': { path: string; stream: 'stdout' | 'stderr'; bytes: number; logBytes: number };
  /** A stop was asked: the signal sent, Docker's grace when the app ignores it, and when it will be stopped. */
  'instance/stopping': { signal: string; graceMs: number | null; expectedMs: number };
  'instance/killed': { signal: 'SIGKILL'; reason: string; exitCode: number };
  'instance/removed': Record<string, never>;
  /** Its restart policy brings it back after `delayMs` (moby's back-off): the `attempt`th restart since the user started it. */
  'instance/restarting': { policy: string; attempt: number; delayMs: number; exitCode: number };
  /** `docker pause` / `unpause`: frozen (memory kept, no CPU) or thawed. */
  'instance/paused': Record<string, never>;
  'instance/unpaused': Record<string, never>;
  /** `vagrant suspend`: the VM is paused and its memory is being written to a state file of `stateBytes`, done in about `expectedMs`. */
  'instance/suspending': { stateBytes: number; expectedMs: number };
  /** Its state file is written (`ms` after the suspend was asked): no VM process, no host RAM. */
  'instance/suspended': { stateBytes: number; ms: number };
  /** `vagrant resume`: the VM reads its state file back (no boot). */
  'instance/resuming': { stateBytes: number };
  'instance/start-failed': { reason: string };
  /** What the app holds and wants from now on; null: unchanged. */
  'instance/load-changed': { memoryBytes: number | null; cpu: number | null };
  'container/waiting-for-vm': { vm: string };
  /** Its healthcheck's status changed (engine/health.ts): `starting` when the monitor begins, then `healthy` or `unhealthy`. */
  'instance/health': { status: HealthStatus; failingStreak: number };
  /** Its start is held until each dependency's condition holds (`db (healthy)`), as `docker compose up` waits. */
  'container/waiting-for-dependencies': { waitingFor: string[] };
  /** Its dependencies' conditions hold; `skipped`: optional dependencies that failed (Compose's warning), its start goes on. */
  'container/dependencies-met': { dependencies: string[]; skipped: string[] };
  /** A required dependency cannot hold, in Compose's words (`dependency failed to start: container db is unhealthy`): it stays created. */
  'container/dependency-failed': { reason: string; dependency: string };
  'oom/killed': OomKilledData;
  'cgroup/throttled': { wants: number; quota: number };
  'cgroup/unthrottled': Record<string, never>;
  /** The limits in force from now on; null: unlimited. */
  'cgroup/limits-changed': { memoryBytes: number | null; cpus: number | null };
  /** `bytes`: the layer's compressed size, what goes over the network. */
  'image/layer-download-started': { layer: string; bytes: number; image: string };
  'image/layer-downloaded': { layer: string };
  /** `bytes`: the layer's size on disk once extracted. */
  'image/layer-extracted': { layer: string; bytes: number };
  'fs/copied-up': { path: string; bytes: number; fromLayer: string };
  /** `diskBytes`: the writable layer's size after the write. */
  'fs/written': { path: string; bytes: number; diskBytes: number };
  'fs/whiteout': { path: string };
  'fs/deleted': { path: string };
  'fs/opaque-dir': { path: string };
  /** A VM's write: `diskBytes` is its disk file's size after it. */
  'disk/written': { path: string; bytes: number; diskBytes: number };
  'disk/deleted': { path: string };
  /**
   * Memory went to swap: a container's cgroup past memory.max (`swapBytes`: its
   * memory.swap.current, `swapMaxBytes`: memory.swap.max, null for unlimited), or the host
   * past its RAM (`swapBytes`: the host's swap in use).
   */
  'memory/swapped': { scope: 'cgroup'; swapBytes: number; swapMaxBytes: number | null } | { scope: 'host'; swapBytes: number; swapTotalBytes: number };
  /** A VM's guest reported free pages: `returnedBytes` went back to the host, which now backs `hostBytes` for it. */
  'memory/pages-reported': { returnedBytes: number; hostBytes: number };
  /** `targets`: everything the attacker now controls. */
  'security/compromised': { kind: ExploitKind; targets: string[] };
  /** `action`: the user action's type (`instance/start`, ...). */
  'action/rejected': { action: UserAction['type']; reason: string };
}

/** Which OOM killer acted: a container's cgroup, a VM guest's kernel, or the host's. */
export type OomKilledData =
  /** `swapMaxBytes`: the swap its cgroup could also use (memory.swap.max, bounded by the host's free swap); absent: none. */
  | { scope: 'cgroup'; limitBytes: number; wantedBytes: number; swapMaxBytes?: number }
  | { scope: 'guest'; vm: string }
  | { scope: 'host'; rssBytes: number; points: number };

export type LogType = keyof LogDataMap;

/** Every log type, for tests and tools that must cover them all. */
export const LOG_TYPES = [
  'instance/added', 'instance/starting', 'instance/phase-started', 'instance/phase-ended', 'instance/ready',
  'instance/stopping', 'instance/stopped', 'instance/killed', 'instance/removed', 'instance/restarting', 'instance/paused', 'instance/unpaused', 'instance/suspending', 'instance/suspended', 'instance/resuming', 'instance/start-failed', 'instance/load-changed',
  'container/waiting-for-vm', 'instance/health', 'container/waiting-for-dependencies', 'container/dependencies-met', 'container/dependency-failed', 'container/logged', 'oom/killed', 'cgroup/throttled', 'cgroup/unthrottled', 'cgroup/limits-changed',
  'image/layer-download-started', 'image/layer-downloaded', 'image/layer-extracted',
  'fs/copied-up', 'fs/written', 'fs/whiteout', 'fs/deleted', 'fs/opaque-dir', 'disk/written', 'disk/deleted',
  'memory/pages-reported', 'memory/swapped', 'security/compromised', 'action/rejected',
] as const satisfies readonly LogType[];

// A type added to LogDataMap but not to LOG_TYPES fails to compile here.
type Missing = Exclude<LogType, (typeof LOG_TYPES)[number]>;
const allListed: [Missing] extends [never] ? true : Missing = true;
void allListed;

/** One log entry of type `T`. */
export interface LogEntryOf<T extends LogType> {
  /** Position in the log (0-based). */
  seq: number;
  atMs: number;
  type: T;
  /** Instance name, or `host`. */
  subject: string;
  /** What caused it: a user action, a scenario event, or an earlier log entry (`#12`). */
  cause: string;
  data: LogDataMap[T];
}

/** A log entry: a union discriminated on `type`. */
export type LogEntry = { [T in LogType]: LogEntryOf<T> }[LogType];

/** For an exhaustive `switch` over `type`: a case left out makes `entry` not `never` here. */
export function unhandledLogType(entry: never): never {
  throw new Error(`unhandled log type ${(entry as LogEntry).type}`);
}

/** Incidents the report lists: the moments a learner should notice. */
export type IncidentType = 'oom-kill' | 'compromised' | 'start-failed' | 'throttled' | 'stopped';

export interface Incident {
  atMs: number;
  type: IncidentType;
  target: string;
  detail: string;
  /** For `compromised`: everything the attacker now controls. */
  targets?: string[];
}
