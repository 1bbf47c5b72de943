/**
 * `docker run` resource flags → the cgroup v2 files runc writes. Sources in docs/cgroups.md.
 * Sizes in bytes; `'max'` is cgroup v2's word for unlimited.
 */

import { MAX_CPU_SHARES, MIN_CPU_SHARES, MIN_CPUS, dockerRefusalMessage, memoryLimitRefusal } from '../rules/index';

export type Limit = number | 'max';

export interface DockerResourceFlags {
  /** `--memory` in bytes; undefined or 0: unlimited. */
  memory?: number;
  /** `--memory-swap` (memory + swap) in bytes; -1: unlimited swap; undefined or 0: Docker's default (twice --memory). */
  memorySwap?: number;
  /** `--cpus`; undefined or 0: no quota. */
  cpus?: number;
  /** `--cpu-shares`; undefined or 0: not set (the kernel's default weight, 100). */
  cpuShares?: number;
  /** `--pids-limit`; undefined, 0 or -1: unlimited. */
  pidsLimit?: number;
}

export interface CpuQuota {
  quotaUs: number;
  periodUs: number;
}

export interface CgroupLimits {
  /** memory.max */
  memoryMax: Limit;
  /** memory.swap.max (swap alone: cgroup v2 does not count memory in it) */
  memorySwapMax: Limit;
  /** cpu.max */
  cpuMax: CpuQuota | 'max';
  /** cpu.weight (1..10000, default 100) */
  cpuWeight: number;
  /** pids.max */
  pidsMax: Limit;
}

/** Docker's CFS period for `--cpus`: 100 ms. */
export const DOCKER_CPU_PERIOD_US = 100_000;
/** The kernel's default cpu.weight. */
export const DEFAULT_CPU_WEIGHT = 100;
export { MIN_CPU_SHARES, MAX_CPU_SHARES };

/**
 * runc's conversion of cpu.shares to cpu.weight (libcontainer/cgroups ConvertCPUSharesToCgroupV2Value):
 * weight = 1 + ((shares - 2) * 9999) / 262142, integer division, so 1024 → 39.
 * runc ≥ 1.3.2 switched to a curve that maps 1024 to 100; see docs/cgroups.md.
 */
export function cpuSharesToWeight(shares: number | undefined): number {
  if (!shares) return DEFAULT_CPU_WEIGHT;
  const clamped = Math.min(MAX_CPU_SHARES, Math.max(MIN_CPU_SHARES, Math.trunc(shares)));
  return 1 + Math.floor(((clamped - 2) * 9999) / 262142);
}

/** `--cpus` → cpu.max. Docker takes NanoCPUs = cpus·10⁹ and quota = NanoCPUs · 100000 / 10⁹. */
export function cpusToCpuMax(cpus: number | undefined): CpuQuota | 'max' {
  if (!cpus || cpus <= 0) return 'max';
  const nanoCpus = Math.round(cpus * 1e9);
  return { quotaUs: Math.floor(nanoCpus / 10_000), periodUs: DOCKER_CPU_PERIOD_US };
}

/**
 * Docker's defaults then runc's conversion: memory.swap.max = (memory + swap) − memory.
 * `--memory-swap` unset with `--memory` set: the daemon makes the total twice the memory,
 * so swap equals memory. -1: unlimited. Equal to `--memory`: no swap.
 */
export function memorySwapMax(memory: number | undefined, memorySwap: number | undefined): Limit {
  if (!memory || memory <= 0) return 'max';
  if (memorySwap === -1) return 'max';
  const total = !memorySwap ? memory * 2 : memorySwap;
  return Math.max(0, total - memory);
}

export function dockerFlagsToCgroup(flags: DockerResourceFlags): CgroupLimits {
  const memory = flags.memory && flags.memory > 0 ? flags.memory : undefined;
  return {
    memoryMax: memory ?? 'max',
    memorySwapMax: memorySwapMax(memory, flags.memorySwap),
    cpuMax: cpusToCpuMax(flags.cpus),
    cpuWeight: cpuSharesToWeight(flags.cpuShares),
    pidsMax: flags.pidsLimit && flags.pidsLimit > 0 ? flags.pidsLimit : 'max',
  };
}

/**
 * The daemon's refusals, word for word, or null when Docker accepts the flags.
 * `hostCpus`: the CPUs the daemon sees (the VM's when the engine runs inside one).
 */
export function validateDockerFlags(flags: DockerResourceFlags, hostCpus?: number): string | null {
  const memory = flags.memory ?? 0;
  const swap = flags.memorySwap ?? 0;
  const tooSmall = memoryLimitRefusal(memory);
  if (tooSmall) return dockerRefusalMessage(tooSmall);
  if (memory > 0 && swap > 0 && swap < memory) return 'Minimum memoryswap limit should be larger than memory limit, see usage';
  if (memory === 0 && swap > 0) return 'You should always set the Memory limit when using Memoryswap limit, see usage';
  // Like the daemon, no lower bound here: below 0.01 it is the kernel that refuses the quota.
  if (hostCpus !== undefined && flags.cpus !== undefined && (flags.cpus < 0 || flags.cpus > hostCpus)) {
    return dockerRefusalMessage({ rule: 'cpus-out-of-range', min: MIN_CPUS, max: hostCpus, got: flags.cpus });
  }
  return null;
}

function limitText(limit: Limit): string {
  return limit === 'max' ? 'max' : String(limit);
}

/** The text of cpu.max: `150000 100000`, or `max 100000` with no quota. */
export function cpuMaxFileText(cpuMax: CpuQuota | 'max'): string {
  return cpuMax === 'max' ? `max ${DOCKER_CPU_PERIOD_US}` : `${cpuMax.quotaUs} ${cpuMax.periodUs}`;
}

/** memory.max, memory.swap.max and pids.max all print a number or `max`. */
export const memoryMaxFileText = limitText;
export const memorySwapMaxFileText = limitText;
export const pidsMaxFileText = limitText;

/** A quota in cores (1.5 for `150000 100000`), or null when unlimited. */
export function cpuMaxCores(cpuMax: CpuQuota | 'max'): number | null {
  return cpuMax === 'max' ? null : cpuMax.quotaUs / cpuMax.periodUs;
}
