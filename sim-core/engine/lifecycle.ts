import type { ContainerSpec, VmSpec } from '../scenario/types';
import type { InstanceRecord, PlannedPhase, Simulation } from './state';
import type { PhaseSpan } from './view';
import { emit, incident } from './emit';
import { cancelPhaseWork, continueSteps, startWork } from './phase-steps';
import { planContainerStart, planVmBoot } from './plan';
import { childrenOf, enforceMemory, isLive, noteGuestFileIo, recomputeMemory, EXIT_SIGKILL } from './memory';
import { layerIndex } from './catalogue-index';
import { imageCopyPhase, isImageCopy } from './vm-image';
import { recomputeCpu, setCpuLoad, accountCpuStat } from './cpu';
import { compatibilityError } from './compat';
import { anyLayerMissing, requestLayers } from './layers';
import { enterDaemon, leaveDaemon } from './daemon';
import { guestEngineWaitMs, startGuestEngine, stopGuestEngine } from './vm-engine';
import { cancelRestart, considerRestart } from './restart';
import { touch } from './changes';
import { RESTORE_PHASE } from './saved-state';
import { APP_INIT_PHASE } from './plan';
import { startMainProcessClock } from './main-process';
import { startHealthMonitor, stopHealthMonitor } from './health';
import { dependencyChanged, holdForDependencies } from './depends';

/**
 * Starts an instance (or queues a container's start until its VM is running, or holds it until
 * its dependencies' conditions hold: engine/depends.ts). `dependencies`: 'met' once they held,
 * 'ignore' for a restart by the daemon's restart policy (Compose is not involved).
 */
export function startInstance(sim: Simulation, inst: InstanceRecord, cause: string, dependencies: 'check' | 'met' | 'ignore' = 'check'): void {
  if (dependencies === 'check' && holdForDependencies(sim, inst, cause)) return;
  const spec = inst.spec;
  const afterDependencies = dependencies === 'met' && !inst.pendingStart;
  const waited = inst.pendingStart || afterDependencies;
  touch(sim, inst);
  if (!waited) inst.requestedAtMs = sim.state.nowMs;
  const problem = compatibilityError(sim, spec);
  if (problem) {
    inst.gen++;
    inst.state = 'failed';
    inst.startedAtMs = sim.state.nowMs;
    const c = emit(sim, 'instance/start-failed', spec.name, cause, { reason: problem });
    incident(sim, { type: 'start-failed', target: spec.name, detail: problem });
    dependencyChanged(sim, inst, c);
    return;
  }
  if (spec.kind === 'container' && spec.in) {
    const vm = sim.state.instances[spec.in]!;
    if (vm.state !== 'running') {
      inst.pendingStart = true;
      emit(sim, 'container/waiting-for-vm', spec.name, cause, { vm: spec.in });
      return;
    }
  }
  inst.pendingStart = false;
  inst.gen++;
  inst.state = 'booting';
  inst.startedAtMs = sim.state.nowMs;
  inst.readyMs = null;
  // The time it waited for its VM or dependencies is part of its start (readyMs counts from the request).
  inst.phases = waited && inst.requestedAtMs !== null && inst.requestedAtMs < sim.state.nowMs
    ? [{ name: afterDependencies ? 'wait for dependencies' : 'wait for VM', startMs: inst.requestedAtMs, endMs: sim.state.nowMs }]
    : [];
  inst.phaseIndex = 0;
  inst.exitCode = null;
  inst.memoryAtStopBytes = null;
  if (spec.kind === 'vm') {
    const profile = sim.catalogue.vmProfiles[spec.profile]!;
    const boot = planVmBoot(sim, spec);
    const copy = imageCopyPhase(sim, inst);
    inst.plan = copy ? [copy, ...boot] : boot;
    // No VM process runs while its disk is being copied.
    inst.overheadBytes = copy ? 0 : profile.vmmOverheadBytes.value;
  } else {
    const plan = planContainerStart(sim, spec, anyLayerMissing(sim, spec));
    const engineWait = spec.in ? guestEngineWaitMs(sim, sim.state.instances[spec.in]!) : 0;
    inst.plan = engineWait > 0 ? [{ name: 'engine start', kind: 'wait', amount: engineWait, memoryAfterBytes: 0 }, ...plan] : plan;
    inst.overheadBytes = 0;
  }
  inst.baseBytes = 0;
  inst.guestPeakBytes = 0;
  inst.balloonReportDue = false;
  inst.guestFileBytes = 0;
  const c = emit(sim, 'instance/starting', spec.name, cause, { phases: inst.plan.map((p) => p.name) });
  recomputeMemory(sim, inst);
  enforceMemory(sim, inst, c, killInstance);
  if (isLive(inst)) beginPhase(sim, inst, c);
  dependencyChanged(sim, inst, c);
}

