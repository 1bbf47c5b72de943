import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getReport, getLog } from '../../../sim-core/index';
import { FIXTURE, MiB, container, scenario, startAll, vm } from './fixture';

function run(s: ReturnType<typeof scenario>) {
  const sim = createSimulation(s, FIXTURE);
  runToEnd(sim);
  return { sim, report: getReport(sim) };
}

const near = (actual: number, expected: number, spread = 0.06) => {
  expect(actual).toBeGreaterThanOrEqual(expected * (1 - spread));
  expect(actual).toBeLessThanOrEqual(expected * (1 + spread));
};

describe('VM boot', () => {
  it('goes through firmware, bootloader, kernel, init and apps, in order, back to back', () => {
    const { report } = run(scenario([vm('v')], startAll(['v'])));
    const v = report.instances[0]!;
    expect(v.state).toBe('running');
    expect(v.phases.map((p) => p.name)).toEqual(['firmware', 'bootloader', 'kernel', 'init', 'apps']);
    for (let i = 1; i < v.phases.length; i++) expect(v.phases[i]!.startMs).toBe(v.phases[i - 1]!.endMs);
    // 1000 + 1000 + 2000 + 5000 + 300 × (1 + 10% CPU overhead)
    near(v.readyMs!, 9330);
    expect(v.readyMs).toBe(v.phases[4]!.endMs);
    expect(v.kernel).toBe('v');
  });

  it('holds its VMM plus the guest pages it touched, not its whole RAM', () => {
    const { report } = run(scenario([vm('v')], startAll(['v'])));
    expect(report.instances[0]!.memoryBytes).toBe((50 + 100 + 150 + 10) * MiB);
    expect(report.host.memoryUsedBytes).toBe((500 + 310) * MiB);
  });

  it('a microVM with direct kernel boot skips firmware and bootloader', () => {
    const { report } = run(scenario([vm('m', { profile: 'micro', apps: [] })], startAll(['m'])));
    expect(report.instances[0]!.phases.map((p) => p.name)).toEqual(['kernel', 'init']);
    near(report.instances[0]!.readyMs!, 700);
  });

  it('a Windows guest touches all its RAM', () => {
    const { report } = run(scenario([vm('w', { os: 'windows', memoryBytes: 4096 * MiB, apps: [] })], startAll(['w'])));
    expect(report.instances[0]!.memoryBytes).toBe((50 + 4096) * MiB);
  });
});

describe('container start', () => {
  it('creates, starts the runtime, inits the app: ready in about half a second', () => {
    const { report } = run(scenario([container('c')], startAll(['c'])));
    const c = report.instances[0]!;
    expect(c.phases.map((p) => p.name)).toEqual(['create', 'runtime start', 'app init']);
    near(c.readyMs!, 500);
    expect(c.memoryBytes).toBe(10 * MiB);
    expect(c.kernel).toBe('host');
    expect(c.imageBytes).toBe(100 * MiB);
  });

  it('boots far faster than a VM on the same host', () => {
    const { report } = run(scenario([vm('v'), container('c')], startAll(['v', 'c'])));
    const [v, c] = report.instances;
    expect(v!.readyMs! / c!.readyMs!).toBeGreaterThan(10);
  });

  it('gVisor and Kata give a container its own kernel and cost sandbox memory', () => {
    const { report } = run(scenario([container('g', { runtime: 'gvisor' }), container('k', { runtime: 'kata' })], startAll(['g', 'k'])));
    const [g, k] = report.instances;
    expect(g!.kernel).toBe('g');
    expect(k!.kernel).toBe('k');
    expect(g!.memoryBytes).toBe(30 * MiB);
    expect(k!.memoryBytes).toBe(110 * MiB);
  });
});

describe('CPU contention', () => {
  it('two boots sharing one core each take twice as long as one alone', () => {
    const host = { cpus: 1 } as never;
    const alone = run(scenario([container('a')], startAll(['a']), { host })).report.instances[0]!.readyMs!;
    const both = run(scenario([container('a'), container('b')], startAll(['a', 'b']), { host })).report.instances;
    near(both[0]!.readyMs!, 2 * alone, 0.12);
    near(both[1]!.readyMs!, 2 * alone, 0.12);
  });

  it('a wait phase (firmware) does not stretch under contention', () => {
    const host = { cpus: 1 } as never;
    const { report } = run(scenario([vm('v1'), vm('v2')], startAll(['v1', 'v2']), { host }));
    for (const v of report.instances) near(v.phases[0]!.endMs - v.phases[0]!.startMs, 1000);
  });
});

describe('image pulls (cold cache)', () => {
  it('downloads each layer once, even when two images share it', () => {
    const host = { imageCache: 'cold' } as never;
    const { sim, report } = run(scenario([container('a'), container('b', { image: 'cache:1' })], startAll(['a', 'b']), { host }));
    const downloads = getLog(sim).filter((e) => e.type === 'image/layer-download-started').map((e) => e.data.layer);
    expect(downloads.sort()).toEqual(['base', 'cache-bin', 'web-bin']);
    expect(report.instances[0]!.phases[0]!.name).toBe('pull');
    // 45 MiB over 1 Gbps shared is at least 45·2^20/125000 ms
    expect(report.instances[0]!.phases[0]!.endMs).toBeGreaterThan(300);
    // shared base counted once on disk: 80 + 20 + 10 MiB
    expect(report.host.diskUsedBytes).toBe(110 * MiB);
  });

  it('a warm cache needs no pull phase', () => {
    const { report } = run(scenario([container('a')], startAll(['a'])));
    expect(report.instances[0]!.phases[0]!.name).toBe('create');
  });
});
