/**
 * A container lives as long as its main process (PID 1). Most images run a server that runs
 * until stopped; some programs end by themselves, and the container exits with them: hello-world
 * prints its message and exits 0, `docker run -d busybox sleep 5` exits 0 five seconds after its
 * process started. The engine ends those itself, at each start, so a restart policy loops as
 * Docker's does (`--restart always busybox sleep 10` exits every 10 s and comes back after its
 * back-off) and `docker start` of an exited hello-world exits again.
 *
 * What is modelled: a main process that is `sleep DURATION...` (the words after the image, or
 * `--entrypoint sleep` with them; an official image's entrypoint script execs the command it is
 * given) and an image whose default program ends by itself (AppDef.exitsAfter). Any other
 * command is the image's program, which runs until stopped; the terminal runs one-shot lines
 * (`echo hi`) itself.
 */
import type { Catalogue } from '../catalogue/types';
import type { ContainerSpec, InstanceSpec } from '../scenario/types';
import type { InstanceRecord, Simulation } from './state';
import { schedule } from './emit';
import { exitInstance } from './lifecycle';
import { isLive } from './memory';
import { sleepDuration } from '../rules/sleep-duration';

/** How long after it starts a container's main process ends by itself, and with which code; null: it runs until stopped. */
export function mainProcessLifetime(catalogue: Catalogue, spec: InstanceSpec): { ms: number; exitCode: number } | null {
  if (spec.kind !== 'container') return null;
  const command = commandOf(spec);
  if (command === undefined) {
    const image = catalogue.images[spec.image];
    const ends = image ? catalogue.apps[image.app]?.exitsAfter : undefined;
    return ends ? { ms: Math.round(ends.ms.value), exitCode: ends.code } : null;
  }
  const program = command[0]!.split('/').pop();
  if (program !== 'sleep') return null;
  const d = sleepDuration(command.slice(1));
  return 'ms' in d ? { ms: Math.round(d.ms), exitCode: 0 } : null;
}

/** What PID 1 runs when the command line says: `--entrypoint` with the command, or the command alone. */
function commandOf(spec: ContainerSpec): readonly string[] | undefined {
  const typed = spec.entrypoint?.length ? [...spec.entrypoint, ...(spec.command ?? [])] : spec.command;
  return typed && typed.length > 0 ? typed : undefined;
}

/** The container's process has just started (its app's init begins): its end is scheduled when it has one. */
export function startMainProcessClock(sim: Simulation, inst: InstanceRecord): void {
  const life = mainProcessLifetime(sim.catalogue, inst.spec);
  if (life) schedule(sim, sim.state.nowMs + life.ms, { k: 'main-exit', name: inst.spec.name, gen: inst.gen });
}

/**
 * How often a frozen process's due end is looked at again: its sleep is over, but a process in
 * the cgroup freezer cannot exit until it is thawed (`docker unpause`).
 */
const FROZEN_RECHECK_MS = 1000;

/** The main process's own end is due: the container exits (stale when it was stopped or restarted since). */
export function onMainExit(sim: Simulation, name: string, gen: number): boolean {
  const inst = Object.hasOwn(sim.state.instances, name) ? sim.state.instances[name]! : null;
  if (!inst || inst.gen !== gen || !isLive(inst) || inst.stopping) return false;
  if (inst.paused) {
    schedule(sim, sim.state.nowMs + FROZEN_RECHECK_MS, { k: 'main-exit', name, gen });
    return false;
  }
  exitInstance(sim, inst, 'its main process ended', mainProcessLifetime(sim.catalogue, inst.spec)!.exitCode);
  return true;
}
