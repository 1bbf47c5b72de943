import type { Simulation } from './state';
import type { SimView, InstanceView } from './view';
import { kernelOf, imageBytesOf, hostDisk, hostMemory } from '../figures/index';
import { nextEventTime } from './simulation';
import { daemonWaitingSince } from './daemon';

/** The snapshot the page draws: derived from the state, never stored. */
export function getView(sim: Simulation): SimView {
  const s = sim.state;
  const now = s.nowMs;
  let busy = 0;
  const instances: InstanceView[] = s.order.map((name) => {
    const inst = s.instances[name]!;
    const spec = inst.spec;
    const planned = inst.state === 'booting' ? inst.plan[inst.phaseIndex] : undefined;
    const queuedSince = planned?.kind === 'daemon' ? daemonWaitingSince(sim, inst) : null;
    const phase = queuedSince === null ? planned : { name: 'daemon queue' };
    const phases = inst.phases.map((p) => ({ ...p }));
    if (phase) phases.push({ name: phase.name, startMs: queuedSince ?? inst.phaseStartMs, endMs: now });
    const top = !(spec.kind === 'container' && spec.in);
    if (top) busy += inst.cpuCores;
    return {
      name,
      kind: spec.kind,
      state: inst.state,
      phase: phase?.name ?? null,
      phases,
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
  });
  // Boot work in progress also keeps cores busy.
  busy += Math.min(s.cpu.capacity, s.cpu.active * s.cpu.rate);
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
      cpuBusyCores: Math.min(sim.scenario.host.cpus, busy),
      compromised: s.host.compromised,
    },
    instances,
    incidents: s.incidents.map((i) => ({ ...i })),
    logLength: s.log.length,
    nextEventMs: nextEventTime(sim),
  };
}
