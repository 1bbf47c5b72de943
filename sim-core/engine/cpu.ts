import type { InstanceRecord, Simulation } from './state';
import { setRate } from './resources';
import { childrenIn } from './board-index';
import { emit, incident } from './emit';
import { touch, touchBackground, touchClaims } from './changes';
import { fairShare, type ShareClaim } from '../cgroups/fair-share';
import { cpuThrottle } from '../cgroups/throttle';
import { cpuSharesToWeight, cpusToCpuMax, cpuMaxFileText, DEFAULT_CPU_WEIGHT } from '../cgroups/docker-flags';
import { cpusetCpus } from '../docker/container-rules';

/**
 * Below this many cores an instance's demand counts as background (an idle server's
 * housekeeping): it is always below the fair level, so it gets what it asks and is taken off
 * the capacity in one sum instead of weighed claim by claim. Exact while the fair level,
 * at least capacity / (claims + jobs), stays above it; see docs/simplifications.md.
 */
export const BACKGROUND_CPU_CORES = 0.01;

/** Docker's default --cpu-shares: left as is, the kernel's default cpu.weight (100) applies. */
const DEFAULT_SHARES = 1024;

/**
 * The cores a container's processes can use at once: its cpu.max quota (`--cpus`), and no more
 * than the CPUs it is pinned to (`--cpuset-cpus`: with `0`, two busy threads share one CPU). A
 * pinned container is not throttled (cpu.stat counts quota periods only): it waits its turn.
 */
function coresAllowed(inst: InstanceRecord): number {
  const quota = inst.cpuLimit ?? Infinity;
  const spec = inst.spec;
  if (spec.kind !== 'container' || spec.cpusetCpus === undefined) return quota;
  return Math.min(quota, pinnedCount(spec.cpusetCpus));
}

/** How many CPUs a `--cpuset-cpus` list names, by list (a board has a few distinct lists). */
function pinnedCount(list: string): number {
  let n = PINNED.get(list);
  if (n === undefined) {
    // Lists are checked when the container is made (docker/container-rules.ts); an unreadable one pins nothing.
    n = cpusetCpus(list)?.length ?? Infinity;
    PINNED.set(list, n);
  }
  return n;
}

const PINNED = new Map<string, number>();

/** What an instance's app asks of the host's cores, capped by its quota and pinning, or its vCPUs. */
function effectiveDemand(sim: Simulation, inst: InstanceRecord): number {
  // A paused container (docker pause: the cgroup freezer) asks for no CPU.
  let demand = inst.paused ? 0 : inst.cpuDemand;
  if (inst.spec.kind === 'vm') {
    // A VM paused while its state is saved runs nothing, its containers included.
    if (inst.paused) return 0;
    for (const child of childrenIn(sim, inst.spec.name)) {
      if (child.state === 'running' && !child.paused) demand += Math.min(child.cpuDemand, coresAllowed(child));
    }
    return Math.min(demand, inst.spec.cpus);
  }
  return Math.min(demand, coresAllowed(inst));
}

/** cgroup v2 cpu.weight: runc's mapping of --cpu-shares; a VM's vCPU threads weigh one each. */
function weightOf(inst: InstanceRecord): number {
  if (inst.spec.kind === 'vm') return DEFAULT_CPU_WEIGHT * inst.spec.cpus;
  return inst.spec.cpuShares === DEFAULT_SHARES ? DEFAULT_CPU_WEIGHT : cpuSharesToWeight(inst.spec.cpuShares);
}

/**
 * Recomputes who gets which cores after anything changed (a boot job started or ended, a load
 * or limit changed), and the rate of boot work: weighted max-min fair sharing, what CFS
 * converges to under contention. Uncontended (the common case) it costs O(1): everyone gets
 * what it asks and boot work runs at full speed; only under contention does it weigh every load.
 */
export function recomputeCpu(sim: Simulation, cause: string): void {
  const s = sim.state;
  const jobs = s.cpu.active;
  const capacity = Math.max(0, s.cpu.capacity - s.cpuBackgroundTotal);
  if (s.cpuClaimTotal + jobs <= capacity + 1e-9) {
    setRate(sim, s.cpu, jobs > 0 ? 1 : 0);
    if (s.cpuContended) {
      s.cpuContended = false;
      for (const name of Object.keys(s.cpuClaims)) {
        const inst = s.instances[name]!;
        touch(sim, inst);
        inst.cpuCores = s.cpuClaims[name]!;
        updateThrottle(sim, inst, cause);
      }
    }
    return;
  }
  s.cpuContended = true;
  const names = Object.keys(s.cpuClaims);
  const claims: ShareClaim[] = names.map((name) => ({ demand: s.cpuClaims[name]!, weight: weightOf(s.instances[name]!) }));
  // Boot work: every job wants one core at the default weight. As one aggregate claim
  // (demand n, weight n·100) the water level is the same and the cost stays O(loads).
  if (jobs > 0) claims.push({ demand: jobs, weight: jobs * DEFAULT_CPU_WEIGHT });
  const shares = fairShare(capacity, claims);
  setRate(sim, s.cpu, jobs > 0 ? Math.min(1, shares[claims.length - 1]! / jobs) : 0);
  for (let i = 0; i < names.length; i++) {
    const inst = s.instances[names[i]!]!;
    touch(sim, inst);
    inst.cpuCores = shares[i]!;
    updateThrottle(sim, inst, cause);
  }
}

