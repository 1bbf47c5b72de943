import type { InstanceRecord, Simulation } from '../engine/state';
import type { InstanceReport, Report, AppliedOverheads } from './types';
import { cpuStatAt } from '../engine/cpu';
import { hostDisk, hostMemory, imageBytesOf, instanceOverheads, kernelOf, overheadsMemo, reportedMemory, swapOf } from '../figures/index';

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function overheadsOf(sim: Simulation, inst: InstanceRecord): AppliedOverheads {
  return instanceOverheads(sim.catalogue, inst.spec);
}

function instanceReport(sim: Simulation, inst: InstanceRecord, overheads: (spec: InstanceRecord['spec']) => AppliedOverheads): InstanceReport {
  const spec = inst.spec;
  const report: InstanceReport = {
    name: spec.name,
    kind: spec.kind,
    state: inst.state,
    readyMs: inst.readyMs,
    // The spans themselves are never changed (a record's phases are replaced: engine/lifecycle.ts).
    phases: inst.phases.slice(),
    memoryBytes: reportedMemory(inst),
    diskBytes: inst.diskBytes,
    imageBytes: imageBytesOf(sim, inst),
    kernel: kernelOf(inst),
  };
  if (inst.exitCode !== null) report.exitCode = inst.exitCode;
  if (swapOf(inst) > 0) report.swapBytes = swapOf(inst);
  report.overheads = overheads(spec);
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
  const disk = hostDisk(sim);
  const memory = hostMemory(sim);
  // Instances alike share one overheads value within the report.
  const overheads = overheadsMemo(sim.catalogue);
  return {
    scenario: sim.scenario.name,
    seed: sim.scenario.seed,
    simulatedMs: s.nowMs,
    events: s.processed,
    host: {
      memoryTotalBytes: sim.scenario.host.memoryBytes,
      memoryUsedBytes: memory.usedBytes,
      diskUsedBytes: disk.totalBytes,
      disk: {
        imagesBytes: disk.imagesBytes, pullingBytes: disk.pullingBytes, writableBytes: disk.writableBytes,
        vmDisksBytes: disk.vmDisksBytes, logsBytes: disk.logsBytes,
      },
      ...(memory.swapTotalBytes > 0 ? { swap: { totalBytes: memory.swapTotalBytes, usedBytes: memory.swapUsedBytes } } : {}),
    },
    instances: s.order.map((name) => instanceReport(sim, s.instances[name]!, overheads)),
    incidents: s.incidents.map((i) => ({ ...i, ...(i.targets ? { targets: [...i.targets] } : {}) })),
  };
}
