/**
 * A container's cgroup over time, from the memory history and the event log: memory.current
 * against memory.max with the OOM kill marked, CPU wanted and granted against the cpu.max
 * quota with the throttled periods. Pure data; the page scales and draws it.
 */
import type { ContainerSpec } from '../scenario/types';
import type { LogEntry, OomKilledData } from '../engine/log';
import type { MemorySample } from '../engine/view';
import { cpusToCpuMax, cpuMaxFileText, dockerFlagsToCgroup, memoryMaxFileText, memorySwapMaxFileText, pidsMaxFileText } from '../cgroups/docker-flags';
import { dockerSize } from '../docker/run-line';

/** From `atMs` on the series holds `value` (null: no limit). */
export interface Step {
  atMs: number;
  value: number | null;
}

export interface CgroupSeries {
  name: string;
  memory: Step[];
  /** memory.max over time (null: `max`). */
  memoryLimit: Step[];
  /** OOM kills of this container: by its cgroup, the host's OOM killer, or its VM's guest kernel. */
  oomKills: Array<{ atMs: number; scope: OomKilledData['scope'] }>;
  /** Cores the app wants while running. */
  cpuWanted: Step[];
  /** What cpu.max lets it use: min(wanted, quota) (contention with others not counted). */
  cpuAllowed: Step[];
  /** cpu.max as cores over time (null: `max`). */
  cpuQuota: Step[];
  throttled: Array<{ fromMs: number; toMs: number }>;
  endMs: number;
}

/** Appends a step unless it repeats the last value; a step at the same instant replaces it. */
function push(steps: Step[], atMs: number, value: number | null): void {
  const last = steps[steps.length - 1];
  if (last && last.atMs === atMs) {
    last.value = value;
    return;
  }
  if (last && last.value === value) return;
  steps.push({ atMs, value });
}

const STOPS = new Set(['instance/stopped', 'instance/killed']);

/**
 * `initialCpuWanted`: cores the app wants once running before any load event (its idle
 * CPU from the catalogue). `nowMs` closes open intervals.
 */
export function cgroupSeries(log: readonly LogEntry[], history: readonly MemorySample[], spec: ContainerSpec, initialCpuWanted: number, nowMs: number): CgroupSeries {
  const name = spec.name;
  const memory: Step[] = [{ atMs: 0, value: 0 }];
  for (const s of history) if (s.name === name) push(memory, s.atMs, s.bytes);

  const memoryLimit: Step[] = [{ atMs: 0, value: spec.memoryBytes }];
  const cpuQuota: Step[] = [{ atMs: 0, value: spec.cpus }];
  const cpuWanted: Step[] = [{ atMs: 0, value: 0 }];
  const cpuAllowed: Step[] = [{ atMs: 0, value: 0 }];
  const oomKills: CgroupSeries['oomKills'] = [];
  const throttled: CgroupSeries['throttled'] = [];
  let running = false;
  let demand = initialCpuWanted;
  let quota = spec.cpus;
  let throttledFrom: number | null = null;

  const updateCpu = (atMs: number): void => {
    const wanted = running ? demand : 0;
    push(cpuWanted, atMs, wanted);
    push(cpuAllowed, atMs, quota === null ? wanted : Math.min(wanted, quota));
  };
  const endThrottle = (atMs: number): void => {
    if (throttledFrom !== null) throttled.push({ fromMs: throttledFrom, toMs: atMs });
    throttledFrom = null;
  };

  for (const e of log) {
    if (e.subject !== name) continue;
    if (e.type === 'instance/ready') {
      running = true;
      updateCpu(e.atMs);
    } else if (STOPS.has(e.type)) {
      running = false;
      updateCpu(e.atMs);
      endThrottle(e.atMs);
    } else if (e.type === 'instance/load-changed' && e.data.cpu !== null) {
      demand = e.data.cpu;
      updateCpu(e.atMs);
    } else if (e.type === 'cgroup/limits-changed') {
      push(memoryLimit, e.atMs, e.data.memoryBytes);
      quota = e.data.cpus;
      push(cpuQuota, e.atMs, quota);
      updateCpu(e.atMs);
    } else if (e.type === 'cgroup/throttled') {
      throttledFrom ??= e.atMs;
    } else if (e.type === 'cgroup/unthrottled') {
      endThrottle(e.atMs);
    } else if (e.type === 'oom/killed') {
      oomKills.push({ atMs: e.atMs, scope: e.data.scope });
    }
  }
  endThrottle(nowMs);
  return { name, memory, memoryLimit, oomKills, cpuWanted, cpuAllowed, cpuQuota, throttled, endMs: nowMs };
}

/** The value of a step series at `atMs`. */
export function valueAt(steps: readonly Step[], atMs: number): number | null {
  let value: number | null = null;
  for (const s of steps) {
    if (s.atMs > atMs) break;
    value = s.value;
  }
  return value;
}

/** The `docker run` flags for these limits (`docker update` takes the same ones live). */
export function dockerLimitFlags(memoryBytes: number | null, cpus: number | null, pidsLimit: number | null): string[] {
  const flags: string[] = [];
  if (memoryBytes !== null) flags.push(`--memory=${dockerSize(memoryBytes)}`);
  if (cpus !== null) flags.push(`--cpus=${cpus}`);
  if (pidsLimit !== null) flags.push(`--pids-limit=${pidsLimit}`);
  return flags;
}

export interface LimitSettings {
  memoryBytes: number | null;
  cpus: number | null;
  pidsLimit: number | null;
  memorySwapBytes?: number | null;
  cpuShares?: number;
}

/** The cgroup v2 files runc writes for these limits, as `cat` prints them. */
export function cgroupFileTexts(l: LimitSettings): Record<string, string> {
  const limits = dockerFlagsToCgroup({
    ...(l.memoryBytes !== null ? { memory: l.memoryBytes } : {}),
    ...(l.memorySwapBytes != null ? { memorySwap: l.memorySwapBytes } : {}),
    ...(l.cpus !== null ? { cpus: l.cpus } : {}),
    ...(l.pidsLimit !== null ? { pidsLimit: l.pidsLimit } : {}),
    ...(l.cpuShares !== undefined ? { cpuShares: l.cpuShares } : {}),
  });
  return {
    'memory.max': memoryMaxFileText(limits.memoryMax),
    'memory.swap.max': memorySwapMaxFileText(limits.memorySwapMax),
    'cpu.max': cpuMaxFileText(l.cpus === null ? 'max' : cpusToCpuMax(l.cpus)),
    'cpu.weight': String(limits.cpuWeight),
    'pids.max': pidsMaxFileText(limits.pidsMax),
  };
}
