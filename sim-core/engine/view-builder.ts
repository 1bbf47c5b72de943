import type { InstanceRecord, Simulation } from './state';
import type { SimView, InstanceView, PhaseSpan } from './view';
import { kernelOf, imageBytesOf, hostCpuBusyCores, hostDisk, hostMemory } from '../figures/index';
import { nextEventTime } from './simulation';
import { daemonWaitingSince } from './daemon';
import { withPhases } from './view-copy';

/**
 * What an instance's view was built from, so a view can be reused while they stand: the
 * record's nested values are replaced, never mutated (state.ts), so the same `phases` array
 * means the same finished phases.
 */
interface CachedView {
  view: InstanceView;
  spec: InstanceRecord['spec'];
  phases: InstanceRecord['phases'];
  /** The view's copy of the finished phases (the open one, if any, is added after them). */
  closed: PhaseSpan[];
  open: string | null;
  openStartMs: number;
}

/**
 * Views of instances kept between calls of getView (the worker's frames): an instance whose
 * record did not change since the last call gets the very same view object, and one in a
 * phase in progress a copy whose open phase ends now. Building 10,000 views afresh took the
 * worker ~50 ms a frame. Keyed by record, so a new run or a restored record starts afresh.
 */
export type ViewCache = WeakMap<InstanceRecord, CachedView>;

export function createViewCache(): ViewCache {
  return new WeakMap();
}

/** Whether the view shows the record's own figures as they are now (the rest comes from the spec, checked by identity). */
function sameFigures(v: InstanceView, inst: InstanceRecord): boolean {
  return v.state === inst.state && v.readyMs === inst.readyMs && v.memoryBytes === inst.memoryBytes
    && v.memoryLimitBytes === inst.memoryLimitBytes && v.cpuCores === inst.cpuCores && v.cpuLimit === inst.cpuLimit
    && v.throttled === inst.throttled && v.diskBytes === inst.diskBytes && v.compromised === inst.compromised
    && v.exitCode === inst.exitCode;
}

function instanceView(sim: Simulation, name: string, inst: InstanceRecord, now: number, cache: ViewCache | undefined): InstanceView {
  const spec = inst.spec;
  const planned = inst.state === 'booting' ? inst.plan[inst.phaseIndex] : undefined;
  const queuedSince = planned?.kind === 'daemon' ? daemonWaitingSince(sim, inst) : null;
  const open = queuedSince === null ? planned?.name ?? null : 'daemon queue';
  const openStartMs = queuedSince ?? inst.phaseStartMs;
  const cached = cache?.get(inst);
  if (cached && cached.spec === spec && cached.phases === inst.phases && cached.open === open && (open === null || cached.openStartMs === openStartMs) && sameFigures(cached.view, inst)) {
    if (open === null || cached.view.phases[cached.view.phases.length - 1]!.endMs === now) return cached.view;
    cached.view = withPhases(cached.view, [...cached.closed, { name: open, startMs: openStartMs, endMs: now }]);
    return cached.view;
  }
  const closed = inst.phases.map((p) => ({ ...p }));
  const view: InstanceView = {
    name,
    kind: spec.kind,
    state: inst.state,
    phase: open,
    phases: open === null ? closed : [...closed, { name: open, startMs: openStartMs, endMs: now }],
    readyMs: inst.readyMs,
    memoryBytes: inst.memoryBytes,
    memoryLimitBytes: inst.memoryLimitBytes,
    cpuCores: inst.cpuCores,
    cpuLimit: inst.cpuLimit,
    throttled: inst.throttled,
    diskBytes: inst.diskBytes,
    imageBytes: imageBytesOf(sim, inst),
    kernel: kernelOf(inst),
    in: spec.kind === 'container' && spec.in ? spec.in : 'host',
    compromised: inst.compromised,
    exitCode: inst.exitCode,
    technology: spec.kind === 'vm' ? spec.profile : spec.runtime,
    software: spec.kind === 'vm' ? spec.os : spec.image,
  };
  cache?.set(inst, { view, spec, phases: inst.phases, closed, open, openStartMs });
  return view;
}

/**
 * The snapshot the page draws: derived from the state, never stored. With a cache
 * (createViewCache), instances that did not change keep their view objects from the last call.
 */
export function getView(sim: Simulation, cache?: ViewCache): SimView {
  const s = sim.state;
  const now = s.nowMs;
  const instances: InstanceView[] = s.order.map((name) => instanceView(sim, name, s.instances[name]!, now, cache));
  const disk = hostDisk(sim);
  const memory = hostMemory(sim);
  return {
    nowMs: now,
    host: {
      cpus: sim.scenario.host.cpus,
      memoryTotalBytes: sim.scenario.host.memoryBytes,
      memoryUsedBytes: memory.usedBytes,
      swapTotalBytes: memory.swapTotalBytes,
      swapUsedBytes: memory.swapUsedBytes,
      baseMemoryBytes: s.host.baseMemoryBytes,
      diskTotalBytes: sim.scenario.host.diskBytes,
      diskUsedBytes: disk.totalBytes,
      disk,
      cpuBusyCores: hostCpuBusyCores(sim),
      compromised: s.host.compromised,
    },
    instances,
    incidents: s.incidents.map((i) => ({ ...i })),
    logLength: s.log.length,
    nextEventMs: nextEventTime(sim),
  };
}
