/**
 * Restart policies (`docker run --restart`), as moby's restart manager decides them
 * (daemon/internal/restartmanager/restartmanager.go, github.com/moby/moby at b985e23): after a
 * container's main process exits by itself or is OOM-killed, `always` and `unless-stopped`
 * restart it, `on-failure[:N]` when the exit code is not 0 (at most N times). The back-off
 * before each restart starts at 100 ms and doubles, at most 1 minute; a run of 10 s or more
 * resets it to 100 ms. A user's stop, kill or removal cancels it (kill.go sets
 * HasBeenManuallyStopped and ExitOnNext), and a user's start resets it (start.go).
 */
import type { InstanceRecord, RestartState, Simulation } from './state';
import { emit, schedule } from './emit';
import { touch } from './changes';

const DEFAULT_TIMEOUT_MS = 100;
const MAX_TIMEOUT_MS = 60_000;
const BACKOFF_MULTIPLIER = 2;
/** moby: "if the container ran for more than 10s, regardless of status and policy reset the timeout". */
const RESET_AFTER_MS = 10_000;

/** The back-off after a run of `ranMs`, from the previous one (restartmanager.ShouldRestart). */
export function nextTimeoutMs(previousMs: number, ranMs: number): number {
  const t = ranMs >= RESET_AFTER_MS ? 0 : previousMs;
  if (t === 0) return DEFAULT_TIMEOUT_MS;
  return Math.min(t < MAX_TIMEOUT_MS ? t * BACKOFF_MULTIPLIER : t, MAX_TIMEOUT_MS);
}

/** A container's main process has ended (exit or OOM kill): schedules its restart if its policy says so. */
export function considerRestart(sim: Simulation, inst: InstanceRecord, cause: string, exitCode: number): void {
  const spec = inst.spec;
  if (spec.kind !== 'container' || !spec.restart) return;
  if (inst.restart.canceled) return;
  const ranMs = sim.state.nowMs - (inst.startedAtMs ?? sim.state.nowMs);
  touch(sim, inst);
  inst.restart = { ...inst.restart, timeoutMs: nextTimeoutMs(inst.restart.timeoutMs, ranMs) };
  const policy = spec.restart;
  const restart = policy.name === 'on-failure'
    ? exitCode !== 0 && (policy.maxRetries === undefined || policy.maxRetries === 0 || inst.restart.count < policy.maxRetries)
    : true;
  if (!restart) return;
  const rs = { ...inst.restart, count: inst.restart.count + 1, dueAtMs: sim.state.nowMs + inst.restart.timeoutMs };
  inst.restart = rs;
  const shown = policy.name === 'on-failure' && policy.maxRetries ? `on-failure:${policy.maxRetries}` : policy.name;
  emit(sim, 'instance/restarting', spec.name, cause, { policy: shown, attempt: rs.count, delayMs: rs.timeoutMs, exitCode });
  schedule(sim, rs.dueAtMs, { k: 'restart-due', name: spec.name, gen: inst.gen });
}

/** The back-off is over: true when the container should start now (the caller starts it). */
export function restartDue(sim: Simulation, name: string, gen: number): InstanceRecord | null {
  const inst = Object.hasOwn(sim.state.instances, name) ? sim.state.instances[name]! : null;
  if (!inst || inst.gen !== gen || inst.restart.dueAtMs === null || inst.state !== 'exited') return null;
  touch(sim, inst);
  inst.restart = { ...inst.restart, dueAtMs: null };
  return inst;
}

/** A user's stop, kill or removal: no restart until the user starts it again. */
export function cancelRestart(sim: Simulation, inst: InstanceRecord): void {
  touch(sim, inst);
  inst.restart = { ...inst.restart, canceled: true, dueAtMs: null };
}

/** The restart manager's state before any restart (shared: a record's restart state is replaced, never mutated). */
export const FRESH_RESTART: Readonly<RestartState> = Object.freeze({ count: 0, timeoutMs: 0, canceled: false, dueAtMs: null });

/** A user's start: the restart manager begins afresh (moby's ResetRestartManager). */
export function resetRestart(sim: Simulation, inst: InstanceRecord): void {
  touch(sim, inst);
  inst.restart = FRESH_RESTART;
}
