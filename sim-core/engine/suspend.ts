/**
 * `vagrant suspend` and `vagrant resume` with the VirtualBox provider (VBoxManage controlvm
 * savestate, startvm): the VM is paused, its state written to a file on the host's disk (a job
 * on the shared disk, so it takes the file's size over the disk's bandwidth), then its process
 * ends and the host gets its RAM back; it is `saved`. Resuming reads the file back
 * (lifecycle.ts resumeInstance): the guest runs on where it was, with no boot. A halt of a
 * saved VM discards the state (Vagrant's DiscardState): it is powered off.
 */
import type { ActionResult } from './actions';
import type { InstanceRecord, Simulation } from './state';
import { emit } from './emit';
import { touch } from './changes';
import { addJob } from './resources';
import { aloneMs, updateDiskRate } from './disk-io';
import { accountCpuStat, recomputeCpu, setCpuLoad } from './cpu';
import { recomputeMemory } from './memory';
import { resumeInstance, stopInstance } from './lifecycle';
import { stateFileBytes } from './saved-state';

/** Why a suspend or resume cannot apply now; null when it can. */
function problem(inst: InstanceRecord, type: 'suspend' | 'resume'): string | null {
  const name = inst.spec.name;
  if (inst.spec.kind !== 'vm') return `${name} is a container: only a VM's state can be saved (a container is paused with docker pause)`;
  if (type === 'resume') return inst.state === 'saved' ? null : `${name} is not suspended (${inst.state})`;
  if (inst.suspending) return `${name} is already saving its state`;
  if (inst.stopping) return `${name} is stopping`;
  if (inst.state !== 'running') return `${name} is not running (${inst.state})`;
  return null;
}

/** The VM is paused and its state goes to the host's disk; `instance/suspended` when written. */
function requestSuspend(sim: Simulation, inst: InstanceRecord, cause: string): void {
  const bytes = stateFileBytes(sim, inst);
  accountCpuStat(sim, inst);
  touch(sim, inst);
  inst.paused = true;
  inst.suspending = { sinceMs: sim.state.nowMs, bytes };
  const c = emit(sim, 'instance/suspending', inst.spec.name, cause, { stateBytes: bytes, expectedMs: aloneMs(sim, bytes) });
  setCpuLoad(sim, inst);
  recomputeCpu(sim, c);
  addJob(sim, sim.state.disk, Math.max(1, bytes), { kind: 'phase', instance: inst.spec.name, gen: inst.gen });
  updateDiskRate(sim);
}

/** The state file is written: the VM's process ends, its RAM goes back to the host. */
export function onStateSaved(sim: Simulation, inst: InstanceRecord): boolean {
  const saving = inst.suspending;
  if (!saving) return false;
  touch(sim, inst);
  inst.suspending = null;
  inst.gen++;
  inst.state = 'saved';
  inst.savedStateBytes = saving.bytes;
  inst.cpuCores = 0;
  const c = emit(sim, 'instance/suspended', inst.spec.name, 'disk', { stateBytes: saving.bytes, ms: sim.state.nowMs - saving.sinceMs });
  recomputeMemory(sim, inst);
  setCpuLoad(sim, inst);
  recomputeCpu(sim, c);
  return true;
}

/** Applies a suspend or resume; a reason when it cannot. */
export function applySuspend(sim: Simulation, inst: InstanceRecord, type: 'suspend' | 'resume', cause: string): ActionResult {
  const why = problem(inst, type);
  if (why) return { ok: false, reason: why };
  if (type === 'suspend') requestSuspend(sim, inst, cause);
  else resumeInstance(sim, inst, cause);
  return { ok: true };
}

/** A stop of a saved VM discards its state file (Vagrant's halt: DiscardState): it is powered off. */
export function discardSavedState(sim: Simulation, inst: InstanceRecord, cause: string): void {
  stopInstance(sim, inst, cause, 0, { reason: 'its saved state was discarded' });
}
