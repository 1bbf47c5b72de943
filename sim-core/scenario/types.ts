/**
 * A scenario after parsing and validation: every size in bytes, every duration in
 * milliseconds, every default filled in. The file format itself is specified in
 * ../shared/spec/scenario-format.md and docs/scenario-format.md.
 */

import type { Tour } from './tour-schema';
import type { Goal } from './goal-schema';

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
  /** Swap space (Utsuwa's `swap:`); 0, the default, as on a cloud VM. */
  swapBytes: number;
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
  /** Its address on a host-only network (Vagrant's `private_network`, `ip:`); absent: NAT only. */
  ip?: string;
  /**
   * virtio-balloon free-page reporting (QEMU's `free-page-reporting=on`, libvirt's
   * `<memballoon model='virtio' freePageReporting='on'/>`): the host takes back pages the
   * guest frees. Absent: off, the QEMU and libvirt default.
   */
  balloon?: 'free-page-reporting';
}

export interface ContainerSpec extends ContainerOptions {
  kind: 'container';
  name: string;
  runtime: RuntimeId;
  /** The catalogue entry it runs (a catalogue key such as nginx:1.27). */
  image: string;
  /** cgroup memory.max; null: unlimited. */
  memoryBytes: number | null;
  /**
   * `--memory-swap` total (memory + swap); null: Docker's default (twice --memory);
   * -1: unlimited swap (`--memory-swap -1`).
   */
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

/** A published port (`-p [ip:][hostPort:]containerPort[/proto]`), one per container port. */
export interface PortBinding {
  containerPort: number;
  protocol: 'tcp' | 'udp' | 'sctp';
  /** The host port; null: one the daemon picks from the ephemeral range (`-p 80`, `-P`). */
  hostPort: number | null;
  /** With a host port range for one container port (`-p 8000-8010:80`): its last port. */
  hostPortEnd?: number;
  /** The host address it listens on; '' for all of them. */
  hostIp: string;
}

/** A mount (`-v`, `--mount`, `--tmpfs`). */
export interface MountSpec {
  type: 'bind' | 'volume' | 'tmpfs';
  /** A host path (bind), a volume name (volume; '' for an anonymous volume), '' for tmpfs. */
  source: string;
  /** The absolute path inside the container. */
  target: string;
  readOnly: boolean;
  /** tmpfs only: its size limit (`size=64m`); absent: half the RAM, as the kernel's default. */
  sizeBytes?: number;
}

export type RestartPolicyName = 'always' | 'unless-stopped' | 'on-failure';

/** `--restart`; absent from a spec: `no`. */
export interface RestartPolicy {
  name: RestartPolicyName;
  /** on-failure only: how many restarts at most (`on-failure:3`); absent: no limit. */
  maxRetries?: number;
}

/**
 * Container settings beyond the spec's first ones, each as `docker run` (and Compose) sets it.
 * A field is present only when it differs from Docker's default, so that a spec has one
 * form and `docker run` line → spec → line is the identity. The engine models some of them;
 * the rest are kept, saved and shown in the equivalent command (docs/scenario-format.md).
 */
export interface ContainerOptions {
  /** The image reference as written (`nginx`, `docker.io/library/nginx:latest`): what `docker ps` shows. */
  imageRef?: string;
  ports?: PortBinding[];
  /** `-P`: publish every port the image exposes on an ephemeral host port. */
  publishAll?: true;
  /** `-e NAME=value` (or `NAME` alone, passed from the client's environment), in order. */
  env?: string[];
  /**
   * `--add-host` (Compose's `extra_hosts`): `name:ip` each, as the CLI hands them to the API;
   * `host-gateway` for the address is the default bridge's gateway. /etc/hosts lists them.
   */
  extraHosts?: string[];
  /** `--ulimit` (Compose's `ulimits:`): `nofile=1024:2048` each, as typed; `ulimit` inside reads them. */
  ulimits?: string[];
  /** `--dns`, `--dns-search`, `--dns-option` (Compose's `dns`, `dns_search`, `dns_opt`): what /etc/resolv.conf holds instead of the host's. */
  dns?: string[];
  dnsSearch?: string[];
  dnsOptions?: string[];
  mounts?: MountSpec[];
  /** `--rm`: removed when it exits. */
  autoRemove?: true;
  restart?: RestartPolicy;
  /** `--read-only`: the root filesystem is mounted read-only. */
  readOnly?: true;
  privileged?: true;
  /** Capability names as docker normalises them, without `CAP_` (`NET_ADMIN`, `ALL`). */
  capAdd?: string[];
  capDrop?: string[];
  /** `--security-opt` values as written (`no-new-privileges`, `seccomp=unconfined`). */
  securityOpt?: string[];
  /** `--memory-reservation` (memory.low): a soft limit. */
  memoryReservationBytes?: number;
  /** `--oom-kill-disable`. */
  oomKillDisable?: true;
  /** `--cpuset-cpus`, e.g. `0-3` or `0,2`. */
  cpusetCpus?: string;
  /** `--cpu-period` and `--cpu-quota`, in microseconds (the older form of --cpus). */
  cpuPeriodUs?: number;
  cpuQuotaUs?: number;
  hostname?: string;
  /** `-w`. */
  workdir?: string;
  /** `-u`: `name`, `uid` or `uid:gid`. */
  user?: string;
  /** `--entrypoint`: replaces the image's ENTRYPOINT; [] clears it (`--entrypoint ""`). */
  entrypoint?: string[];
  /** The command and its arguments after the image (the image's CMD otherwise). */
  command?: string[];
  /** `--platform`, e.g. `linux/arm64`. */
  platform?: string;
  /**
   * gVisor's platform (`runsc --platform`, chosen in Docker by a runtime registered as
   * `runsc-kvm` or `runsc-ptrace`); absent: Systrap, gVisor's default. Only with runtime gvisor.
   */
  gvisorPlatform?: 'systrap' | 'kvm' | 'ptrace';
  /**
   * User-defined networks it joins (`--network web`), or `none`; absent: the default bridge.
   * `--network host` is `share: [net]` instead.
   */
  networks?: string[];
  /** `--health-cmd` and its settings (Compose's `healthcheck:`); `test: ['NONE']` is `--no-healthcheck`. */
  healthcheck?: HealthcheckSpec;
  /** Compose's `depends_on` with its conditions: the start is held until each holds (engine/depends.ts). */
  dependsOn?: DependencySpec[];
}

/**
 * A healthcheck as moby's HealthConfig holds it: `test` is `['CMD', ...]`, `['CMD-SHELL', cmd]`
 * or `['NONE']`; a duration absent (or 0) takes moby's default (interval 30 s, timeout 30 s,
 * retries 3, start period 0, start interval 5 s).
 */
export interface HealthcheckSpec {
  test: string[];
  intervalMs?: number;
  timeoutMs?: number;
  retries?: number;
  startPeriodMs?: number;
  startIntervalMs?: number;
}

/** Compose's conditions: service_started, service_healthy, service_completed_successfully. */
export type DependencyCondition = 'started' | 'healthy' | 'completed';

export interface DependencySpec {
  /** The container it depends on. */
  name: string;
  condition: DependencyCondition;
  /** `required: false`: when the condition cannot hold, it starts anyway (Compose's optional dependency). */
  required?: false;
}

export type InstanceSpec = VmSpec | ContainerSpec;

export interface LoadChange {
  target: string;
  /** What the app now holds, in bytes (absent: unchanged). */
  memoryBytes?: number;
  /** Cores the app wants busy (absent: unchanged). */
  cpu?: number;
}

/**
 * One action as a file writes it, the same in `events`, `actions` and tour steps (see
 * ./action-schema.ts); the engine's form is UserAction (./actions.ts converts both ways).
 */
export type ScenarioAction =
  | { type: 'start'; target: string }
  | { type: 'stop'; target: string }
  | { type: 'remove'; target: string }
  | { type: 'load'; load: LoadChange }
  | { type: 'write'; target: string; path: string; sizeBytes: number }
  | { type: 'exploit'; target: string; exploitKind: ExploitKind }
  /** A live change of a container's cgroup limits (`docker update`); null lifts a limit, absent leaves it. */
  | { type: 'limits'; target: string; memoryBytes?: number | null; cpus?: number | null }
  /** The instance deletes a file (in a container: a whiteout hides a lower layer's file). */
  | { type: 'delete'; target: string; path: string }
  /** A container's main process ends by itself with this exit code (`docker run busybox echo hi`). */
  | { type: 'exit'; target: string; exitCode: number }
  /** `docker kill`, `docker pause`, `docker unpause`; `vagrant suspend`, `vagrant resume` (a VirtualBox VM's saved state). */
  | { type: 'kill' | 'pause' | 'unpause' | 'suspend' | 'resume'; target: string };

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
  /** The guided tour (`tour:`), validated with the rest; null when the file has none. */
  tour: Tour | null;
  /** The exercise's goals (`goals:`), validated with the rest; null when the file has none. */
  goals: Goal[] | null;
  /** Fields the project adds beyond the spec (titles in Japanese, notices) live here untouched. */
  extensions: Record<string, unknown>;
}

export const HOST_DEFAULTS: HostSpec = {
  cpus: 8,
  memoryBytes: 16 * 1024 ** 3,
  diskBytes: 512 * 1024 ** 3,
  os: 'linux',
  networkBitsPerSecond: 1_000_000_000,
  imageCache: 'warm',
  swapBytes: 0,
};
