import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getReport, getLog, apply, advanceTo } from '../../../sim-core/index';
import { CATALOGUE, figureOf } from '../../../sim-core/catalogue/index';
import { container, scenario, startAll, vm } from './fixture';

/**
 * Stopping takes time: `docker stop` sends the image's stop signal and waits up to Docker's
 * 10 s grace (docker-stop-grace) before SIGKILL; `vagrant halt` takes the guest's shutdown.
 */
const stopAt = (target: string, atMs: number) => ({ atMs, action: { type: 'stop' as const, target } });

function run(instances: Parameters<typeof scenario>[0], events: Parameters<typeof scenario>[1]) {
  const sim = createSimulation(scenario(instances, events), CATALOGUE);
  runToEnd(sim);
  return { report: getReport(sim), log: getLog(sim) };
}

const stoppedEntry = (log: ReturnType<typeof run>['log'], who: string) => log.find((e) => e.type === 'instance/stopped' && e.subject === who)!;

describe('docker stop', () => {
  it('nginx exits 0 on its image\'s SIGQUIT after its graceful shutdown', () => {
    const { report, log } = run([container('web', { image: 'nginx:1.27' })], [...startAll(['web']), stopAt('web', 5_000)]);
    const stopping = log.find((e) => e.type === 'instance/stopping')!;
    expect(stopping).toMatchObject({ atMs: 5_000, data: { signal: 'SIGQUIT', graceMs: null } });
    const stopped = stoppedEntry(log, 'web');
    const [low, high] = CATALOGUE.apps.nginx!.stop!.ms.range!;
    expect(stopped.atMs - 5_000).toBeGreaterThanOrEqual(low);
    expect(stopped.atMs - 5_000).toBeLessThanOrEqual(high);
    expect(stopped.data).toMatchObject({ exitCode: 0, signal: 'SIGQUIT', ms: stopped.atMs - 5_000 });
    expect(report.instances[0]!.exitCode).toBe(0);
  });

  it('a bare interpreter as PID 1 ignores SIGTERM: SIGKILL after the 10 s grace, exit 137', () => {
    const grace = figureOf(CATALOGUE, 'docker-stop-grace').value.value;
    expect(grace).toBe(10_000);
    const { report, log } = run([container('py', { image: 'python:3.12-slim' })], [...startAll(['py']), stopAt('py', 5_000)]);
    expect(log.find((e) => e.type === 'instance/stopping')!.data).toMatchObject({ signal: 'SIGTERM', graceMs: grace });
    const stopped = stoppedEntry(log, 'py');
    expect(stopped.atMs).toBe(5_000 + grace);
    expect(stopped.data).toMatchObject({ exitCode: 137, signal: 'SIGKILL', ms: grace });
    expect(report.instances[0]!.exitCode).toBe(137);
  });

  it('holds its memory and stays running until it has exited; a second stop meanwhile is refused', () => {
    const sim = createSimulation(scenario([container('py', { image: 'python:3.12-slim' })], startAll(['py'])), CATALOGUE);
    advanceTo(sim, 5_000);
    expect(apply(sim, { type: 'instance/stop', name: 'py' })).toEqual({ ok: true });
    advanceTo(sim, 9_000);
    const mid = getReport(sim).instances[0]!;
    expect(mid.state).toBe('running');
    expect(mid.memoryBytes).toBeGreaterThan(0);
    expect(apply(sim, { type: 'instance/stop', name: 'py' })).toEqual({ ok: false, reason: 'py is already stopping' });
    advanceTo(sim, 15_000);
    expect(getReport(sim).instances[0]!.state).toBe('exited');
  });

  it('a container still starting is stopped at once', () => {
    const { log } = run([container('web', { image: 'nginx:1.27' })], [...startAll(['web']), stopAt('web', 100)]);
    expect(stoppedEntry(log, 'web').atMs).toBe(100);
  });
});

describe('vagrant halt', () => {
  it('a guest\'s clean shutdown takes seconds, and its containers stop with it', () => {
    const ubuntu = vm('box', { profile: 'kvm-qemu', os: 'ubuntu-22.04', apps: [] });
    const { report, log } = run([ubuntu, container('web', { image: 'nginx:1.27', in: 'box' })], [...startAll(['box', 'web']), stopAt('box', 60_000)]);
    const stopped = stoppedEntry(log, 'box');
    const shutdown = CATALOGUE.guestOses['ubuntu-22.04']!.shutdownMs!;
    expect(stopped.atMs - 60_000).toBe(shutdown.value);
    expect(stopped.data).toMatchObject({ exitCode: 0, signal: 'ACPI shutdown' });
    expect(shutdown.value).toBeGreaterThanOrEqual(1_000);
    expect(report.instances.map((i) => i.state)).toEqual(['exited', 'exited']);
  });
});
