import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getReport, EXIT_SIGKILL } from '../../../sim-core/index';
import { FIXTURE, MiB, container, scenario, startAll, vm } from './fixture';

describe('cgroup memory.max', () => {
  it('an app that outgrows its limit is OOM-killed inside its cgroup: exit 137', () => {
    const s = scenario([container('web', { memoryBytes: 512 * MiB })], [
      ...startAll(['web']),
      { atMs: 90_000, action: { type: 'load', load: { target: 'web', memoryBytes: 600 * MiB } } },
    ], { untilMs: 120_000 });
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    const r = getReport(sim);
    expect(EXIT_SIGKILL).toBe(137);
    expect(r.instances[0]!.state).toBe('exited');
    expect(r.instances[0]!.exitCode).toBe(137);
    expect(r.incidents).toContainEqual({ atMs: 90_000, type: 'oom-kill', target: 'web', detail: 'memory.max 512MiB' });
    expect(r.simulatedMs).toBe(120_000);
  });

  it('an app within its limit keeps running', () => {
    const s = scenario([container('web', { memoryBytes: 512 * MiB })], [
      ...startAll(['web']),
      { atMs: 5000, action: { type: 'load', load: { target: 'web', memoryBytes: 400 * MiB } } },
    ]);
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    expect(getReport(sim).instances[0]!.state).toBe('running');
    expect(getReport(sim).instances[0]!.memoryBytes).toBe(400 * MiB);
  });
});

describe('host memory', () => {
  it('the host OOM killer kills the largest when the host runs out', () => {
    const host = { memoryBytes: 2048 * MiB } as never;
    const s = scenario([container('small'), container('big')], [
      ...startAll(['small', 'big']),
      { atMs: 2000, action: { type: 'load', load: { target: 'small', memoryBytes: 600 * MiB } } },
      { atMs: 3000, action: { type: 'load', load: { target: 'big', memoryBytes: 1200 * MiB } } },
    ], { host });
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    const r = getReport(sim);
    expect(r.instances.find((i) => i.name === 'big')!.exitCode).toBe(137);
    expect(r.instances.find((i) => i.name === 'small')!.state).toBe('running');
    expect(r.incidents.some((i) => i.type === 'oom-kill' && i.target === 'big')).toBe(true);
    expect(r.host.memoryUsedBytes).toBeLessThanOrEqual(2048 * MiB);
  });
});

describe('cgroup cpu.max', () => {
  it('a container wanting 2 cores under --cpus=0.5 is throttled every period', () => {
    const s = scenario([container('web', { cpus: 0.5 })], [
      ...startAll(['web']),
      { atMs: 1000, action: { type: 'load', load: { target: 'web', cpu: 2 } } },
    ], { untilMs: 2000 });
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    const r = getReport(sim);
    expect(r.incidents.filter((i) => i.type === 'throttled').map((i) => i.target)).toEqual(['web']);
    // 1 s of throttling: 10 periods of 100 ms; in each, the two busy threads run 25 ms and
    // wait 75 ms each, and cpu.stat sums the wait per run queue: 150 ms a period.
    expect(r.instances[0]!.cpuStat).toEqual({ nrPeriods: 10, nrThrottled: 10, throttledMs: 1500 });
  });
});

describe('--cpuset-cpus', () => {
  const busy = (spec: Parameters<typeof container>[1]) => {
    const s = scenario([container('web', spec)], [
      ...startAll(['web']),
      { atMs: 1000, action: { type: 'load', load: { target: 'web', cpu: 3 } } },
    ], { untilMs: 2000 });
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    return { web: sim.state.instances.web!, report: getReport(sim) };
  };

  it('a container wanting 3 cores pinned to CPUs 0 and 1 gets 2, and is not throttled (no quota)', () => {
    const { web, report } = busy({ cpusetCpus: '0,1' });
    expect(web.cpuCores).toBe(2);
    expect(report.incidents.filter((i) => i.type === 'throttled')).toEqual([]);
  });

  it('unpinned it gets the 3 it wants; pinned to 0-3 under --cpus=1.5, the quota is the lower bound', () => {
    expect(busy({}).web.cpuCores).toBe(3);
    expect(busy({ cpusetCpus: '0-3', cpus: 1.5 }).web.cpuCores).toBe(1.5);
  });
});

describe('containers inside a VM', () => {
  it('start only once the VM is ready, run on its kernel, and count in its memory once', () => {
    const s = scenario([vm('cloud', { apps: [] }), container('app', { in: 'cloud' })], startAll(['app', 'cloud']));
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    const r = getReport(sim);
    const [cloud, app] = r.instances;
    expect(app!.state).toBe('running');
    expect(app!.kernel).toBe('cloud');
    // It waited for its VM, then for the guest's container engine (1 s in the fixture), and
    // both waits count in its readyMs, which runs from its start event (the contract).
    expect(app!.phases.map((p) => p.name)).toEqual(['wait for VM', 'engine start', 'create', 'runtime start', 'app init']);
    expect(app!.phases[0]).toEqual({ name: 'wait for VM', startMs: 0, endMs: cloud!.readyMs! });
    expect(app!.phases[1]).toEqual({ name: 'engine start', startMs: cloud!.readyMs!, endMs: cloud!.readyMs! + 1000 });
    expect(app!.phases[2]!.startMs).toBe(cloud!.readyMs! + 1000);
    expect(app!.readyMs).toBe(app!.phases[4]!.endMs);
    expect(cloud!.memoryBytes).toBe((50 + 100 + 150 + 10) * MiB);
    expect(r.host.memoryUsedBytes).toBe(500 * MiB + cloud!.memoryBytes);
  });

  it('a container started long after its VM was ready neither waits nor counts a wait', () => {
    const s = scenario([vm('cloud', { apps: [] }), container('app', { in: 'cloud' })], [
      ...startAll(['cloud']),
      { atMs: 60_000, action: { type: 'start', target: 'app' } },
    ]);
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    const app = getReport(sim).instances[1]!;
    expect(app.phases.map((p) => p.name)).toEqual(['create', 'runtime start', 'app init']);
    expect(app.phases[0]!.startMs).toBe(60_000);
    expect(app.readyMs).toBe(app.phases[2]!.endMs - 60_000);
  });

  it('stop when their VM stops', () => {
    const s = scenario([vm('cloud', { apps: [] }), container('app', { in: 'cloud' })], [
      ...startAll(['cloud', 'app']),
      { atMs: 60_000, action: { type: 'stop', target: 'cloud' } },
    ]);
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    const r = getReport(sim);
    expect(r.instances.map((i) => i.state)).toEqual(['exited', 'exited']);
  });
});

describe('kernel compatibility', () => {
  it('a Windows image on a Linux kernel fails with the real message', () => {
    const s = scenario([container('w', { image: 'win:1' })], startAll(['w']));
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    const r = getReport(sim);
    expect(r.instances[0]!.state).toBe('failed');
    expect(r.incidents[0]!.type).toBe('start-failed');
    expect(r.incidents[0]!.detail).toContain('image operating system "windows" cannot be used on this platform');
  });

  it('a Linux container on a Windows host runs inside a Linux utility VM', () => {
    const host = { os: 'windows' } as never;
    const s = scenario([vm('wsl', { profile: 'winonly', apps: [] }), container('c', { in: 'wsl' }), container('bare')], startAll(['wsl', 'c', 'bare']), { host });
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    const [wsl, c, bare] = getReport(sim).instances;
    expect(wsl!.state).toBe('running');
    expect(c!.state).toBe('running');
    expect(bare!.state).toBe('failed');
  });
});
