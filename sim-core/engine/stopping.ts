import type { InstanceRecord, Simulation } from './state';
import { emit, schedule } from './emit';
import { touch } from './changes';
import { stopInstance } from './lifecycle';
import { appStarted } from './plan';
import { EXIT_SIGKILL } from './memory';
import { figureValue } from '../catalogue/figure';

/**
 * Stopping takes time, as on a real machine. `docker stop` sends the image's stop signal; an
 * app that handles it exits after its own shutdown (exit 0), one that ignores it (a bare
 * interpreter as PID 1) is killed with SIGKILL after Docker's 10 s grace (exit 137). A VM's
 * clean shutdown (`vagrant halt`, an ACPI power button) takes its guest's shutdown time.
 * The log says when the stop was asked (`instance/stopping`) and how long it took
 * (`instance/stopped`'s `ms`), so a terminal's `time docker stop` prints a real-shaped figure.
 */

interface StopPlan { ms: number; exitCode: number; signal: string; graceExpired: boolean }

function planStop(sim: Simulation, inst: InstanceRecord): StopPlan {
  const spec = inst.spec;
  if (spec.kind === 'vm') {
    const shutdown = sim.catalogue.guestOses[spec.os]?.shutdownMs?.value ?? 0;
    return { ms: Math.round(shutdown), exitCode: 0, signal: 'ACPI shutdown', graceExpired: false };
  }
  const image = sim.catalogue.images[spec.image];
  const stop = image ? sim.catalogue.apps[image.app]?.stop : undefined;
  if (stop === null) {
    return { ms: Math.round(figureValue(sim.catalogue, 'docker-stop-grace')), exitCode: EXIT_SIGKILL, signal: 'SIGTERM', graceExpired: true };
  }
  return { ms: Math.round(stop?.ms.value ?? 0), exitCode: 0, signal: stop?.signal ?? 'SIGTERM', graceExpired: false };
}

/**
 * `docker stop` / `vagrant halt`: a running instance, or a container whose process has started,
 * gets its stop signal and exits when its shutdown is done; one still starting (or waiting for
 * its VM) is stopped at once.
 */
export function requestStop(sim: Simulation, inst: InstanceRecord, cause: string): void {
  // Once its process runs (its app's init included) it gets the signal; before, nothing runs to get it.
  if (inst.state !== 'running' && !appStarted(inst)) {
    stopInstance(sim, inst, cause);
    return;
  }
  const plan = planStop(sim, inst);
  const graceMs = plan.graceExpired ? plan.ms : null;
  const c = emit(sim, 'instance/stopping', inst.spec.name, cause, { signal: plan.signal, graceMs, expectedMs: plan.ms });
  if (plan.ms <= 0) {
    stopInstance(sim, inst, c, plan.exitCode, { signal: plan.signal, ms: 0 });
    return;
  }
  touch(sim, inst);
  inst.stopping = { sinceMs: sim.state.nowMs, exitCode: plan.exitCode, signal: plan.signal, graceExpired: plan.graceExpired };
  schedule(sim, sim.state.nowMs + plan.ms, { k: 'stop-done', name: inst.spec.name, gen: inst.gen });
}

/** The app exited (or the grace ran out and SIGKILL came): the instance is stopped. */
export function onStopDone(sim: Simulation, name: string, gen: number): boolean {
  const inst = sim.state.instances[name];
  if (!inst || inst.gen !== gen || !inst.stopping) return false;
  const st = inst.stopping;
  touch(sim, inst);
  inst.stopping = null;
  const ms = sim.state.nowMs - st.sinceMs;
  stopInstance(sim, inst, 'stop', st.exitCode, st.graceExpired
    ? { signal: 'SIGKILL', ms, reason: `did not exit on ${st.signal} within the grace period` }
    : { signal: st.signal, ms });
  return true;
}
