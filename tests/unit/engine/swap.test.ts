import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, getReport, getView } from '../../../sim-core/index';
import { kernelMemory } from '../../../sim-core/engine/meminfo';
import { free } from '../../../sim-core/terminal/system-info';
import { FIXTURE, MiB, container, scenario, startAll } from './fixture';

/**
 * Swap: a host may have some (`host.swap`, 0 by default as on a cloud VM). Docker lets a
 * container with --memory use as much again in swap (--memory-swap defaults to twice
 * --memory), -1 lifts that bound, and the cgroup's OOM killer acts only once memory plus the
 * swap it may use are full. The host's OOM killer likewise waits for RAM and swap.
 */
const GiB = 1024 * MiB;
const load = (target: string, atMs: number, bytes: number) => ({ atMs, action: { type: 'load' as const, load: { target, memoryBytes: bytes } } });

function run(swap: number, spec: Parameters<typeof container>[1], wants: number) {
  const s = scenario([container('c', spec)], [...startAll(['c']), load('c', 10_000, wants)], { untilMs: 20_000, host: { ...scenario([]).host, swapBytes: swap } });
  const sim = createSimulation(s, FIXTURE);
  runToEnd(sim);
  return { sim, report: getReport(sim), c: getReport(sim).instances[0]! };
}

describe('a container\'s memory limit on a host with swap', () => {
  it('Docker\'s default lets it swap as much as --memory: past memory.max it runs on with the rest in swap', () => {
    const { sim, c, report } = run(2 * GiB, { memoryBytes: 256 * MiB }, 400 * MiB);
    expect(c.state).toBe('running');
    expect(c.swapBytes).toBe(144 * MiB);
    expect(c.memoryBytes).toBe(256 * MiB); // its RAM stays at memory.max
    expect(report.host.swap).toEqual({ totalBytes: 2 * GiB, usedBytes: 144 * MiB });
    expect(sim.state.log.find((e) => e.type === 'memory/swapped')?.data).toMatchObject({ scope: 'cgroup', swapBytes: 144 * MiB, swapMaxBytes: 256 * MiB });
  });

  it('is OOM-killed once memory plus its swap (twice --memory) are full', () => {
    const { c, sim } = run(2 * GiB, { memoryBytes: 256 * MiB }, 600 * MiB);
    expect(c.exitCode).toBe(137);
    expect(sim.state.log.find((e) => e.type === 'oom/killed')?.data).toMatchObject({ scope: 'cgroup', swapMaxBytes: 256 * MiB });
  });

  it('without swap on the host (the default) the same load is OOM-killed at memory.max', () => {
    const { c, report } = run(0, { memoryBytes: 256 * MiB }, 400 * MiB);
    expect(c.exitCode).toBe(137);
    expect(report.host.swap).toBeUndefined();
  });

  it('--memory-swap equal to --memory allows no swap', () => {
    expect(run(2 * GiB, { memoryBytes: 256 * MiB, memorySwapBytes: 256 * MiB }, 400 * MiB).c.exitCode).toBe(137);
  });

  it('--memory-swap -1 swaps up to what the host has, then the OOM killer acts', () => {
    const within = run(2 * GiB, { memoryBytes: 256 * MiB, memorySwapBytes: -1 }, 2 * GiB);
    expect(within.c.state).toBe('running');
    expect(within.c.swapBytes).toBe(2 * GiB - 256 * MiB);
    expect(run(2 * GiB, { memoryBytes: 256 * MiB, memorySwapBytes: -1 }, 2.5 * GiB).c.exitCode).toBe(137);
  });
});

describe('the host with swap', () => {
  const host = (swap: number) => ({ ...scenario([]).host, memoryBytes: 4 * GiB, swapBytes: swap });
  const fill = (swap: number, bytes: number) => {
    const s = scenario([container('a'), container('b')], [...startAll(['a', 'b']), load('a', 10_000, Math.round(bytes)), load('b', 10_000, Math.round(bytes))], { untilMs: 20_000, host: host(swap) });
    const sim = createSimulation(s, FIXTURE);
    runToEnd(sim);
    return sim;
  };

  it('swaps out what RAM cannot hold instead of OOM-killing, and free shows it', () => {
    // 500 MiB for the host's OS, 2 × 1.9 GiB for the apps: 300 MiB-odd past the 4 GiB of RAM.
    const sim = fill(2 * GiB, 1.9 * GiB);
    const r = getReport(sim);
    expect(r.instances.every((i) => i.state === 'running')).toBe(true);
    expect(r.host.memoryUsedBytes).toBe(4 * GiB);
    const swapped = r.host.swap!.usedBytes;
    expect(swapped).toBeGreaterThan(200 * MiB);
    expect(getView(sim).host.swapUsedBytes).toBe(swapped);
    expect(free(kernelMemory(sim, 'host')!, 'm')).toMatch(new RegExp(`^Swap:\\s+2048\\s+${Math.floor(swapped / MiB)}\\s+${Math.floor((2 * GiB - swapped) / MiB)}$`, 'm'));
    expect(sim.state.log.some((e) => e.type === 'memory/swapped' && e.data.scope === 'host')).toBe(true);
  });

  it('OOM-kills only once RAM and swap are both full', () => {
    expect(fill(0, 1.9 * GiB).state.log.some((e) => e.type === 'oom/killed')).toBe(true);
    const sim = fill(1 * GiB, 2.5 * GiB);
    const killed = sim.state.log.filter((e) => e.type === 'oom/killed');
    expect(killed).toHaveLength(1);
    expect(killed[0]!.data).toMatchObject({ scope: 'host' });
  });
});

describe('the runner shows swap', () => {
  it('in its text report, on a host with swap', async () => {
    const { formatReportText: reportText } = await import('../../../sim-core/report/text');
    const { report } = run(2 * GiB, { memoryBytes: 256 * MiB }, 400 * MiB);
    expect(reportText(report)).toContain('144 MiB of 2 GiB swap');
    expect(reportText(run(0, { memoryBytes: 256 * MiB }, 100 * MiB).report)).not.toContain('swap');
  });
});
