import type { InstanceRecord } from './state';

/**
 * A VirtualBox VM's saved state (`vagrant suspend`, VBoxManage controlvm savestate): the
 * guest's whole state, its RAM included, in a `.sav` file on the host's disk ("a .sav file
 * contains always the *complete* state of the guest", VirtualBox's developers on vbox-dev,
 * 2012-10-11). Its size here is the guest memory the host backs for the VM: pages the guest
 * never touched are zero and VirtualBox's saved-state code records a zero page without its
 * contents. An estimate: the few MiB of device state and the stream's compression are not
 * modelled.
 */
export const RESTORE_PHASE = 'restore state';

/** The state file a VM's suspend writes now: the guest memory the host backs for it. */
export function stateFileBytes(inst: InstanceRecord): number {
  return inst.guestPeakBytes;
}