/**
 * A saved VM resumes (`vagrant resume`, or a start of a saved VM as VBoxManage startvm does):
 * one phase reads its state file back from the host's disk; its guest memory, processes and
 * containers are as they were when it was saved, so there is no boot.
 */
export function resumeInstance(sim: Simulation, inst: InstanceRecord, cause: string): void {
  const bytes = inst.savedStateBytes;
  touch(sim, inst);
  inst.gen++;
  inst.state = 'booting';
  inst.requestedAtMs = sim.state.nowMs;
  inst.readyMs = null;
  inst.phases = [];
  inst.phaseIndex = 0;
  inst.paused = false;
  inst.exitCode = null;
  inst.memoryAtStopBytes = null;
  inst.plan = [{ name: RESTORE_PHASE, kind: 'io', amount: bytes, memoryAfterBytes: inst.baseBytes }];
  inst.overheadBytes = sim.catalogue.vmProfiles[(inst.spec as VmSpec).profile]!.vmmOverheadBytes.value;
  const c = emit(sim, 'instance/resuming', inst.spec.name, cause, { stateBytes: bytes });
  // The state file is read into the VM's RAM: what the guest held is back on the host.
  recomputeMemory(sim, inst);
  enforceMemory(sim, inst, c, killInstance);
  if (isLive(inst)) beginPhase(sim, inst, c);
}

function beginPhase(sim: Simulation, inst: InstanceRecord, cause: string): void {
  const phase = inst.plan[inst.phaseIndex]!;
  touch(sim, inst);
  inst.phaseStartMs = sim.state.nowMs;
  const name = inst.spec.name;
  const started = emit(sim, 'instance/phase-started', name, cause, { phase: phase.name });
  inst.stepIndex = 0;
  // The container's process runs from here: its healthcheck's monitor begins (engine/health.ts).
  if (phase.name === APP_INIT_PHASE && inst.spec.kind === 'container') {
    startHealthMonitor(sim, inst, started);
    // A main process that ends by itself (a sleep, hello-world) has its end scheduled now.
    startMainProcessClock(sim, inst);
  }
  if (phase.kind === 'wait' || phase.kind === 'cpu' || phase.kind === 'io') {
    startWork(sim, inst, phase.kind, phase.amount, cause);
  } else if (phase.kind === 'daemon') {
    enterDaemon(sim, inst);
  } else {
    const spec = inst.spec as ContainerSpec;
    if (requestLayers(sim, spec, name, cause)) endPhase(sim, inst, cause);
  }
}

/** A record's spans with one more (a new array: the old one may be shared with a snapshot). */
export function withSpan(phases: readonly PhaseSpan[], span: PhaseSpan): readonly PhaseSpan[] {
  const out = phases.slice();
  out.push(span);
  return out;
}

/** The current phase of an instance is done: record it, touch its memory, go on or be ready. */
export function endPhase(sim: Simulation, inst: InstanceRecord, cause: string): void {
  if (continueSteps(sim, inst, cause)) return;
  const phase = inst.plan[inst.phaseIndex]!;
  const name = inst.spec.name;
  touch(sim, inst);
  inst.phases = withSpan(inst.phases, { name: phase.name, startMs: inst.phaseStartMs, endMs: sim.state.nowMs });
  const c = emit(sim, 'instance/phase-ended', name, cause, { phase: phase.name, ms: sim.state.nowMs - inst.phaseStartMs });
  inst.baseBytes = phase.kind === 'pull' ? inst.baseBytes : phase.memoryAfterBytes;
  if (isImageCopy(inst, phase)) {
    // The copy is the VM's disk file now; the host, not the guest, did the I/O.
    inst.diskBytes += phase.amount;
    inst.imageCopied = true;
    inst.overheadBytes = sim.catalogue.vmProfiles[(inst.spec as VmSpec).profile]!.vmmOverheadBytes.value;
  } else if (phase.name === RESTORE_PHASE) {
    // The state file was read back: it is gone from the disk once the VM runs again.
    inst.savedStateBytes = 0;
  } else {
    guestFilesOfPhase(sim, inst, phase, c);
  }
  inst.phaseIndex++;
  if (inst.phaseIndex < inst.plan.length) {
    recomputeMemory(sim, inst);
    enforceMemory(sim, inst, c, killInstance);
    if (isLive(inst)) beginPhase(sim, inst, c);
    return;
  }
  inst.state = 'running';
  inst.cpuStatSinceMs = sim.state.nowMs;
  inst.readyMs = sim.state.nowMs - (inst.requestedAtMs ?? inst.startedAtMs!);
  const r = emit(sim, 'instance/ready', name, c, { readyMs: inst.readyMs });
  recomputeMemory(sim, inst);
  enforceMemory(sim, inst, r, killInstance);
  if (!isLive(inst)) return;
  setCpuLoad(sim, inst);
  recomputeCpu(sim, r);
  if (inst.spec.kind === 'vm') {
    // A resumed guest's container engine was running when it was saved: it serves at once.
    if (phase.name === RESTORE_PHASE) inst.engineReadyAtMs = sim.state.nowMs;
    else startGuestEngine(sim, inst);
    for (const child of childrenOf(sim, name)) {
      if (child.pendingStart) startInstance(sim, child, r);
    }
  }
}

