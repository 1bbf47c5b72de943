import type { Job, PsResource, ResourceName, Simulation } from './state';
import { schedule } from './emit';
import { hasJob, noteJobPopped, noteJobPushed } from './board-index';

/**
 * Processor-sharing resources (CPU cores for boot work, registry bandwidth for pulls).
 * All jobs on a resource get the same rate, so completions are ordered by one virtual
 * clock and computed in closed form between events (no event per time slice).
 */

/** Tolerance for float rounding when a job's virtual finish is reached. */
const EPSILON = 1e-9;

export function createResource(name: ResourceName, capacity: number, nowMs: number): PsResource {
  return { name, capacity, v: 0, lastMs: nowMs, rate: 0, jobs: [], cancelled: {}, active: 0, gen: 0 };
}

function jobLess(a: Job, b: Job): boolean {
  return a.vFinish < b.vFinish || (a.vFinish === b.vFinish && a.id < b.id);
}

function heapPush(h: Job[], job: Job): void {
  h.push(job);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!jobLess(h[i]!, h[p]!)) break;
    [h[i], h[p]] = [h[p]!, h[i]!];
    i = p;
  }
}

function heapPop(h: Job[]): Job | undefined {
  const top = h[0];
  const last = h.pop();
  if (h.length > 0 && last) {
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < h.length && jobLess(h[l]!, h[m]!)) m = l;
      if (r < h.length && jobLess(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
  return top;
}

function tolerance(r: PsResource): number {
  return EPSILON * Math.max(1, r.v);
}

/** Brings the virtual clock up to now. */
export function advanceClock(r: PsResource, nowMs: number): void {
  r.v += r.rate * (nowMs - r.lastMs);
  r.lastMs = nowMs;
}

function dropCancelledTop(r: PsResource): void {
  while (r.jobs.length > 0 && r.cancelled[r.jobs[0]!.id]) {
    const j = heapPop(r.jobs)!;
    noteJobPopped(r, j);
    delete r.cancelled[j.id];
  }
}

/** Schedules the check for the earliest completion under the current rate. */
export function reschedule(sim: Simulation, r: PsResource): void {
  r.gen++;
  dropCancelledTop(r);
  const first = r.jobs[0];
  if (!first || r.rate <= 0) return;
  const remaining = first.vFinish - r.v;
  const at = remaining <= tolerance(r)
    ? sim.state.nowMs
    : sim.state.nowMs + Math.max(1, Math.ceil(remaining / r.rate - EPSILON));
  schedule(sim, at, { k: 'resource', res: r.name, gen: r.gen });
}

export function addJob(sim: Simulation, r: PsResource, work: number, owner: Job['owner']): number {
  advanceClock(r, sim.state.nowMs);
  const id = sim.state.nextJobId++;
  const job: Job = { id, vFinish: r.v + work, owner };
  heapPush(r.jobs, job);
  noteJobPushed(r, job);
  r.active++;
  return id;
}

export function cancelJob(r: PsResource, id: number): void {
  if (hasJob(r, id)) {
    r.cancelled[id] = true;
    r.active--;
  }
}

/** Sets a new per-job rate (after the set of jobs or competing load changed). */
export function setRate(sim: Simulation, r: PsResource, rate: number): void {
  advanceClock(r, sim.state.nowMs);
  if (rate !== r.rate || r.jobs.length > 0) {
    r.rate = rate;
    reschedule(sim, r);
  }
}

/** Removes and returns every job whose work is done by now. */
export function takeFinished(sim: Simulation, r: PsResource): Job[] {
  advanceClock(r, sim.state.nowMs);
  const done: Job[] = [];
  for (;;) {
    dropCancelledTop(r);
    const first = r.jobs[0];
    if (!first || first.vFinish - r.v > tolerance(r)) break;
    heapPop(r.jobs);
    noteJobPopped(r, first);
    r.active--;
    done.push(first);
  }
  return done;
}
