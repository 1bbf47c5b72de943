import type { InstanceRecord, Simulation } from './state';
import { setRate } from './resources';
import { emit, incident } from './emit';

/** cgroup v2 default CPU period (cpu.max's second field), in ms. */
export const CPU_PERIOD_MS = 100;

/** Docker's default --cpu-shares; weights are relative to it. */
const DEFAULT_SHARES = 1024;

interface Claim {
  name: string;
  demand: number;
  weight: number;
}

/**
 * Weighted max-min fair share (what CFS converges to under contention): the level λ such
 * that each claim gets min(demand, weight·λ) and the total fills capacity. Boot jobs are one
 * group of `jobs` claims, each wanting one core at weight 1.
 */
function waterLevel(capacity: number, claims: Claim[], jobs: number): number {
  let total = jobs;
  for (const c of claims) total += c.demand;
  if (total <= capacity) return Infinity;
  const thresholds: Array<{ t: number; demand: number; weight: number }> = claims.map((c) => ({
    t: c.demand / c.weight, demand: c.demand, weight: c.weight,
  }));
  if (jobs > 0) thresholds.push({ t: 1, demand: jobs, weight: jobs });
  thresholds.sort((a, b) => a.t - b.t);
  let remainingCapacity = capacity;
  let remainingWeight = 0;
  for (const th of thresholds) remainingWeight += th.weight;
  for (const th of thresholds) {
    if (th.t * remainingWeight >= remainingCapacity) break;
    remainingCapacity -= th.demand;
    remainingWeight -= th.weight;
  }
  return remainingWeight > 0 ? remainingCapacity / remainingWeight : Infinity;
}

/** What an instance's app asks of the host's cores, capped by its quota or vCPUs. */
function effectiveDemand(sim: Simulation, inst: InstanceRecord): number {
  let demand = inst.cpuDemand;
  if (inst.spec.kind === 'vm') {
    for (const name of sim.state.order) {
      const child = sim.state.instances[name]!;
      if (child.spec.kind === 'container' && child.spec.in === inst.spec.name && child.state === 'running') {
        demand += Math.min(child.cpuDemand, child.cpuLimit ?? Infinity);
      }
    }
    return Math.min(demand, inst.spec.cpus);
  }
  return Math.min(demand, inst.cpuLimit ?? Infinity);
}

function weightOf(inst: InstanceRecord): number {
  return inst.spec.kind === 'container' ? inst.spec.cpuShares / DEFAULT_SHARES : inst.spec.cpus;
}

/**
 * Recomputes who gets which cores after anything changed (a boot job started or ended, a load
 * or limit changed), and the rate of boot work. Cost: the number of instances with a load.
 */
export function recomputeCpu(sim: Simulation, cause: string): void {
  const s = sim.state;
  const claims: Claim[] = [];
  for (const name of Object.keys(s.cpuLoads)) {
    const inst = s.instances[name];
    if (!inst || inst.state !== 'running') continue;
    const demand = effectiveDemand(sim, inst);
    if (demand > 0) claims.push({ name, demand, weight: weightOf(inst) });
  }
  const level = waterLevel(s.cpu.capacity, claims, s.cpu.active);
  setRate(sim, s.cpu, Math.min(1, level));
  for (const c of claims) {
    const inst = s.instances[c.name]!;
    inst.cpuCores = Math.min(c.demand, c.weight * level);
    updateThrottle(sim, inst, cause);
  }
}

/** Throttling by cpu.max: the app wants more cores than its quota. */
export function updateThrottle(sim: Simulation, inst: InstanceRecord, cause: string): void {
  const quota = inst.cpuLimit;
  const wants = inst.state === 'running' ? inst.cpuDemand : 0;
  const throttled = quota !== null && wants > quota;
  const now = sim.state.nowMs;
  accountCpuStat(inst, now);
  if (throttled && !inst.throttled) {
    inst.throttled = true;
    inst.throttledSinceMs = now;
    const name = inst.spec.name;
    const detail = `wants ${wants} cores, cpu.max quota ${quota} (${Math.round(quota! * 100_000)} ${CPU_PERIOD_MS * 1000})`;
    emit(sim, 'cgroup/throttled', name, cause, { wants, quota });
    incident(sim, { type: 'throttled', target: name, detail });
  } else if (!throttled && inst.throttled) {
    inst.throttled = false;
    inst.throttledSinceMs = null;
    emit(sim, 'cgroup/unthrottled', inst.spec.name, cause, {});
  }
}

/**
 * Folds whole periods since the last accounting into cpu.stat, in closed form: while
 * throttled, every period runs the quota's worth of CPU and then waits out the rest.
 */
export function accountCpuStat(inst: InstanceRecord, nowMs: number): void {
  if (!inst.throttled || inst.throttledSinceMs === null || inst.cpuLimit === null) return;
  const periods = Math.floor((nowMs - inst.throttledSinceMs) / CPU_PERIOD_MS);
  if (periods <= 0) return;
  const runFraction = Math.min(1, inst.cpuLimit / Math.max(inst.cpuDemand, 1e-9));
  inst.cpuStat.nrPeriods += periods;
  inst.cpuStat.nrThrottled += periods;
  inst.cpuStat.throttledMs += Math.round(periods * CPU_PERIOD_MS * (1 - runFraction));
  inst.throttledSinceMs += periods * CPU_PERIOD_MS;
}

export function setCpuLoad(sim: Simulation, inst: InstanceRecord): void {
  const name = inst.spec.name;
  const top = inst.spec.kind === 'container' && inst.spec.in ? inst.spec.in : name;
  if (inst.state === 'running' && inst.cpuDemand > 0) sim.state.cpuLoads[top] = true;
  if (inst.state !== 'running' || inst.cpuDemand === 0) {
    if (top === name) delete sim.state.cpuLoads[name];
    inst.cpuCores = 0;
  }
}
