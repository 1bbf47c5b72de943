import type { InstanceRecord, Simulation } from './state';
import { figureValue } from '../catalogue/figure';
import { touch } from './changes';

/**
 * The container engine inside a VM's guest (dockerd and containerd, started by systemd after
 * the network is online). A container started in a VM waits for its VM to be ready and then
 * for this engine; both waits count in its readyMs (the scenario format's contract).
 */

/** Called when a VM becomes ready: its engine serves its API this long after. */
export function startGuestEngine(sim: Simulation, vm: InstanceRecord): void {
  touch(sim, vm);
  vm.engineReadyAtMs = sim.state.nowMs + Math.round(figureValue(sim.catalogue, 'dockerd-start'));
}

/** How long a container starting now in `vm` still waits for the guest's engine (0: it serves). */
export function guestEngineWaitMs(sim: Simulation, vm: InstanceRecord): number {
  if (vm.engineReadyAtMs === null) return 0;
  return Math.max(0, vm.engineReadyAtMs - sim.state.nowMs);
}

/** A stopped VM's engine stops with it. */
export function stopGuestEngine(sim: Simulation, vm: InstanceRecord): void {
  touch(sim, vm);
  vm.engineReadyAtMs = null;
}
