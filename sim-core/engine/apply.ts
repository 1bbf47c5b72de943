import type { UserAction, ActionResult } from './actions';
import type { InstanceRecord, Simulation } from './state';
import { emit } from './emit';
import { startInstance, stopInstance } from './lifecycle';
import { enforceMemory, isLive, recomputeMemory, childrenOf, cgroupOomKill, cgroupFits, noteGuestFileIo } from './memory';
import { memorySwapMax } from '../cgroups/docker-flags';
import { recomputeCpu, setCpuLoad, updateThrottle, accountCpuStat } from './cpu';
import { exploit } from './security';
import { addRecord } from './records';
import { killInstance } from './lifecycle';
import { limitsProblem, specProblem } from './validate-spec';
import { actionShapeProblem } from './validate-action';
import { requestStop } from './stopping';
import { deleteFile, writeFile } from './files';
import { noteRemoved } from './board-index';
import { applyControl } from './control';
import { cancelRestart, resetRestart } from './restart';
import { touch, touchRemoved } from './changes';
import { applySuspend, discardSavedState } from './suspend';
import { resumeInstance } from './lifecycle';
import { cancelHold, dependencyChanged } from './depends';

function reject(sim: Simulation, action: UserAction, cause: string, reason: string): ActionResult {
  const named = (action ?? {}) as { type?: unknown; name?: unknown; spec?: { name?: unknown } };
  const subject = String((typeof named.name === 'string' ? named.name : named.spec?.name) ?? '').slice(0, 255);
  emit(sim, 'action/rejected', subject, cause, { action: String(named.type).slice(0, 64) as UserAction['type'], reason });
  return { ok: false, reason };
}

function find(sim: Simulation, name: string): InstanceRecord | undefined {
  // Own keys only: a name such as `constructor` must not reach Object.prototype.
  return Object.hasOwn(sim.state.instances, name) ? sim.state.instances[name] : undefined;
}

/**
 * Applies a user action at the current simulated time. What cannot apply is rejected with
 * a reason (and logged), never thrown.
 */
export function applyAction(sim: Simulation, action: UserAction, cause: string): ActionResult {
  const shape = actionShapeProblem(action);
  if (shape) return reject(sim, action, cause, shape);
  if (action.type === 'instance/add') {
    const problem = specProblem(sim, action.spec);
    if (problem) return reject(sim, action, cause, problem);
    addRecord(sim, action.spec);
    emit(sim, 'instance/added', action.spec.name, cause, { kind: action.spec.kind });
    return { ok: true };
  }
  const inst = find(sim, action.name);
  if (!inst) {
    const known = sim.state.order.join(', ') || 'none';
    return reject(sim, action, cause, `no instance named "${action.name}" (instances: ${known})`);
  }
  switch (action.type) {
    case 'instance/start':
      if (inst.held) return reject(sim, action, cause, `${action.name} is already waiting for ${inst.held.waitingFor.join(', ')}`);
      if (isLive(inst) || inst.pendingStart) return reject(sim, action, cause, `${action.name} is already ${inst.pendingStart ? 'waiting for its VM' : inst.state}`);
      resetRestart(sim, inst);
      // A saved VM starts from its state file, as VBoxManage startvm does.
      if (inst.state === 'saved') resumeInstance(sim, inst, cause);
      else startInstance(sim, inst, cause);
      return { ok: true };
    case 'instance/stop':
      if (inst.restart.dueAtMs !== null) {
        // Stopping a container waiting to restart cancels the restart (it is already down).
        cancelRestart(sim, inst);
        emit(sim, 'instance/stopped', action.name, cause, { exitCode: inst.exitCode ?? 0, reason: 'its restart was cancelled' });
        return { ok: true };
      }
      if (inst.state === 'saved') {
        discardSavedState(sim, inst, cause);
        return { ok: true };
      }
      if (cancelHold(sim, inst)) {
        emit(sim, 'instance/stopped', action.name, cause, { exitCode: 0, reason: 'its start, held for its dependencies, was cancelled' });
        return { ok: true };
      }
      if (inst.suspending) return reject(sim, action, cause, `${action.name} is saving its state`);
      if (!isLive(inst) && !inst.pendingStart) return reject(sim, action, cause, `${action.name} is not running (${inst.state})`);
      if (inst.stopping) return reject(sim, action, cause, `${action.name} is already stopping`);
      cancelRestart(sim, inst);
      requestStop(sim, inst, cause);
      return { ok: true };
    case 'instance/exit':
    case 'instance/kill':
    case 'instance/pause':
    case 'instance/unpause': {
      const done = applyControl(sim, inst, action, cause);
      return done.ok ? done : reject(sim, action, cause, done.reason);
    }
    case 'instance/suspend':
    case 'instance/resume': {
      const done = applySuspend(sim, inst, action.type === 'instance/suspend' ? 'suspend' : 'resume', cause);
      return done.ok ? done : reject(sim, action, cause, done.reason);
    }
    case 'instance/remove':
      removeInstance(sim, inst, cause);
      return { ok: true };
    case 'instance/set-limits':
      return setLimits(sim, inst, action, cause);
    case 'instance/load': {
      const c = emit(sim, 'instance/load-changed', action.name, cause, { memoryBytes: action.memoryBytes ?? null, cpu: action.cpu ?? null });
      if (action.memoryBytes !== undefined) {
        const limit = inst.memoryLimitBytes;
        if (inst.spec.kind === 'container' && inst.state === 'running' && limit !== null && !cgroupFits(sim, inst, action.memoryBytes)) {
          cgroupOomKill(sim, inst, action.memoryBytes, c, killInstance);
          return { ok: true };
        }
        touch(sim, inst);
        inst.appMemoryBytes = action.memoryBytes;
      }
      if (action.cpu !== undefined) {
        accountCpuStat(sim, inst);
        inst.cpuDemand = action.cpu;
      }
      const swappedBefore = inst.swapBytes;
      settle(sim, inst, c);
      if (inst.swapBytes > swappedBefore && isLive(inst)) {
        const max = memorySwapMax(inst.memoryLimitBytes ?? undefined, inst.spec.kind === 'container' ? inst.spec.memorySwapBytes ?? undefined : undefined);
        emit(sim, 'memory/swapped', action.name, c, { scope: 'cgroup', swapBytes: inst.swapBytes, swapMaxBytes: max === 'max' ? null : max });
      }
      return { ok: true };
    }
    case 'instance/write': {
      const result = writeFile(sim, inst, action.path, action.sizeBytes, cause);
      // In a VM (its own write or a container's in it) the bytes pass through the guest's page cache.
      const vm = inst.spec.kind === 'vm' ? inst : inst.spec.in ? sim.state.instances[inst.spec.in] : undefined;
      if (result.ok && vm) noteGuestFileIo(sim, vm, action.sizeBytes, cause, killInstance);
      return result;
    }
    case 'instance/delete-file':
      return deleteFile(sim, inst, action.path, cause);
    case 'instance/exploit':
      if (!isLive(inst)) return reject(sim, action, cause, `${action.name} is not running, so there is nothing to exploit`);
      exploit(sim, inst, action.kind, cause);
      return { ok: true };
  }
}

