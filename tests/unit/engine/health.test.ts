/**
 * Healthchecks as moby runs them (daemon/health.go) and Compose's depends_on conditions
 * (pkg/compose/convergence.go): what the event log, the timeline and a held container show.
 * Times are read from the run (when the app's process began, when it was ready) and the
 * expected moments computed from the probe schedule, so a change of the catalogue's boot
 * numbers does not break them but a change of the schedule does.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getLog, apply, advanceTo } from '../../../sim-core/index';
import type { ContainerSpec, HealthcheckSpec, TimedAction } from '../../../sim-core/scenario/types';
import { healthAt } from '../../../sim-core/engine/health';
import { FIXTURE, container, scenario, startAll } from './fixture';

type Log = ReturnType<typeof getLog>;
const health = (log: Log, name: string) => log.filter((e) => e.type === 'instance/health' && e.subject === name).map((e) => ({ atMs: e.atMs, status: (e.data as { status: string }).status }));
const appBegan = (log: Log, name: string) => log.find((e) => e.type === 'instance/phase-started' && e.subject === name && (e.data as { phase: string }).phase === 'app init')!.atMs;
const readyAt = (log: Log, name: string) => log.find((e) => e.type === 'instance/ready' && e.subject === name)!.atMs;

function run(specs: ContainerSpec[], events: TimedAction[] = startAll(specs.map((s) => s.name)), untilMs: number | null = null) {
  const sim = createSimulation(scenario(specs, events, { untilMs }), FIXTURE);
  runToEnd(sim);
  return { sim, log: getLog(sim) };
}
const db = (h: Partial<HealthcheckSpec> | null, extra: Partial<ContainerSpec> = {}) => container('db', { ...(h ? { healthcheck: { test: ['CMD-SHELL', 'pg_isready'], ...h } } : {}), ...extra });

describe('the probe schedule (moby daemon/health.go)', () => {
  it('with the defaults the first probe runs 30 s after the process started; the app is ready by then, so healthy', () => {
    const { log } = run([db({})]);
    const began = appBegan(log, 'db');
    expect(health(log, 'db')).toEqual([{ atMs: began, status: 'starting' }, { atMs: began + 30_000, status: 'healthy' }]);
  });

  it('retries failures in a row while the app is still starting make it unhealthy; a later success makes it healthy', () => {
    const probe = run([db(null)]).log;
    const initMs = readyAt(probe, 'db') - appBegan(probe, 'db');
    const interval = Math.floor(initMs / 4);
    const { log } = run([db({ intervalMs: interval, retries: 3 })]);
    const began = appBegan(log, 'db');
    const firstPass = began + Math.ceil((readyAt(log, 'db') - began) / interval) * interval;
    expect(health(log, 'db')).toEqual([
      { atMs: began, status: 'starting' },
      { atMs: began + 3 * interval, status: 'unhealthy' },
      { atMs: firstPass, status: 'healthy' },
    ]);
  });

  it('inside the start period failures do not count, and probes run at the start interval', () => {
    const probe = run([db(null)]).log;
    const initMs = readyAt(probe, 'db') - appBegan(probe, 'db');
    const startInterval = Math.max(1, Math.floor(initMs / 5));
    const { log } = run([db({ intervalMs: 60_000, retries: 1, startPeriodMs: 10 * initMs, startIntervalMs: startInterval })]);
    const began = appBegan(log, 'db');
    expect(health(log, 'db')).toEqual([
      { atMs: began, status: 'starting' },
      { atMs: began + Math.ceil((readyAt(log, 'db') - began) / startInterval) * startInterval, status: 'healthy' },
    ]);
  });

  it('a healthy container needs no more events: a run without until ends, and inspect still counts its probes', () => {
    const { sim, log } = run([db({ intervalMs: 1_000 })]);
    const healthyAt = health(log, 'db')[1]!.atMs;
    expect(sim.state.nowMs).toBeLessThan(healthyAt + 1_000);
    advanceTo(sim, healthyAt + 10_500);
    const h = healthAt(sim.state.instances.db!, sim.state.nowMs)!;
    expect(h.status).toBe('healthy');
    expect(h.log.map((p) => p.startMs)).toEqual([6, 7, 8, 9, 10].map((k) => healthyAt + k * 1_000));
  });

  it('a pause stops the monitor (the status then reads unhealthy); an unpause probes again one interval later', () => {
    const { sim, log } = run([db({ intervalMs: 1_000 })]);
    const healthyAt = health(log, 'db')[1]!.atMs;
    advanceTo(sim, healthyAt + 2_000);
    apply(sim, { type: 'instance/pause', name: 'db' });
    expect(sim.state.instances.db!.health).toMatchObject({ status: 'unhealthy', nextProbeMs: null });
    advanceTo(sim, healthyAt + 5_000);
    apply(sim, { type: 'instance/unpause', name: 'db' });
    runToEnd(sim);
    expect(health(getLog(sim), 'db').slice(2)).toEqual([{ atMs: healthyAt + 6_000, status: 'healthy' }]);
  });
});

describe('depends_on conditions (Compose convergence.go)', () => {
  const web = (condition: 'started' | 'healthy' | 'completed', extra: Partial<ContainerSpec> = {}) => container('web', { dependsOn: [{ name: 'db', condition }], ...extra });

  it('service_healthy: web stays created until db is healthy, then starts at Compose\'s next 500 ms poll; its ready time counts the wait', () => {
    const { sim, log } = run([db({ intervalMs: 1_000 }), web('healthy')]);
    const healthyAt = health(log, 'db')[1]!.atMs;
    const startsAt = Math.ceil(healthyAt / 500) * 500;
    expect(log.find((e) => e.subject === 'web' && e.type === 'container/waiting-for-dependencies')).toMatchObject({ atMs: 0, data: { waitingFor: ['db (healthy)'] } });
    expect(log.find((e) => e.subject === 'web' && e.type === 'instance/starting')!.atMs).toBe(startsAt);
    const w = sim.state.instances.web!;
    expect(w.phases[0]).toEqual({ name: 'wait for dependencies', startMs: 0, endMs: startsAt });
    expect(w.readyMs).toBe(readyAt(log, 'web'));
    expect(w.readyMs!).toBeGreaterThan(startsAt);
  });

  it('while held the container is created, and a second start is refused', () => {
    const sim = createSimulation(scenario([db({ intervalMs: 1_000 }), web('healthy')], startAll(['db', 'web'])), FIXTURE);
    advanceTo(sim, 100);
    expect(sim.state.instances.web!.state).toBe('created');
    expect(apply(sim, { type: 'instance/start', name: 'web' })).toEqual({ ok: false, reason: 'web is already waiting for db (healthy)' });
  });

  it('an unhealthy dependency refuses the start in Compose\'s words; the container stays created', () => {
    const { sim, log } = run([db({ intervalMs: 1, retries: 1 }), web('healthy')]);
    expect(log.find((e) => e.type === 'container/dependency-failed')).toMatchObject({ subject: 'web', data: { reason: 'dependency failed to start: container db is unhealthy' } });
    expect(sim.state.instances.web!.state).toBe('created');
  });

  it('a dependency without a healthcheck cannot be waited for as healthy', () => {
    const { log } = run([db(null), web('healthy')]);
    expect(log.find((e) => e.type === 'container/dependency-failed')!.data).toEqual({ reason: 'dependency failed to start: container db has no healthcheck configured', dependency: 'db' });
  });

  it('service_completed_successfully: exit 0 lets it start; exit 1 refuses it; required: false starts it anyway with the warning', () => {
    const exit = (code: number): TimedAction[] => [...startAll(['db', 'web']), { atMs: 2_000, action: { type: 'exit', target: 'db', exitCode: code } }];
    const ok = run([db(null), web('completed')], exit(0)).log;
    expect(ok.find((e) => e.subject === 'web' && e.type === 'instance/starting')!.atMs).toBe(2_000);
    const bad = run([db(null), web('completed')], exit(1)).log;
    expect(bad.find((e) => e.type === 'container/dependency-failed')!.data).toEqual({ reason: 'service "db" didn\'t complete successfully: exit 1', dependency: 'db' });
    const optional = run([db(null), container('web', { dependsOn: [{ name: 'db', condition: 'completed', required: false }] })], exit(1)).log;
    expect(optional.find((e) => e.type === 'container/dependencies-met')!.data).toEqual({ dependencies: ['db (completed)'], skipped: ['optional dependency "db" didn\'t complete successfully: exit 1'] });
  });

  it('service_started: a start waits for its dependency\'s start, then goes on at once', () => {
    const { log } = run([db(null), web('started')], [{ atMs: 0, action: { type: 'start', target: 'web' } }, { atMs: 3_000, action: { type: 'start', target: 'db' } }]);
    expect(log.find((e) => e.subject === 'web' && e.type === 'instance/starting')!.atMs).toBe(3_000);
  });
});