/** Throttling by cpu.max: the app wants more cores than its quota. */
export function updateThrottle(sim: Simulation, inst: InstanceRecord, cause: string): void {
  const quota = inst.cpuLimit;
  const wants = inst.state === 'running' && !inst.paused ? inst.cpuDemand : 0;
  const throttled = quota !== null && wants > quota;
  accountCpuStat(sim, inst);
  if (throttled && !inst.throttled) {
    inst.throttled = true;
    const name = inst.spec.name;
    const detail = `wants ${wants} cores, cpu.max quota ${quota} (${cpuMaxFileText(cpusToCpuMax(quota))})`;
    emit(sim, 'cgroup/throttled', name, cause, { wants, quota });
    incident(sim, { type: 'throttled', target: name, detail });
  } else if (!throttled && inst.throttled) {
    inst.throttled = false;
    emit(sim, 'cgroup/unthrottled', inst.spec.name, cause, {});
  }
}

/** cpu.stat's counters for the periods since `inst.cpuStatSinceMs`, in closed form (cgroups/throttle.ts). */
function pendingCpuStat(inst: InstanceRecord, nowMs: number): { nrPeriods: number; nrThrottled: number; throttledMs: number } {
  const from = inst.cpuStatSinceMs;
  if (inst.cpuLimit === null || from === null || inst.state !== 'running' || inst.paused || nowMs <= from) {
    return { nrPeriods: 0, nrThrottled: 0, throttledMs: 0 };
  }
  const stats = cpuThrottle({
    demandCores: inst.cpuDemand,
    cpuMax: cpusToCpuMax(inst.cpuLimit),
    fromUs: from * 1000,
    toUs: nowMs * 1000,
    periodOriginUs: (inst.startedAtMs ?? 0) * 1000,
  });
  return { nrPeriods: stats.nrPeriods, nrThrottled: stats.nrThrottled, throttledMs: stats.throttledUs / 1000 };
}

/** cpu.stat as it reads at `nowMs`, without changing the state (for reports and views). */
export function cpuStatAt(inst: InstanceRecord, nowMs: number): { nrPeriods: number; nrThrottled: number; throttledMs: number } {
  const pending = pendingCpuStat(inst, nowMs);
  return {
    nrPeriods: inst.cpuStat.nrPeriods + pending.nrPeriods,
    nrThrottled: inst.cpuStat.nrThrottled + pending.nrThrottled,
    throttledMs: inst.cpuStat.throttledMs + pending.throttledMs,
  };
}

/**
 * Folds the periods since the last accounting into cpu.stat, with the demand and quota that
 * held over them. Call before either changes.
 */
export function accountCpuStat(sim: Simulation, inst: InstanceRecord): void {
  const nowMs = sim.state.nowMs;
  touch(sim, inst);
  inst.cpuStat = cpuStatAt(inst, nowMs);
  inst.cpuStatSinceMs = nowMs;
}

/**
 * Updates what a top-level instance claims of the host's cores after its own load or state
 * changed (or, for a container in a VM, its VM's). Call recomputeCpu afterwards.
 */
export function setCpuLoad(sim: Simulation, inst: InstanceRecord): void {
  const s = sim.state;
  touch(sim, inst);
  if (inst.state !== 'running') inst.cpuCores = 0;
  const topName = inst.spec.kind === 'container' && inst.spec.in ? inst.spec.in : inst.spec.name;
  const top = s.instances[topName];
  const demand = top && top.state === 'running' ? effectiveDemand(sim, top) : 0;
  touchClaims(sim);
  touchBackground(sim, topName);
  s.cpuClaimTotal -= s.cpuClaims[topName] ?? 0;
  s.cpuBackgroundTotal -= s.cpuBackground[topName] ?? 0;
  delete s.cpuClaims[topName];
  delete s.cpuBackground[topName];
  if (demand > BACKGROUND_CPU_CORES) {
    s.cpuClaims[topName] = demand;
    s.cpuClaimTotal += demand;
  } else if (demand > 0) {
    s.cpuBackground[topName] = demand;
    s.cpuBackgroundTotal += demand;
  }
  if (top && (!s.cpuContended || demand <= BACKGROUND_CPU_CORES)) {
    touch(sim, top);
    top.cpuCores = demand;
  }
  if (inst !== top && inst.state === 'running') inst.cpuCores = inst.paused || top?.state !== 'running' || top.paused ? 0 : Math.min(inst.cpuDemand, coresAllowed(inst));
}
