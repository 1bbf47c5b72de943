/**
 * What happens to a container's main process besides a `docker stop`: it ends by itself
 * (`docker run busybox echo hi` exits 0 once echo is done), `docker kill` sends SIGKILL
 * (exit 128 + 9 = 137 at once, no grace), `docker pause` freezes it in the cgroup freezer
 * (still running, its memory kept, no CPU) until `docker unpause`.
 */
import type { UserAction, ActionResult } from './actions';
import type { InstanceRecord, Simulation } from './state';
import { emit } from './emit';
import { touch } from './changes';
import { exitInstance, userKill } from './lifecycle';
import { isLive } from './memory';
import { resumeHealthMonitor, stopHealthMonitor } from './health';
import { accountCpuStat, recomputeCpu, setCpuLoad, updateThrottle } from './cpu';

type ControlAction = Extract<UserAction, { type: 'instance/exit' | 'instance/kill' | 'instance/pause' | 'instance/unpause' }>;

/** Why the action cannot apply to this instance now; null when it can. */
function problem(inst: InstanceRecord, action: ControlAction): string | null {
  const name = inst.spec.name;
  if (inst.spec.kind !== 'container') return `${name} is a VM: only a container has a main process to ${action.type.slice('instance/'.length)}`;
  if (!isLive(inst)) return `${name} is not running (${inst.state})`;
  if (action.type === 'instance/pause' || action.type === 'instance/unpause') {
    if (inst.state !== 'running') return `${name} is not running yet (${inst.state})`;
    if (action.type === 'instance/pause' && inst.paused) return `${name} is already paused`;
    if (action.type === 'instance/unpause' && !inst.paused) return `${name} is not paused`;
  }
  return null;
}

/** Freezes or thaws the container's processes: its CPU demand counts only while thawed. */
function setPaused(sim: Simulation, inst: InstanceRecord, paused: boolean, cause: string): void {
  accountCpuStat(sim, inst);
  touch(sim, inst);
  inst.paused = paused;
  // moby's health monitor runs only while the container runs unpaused (updateHealthMonitor).
  if (paused) stopHealthMonitor(sim, inst);
  else resumeHealthMonitor(sim, inst);
  const c = emit(sim, paused ? 'instance/paused' : 'instance/unpaused', inst.spec.name, cause, {});
  setCpuLoad(sim, inst);
  recomputeCpu(sim, c);
  updateThrottle(sim, inst, c);
}

/** Applies an exit, kill, pause or unpause; a reason when it cannot. */
export function applyControl(sim: Simulation, inst: InstanceRecord, action: ControlAction, cause: string): ActionResult {
  const why = problem(inst, action);
  if (why) return { ok: false, reason: why };
  switch (action.type) {
    case 'instance/exit':
      exitInstance(sim, inst, cause, action.exitCode);
      break;
    case 'instance/kill':
      userKill(sim, inst, cause);
      break;
    case 'instance/pause':
      setPaused(sim, inst, true, cause);
      break;
    case 'instance/unpause':
      setPaused(sim, inst, false, cause);
      break;
  }
  return { ok: true };
}
