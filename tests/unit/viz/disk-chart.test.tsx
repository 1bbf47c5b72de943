import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { DiskChart } from '../../../src/charts/DiskChart';
import { diskRows } from '../../../src/viz/disk-rows';
import { formatBytes } from '../../../sim-core/format/index';
import { createSimulation, getView, runToEnd } from '../../../sim-core/index';
import { FIXTURE, MiB, container, scenario, startAll } from '../engine/fixture';
import { sampleAt } from './sample';

describe('disk breakdown rows', () => {
  it('lists layers, writable layers and VM disks, summing a long group into "+N more"', () => {
    const names = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const sim = createSimulation(scenario(names.map((n) => container(n)), [
      ...startAll(names),
      ...names.map((n, i) => ({ atMs: 5000, action: { type: 'write' as const, target: n, path: '/data', sizeBytes: (i + 1) * MiB } })),
    ], { untilMs: 6000 }), FIXTURE);
    runToEnd(sim);
    const rows = diskRows(getView(sim).host.disk, 5);
    const writable = rows.filter((r) => r.group === 'writable');
    expect(writable.map((r) => r.label)).toEqual(['c11', 'c10', 'c9', 'c8', '']);
    expect(writable[4]).toMatchObject({ moreCount: 8, bytes: (8 * 9) / 2 * MiB });
    expect(rows.filter((r) => r.group === 'layers').map((r) => r.label)).toEqual(['base', 'web-bin']);
    const html = renderToString(<DiskChart host={getView(sim).host} width={700} />);
    expect(html).toContain('used by c0, c1, c2, c3, c4, c5, c6, c7 and 4 more');
  });
});

describe('DiskChart markup', () => {
  it('shows the shared base layer once with the containers that use it, and the VM disk', () => {
    const { view } = sampleAt(5_000);
    const html = renderToString(<DiskChart host={view.host} width={700} />);
    expect(html).toContain('data-testid="disk-chart"');
    expect(html.split('data-label="base"').length - 1).toBe(1);
    expect(html).toContain('used by web1, web2, cache');
    expect(html).toContain('data-group="vm-disks" data-label="vm1"');
    expect(html).toContain(`${formatBytes(view.host.diskUsedBytes)} of ${formatBytes(view.host.diskTotalBytes)}`);
    // Without sharing, three containers would hold 100 + 100 + 90 MiB of image instead of 110 MiB.
    expect(html).toContain(`if every container had its own copy: ${formatBytes(290 * MiB)}`);
    expect(html).toContain(`image layers the containers use, stored once: ${formatBytes(110 * MiB)}`);
    expect(html).toContain('role="img"');
  });

  it('shows layers being pulled as they arrive', () => {
    const host = { networkBitsPerSecond: 100e6, imageCache: 'cold' } as never;
    const sim = createSimulation(scenario([container('web')], startAll(['web']), { host, untilMs: 1000 }), FIXTURE);
    runToEnd(sim);
    const html = renderToString(<DiskChart host={getView(sim).host} width={700} />);
    expect(html).toContain('Layers being pulled');
    expect(html).toContain('data-group="pulling" data-label="base"');
    expect(html).toContain(`${formatBytes(12_500_000)} of`);
  });
});
