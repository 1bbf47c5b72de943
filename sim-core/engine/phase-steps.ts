import type { InstanceRecord, PlannedStep, Simulation } from './state';
import { schedule } from './emit';
import { addJob, cancelJob } from './resources';
import { recomputeCpu } from './cpu';
import { updateDiskRate } from './disk-io';
import { phaseJobOf } from './board-index';
import { touch } from './changes';

/**
 * A phase's work: a wait (a timer that contention does not stretch), CPU work on the shared
 * cores, or bytes on the shared disk. A phase may go on with more steps (`then`) before it
 * ends, so a guest's userspace reads its disk, computes and waits, each on its own resource.
 */
export function startWork(sim: Simulation, inst: InstanceRecord, kind: PlannedStep['kind'], amount: number, cause: string): void {
  const name = inst.spec.name;
  if (kind === 'wait') {
    schedule(sim, sim.state.nowMs + amount, { k: 'phase-end', name, gen: inst.gen });
  } else if (kind === 'cpu') {
    addJob(sim, sim.state.cpu, amount, { kind: 'phase', instance: name, gen: inst.gen });
    recomputeCpu(sim, cause);
  } else {
    addJob(sim, sim.state.disk, amount, { kind: 'phase', instance: name, gen: inst.gen });
    updateDiskRate(sim);
  }
}

/** Begins the current phase's next step; false when it has none left (the phase is done). */
export function continueSteps(sim: Simulation, inst: InstanceRecord, cause: string): boolean {
  const steps = inst.plan[inst.phaseIndex]?.then;
  if (!steps || inst.stepIndex >= steps.length) return false;
  touch(sim, inst);
  const step = steps[inst.stepIndex++]!;
  startWork(sim, inst, step.kind, step.amount, cause);
  return true;
}

/** Cancels an instance's work on the shared cores and disk (it stopped mid-phase). */
export function cancelPhaseWork(sim: Simulation, inst: InstanceRecord): void {
  const name = inst.spec.name;
  for (const r of [sim.state.cpu, sim.state.disk]) {
    const job = phaseJobOf(r, name, inst.gen);
    if (job && !r.cancelled[job.id]) cancelJob(r, job.id);
  }
  updateDiskRate(sim);
}
