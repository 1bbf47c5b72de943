/**
 * Where a VM's disk file comes from. Vagrant's VirtualBox provider imports the box on a
 * machine's first `vagrant up`: the box's disk image is copied whole into the new machine
 * (unless `linked_clone` is set; the cited `vagrant-box-import`). The copy streams through
 * the host's shared disk (engine/disk-io.ts), so it takes time and slows other disk work, and
 * the host keeps both the box (once per box, however many machines were made from it) and
 * each machine's copy. The other profiles' disks are on the host before the run (a cloud
 * image already converted, a WSL2 vhdx), as before.
 */
import type { VmSpec } from '../scenario/types';
import type { InstanceRecord, PlannedPhase, Simulation } from './state';

/** The name of the phase that copies the image, as the timeline shows it. */
export const IMAGE_COPY_PHASE = 'import box';

/** Profiles whose VMs copy their image on first start. */
const COPYING_PROFILES: readonly string[] = ['virtualbox'];

export function copiesImage(spec: VmSpec): boolean {
  return COPYING_PROFILES.includes(spec.profile);
}

/** Bytes of the VM's image (the catalogue's cited installed size of its guest OS). */
export function imageBytes(sim: Simulation, spec: VmSpec): number {
  return sim.catalogue.guestOses[spec.os]!.diskBytes.value;
}

/** The copy to do before the VM can boot, or null when its disk exists. */
export function imageCopyPhase(sim: Simulation, inst: InstanceRecord): PlannedPhase | null {
  const spec = inst.spec;
  if (spec.kind !== 'vm' || inst.imageCopied || !copiesImage(spec)) return null;
  return { name: IMAGE_COPY_PHASE, kind: 'io', amount: imageBytes(sim, spec), memoryAfterBytes: 0 };
}

/** Whether the phase that just ended was the image copy (its bytes are now the VM's disk). */
export function isImageCopy(inst: InstanceRecord, phase: PlannedPhase): boolean {
  return inst.spec.kind === 'vm' && !inst.imageCopied && phase.name === IMAGE_COPY_PHASE && phase.kind === 'io';
}