/** After a load or limit change: memory limits, then CPU shares and throttling. */
function settle(sim: Simulation, inst: InstanceRecord, cause: string): void {
  if (inst.state === 'running') {
    recomputeMemory(sim, inst);
    enforceMemory(sim, inst, cause, killInstance);
  }
  setCpuLoad(sim, inst);
  recomputeCpu(sim, cause);
  updateThrottle(sim, inst, cause);
}

function setLimits(sim: Simulation, inst: InstanceRecord, action: Extract<UserAction, { type: 'instance/set-limits' }>, cause: string): ActionResult {
  if (inst.spec.kind !== 'container') {
    return reject(sim, action, cause, 'cgroup limits apply to containers; a VM\'s RAM and vCPUs are set in its definition');
  }
  const problem = limitsProblem(sim, inst.spec, action);
  if (problem) return reject(sim, action, cause, problem);
  const c = emit(sim, 'cgroup/limits-changed', action.name, cause, {
    memoryBytes: action.memoryBytes === undefined ? inst.memoryLimitBytes : action.memoryBytes,
    cpus: action.cpus === undefined ? inst.cpuLimit : action.cpus,
  });
  accountCpuStat(sim, inst);
  if (action.memoryBytes !== undefined) inst.memoryLimitBytes = action.memoryBytes;
  if (action.cpus !== undefined) inst.cpuLimit = action.cpus;
  settle(sim, inst, c);
  return { ok: true };
}

function removeInstance(sim: Simulation, inst: InstanceRecord, cause: string): void {
  const name = inst.spec.name;
  if (inst.spec.kind === 'vm') {
    for (const child of childrenOf(sim, name)) removeInstance(sim, child, cause);
  }
  cancelRestart(sim, inst);
  cancelHold(sim, inst);
  if (isLive(inst) || inst.pendingStart) stopInstance(sim, inst, cause);
  const c = emit(sim, 'instance/removed', name, cause, {});
  touchRemoved(sim, inst);
  delete sim.state.instances[name];
  sim.state.order = sim.state.order.filter((n) => n !== name);
  noteRemoved(sim, inst);
  dependencyChanged(sim, inst, c);
}
