/**
 * Figures about one instance that the view (what the page draws), the report (what the
 * runner prints) and the inspectors all show: computed here once, read by each.
 */
import type { InstanceRecord, Simulation } from '../engine/state';

/** Which kernel an instance's system calls reach (spec: `kernel`). */
export function kernelOf(inst: InstanceRecord): string {
  const spec = inst.spec;
  if (spec.kind === 'vm') return spec.name;
  if (spec.runtime !== 'runc') return spec.name;
  return spec.in ?? 'host';
}

/** The read-only image layers a container runs on (spec: `imageBytes`); 0 for a VM. */
export function imageBytesOf(sim: Simulation, inst: InstanceRecord): number {
  if (inst.spec.kind !== 'container') return 0;
  return sim.catalogue.images[inst.spec.image]!.layers.reduce((sum, l) => sum + l.sizeBytes.value, 0);
}

/** Memory the instance holds now, or held at the moment it stopped (spec: `memoryBytes`). */
export function reportedMemory(inst: InstanceRecord): number {
  if (inst.state === 'booting' || inst.state === 'running') return inst.memoryBytes;
  return inst.memoryAtStopBytes ?? 0;
}
