import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { DiskChart } from '../../../src/charts/DiskChart';
import { computeDiskUsage } from '../../../src/viz/disk-usage';
import { diskRows } from '../../../src/viz/disk-rows';
import { formatBytes } from '../../../src/viz/format';
import { sampleAt, FIXTURE, MiB } from './sample';

describe('disk breakdown rows', () => {
  it('lists layers, writable layers and VM disks, summing a long group into "+N more"', () => {
    const containers = Array.from({ length: 12 }, (_, i) => ({
      name: `c${i}`, kind: 'container' as const, state: 'running' as const, diskBytes: (i + 1) * MiB, software: 'web:1',
    }));
    const rows = diskRows(computeDiskUsage(containers, FIXTURE.images), 5);
    const writable = rows.filter((r) => r.group === 'writable');
    expect(writable.map((r) => r.label)).toEqual(['c11', 'c10', 'c9', 'c8', '']);
    expect(writable[4]).toMatchObject({ moreCount: 8, bytes: (8 * 9) / 2 * MiB });
    expect(rows.filter((r) => r.group === 'layers').map((r) => r.label)).toEqual(['base', 'web-bin']);
  });
});

describe('DiskChart markup', () => {
  it('shows the shared base layer once with the containers that use it, and the VM disk', () => {
    const { view } = sampleAt(5_000);
    const html = renderToString(<DiskChart instances={view.instances} images={FIXTURE.images} host={view.host} width={700} />);
    expect(html).toContain('data-testid="disk-chart"');
    expect(html.split('data-label="base"').length - 1).toBe(1);
    expect(html).toContain('used by web1, web2, cache');
    expect(html).toContain('data-group="vm-disks" data-label="vm1"');
    expect(html).toContain(`${formatBytes(view.host.diskUsedBytes)} of ${formatBytes(view.host.diskTotalBytes)}`);
    // Without sharing, three containers would hold 100 + 100 + 90 MiB of image instead of 110 MiB.
    expect(html).toContain(`if every container had its own copy: ${formatBytes(290 * MiB)}`);
    expect(html).toContain(`with shared layers: ${formatBytes(110 * MiB)}`);
    expect(html).toContain('role="img"');
  });
});
