import type { InstanceRecord, Simulation } from './state';
import { guestCacheBytes, guestUsedBytes } from './guest-memory';

/**
 * A VirtualBox VM's saved state (`vagrant suspend`, VBoxManage controlvm savestate): the
 * guest's whole state, its RAM included, in a `.sav` file on the host's disk ("a .sav file
 * contains always the *complete* state of the guest", VirtualBox's developers on vbox-dev,
 * 2012-10-11). Its size here is what the guest holds, in use and in its page cache: pages
 * it never touched are zero, and VirtualBox's saved-state code records a zero page without its
 * contents, even where the host backs all of the VM's RAM. A guest that touches every page
 * (Windows) saves all of it. An estimate: the few MiB of device state and the stream's
 * compression are not modelled.
 */
export const RESTORE_PHASE = 'restore state';

/** The state file a VM's suspend writes now: the guest memory it holds (see above). */
export function stateFileBytes(sim: Simulation, inst: InstanceRecord): number {
  const spec = inst.spec;
  if (spec.kind !== 'vm') return 0;
  if (sim.catalogue.guestOses[spec.os]!.touchesAllMemory) return spec.memoryBytes;
  const used = guestUsedBytes(sim, inst);
  return Math.min(spec.memoryBytes, used + guestCacheBytes(sim, inst, used));
}
