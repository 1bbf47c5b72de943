/**
 * A container's healthcheck as `docker inspect` shows it: `.State.Health` (Status,
 * FailingStreak, the last 5 probes in Log) while it has health state, and
 * `.Config.Healthcheck` (moby's HealthConfig: durations in nanoseconds, zero ones left out).
 */
import type { Simulation } from '../engine/state';
import type { ContainerSpec } from '../scenario/types';
import type { ContainerRecord } from './docker-list';
import type { GoStruct } from '../docker/go-template';
import { healthAt } from '../engine/health';
import { simIsoTime } from './facts';

const NS_PER_MS = 1_000_000;

/** `{ Health: ... }` to spread into State, or nothing when it has no health state (moby's omitempty). */
export function healthOf(sim: Simulation, c: ContainerRecord): { Health?: GoStruct } {
  const h = healthAt(c, sim.state.nowMs);
  if (!h) return {};
  return {
    Health: {
      Status: h.status,
      FailingStreak: h.failingStreak,
      Log: h.log.map((p) => ({ Start: simIsoTime(p.startMs), End: simIsoTime(p.endMs), ExitCode: p.exitCode, Output: p.output })),
    },
  };
}

/** `{ Healthcheck: ... }` to spread into Config after Cmd, or nothing without one. */
export function healthConfigOf(spec: ContainerSpec): { Healthcheck?: GoStruct } {
  const h = spec.healthcheck;
  if (!h) return {};
  const out: GoStruct = { Test: [...h.test] };
  if (h.intervalMs) out.Interval = h.intervalMs * NS_PER_MS;
  if (h.timeoutMs) out.Timeout = h.timeoutMs * NS_PER_MS;
  if (h.startPeriodMs) out.StartPeriod = h.startPeriodMs * NS_PER_MS;
  if (h.startIntervalMs) out.StartInterval = h.startIntervalMs * NS_PER_MS;
  if (h.retries) out.Retries = h.retries;
  return { Healthcheck: out };
}
