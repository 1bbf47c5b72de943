/**
 * A scenario after parsing and validation: every size in bytes, every duration in
 * milliseconds, every default filled in. The file format itself is specified in
 * ../shared/spec/scenario-format.md and docs/scenario-format.md.
 */

export type HostOs = 'linux' | 'windows';
export type ImageCache = 'warm' | 'cold';
export type RuntimeId = 'runc' | 'gvisor' | 'kata';
/** Namespaces a container may share with its kernel's root namespaces (spec: `share`). */
export type ShareableNamespace = 'pid' | 'net' | 'ipc' | 'uts' | 'mnt' | 'user';
export type ExploitKind = 'app' | 'kernel';

export interface HostSpec {
  cpus: number;
  memoryBytes: number;
  diskBytes: number;
  os: HostOs;
  /** Bandwidth to the image registry, in bits per second. */
  networkBitsPerSecond: number;
  imageCache: ImageCache;
}

export interface VmSpec {
  kind: 'vm';
  name: string;
  profile: string;
  os: string;
  cpus: number;
  memoryBytes: number;
  diskBytes: number;
  apps: string[];
}

export interface ContainerSpec {
  kind: 'container';
  name: string;
  runtime: RuntimeId;
  image: string;
  /** cgroup memory.max; null: unlimited. */
  memoryBytes: number | null;
  /** `--memory-swap` total (memory + swap); null: Docker's default (twice --memory). */
  memorySwapBytes: number | null;
  /** CPU quota in cores (`--cpus`); null: unlimited. */
  cpus: number | null;
  /** `--cpu-shares` (relative weight, Docker default 1024). */
  cpuShares: number;
  /** `--pids-limit`; null: unlimited. */
  pidsLimit: number | null;
  /** Name of the VM this container runs inside; null: directly on the host. */
  in: string | null;
  share: ShareableNamespace[];
}

export type InstanceSpec = VmSpec | ContainerSpec;

export interface LoadChange {
  target: string;
  /** What the app now holds, in bytes (absent: unchanged). */
  memoryBytes?: number;
  /** Cores the app wants busy (absent: unchanged). */
  cpu?: number;
}

export type ScenarioAction =
  | { type: 'start'; target: string }
  | { type: 'stop'; target: string }
  | { type: 'remove'; target: string }
  | { type: 'load'; load: LoadChange }
  | { type: 'write'; target: string; path: string; sizeBytes: number }
  | { type: 'exploit'; target: string; exploitKind: ExploitKind };

export interface TimedAction {
  atMs: number;
  action: ScenarioAction;
}

export interface Scenario {
  version: 1;
  name: string;
  description: string;
  seed: number;
  host: HostSpec;
  instances: InstanceSpec[];
  events: TimedAction[];
  /** How much simulated time to run; null: until nothing is left to happen. */
  untilMs: number | null;
  /** Fields the project adds beyond the spec (titles in Japanese, tours, goals) live here untouched. */
  extensions: Record<string, unknown>;
}

export const HOST_DEFAULTS: HostSpec = {
  cpus: 8,
  memoryBytes: 16 * 1024 ** 3,
  diskBytes: 512 * 1024 ** 3,
  os: 'linux',
  networkBitsPerSecond: 1_000_000_000,
  imageCache: 'warm',
};
