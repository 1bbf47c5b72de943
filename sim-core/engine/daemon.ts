import type { DaemonState, InstanceRecord, Simulation } from './state';
import { schedule } from './emit';
import { endPhase, withSpan } from './lifecycle';
import { figureValue } from '../catalogue/figure';
import { byName } from './by-name';
import { touch } from './changes';

/**
 * The container engine (dockerd and containerd) as a resource of limited concurrency. Much of
 * `docker run` is serialised in the daemon (image and layer locks, the network endpoint under
 * libnetwork's locks, the shim), so a burst of starts drains at a few per second whatever the
 * core count (moby issue 42096, docker/for-linux issue 121). Each start's `create` phase is
 * served by one of the daemon's few servers for its serialised part, first come first served;
 * its parallel rest (runc, mounts, cgroup) then runs as CPU work. The time spent waiting is
 * recorded as a 'daemon queue' span, so the timeline shows the queue.
 *
 * One daemon per place containers run: the host's, and one in each VM's guest.
 */

/** Serialised ms of each start the daemon serves alone (the cited estimate). */
export function daemonSerialMs(sim: Simulation): number {
  return figureValue(sim.catalogue, 'docker-start-serial-cost');
}

function daemonKey(inst: InstanceRecord): string {
  return inst.spec.kind === 'container' && inst.spec.in ? inst.spec.in : 'host';
}

function daemonOf(sim: Simulation, key: string): DaemonState {
  let d = sim.state.daemons[key];
  if (!d) {
    const servers = Math.max(1, Math.round(figureValue(sim.catalogue, 'docker-start-concurrency')));
    d = { servers, serving: byName(), busy: 0, queue: [], head: 0 };
    sim.state.daemons[key] = d;
  }
  return d;
}

/**
 * The waiters by name, with when they began waiting (for the view, in O(1)): an index of the
 * queue kept beside the state, so snapshots never copy it. Made from the queue when the view
 * first asks (after a restored snapshot the daemon's state object is new), kept current from
 * then on: a replay after a seek or a run nobody draws (the runner) never builds it (thousands
 * waiting made it half of a seek's replay).
 */
const waitingIndexes = new WeakMap<DaemonState, Map<string, number>>();

function waitingOf(d: DaemonState): Map<string, number> {
  let index = waitingIndexes.get(d);
  if (!index) {
    index = new Map();
    for (let i = d.head; i < d.queue.length; i++) index.set(d.queue[i]!.name, d.queue[i]!.sinceMs);
    waitingIndexes.set(d, index);
  }
  return index;
}

function serve(sim: Simulation, d: DaemonState, inst: InstanceRecord): void {
  d.busy++;
  d.serving[inst.spec.name] = inst.gen;
  const phase = inst.plan[inst.phaseIndex]!;
  schedule(sim, sim.state.nowMs + phase.amount, { k: 'daemon-done', name: inst.spec.name, gen: inst.gen });
}

/** The instance's daemon phase begins: served now if a server is free, else queued. */
export function enterDaemon(sim: Simulation, inst: InstanceRecord): void {
  const d = daemonOf(sim, daemonKey(inst));
  if (d.busy < d.servers) serve(sim, d, inst);
  else {
    d.queue.push({ name: inst.spec.name, gen: inst.gen, sinceMs: sim.state.nowMs });
    waitingIndexes.get(d)?.set(inst.spec.name, sim.state.nowMs);
  }
}

/** Serves the next start still waiting (entries of stopped or restarted instances are dropped). */
function serveNext(sim: Simulation, d: DaemonState): void {
  while (d.busy < d.servers && d.head < d.queue.length) {
    const next = takeNext(d);
    // The index is kept only once something asked for it (built lazily after a restore).
    const waiting = waitingIndexes.get(d);
    if (waiting?.get(next.name) === next.sinceMs) waiting.delete(next.name);
    const inst = sim.state.instances[next.name];
    if (!inst || inst.gen !== next.gen || inst.state !== 'booting') continue;
    // The wait becomes its own span; the create phase is the service itself.
    if (next.sinceMs < sim.state.nowMs) {
      touch(sim, inst);
      inst.phases = withSpan(inst.phases, { name: 'daemon queue', startMs: next.sinceMs, endMs: sim.state.nowMs });
      inst.phaseStartMs = sim.state.nowMs;
    }
    serve(sim, d, inst);
  }
}

/** The first entry still waiting, taken off the queue. */
function takeNext(d: DaemonState): { name: string; gen: number; sinceMs: number } {
  const next = d.queue[d.head++]!;
  // Served entries are cut off once they are at least half the array (amortised O(1)).
  if (d.head >= 64 && d.head * 2 >= d.queue.length) {
    d.queue = d.queue.slice(d.head);
    d.head = 0;
  }
  return next;
}

function release(sim: Simulation, d: DaemonState, name: string): void {
  if (d.serving[name] === undefined) return;
  delete d.serving[name];
  d.busy--;
  serveNext(sim, d);
}

/** The serialised part is done: free the server; the phase goes on with its parallel rest (`then`). */
export function onDaemonDone(sim: Simulation, name: string, gen: number): boolean {
  const inst = sim.state.instances[name];
  if (!inst || inst.gen !== gen || inst.state !== 'booting') return false;
  const d = daemonOf(sim, daemonKey(inst));
  if (d.serving[name] !== gen) return false;
  release(sim, d, name);
  endPhase(sim, inst, 'daemon');
  return true;
}

/** An instance stopped or was killed during its daemon phase: give up its place or its server. */
export function leaveDaemon(sim: Simulation, inst: InstanceRecord): void {
  const d = sim.state.daemons[daemonKey(inst)];
  if (!d) return;
  const name = inst.spec.name;
  d.queue = d.queue.slice(d.head).filter((q) => q.name !== name);
  d.head = 0;
  waitingIndexes.get(d)?.delete(name);
  release(sim, d, name);
}

/** Since when a booting instance has waited in its daemon's queue, or null when it is not waiting. */
export function daemonWaitingSince(sim: Simulation, inst: InstanceRecord): number | null {
  const d = sim.state.daemons[daemonKey(inst)];
  return d ? waitingOf(d).get(inst.spec.name) ?? null : null;
}

/** How many starts are queued or being served by the daemon at `key` ('host' or a VM). */
export function daemonLoad(sim: Simulation, key: string): { serving: number; queued: number } {
  const d = sim.state.daemons[key];
  return { serving: d?.busy ?? 0, queued: d ? d.queue.length - d.head : 0 };
}
