import type { InstanceRecord, Simulation } from './state';
import { setRate } from './resources';
import { emit, incident } from './emit';
import { fairShare, type ShareClaim } from '../cgroups/fair-share';
import { cpuThrottle } from '../cgroups/throttle';
import { cpuSharesToWeight, cpusToCpuMax, cpuMaxFileText, DEFAULT_CPU_WEIGHT } from '../cgroups/docker-flags';

/** Docker's default --cpu-shares: left as is, the kernel's default cpu.weight (100) applies. */
const DEFAULT_SHARES = 1024;

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

/** cgroup v2 cpu.weight: runc's mapping of --cpu-shares; a VM's vCPU threads weigh one each. */
function weightOf(inst: InstanceRecord): number {
  if (inst.spec.kind === 'vm') return DEFAULT_CPU_WEIGHT * inst.spec.cpus;
  return inst.spec.cpuShares === DEFAULT_SHARES ? DEFAULT_CPU_WEIGHT : cpuSharesToWeight(inst.spec.cpuShares);
}

/**
 * Recomputes who gets which cores after anything changed (a boot job started or ended, a load
 * or limit changed), and the rate of boot work: weighted max-min fair sharing, what CFS
 * converges to under contention. Cost: the number of instances with a load.
 */
export function recomputeCpu(sim: Simulation, cause: string): void {
  const s = sim.state;
  const names: string[] = [];
  const claims: ShareClaim[] = [];
  for (const name of Object.keys(s.cpuLoads)) {
    const inst = s.instances[name];
    if (!inst || inst.state !== 'running') continue;
    const demand = effectiveDemand(sim, inst);
    if (demand > 0) {
      names.push(name);
      claims.push({ demand, weight: weightOf(inst) });
    }
  }
  // Boot work: every job wants one core at the default weight. As one aggregate claim
  // (demand n, weight n·100) the water level is the same and the cost stays O(loads).
  const jobs = s.cpu.active;
  if (jobs > 0) claims.push({ demand: jobs, weight: jobs * DEFAULT_CPU_WEIGHT });
  const shares = fairShare(s.cpu.capacity, claims);
  setRate(sim, s.cpu, jobs > 0 ? Math.min(1, shares[claims.length - 1]! / jobs) : 0);
  for (let i = 0; i < names.length; i++) {
    const inst = s.instances[names[i]!]!;
    inst.cpuCores = shares[i]!;
    updateThrottle(sim, inst, cause);
  }
}

/** Throttling by cpu.max: the app wants more cores than its quota. */
export function updateThrottle(sim: Simulation, inst: InstanceRecord, cause: string): void {
  const quota = inst.cpuLimit;
  const wants = inst.state === 'running' ? inst.cpuDemand : 0;
  const throttled = quota !== null && wants > quota;
  accountCpuStat(inst, sim.state.nowMs);
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

/**
 * Brings cpu.stat up to now in closed form (cgroups/throttle.ts): the CFS periods since the
 * last accounting, with the demand and quota that held over them. Call before either changes.
 */
export function accountCpuStat(inst: InstanceRecord, nowMs: number): void {
  const from = inst.cpuStatSinceMs;
  inst.cpuStatSinceMs = nowMs;
  if (inst.cpuLimit === null || from === null || inst.state !== 'running' || nowMs <= from) return;
  const stats = cpuThrottle({
    demandCores: inst.cpuDemand,
    cpuMax: cpusToCpuMax(inst.cpuLimit),
    fromUs: from * 1000,
    toUs: nowMs * 1000,
    periodOriginUs: (inst.startedAtMs ?? 0) * 1000,
  });
  inst.cpuStat.nrPeriods += stats.nrPeriods;
  inst.cpuStat.nrThrottled += stats.nrThrottled;
  inst.cpuStat.throttledMs += stats.throttledUs / 1000;
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
