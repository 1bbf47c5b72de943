/**
 * Docker healthchecks as moby runs them (daemon/health.go, daemon/container/health.go,
 * github.com/moby/moby): when the container's process starts the monitor begins with status
 * `starting`; the first probe runs one interval later (the start interval while in the start
 * period), each next one an interval after the previous ended. A success makes it `healthy`
 * and clears the failing streak; a failure adds to the streak (except while `starting` inside
 * the start period) and `retries` failures in a row make it `unhealthy`. The monitor stops
 * on pause and stop, and the status then reads `unhealthy` (moby's CloseMonitorChannel); an
 * unpause starts it again, a start resets it to `starting`.
 *
 * The test command itself is not run: a probe succeeds when the simulated app is running and
 * ready (its start done, not paused), and fails while it is still starting. A probe takes no
 * simulated time and its own CPU is not counted (a `pg_isready` or `curl` exec is a few ms).
 */
import type { HealthcheckSpec } from '../scenario/types';
import type { HealthStatus } from './log';
import type { HealthState, InstanceRecord, ProbeResult, Simulation } from './state';
import { emit, schedule } from './emit';
import { touch } from './changes';
import { dependencyChanged } from './depends';

/** moby's defaults (daemon/health.go). */
export const HEALTH_DEFAULTS = { intervalMs: 30_000, timeoutMs: 30_000, retries: 3, startPeriodMs: 0, startIntervalMs: 5_000 } as const;
/** moby keeps the last 5 probe results (maxLogEntries). */
const MAX_LOG_ENTRIES = 5;

/** The container's healthcheck when it has one that runs (not absent, not NONE). */
export function probeOf(inst: InstanceRecord): HealthcheckSpec | null {
  const spec = inst.spec;
  if (spec.kind !== 'container' || !spec.healthcheck) return null;
  const kind = spec.healthcheck.test[0];
  return kind === 'CMD' || kind === 'CMD-SHELL' ? spec.healthcheck : null;
}

/** Its settings with moby's defaults for what is unset. */
export function healthSettings(h: HealthcheckSpec): { intervalMs: number; timeoutMs: number; retries: number; startPeriodMs: number; startIntervalMs: number } {
  return {
    intervalMs: h.intervalMs ?? HEALTH_DEFAULTS.intervalMs,
    timeoutMs: h.timeoutMs ?? HEALTH_DEFAULTS.timeoutMs,
    retries: h.retries ?? HEALTH_DEFAULTS.retries,
    startPeriodMs: h.startPeriodMs ?? HEALTH_DEFAULTS.startPeriodMs,
    startIntervalMs: h.startIntervalMs ?? HEALTH_DEFAULTS.startIntervalMs,
  };
}

/** monitor's getInterval: the start interval while in the start period and still starting. */
function intervalNow(sim: Simulation, h: HealthcheckSpec, health: HealthState): number {
  const s = healthSettings(h);
  if (sim.state.nowMs - health.sinceMs >= s.startPeriodMs) return s.intervalMs;
  return health.status === 'starting' ? s.startIntervalMs : s.intervalMs;
}

/** Writes the health, schedules its next probe, and logs a change of status (always, when `announce`). */
function setHealth(sim: Simulation, inst: InstanceRecord, next: HealthState, cause: string, announce = false): void {
  const before = inst.health?.status;
  touch(sim, inst);
  inst.health = next;
  if (next.nextProbeMs !== null && !next.steady) schedule(sim, next.nextProbeMs, { k: 'health-probe', name: inst.spec.name, gen: inst.gen, atMs: next.nextProbeMs });
  if (announce || before !== next.status) {
    const c = emit(sim, 'instance/health', inst.spec.name, cause, { status: next.status, failingStreak: next.failingStreak });
    dependencyChanged(sim, inst, c);
  }
}

