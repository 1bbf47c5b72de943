/**
 * The limits a container's settings must keep, as Docker and the kernel enforce them. The
 * parser, the engine, the page's drops and inspector, the terminal and tours all check
 * these, each in its own words, so a value is refused everywhere or nowhere.
 */
import { formatBytes } from '../format/index';

const MiB = 1024 * 1024;

/**
 * Docker's smallest memory limit: moby's daemon refuses `--memory` below linuxMinMemory,
 * 6291456 bytes (daemon/daemon_unix.go), with "Minimum memory limit allowed is 6MB".
 */
export const MIN_MEMORY_BYTES = 6 * MiB;

/** The daemon's words when a memory limit is under the minimum (moby daemon/daemon_unix.go). */
export const DOCKER_MIN_MEMORY_ERROR = 'Minimum memory limit allowed is 6MB';

/**
 * The smallest CPU quota: `--cpus` becomes a quota per 100 ms period, and the kernel's
 * smallest quota is 1 ms (Documentation/scheduler/sched-bwc), so 0.01 CPUs. Docker's own
 * message names the same bound.
 */
export const MIN_CPUS = 0.01;

/** Most cores a host (or vCPUs a VM) may have in a file: a sanity bound, not a real limit. */
export const MAX_CORES = 4096;

/** `--cpu-shares` range (cgroup v1 cpu.shares, which Docker clamps into). */
export const MIN_CPU_SHARES = 2;
export const MAX_CPU_SHARES = 262_144;

/** Largest pids.max the kernel takes (PID_MAX_LIMIT on 64-bit). */
export const MAX_PIDS = 4_194_304;

/**
 * The longest simulated run: 24 hours. The page, the runner and a file's `until` all stop
 * here (a lesson's events happen in minutes; past a day the page would play for ever).
 */
export const MAX_SIMULATED_MS = 24 * 60 * 60 * 1000;

/** A VM's name is its hostname: Linux's HOST_NAME_MAX. */
export const MAX_HOSTNAME_CHARS = 64;

/**
 * A container's name: docker refuses only characters outside [a-zA-Z0-9][a-zA-Z0-9_.-]
 * (moby daemon/names), at any length; 255 bounds what a message or a card has to show.
 */
export const MAX_CONTAINER_NAME_CHARS = 255;

/** Why a container's limit is refused: data, so each place can say it in its own words. */
export type LimitRefusal =
  | { rule: 'memory-below-minimum'; minBytes: number; gotBytes: number }
  | { rule: 'cpus-out-of-range'; min: number; max: number; got: number };

/** A memory limit (null: none) Docker would refuse. */
export function memoryLimitRefusal(bytes: number | null): LimitRefusal | null {
  if (bytes === null || bytes === 0 || bytes >= MIN_MEMORY_BYTES) return null;
  return { rule: 'memory-below-minimum', minBytes: MIN_MEMORY_BYTES, gotBytes: bytes };
}

/**
 * A CPU quota (null: none) out of range where the container runs: the daemon counts the
 * CPUs of its own machine, so a container in a VM may have at most the VM's vCPUs.
 */
export function cpuLimitRefusal(cpus: number | null, available: number): LimitRefusal | null {
  if (cpus === null) return null;
  if (cpus >= MIN_CPUS && cpus <= available) return null;
  return { rule: 'cpus-out-of-range', min: MIN_CPUS, max: available, got: cpus };
}

/** The first refusal of a container's memory and CPU limits, or null. */
export function containerLimitsRefusal(limits: { memoryBytes: number | null; cpus: number | null }, availableCpus: number): LimitRefusal | null {
  return memoryLimitRefusal(limits.memoryBytes) ?? cpuLimitRefusal(limits.cpus, availableCpus);
}

/** The daemon's message for a refusal, word for word (what `docker run` prints after "Error response from daemon: "). */
export function dockerRefusalMessage(r: LimitRefusal): string {
  if (r.rule === 'memory-below-minimum') return DOCKER_MIN_MEMORY_ERROR;
  return `range of CPUs is from 0.01 to ${r.max}.00, as there are only ${r.max} CPUs available`;
}

/** The refusal in plain English, for the engine's rejections and the parser. */
export function limitReason(r: LimitRefusal): string {
  if (r.rule === 'memory-below-minimum') return `a memory limit must be at least ${formatBytes(r.minBytes)} (docker's smallest), got ${formatBytes(r.gotBytes)}`;
  return `a CPU limit must be from ${r.min} to ${r.max} cores, as there are only ${r.max} where it runs, got ${r.got}`;
}

/** Limits offered as choices (palette, inspector): all within the rules above. */
export const MEMORY_LIMIT_CHOICES: readonly number[] = [64, 128, 256, 512, 768, 1024, 2048, 4096, 8192].map((m) => m * MiB);
export const CPU_LIMIT_CHOICES: readonly number[] = [0.25, 0.5, 1, 2, 4];
export const VCPU_CHOICES: readonly number[] = [1, 2, 4, 8];

/** The CPU limits that fit where a container runs. */
export function cpuLimitChoices(available: number): number[] {
  return CPU_LIMIT_CHOICES.filter((c) => cpuLimitRefusal(c, available) === null);
}
