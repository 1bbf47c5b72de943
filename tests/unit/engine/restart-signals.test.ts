/**
 * A container's main process beyond `docker stop`: it exits by itself, `docker kill` (SIGKILL,
 * 137 at once), `docker pause` (the freezer: memory kept, no CPU), and `--restart` policies with
 * moby's restart manager's back-off (daemon/internal/restartmanager/restartmanager.go: 100 ms,
 * doubling, at most 1 min, reset after a run of 10 s; on-failure:N at most N restarts).
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getLog, apply, advanceTo, getReport } from '../../../sim-core/index';
import { nextTimeoutMs } from '../../../sim-core/engine/restart';
import type { TimedAction } from '../../../sim-core/scenario/types';
import { FIXTURE, container, scenario, startAll } from './fixture';

const exitAt = (target: string, atMs: number, exitCode: number): TimedAction => ({ atMs, action: { type: 'exit', target, exitCode } });

function run(spec: Parameters<typeof container>[1], events: TimedAction[]) {
  const sim = createSimulation(scenario([container('job', spec)], [...startAll(['job']), ...events]), FIXTURE);
  runToEnd(sim);
  return { sim, log: getLog(sim) };
}

const restarts = (log: ReturnType<typeof getLog>) => log.filter((e) => e.type === 'instance/restarting').map((e) => ({ atMs: e.atMs, ...e.data }));
const starts = (log: ReturnType<typeof getLog>) => log.filter((e) => e.type === 'instance/starting').map((e) => e.atMs);

describe('a main process that exits by itself', () => {
  it('exits with its own code at once; without a restart policy it stays exited', () => {
    const { sim, log } = run({}, [exitAt('job', 5_000, 3)]);
    expect(log.find((e) => e.type === 'instance/stopped')).toMatchObject({ atMs: 5_000, data: { exitCode: 3, reason: 'its main process exited' } });
    expect(getReport(sim).instances[0]).toMatchObject({ state: 'exited', exitCode: 3 });
    expect(restarts(log)).toEqual([]);
  });
});

describe('a main process whose end the engine knows (engine/main-process.ts)', () => {
  it('command: [sleep, "30"] ends 30 s after its process started, exit 0', () => {
    const { sim, log } = run({ command: ['sleep', '30'] }, []);
    const stopped = log.find((e) => e.type === 'instance/stopped')!;
    const processStart = log.find((e) => e.type === 'instance/phase-started' && e.data.phase === 'app init')!.atMs;
    expect(stopped).toMatchObject({ atMs: processStart + 30_000, data: { exitCode: 0 } });
    expect(getReport(sim).instances[0]).toMatchObject({ state: 'exited', exitCode: 0 });
  });

  it('with restart: always it ends again after each start (moby restarts it after its back-off)', () => {
    const { log } = run({ command: ['sleep', '20s'], restart: { name: 'always' } }, []);
    // Each 20 s run resets the back-off to 100 ms; the run goes on until the scenario's end.
    expect(restarts(log).length).toBeGreaterThan(2);
    expect(restarts(log).every((r) => r.delayMs === 100)).toBe(true);
  });

  it('--entrypoint sleep with its duration as the command, and sleep infinity', () => {
    expect(run({ entrypoint: ['sleep'], command: ['1m'] }, []).log.some((e) => e.type === 'instance/stopped')).toBe(true);
    expect(run({ command: ['sleep', 'infinity'] }, []).log.some((e) => e.type === 'instance/stopped')).toBe(false);
  });
});

describe('restart policies and their back-off', () => {
  it('on-failure:2 restarts twice after 100 ms then 200 ms, then leaves it exited', () => {
    const { sim, log } = run({ restart: { name: 'on-failure', maxRetries: 2 } }, [exitAt('job', 5_000, 1), exitAt('job', 6_000, 1), exitAt('job', 7_000, 1)]);
    expect(restarts(log)).toEqual([
      { atMs: 5_000, policy: 'on-failure:2', attempt: 1, delayMs: 100, exitCode: 1 },
      { atMs: 6_000, policy: 'on-failure:2', attempt: 2, delayMs: 200, exitCode: 1 },
    ]);
    expect(starts(log)).toEqual([0, 5_100, 6_200]);
    expect(getReport(sim).instances[0]).toMatchObject({ state: 'exited', exitCode: 1 });
  });

  it('on-failure does not restart after exit 0; always does', () => {
    expect(restarts(run({ restart: { name: 'on-failure' } }, [exitAt('job', 5_000, 0)]).log)).toEqual([]);
    expect(restarts(run({ restart: { name: 'always' } }, [exitAt('job', 5_000, 0)]).log)).toHaveLength(1);
  });

  it('the wait doubles up to a minute, and a run of 10 s or more resets it to 100 ms', () => {
    const waits: number[] = [];
    let t = 0;
    for (let i = 0; i < 12; i++) waits.push((t = nextTimeoutMs(t, 1_000)));
    expect(waits).toEqual([100, 200, 400, 800, 1_600, 3_200, 6_400, 12_800, 25_600, 51_200, 60_000, 60_000]);
    expect(nextTimeoutMs(60_000, 10_000)).toBe(100);
    const { log } = run({ restart: { name: 'always' } }, [exitAt('job', 2_000, 1), exitAt('job', 3_000, 1), exitAt('job', 30_000, 1)]);
    expect(restarts(log).map((r) => r.delayMs)).toEqual([100, 200, 100]);
  });

  it('an OOM kill (exit 137) restarts it under unless-stopped; the restarted app holds its usual memory again', () => {
    const MiB = 1024 * 1024;
    const { sim, log } = run({ restart: { name: 'unless-stopped' }, memoryBytes: 64 * MiB }, [{ atMs: 5_000, action: { type: 'load', load: { target: 'job', memoryBytes: 100 * MiB } } }]);
    expect(restarts(log)).toEqual([{ atMs: 5_000, policy: 'unless-stopped', attempt: 1, delayMs: 100, exitCode: 137 }]);
    expect(getReport(sim).instances[0]!.state).toBe('running');
  });

  it('a user\'s stop, kill or removal cancels it; the next start begins afresh', () => {
    const sim = createSimulation(scenario([container('job', { restart: { name: 'always' } })], startAll(['job'])), FIXTURE);
    advanceTo(sim, 5_000);
    expect(apply(sim, { type: 'instance/kill', name: 'job' })).toEqual({ ok: true });
    advanceTo(sim, 70_000);
    expect(getReport(sim).instances[0]).toMatchObject({ state: 'exited', exitCode: 137 });
    expect(restarts(getLog(sim))).toEqual([]);
    apply(sim, { type: 'instance/start', name: 'job' });
    advanceTo(sim, 75_000);
    apply(sim, { type: 'instance/exit', name: 'job', exitCode: 2 });
    expect(restarts(getLog(sim))).toEqual([{ atMs: 75_000, policy: 'always', attempt: 1, delayMs: 100, exitCode: 2 }]);
    // A stop while it waits to restart cancels the restart.
    expect(apply(sim, { type: 'instance/stop', name: 'job' })).toEqual({ ok: true });
    advanceTo(sim, 80_000);
    expect(getReport(sim).instances[0]!.state).toBe('exited');
  });
});

describe('docker kill and docker pause', () => {
  it('kill is SIGKILL now: exit 137 without the stop signal or its grace', () => {
    const sim = createSimulation(scenario([container('job')], startAll(['job'])), FIXTURE);
    advanceTo(sim, 5_000);
    apply(sim, { type: 'instance/kill', name: 'job' });
    const log = getLog(sim);
    expect(log.some((e) => e.type === 'instance/stopping')).toBe(false);
    expect(log.find((e) => e.type === 'instance/killed')).toMatchObject({ atMs: 5_000, data: { signal: 'SIGKILL', exitCode: 137, reason: 'docker kill' } });
    expect(apply(sim, { type: 'instance/kill', name: 'job' })).toEqual({ ok: false, reason: 'job is not running (exited)' });
  });

  it('a paused container keeps its memory and uses no CPU until unpaused', () => {
    const sim = createSimulation(scenario([container('job')], [...startAll(['job']), { atMs: 3_000, action: { type: 'load', load: { target: 'job', cpu: 2 } } }]), FIXTURE);
    advanceTo(sim, 5_000);
    const before = sim.state.instances.job!;
    const memory = before.memoryBytes;
    expect(before.cpuCores).toBe(2);
    expect(apply(sim, { type: 'instance/pause', name: 'job' })).toEqual({ ok: true });
    expect(sim.state.instances.job!.cpuCores).toBe(0);
    expect(sim.state.instances.job!.memoryBytes).toBe(memory);
    expect(apply(sim, { type: 'instance/pause', name: 'job' })).toEqual({ ok: false, reason: 'job is already paused' });
    apply(sim, { type: 'instance/unpause', name: 'job' });
    expect(sim.state.instances.job!.cpuCores).toBe(2);
    expect(getLog(sim).filter((e) => e.type === 'instance/paused' || e.type === 'instance/unpaused').map((e) => e.type)).toEqual(['instance/paused', 'instance/unpaused']);
  });
});