/** The container's process started (initHealthMonitor): status starting, streak 0, the first probe scheduled. */
export function startHealthMonitor(sim: Simulation, inst: InstanceRecord, cause: string): void {
  const h = probeOf(inst);
  if (!h) return;
  // moby keeps the probes' log across a restart; the status and streak begin again.
  const fresh: HealthState = { status: 'starting', failingStreak: 0, log: inst.health?.log ?? [], sinceMs: sim.state.nowMs, nextProbeMs: null, steady: false };
  setHealth(sim, inst, { ...fresh, nextProbeMs: sim.state.nowMs + intervalNow(sim, h, fresh) }, cause, true);
}

/**
 * The health as `docker inspect` reads it at `nowMs`: a steady monitor's successful probes
 * since the last one written are added to the log (the last 5 kept).
 */
export function healthAt(inst: InstanceRecord, nowMs: number): HealthState | null {
  const health = inst.health;
  const h = probeOf(inst);
  if (!health || !h || !health.steady || health.nextProbeMs === null || health.nextProbeMs > nowMs) return health;
  const interval = healthSettings(h).intervalMs;
  const done = Math.floor((nowMs - health.nextProbeMs) / interval) + 1;
  const shown = Math.min(done, MAX_LOG_ENTRIES);
  const probes: ProbeResult[] = [];
  for (let k = done - shown; k < done; k++) {
    const at = health.nextProbeMs + k * interval;
    probes.push({ startMs: at, endMs: at, exitCode: 0, output: '' });
  }
  const log = [...health.log, ...probes].slice(-MAX_LOG_ENTRIES);
  return { ...health, log, nextProbeMs: health.nextProbeMs + done * interval };
}

/** Stop or pause (CloseMonitorChannel): no more probes, and the status reads unhealthy, with no event. */
export function stopHealthMonitor(sim: Simulation, inst: InstanceRecord): void {
  const health = healthAt(inst, sim.state.nowMs);
  if (!health || health.nextProbeMs === null) return;
  touch(sim, inst);
  inst.health = { ...health, status: 'unhealthy', nextProbeMs: null, steady: false };
}

/** Unpause (updateHealthMonitor): a new monitor, its first probe an interval from now. */
export function resumeHealthMonitor(sim: Simulation, inst: InstanceRecord): void {
  const h = probeOf(inst);
  const health = inst.health;
  if (!h || !health || health.nextProbeMs !== null) return;
  touch(sim, inst);
  const next = sim.state.nowMs + intervalNow(sim, h, health);
  inst.health = { ...health, nextProbeMs: next };
  schedule(sim, next, { k: 'health-probe', name: inst.spec.name, gen: inst.gen, atMs: next });
}

/** A probe is due: run it (the app running and not paused succeeds), update the status as handleProbeResult does. */
export function onHealthProbe(sim: Simulation, name: string, gen: number, atMs: number): boolean {
  const inst = Object.hasOwn(sim.state.instances, name) ? sim.state.instances[name]! : null;
  const health = inst?.health;
  const h = inst ? probeOf(inst) : null;
  if (!inst || !health || !h || inst.gen !== gen || health.nextProbeMs !== atMs) return false;
  const now = sim.state.nowMs;
  const passed = inst.state === 'running' && !inst.paused;
  const result: ProbeResult = { startMs: now, endMs: now, exitCode: passed ? 0 : 1, output: '' };
  const log = [...health.log.slice(Math.max(0, health.log.length + 1 - MAX_LOG_ENTRIES)), result];
  const s = healthSettings(h);
  let status: HealthStatus = health.status;
  let failingStreak = health.failingStreak;
  if (passed) {
    failingStreak = 0;
    status = 'healthy';
  } else if (!(health.status === 'starting' && now - health.sinceMs < s.startPeriodMs)) {
    failingStreak++;
    if (failingStreak >= s.retries) status = 'unhealthy';
  }
  const probed: HealthState = { ...health, status, failingStreak, log, nextProbeMs: null, steady: false };
  // Healthy and running, it stays so until the monitor stops: the next probes need no events.
  setHealth(sim, inst, { ...probed, nextProbeMs: now + intervalNow(sim, h, probed), steady: passed }, 'healthcheck');
  return true;
}
