import type { InstanceRecord, Job, PsResource, SimState, Simulation } from './state';

/**
 * Indexes over the state, derived from it and kept beside it (never in it, so snapshots and
 * the worker never carry them): which containers each VM holds, and which job on a resource
 * belongs to which instance. Without them every VM event scanned every instance and the
 * engine's cost grew with the square of the board. Rebuilt lazily from the state when the
 * state object changes (a restored snapshot), kept current by the few places that change
 * what they index (adding and removing an instance, pushing and popping a job).
 */

/** Containers in each VM, in the order they were added (the board's order). */
const childIndexes = new WeakMap<SimState, Map<string, InstanceRecord[]>>();

function childIndex(state: SimState): Map<string, InstanceRecord[]> {
  let index = childIndexes.get(state);
  if (!index) {
    index = new Map();
    for (const name of state.order) {
      const inst = state.instances[name]!;
      if (inst.spec.kind === 'container' && inst.spec.in) push(index, inst.spec.in, inst);
    }
    childIndexes.set(state, index);
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const NONE: readonly InstanceRecord[] = [];

/** The containers a VM holds (read-only: a live view of the index). */
export function childrenIn(sim: Simulation, vmName: string): readonly InstanceRecord[] {
  return childIndex(sim.state).get(vmName) ?? NONE;
}

/** Call after a record joined `state.instances` and `state.order`. */
export function noteAdded(sim: Simulation, inst: InstanceRecord): void {
  const index = childIndexes.get(sim.state);
  if (index && inst.spec.kind === 'container' && inst.spec.in) push(index, inst.spec.in, inst);
}

/** Call after a record left `state.instances` and `state.order`. */
export function noteRemoved(sim: Simulation, inst: InstanceRecord): void {
  const index = childIndexes.get(sim.state);
  if (!index) return;
  if (inst.spec.kind === 'container' && inst.spec.in) {
    const list = index.get(inst.spec.in);
    if (list) {
      const at = list.indexOf(inst);
      if (at >= 0) list.splice(at, 1);
    }
  }
  index.delete(inst.spec.name);
}

/** Jobs on a resource by id, and each instance's latest phase job (cancelled ones included until popped). */
interface JobIndex {
  byId: Map<number, Job>;
  byInstance: Map<string, Job>;
}

const jobIndexes = new WeakMap<PsResource, JobIndex>();

function jobIndex(r: PsResource): JobIndex {
  let index = jobIndexes.get(r);
  if (!index) {
    index = { byId: new Map(), byInstance: new Map() };
    for (const job of r.jobs) addToIndex(index, job);
    jobIndexes.set(r, index);
  }
  return index;
}

function addToIndex(index: JobIndex, job: Job): void {
  index.byId.set(job.id, job);
  if (job.owner.kind !== 'phase') return;
  const prior = index.byInstance.get(job.owner.instance);
  if (!prior || job.id > prior.id) index.byInstance.set(job.owner.instance, job);
}

export function noteJobPushed(r: PsResource, job: Job): void {
  const index = jobIndexes.get(r);
  if (index) addToIndex(index, job);
}

export function noteJobPopped(r: PsResource, job: Job): void {
  const index = jobIndexes.get(r);
  if (!index) return;
  index.byId.delete(job.id);
  if (job.owner.kind === 'phase' && index.byInstance.get(job.owner.instance) === job) index.byInstance.delete(job.owner.instance);
}

/** Whether a job with this id is still in the resource's heap. */
export function hasJob(r: PsResource, id: number): boolean {
  return jobIndex(r).byId.has(id);
}

/** The job of an instance's phase of generation `gen`, if it is still in the heap. */
export function phaseJobOf(r: PsResource, instance: string, gen: number): Job | undefined {
  const job = jobIndex(r).byInstance.get(instance);
  return job && job.owner.kind === 'phase' && job.owner.gen === gen ? job : undefined;
}

/** A restored state whose records and membership are the ones `from` had keeps its index of children. */
export function carryChildIndex(from: SimState, to: SimState): void {
  const index = childIndexes.get(from);
  if (index && from.instances === to.instances) childIndexes.set(to, index);
}
