/**
 * Compose's `depends_on` conditions (pkg/compose/convergence.go, github.com/docker/compose):
 * a container's start is held, the container left `created`, until each dependency's condition
 * holds. `started`: the dependency's start has begun (Compose starts services in dependency
 * order and does not poll for it). `healthy` and `completed`: Compose polls every 500 ms from
 * when it began to wait, so the start goes on at the first such tick at which every condition
 * holds, even when they held already. A required dependency that cannot hold refuses the start
 * in Compose's words (`dependency failed to start: container db is unhealthy`, `container db
 * has no healthcheck configured`, `service "init" didn't complete successfully: exit 1`); an
 * optional one (`required: false`) is skipped with Compose's warning.
 *
 * The engine does not poll: a held start is checked at the tick after each change of what its
 * conditions read (a dependency starting, stopping, its health, its removal), which gives the
 * same moment.
 */
import type { DependencySpec } from '../scenario/types';
import type { InstanceRecord, Simulation } from './state';
import { emit, schedule } from './emit';
import { touch } from './changes';
import { startInstance } from './lifecycle';
import { probeOf } from './health';

/** Compose's ticker (waitDependency). */
export const COMPOSE_POLL_MS = 500;

type Verdict = { kind: 'met' } | { kind: 'wait' } | { kind: 'failed'; error: string; optional: string };

function find(sim: Simulation, name: string): InstanceRecord | null {
  return Object.hasOwn(sim.state.instances, name) ? sim.state.instances[name]! : null;
}

const label = (d: DependencySpec) => `${d.name} (${d.condition})`;

/** Whether a dependency's start has begun (or it ran already): before that, Compose would still be starting it. */
function hasStarted(dep: InstanceRecord): boolean {
  return (dep.state === 'booting' || dep.state === 'running' || dep.state === 'exited' || dep.state === 'failed') && dep.held === null && !dep.pendingStart;
}

/** One dependency's condition now (isServiceHealthy, isServiceCompleted). */
function verdict(sim: Simulation, dependant: string, d: DependencySpec): Verdict {
  const dep = find(sim, d.name);
  if (!dep) return { kind: 'failed', error: `${dependant} is missing dependency ${d.name}`, optional: `${dependant} is missing dependency ${d.name}` };
  if (!hasStarted(dep)) return { kind: 'wait' };
  if (d.condition === 'started') return { kind: 'met' };
  const exited = dep.state === 'exited' || dep.state === 'failed';
  const code = dep.exitCode ?? (dep.state === 'failed' ? 128 : 0);
  if (d.condition === 'completed') {
    if (!exited) return { kind: 'wait' };
    if (code === 0) return { kind: 'met' };
    const suffix = `"${d.name}" didn't complete successfully: exit ${code}`;
    return { kind: 'failed', error: `service ${suffix}`, optional: `optional dependency ${suffix}` };
  }
  const failed = (why: string): Verdict => ({ kind: 'failed', error: `dependency failed to start: ${why}`, optional: `optional dependency "${d.name}" failed to start: ${why}` });
  if (exited) return failed(`container ${d.name} exited (${code})`);
  if (!probeOf(dep)) return failed(`container ${d.name} has no healthcheck configured`);
  // Before its process runs the monitor has not begun: Compose's start call has not returned yet.
  const status = dep.health && dep.health.nextProbeMs !== null ? dep.health.status : 'starting';
  if (status === 'healthy') return { kind: 'met' };
  if (status === 'unhealthy') return failed(`container ${d.name} is unhealthy`);
  return { kind: 'wait' };
}

const polled = (deps: readonly DependencySpec[]) => deps.some((d) => d.condition !== 'started');

/** The next tick of Compose's poll at or after now (the first one a poll period after the wait began). */
function nextTick(sinceMs: number, nowMs: number): number {
  return sinceMs + COMPOSE_POLL_MS * Math.max(1, Math.ceil((nowMs - sinceMs) / COMPOSE_POLL_MS));
}

function scheduleCheck(sim: Simulation, inst: InstanceRecord, atMs: number): void {
  schedule(sim, atMs, { k: 'depends-check', name: inst.spec.name, gen: inst.gen });
}

/**
 * Called first by a start: true when it is held (the caller does nothing more now). A start
 * with only `started` dependencies already begun goes on at once; one with another condition
 * waits at least until Compose's first poll.
 */
export function holdForDependencies(sim: Simulation, inst: InstanceRecord, cause: string): boolean {
  const spec = inst.spec;
  if (spec.kind !== 'container' || !spec.dependsOn || inst.pendingStart) return false;
  const deps = spec.dependsOn;
  if (!polled(deps) && deps.every((d) => verdict(sim, spec.name, d).kind !== 'wait')) return false;
  const now = sim.state.nowMs;
  touch(sim, inst);
  inst.held = { sinceMs: now, waitingFor: deps.map(label) };
  inst.requestedAtMs = now;
  sim.state.held = [...sim.state.held, spec.name];
  emit(sim, 'container/waiting-for-dependencies', spec.name, cause, { waitingFor: deps.map(label) });
  if (polled(deps)) scheduleCheck(sim, inst, now + COMPOSE_POLL_MS);
  else checkHeld(sim, inst, cause);
  return true;
}

function unhold(sim: Simulation, inst: InstanceRecord): void {
  touch(sim, inst);
  inst.held = null;
  sim.state.held = sim.state.held.filter((n) => n !== inst.spec.name);
}

/** Checks a held start now: released, refused, or still held. */
function checkHeld(sim: Simulation, inst: InstanceRecord, cause: string): void {
  const spec = inst.spec;
  if (spec.kind !== 'container' || !inst.held) return;
  const deps = spec.dependsOn ?? [];
  const skipped: string[] = [];
  for (const d of deps) {
    const v = verdict(sim, spec.name, d);
    if (v.kind === 'wait') return;
    if (v.kind === 'failed') {
      if (d.required === false) skipped.push(v.optional);
      else {
        unhold(sim, inst);
        emit(sim, 'container/dependency-failed', spec.name, cause, { reason: v.error, dependency: d.name });
        return;
      }
    }
  }
  unhold(sim, inst);
  const c = emit(sim, 'container/dependencies-met', spec.name, cause, { dependencies: deps.map(label), skipped });
  startInstance(sim, inst, c, 'met');
}

/** Compose's poll tick for a held start. */
export function onDependsCheck(sim: Simulation, name: string, gen: number): boolean {
  const inst = find(sim, name);
  if (!inst || inst.gen !== gen || !inst.held) return false;
  checkHeld(sim, inst, 'compose');
  return true;
}

/**
 * What a held start's conditions read changed for `dep` (it started, stopped, was removed, its
 * health changed): each start held on it is checked at Compose's next tick (at once when it
 * only waits for starts, which Compose does not poll).
 */
export function dependencyChanged(sim: Simulation, dep: InstanceRecord, cause: string): void {
  if (sim.state.held.length === 0) return;
  const name = dep.spec.name;
  for (const heldName of sim.state.held) {
    const inst = find(sim, heldName);
    const spec = inst?.spec;
    if (!inst || !inst.held || spec?.kind !== 'container' || !spec.dependsOn?.some((d) => d.name === name)) continue;
    if (polled(spec.dependsOn)) scheduleCheck(sim, inst, nextTick(inst.held.sinceMs, sim.state.nowMs));
    else checkHeld(sim, inst, cause);
  }
}

/** A held start cancelled (the container stopped or removed before it began). */
export function cancelHold(sim: Simulation, inst: InstanceRecord): boolean {
  if (!inst.held) return false;
  unhold(sim, inst);
  return true;
}