/**
 * File I/O a finished phase did inside a VM's guest enters its page cache: a VM's boot reads,
 * and the layers a pull inside a VM writes (engine/guest-memory.ts).
 */
function guestFilesOfPhase(sim: Simulation, inst: InstanceRecord, phase: PlannedPhase, cause: string): void {
  const spec = inst.spec;
  if (spec.kind === 'vm') {
    const read = (phase.kind === 'io' ? phase.amount : 0) + (phase.then ?? []).reduce((t, s) => t + (s.kind === 'io' ? s.amount : 0), 0);
    if (read > 0) {
      touch(sim, inst);
      inst.guestFileBytes += read;
    }
    return;
  }
  const vm = spec.in ? sim.state.instances[spec.in] : undefined;
  if (phase.kind !== 'pull' || !vm) return;
  const layers = layerIndex(sim.catalogue);
  const written = sim.catalogue.images[spec.image]!.layers.reduce((t, l) => t + (layers[l.id]?.sizeBytes.value ?? 0), 0);
  noteGuestFileIo(sim, vm, written, cause, killInstance);
}

function release(sim: Simulation, inst: InstanceRecord, cause: string, exitCode: number): void {
  if (inst.state === 'booting' || inst.suspending) {
    const phase = inst.plan[inst.phaseIndex];
    if (inst.state === 'booting' && phase?.kind === 'daemon') leaveDaemon(sim, inst);
    cancelPhaseWork(sim, inst);
  }
  accountCpuStat(sim, inst);
  touch(sim, inst);
  inst.suspending = null;
  inst.savedStateBytes = 0;
  inst.gen++;
  inst.pendingStart = false;
  inst.stopping = null;
  inst.memoryAtStopBytes = inst.memoryBytes;
  inst.state = 'exited';
  inst.paused = false;
  inst.exitCode = exitCode;
  inst.throttled = false;
  stopHealthMonitor(sim, inst);
  setCpuLoad(sim, inst);
  recomputeMemory(sim, inst);
  if (inst.spec.kind === 'vm') {
    stopGuestEngine(sim, inst);
    for (const child of childrenOf(sim, inst.spec.name)) {
      if (isLive(child) || child.pendingStart) {
        const c = emit(sim, 'instance/stopped', child.spec.name, cause, { exitCode, reason: 'its VM stopped' });
        release(sim, child, c, exitCode);
      }
    }
  }
  recomputeCpu(sim, cause);
  dependencyChanged(sim, inst, cause);
}

/** The instance stops now (at the end of a `docker stop` or a shutdown, or at once when removed). */
export function stopInstance(sim: Simulation, inst: InstanceRecord, cause: string, exitCode = 0,
  how: { signal?: string; ms?: number; reason?: string } = {}): void {
  const c = emit(sim, 'instance/stopped', inst.spec.name, cause, { exitCode, ...how });
  release(sim, inst, c, exitCode);
}

/** The OOM killer's SIGKILL (or a compromise that takes the process down); a restart policy may bring it back. */
export function killInstance(sim: Simulation, inst: InstanceRecord, cause: string, reason: string): void {
  const c = emit(sim, 'instance/killed', inst.spec.name, cause, { signal: 'SIGKILL', reason, exitCode: EXIT_SIGKILL });
  release(sim, inst, c, EXIT_SIGKILL);
  considerRestart(sim, inst, c, EXIT_SIGKILL);
}

/** `docker kill`: SIGKILL at once (exit 137); a user's kill cancels the restart policy. */
export function userKill(sim: Simulation, inst: InstanceRecord, cause: string): void {
  cancelRestart(sim, inst);
  const c = emit(sim, 'instance/killed', inst.spec.name, cause, { signal: 'SIGKILL', reason: 'docker kill', exitCode: EXIT_SIGKILL });
  release(sim, inst, c, EXIT_SIGKILL);
}

/** The container's main process ended by itself with `exitCode`; a restart policy may bring it back. */
export function exitInstance(sim: Simulation, inst: InstanceRecord, cause: string, exitCode: number): void {
  const c = emit(sim, 'instance/stopped', inst.spec.name, cause, { exitCode, reason: 'its main process exited' });
  release(sim, inst, c, exitCode);
  considerRestart(sim, inst, c, exitCode);
}
