import { describe, expect, it } from 'vitest';
import type { CgroupSeries } from '../../../sim-core/views/index';
import { cgroupGeometry } from '../../../src/inside/cgroup-chart';

const MiB = 1024 * 1024;
const series: CgroupSeries = {
  name: 'limited',
  memory: [{ atMs: 0, value: 0 }, { atMs: 2_000, value: 10 * MiB }, { atMs: 60_000, value: 0 }],
  memoryLimit: [{ atMs: 0, value: 512 * MiB }],
  oomKills: [{ atMs: 60_000, scope: 'cgroup' }],
  cpuWanted: [{ atMs: 0, value: 0 }, { atMs: 20_000, value: 2 }, { atMs: 60_000, value: 0 }],
  cpuAllowed: [{ atMs: 0, value: 0 }, { atMs: 20_000, value: 0.5 }, { atMs: 60_000, value: 0 }],
  cpuQuota: [{ atMs: 0, value: 0.5 }],
  throttled: [{ fromMs: 20_000, toMs: 60_000 }],
  endMs: 90_000,
};
const box = { width: 400, height: 120, left: 40, right: 10, top: 8, bottom: 20 };

describe('cgroup chart geometry', () => {
  const g = cgroupGeometry(series, box);

  it('spans the plot from 0 to now; the OOM mark and throttled band sit at their times', () => {
    expect(g.x(0)).toBe(40);
    expect(g.x(90_000)).toBe(390);
    expect(g.memory.oomX).toHaveLength(1);
    expect(g.memory.oomX[0]).toBeCloseTo(40 + (350 * 60) / 90);
    expect(g.cpu.throttled[0]!.x).toBeCloseTo(40 + (350 * 20) / 90);
    expect(g.cpu.throttled[0]!.width).toBeCloseTo((350 * 40) / 90);
  });

  it('the memory limit is drawn above the usage, the quota below what is wanted', () => {
    expect(g.memory.y(512 * MiB)).toBeLessThan(g.memory.y(10 * MiB));
    expect(g.memory.y.domain()[1]).toBeGreaterThanOrEqual(512 * MiB);
    expect(g.cpu.y(2)).toBeLessThan(g.cpu.y(0.5));
    expect(g.memory.limit).toMatch(/^M40,/);
    expect(g.cpu.quota.length).toBeGreaterThan(0);
  });

  it('no limit draws no limit line', () => {
    const open = cgroupGeometry({ ...series, memoryLimit: [{ atMs: 0, value: null }], cpuQuota: [{ atMs: 0, value: null }] }, box);
    expect(open.memory.limit).toBe('');
    expect(open.cpu.quota).toBe('');
  });
});
