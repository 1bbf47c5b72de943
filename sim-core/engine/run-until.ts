/**
 * The engine waits, the page does not: `runUntil` plays a run forward, event by event, until
 * a condition holds (a time, an instance ready, a log entry), and says why when it cannot.
 * A terminal's `vagrant up` or `time docker run` is one call, not a loop of page requests.
 */
import type { LogEntry } from './log';
import type { InstanceRecord } from './state';
import { runAdvance, type Run } from './run';
import { peekTime } from './queue';
import { appStarted } from './plan';

export type RunCondition =
  /** The clock reaches `atMs`. */
  | { kind: 'time'; atMs: number }
  /** The instance is running and ready (not met if it fails, exits or is removed first). */
  | { kind: 'ready'; name: string }
  /**
   * The container's entrypoint runs: the runtime has started it (`docker run -d` and `docker
   * start` return then), whether or not its app is ready yet. Not met if it fails or is removed first.
   */
  | { kind: 'started'; name: string }
  /** A log entry of `type` (about `subject`, when given) is written. */
  | { kind: 'log'; type: string | readonly string[]; subject?: string };

export type RunUntilResult =
  | { met: true; atMs: number; entry?: LogEntry }
  /**
   * Not met by `atMs` (the time the run stopped at), and why; `dependency`: the Compose
   * dependency whose condition failed, when that is why a held start was refused.
   */
  | { met: false; atMs: number; why: string; dependency?: string };

type Verdict = { met: true; entry?: LogEntry } | { met: false; why: string; dependency?: string } | null;

function lastReason(run: Run, name: string, types: readonly string[]): { why: string; dependency?: string } | null {
  const log = run.sim.state.log;
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i]!;
    if (e.subject === name && types.includes(e.type)) {
      const { reason, dependency } = e.data as { reason?: unknown; dependency?: unknown };
      if (typeof reason !== 'string') return null;
      return typeof dependency === 'string' ? { why: reason, dependency } : { why: reason };
    }
  }
  return null;
}

/** Whether an instance is ready, can no longer become ready (and why), or may still. */
function readiness(run: Run, name: string, existed: boolean): Verdict {
  const inst: InstanceRecord | undefined = run.sim.state.instances[name];
  if (!inst) {
    const known = run.sim.state.order.join(', ') || 'none';
    return { met: false, why: existed ? `${name} was removed` : `no instance named "${name}" (instances: ${known})` };
  }
  if (inst.state === 'running' && inst.readyMs !== null) return { met: true };
  if (inst.state === 'failed') {
    const reason = lastReason(run, name, ['instance/start-failed', 'instance/killed']);
    return { met: false, why: `${name} failed${reason ? `: ${reason.why}` : ''}` };
  }
  if (inst.state === 'exited') {
    const reason = lastReason(run, name, ['instance/killed', 'instance/stopped']);
    return { met: false, why: `${name} exited with code ${inst.exitCode ?? 0}${reason ? ` (${reason.why})` : ''}` };
  }
  return null;
}

/** Whether a container's process has been started (see RunCondition 'started'), can no longer be, or may still. */
function started(run: Run, name: string, existed: boolean): Verdict {
  const inst: InstanceRecord | undefined = run.sim.state.instances[name];
  if (inst && (appStarted(inst) || inst.state === 'exited')) return { met: true };
  // A start held for its dependencies that Compose refused (engine/depends.ts): it will not start.
  if (inst && inst.state === 'created' && !inst.held) {
    const refused = lastReason(run, name, ['container/waiting-for-dependencies', 'container/dependency-failed']);
    if (refused) return { met: false, ...refused };
  }
  return readiness(run, name, existed);
}

function newEntry(run: Run, from: number, type: string | readonly string[], subject: string | undefined): LogEntry | undefined {
  const log = run.sim.state.log;
  const wanted = (t: string): boolean => (typeof type === 'string' ? t === type : type.includes(t));
  for (let i = from; i < log.length; i++) {
    const e = log[i]!;
    if (wanted(e.type) && (subject === undefined || e.subject === subject)) return e;
  }
  return undefined;
}

/**
 * Plays the run until `condition` holds, at the latest to `limitMs` (simulated time). Returns
 * whether it was met and when; when not, why (the instance failed, nothing is left to happen,
 * the limit came first). A log condition counts only entries written after the call.
 */
export function runUntil(run: Run, condition: RunCondition, limitMs: number): RunUntilResult {
  const sim = run.sim;
  if (condition.kind === 'time') {
    runAdvance(run, Math.min(condition.atMs, limitMs));
    return condition.atMs <= limitMs
      ? { met: true, atMs: sim.state.nowMs }
      : { met: false, atMs: sim.state.nowMs, why: `the limit (${limitMs} ms) comes before ${condition.atMs} ms` };
  }
  const existed = (condition.kind === 'ready' || condition.kind === 'started') && sim.state.instances[condition.name] !== undefined;
  let scanned = sim.state.log.length;
  const check = (): Verdict => {
    if (condition.kind === 'ready') return readiness(run, condition.name, existed);
    if (condition.kind === 'started') return started(run, condition.name, existed);
    const entry = newEntry(run, scanned, condition.type, condition.subject);
    scanned = sim.state.log.length;
    return entry ? { met: true, entry } : null;
  };
  // What is due now happens first (a start recorded at this very moment).
  runAdvance(run, sim.state.nowMs);
  for (;;) {
    const verdict = check();
    if (verdict) return { ...verdict, atMs: sim.state.nowMs };
    const nextEvent = peekTime(sim.state.queue);
    const nextAction = run.actions[run.applied]?.atMs;
    const next = Math.min(nextEvent ?? Infinity, nextAction ?? Infinity);
    if (next === Infinity) return { met: false, atMs: sim.state.nowMs, why: `nothing is left to happen${describeWait(run, condition)}` };
    if (next > limitMs) {
      runAdvance(run, Math.max(limitMs, sim.state.nowMs));
      return { met: false, atMs: sim.state.nowMs, why: `not by ${limitMs} ms${describeWait(run, condition)}` };
    }
    runAdvance(run, next);
  }
}

function describeWait(run: Run, condition: RunCondition): string {
  if (condition.kind !== 'ready' && condition.kind !== 'started') return '';
  const inst = run.sim.state.instances[condition.name];
  return inst ? ` (${condition.name} is ${inst.state})` : '';
}
