import type { ExploitKind, InstanceSpec } from '../scenario/types';

/**
 * What a user (or a scenario's timeline) can do at the current simulated time. An action
 * that cannot apply is answered with a rejection (and a `action/rejected` log entry), never
 * an exception.
 */
export type UserAction =
  | { type: 'instance/add'; spec: InstanceSpec }
  | { type: 'instance/remove'; name: string }
  | { type: 'instance/start'; name: string }
  | { type: 'instance/stop'; name: string }
  /** A container's main process ended by itself (`docker run busybox echo hi`) with this exit code. */
  | { type: 'instance/exit'; name: string; exitCode: number }
  /** `docker kill`: SIGKILL now, exit 137, no grace and no restart. */
  | { type: 'instance/kill'; name: string }
  /** `docker pause` / `docker unpause`: the cgroup freezer; a paused container keeps its memory and uses no CPU. */
  | { type: 'instance/pause'; name: string }
  | { type: 'instance/unpause'; name: string }
  /** `vagrant suspend` (VBoxManage controlvm savestate): a running VM's memory goes to a state file on the host's disk. */
  | { type: 'instance/suspend'; name: string }
  /** `vagrant resume`: a saved VM reads its state file back and runs on (no boot). */
  | { type: 'instance/resume'; name: string }
  /** Change cgroup limits (containers) or nothing else; null lifts a limit. */
  | { type: 'instance/set-limits'; name: string; memoryBytes?: number | null; cpus?: number | null }
  | { type: 'instance/load'; name: string; memoryBytes?: number; cpu?: number }
  | { type: 'instance/write'; name: string; path: string; sizeBytes: number }
  | { type: 'instance/delete-file'; name: string; path: string }
  | { type: 'instance/exploit'; name: string; kind: ExploitKind };

export type ActionResult = { ok: true } | { ok: false; reason: string };

/** A user action stamped with the simulated time it was taken at: one entry of a run's description. */
export interface RecordedAction {
  atMs: number;
  action: UserAction;
}
