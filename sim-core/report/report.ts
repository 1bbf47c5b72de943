import type { InstanceRecord, Simulation } from '../engine/state';
import type { InstanceReport, Report, AppliedOverheads } from './types';
import { cpuStatAt } from '../engine/cpu';

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Which kernel an instance's system calls reach (spec: `kernel`). */
export function kernelOf(inst: InstanceRecord): string {
  const spec = inst.spec;
  if (spec.kind === 'vm') return spec.name;
  if (spec.runtime !== 'runc') return spec.name;
  return spec.in ?? 'host';
}

export function imageBytesOf(sim: Simulation, inst: InstanceRecord): number {
  if (inst.spec.kind !== 'container') return 0;
  return sim.catalogue.images[inst.spec.image]!.layers.reduce((sum, l) => sum + l.sizeBytes.value, 0);
}

export function overheadsOf(sim: Simulation, inst: InstanceRecord): AppliedOverheads {
  const spec = inst.spec;
  if (spec.kind === 'vm') {
    const p = sim.catalogue.vmProfiles[spec.profile]!;
    return {
      cpu: p.cpuOverhead.value, io: p.ioOverhead.value, syscall: 0, networkRttUs: p.networkRttUs.value,
      sources: [...new Set([p.cpuOverhead.source, p.ioOverhead.source, p.networkRttUs.source])],
    };
  }
  const r = sim.catalogue.runtimes[spec.runtime]!;
  return {
    cpu: r.cpuOverhead.value, io: r.ioOverhead.value, syscall: r.syscallOverhead.value, networkRttUs: 0,
    sources: [...new Set([r.cpuOverhead.source, r.ioOverhead.source, r.syscallOverhead.source])],
  };
}

/** Memory the instance holds now, or held at the moment it stopped. */
export function reportedMemory(inst: InstanceRecord): number {
  if (inst.state === 'booting' || inst.state === 'running') return inst.memoryBytes;
  return inst.memoryAtStopBytes ?? 0;
}

/** Disk the instances take on the host: each present layer once, VM disks, writable layers. */
export function hostDiskUsed(sim: Simulation): number {
  let used = 0;
  const seen: Record<string, true> = {};
  for (const image of Object.values(sim.catalogue.images)) {
    for (const layer of image.layers) {
      if (seen[layer.id] || sim.state.layers[layer.id]?.state !== 'present') continue;
      seen[layer.id] = true;
      used += layer.sizeBytes.value;
    }
  }
  for (const name of sim.state.order) used += sim.state.instances[name]!.diskBytes;
  return used;
}

function instanceReport(sim: Simulation, inst: InstanceRecord): InstanceReport {
  const spec = inst.spec;
  const report: InstanceReport = {
    name: spec.name,
    kind: spec.kind,
    state: inst.state,
    readyMs: inst.readyMs,
    phases: inst.phases.map((p) => ({ ...p })),
    memoryBytes: reportedMemory(inst),
    diskBytes: inst.diskBytes,
    imageBytes: imageBytesOf(sim, inst),
    kernel: kernelOf(inst),
  };
  if (inst.exitCode !== null) report.exitCode = inst.exitCode;
  report.overheads = overheadsOf(sim, inst);
  if (inst.state === 'running' && inst.cpuCores > 0) {
    report.cpuCores = round3(inst.cpuCores);
    report.cpuEffectiveCores = round3(inst.cpuCores / (1 + report.overheads.cpu));
  }
  report.in = spec.kind === 'container' && spec.in ? spec.in : 'host';
  if (spec.kind === 'container' && inst.cpuLimit !== null) report.cpuStat = cpuStatAt(inst, sim.state.nowMs);
  return report;
}

/** The runner's report, exactly as ../shared/spec/scenario-format.md specifies (plus extensions). */
export function getReport(sim: Simulation): Report {
  const s = sim.state;
  return {
    scenario: sim.scenario.name,
    seed: sim.scenario.seed,
    simulatedMs: s.nowMs,
    events: s.processed,
    host: {
      memoryTotalBytes: sim.scenario.host.memoryBytes,
      memoryUsedBytes: s.host.memoryUsedBytes,
      diskUsedBytes: hostDiskUsed(sim),
    },
    instances: s.order.map((name) => instanceReport(sim, s.instances[name]!)),
    incidents: s.incidents.map((i) => ({ ...i, ...(i.targets ? { targets: [...i.targets] } : {}) })),
  };
}
