import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { MemoryChart } from '../../../src/charts/MemoryChart';
import { formatBytes } from '../../../sim-core/format/index';
import { oomSample, sampleAt, MiB } from './sample';

describe('MemoryChart markup', () => {
  it('stacks the host OS and each instance, shows current values and the host total', () => {
    const { view, history } = sampleAt(5_000);
    const html = renderToString(<MemoryChart history={history} host={view.host} nowMs={view.nowMs} incidents={view.incidents} width={700} />);
    expect(html).toContain('data-testid="memory-chart"');
    for (const series of ['host-os', 'vm1', 'web1', 'web2', 'cache']) expect(html).toContain(`data-series="${series}"`);
    expect(html).toContain('data-testid="memory-host-total"');
    expect(html).toContain(`host RAM ${formatBytes(view.host.memoryTotalBytes)}`);
    const vm = view.instances.find((i) => i.name === 'vm1')!;
    expect(html).toMatch(new RegExp(`data-legend="vm1".*?${formatBytes(vm.memoryBytes)}`));
    expect(html).toContain(`${formatBytes(view.host.memoryUsedBytes)} used of`);
    expect(html).not.toContain('data-testid="memory-oom"');
  });

  it('marks an OOM kill on the time axis', () => {
    const { view, history } = oomSample();
    const html = renderToString(<MemoryChart history={history} host={view.host} nowMs={view.nowMs} incidents={view.incidents} width={700} />);
    expect(html.split('data-testid="memory-oom"').length - 1).toBe(view.incidents.filter((i) => i.type === 'oom-kill').length);
    expect(html).toContain('OOM kill: big');
  });
});

describe('MemoryChart: small and large together, and many', () => {
  it('draws each instance on a log axis per kind, so a container of a few MiB is not lost beside a VM of GiB', () => {
    const { view, history } = sampleAt(60_000);
    const html = renderToString(<MemoryChart history={history} instances={view.instances} host={view.host} nowMs={view.nowMs} width={700} />);
    expect(html).toContain('data-testid="memory-per-instance"');
    const vm = view.instances.find((i) => i.kind === 'vm')!;
    const web = view.instances.find((i) => i.name === 'web1')!;
    expect(vm.memoryBytes / web.memoryBytes).toBeGreaterThan(10);
    const cx = (name: string) => Number(new RegExp(`<circle cx="([\\d.]+)"[^>]*data-instance="${name}"`).exec(html)![1]);
    const plotLeft = Number(/data-testid="memory-per-instance-lane"[^>]*><rect x="([\d.]+)"/.exec(html)![1]);
    // On the log axis the two are far apart, and the small one is well clear of the plot's left edge.
    expect(cx('vm1') - cx('web1')).toBeGreaterThan(100);
    expect(cx('web1') - plotLeft).toBeGreaterThan(10);
    expect(html).toContain(`>${formatBytes(vm.memoryBytes)}<`);
  });

  it('stacks 2,000 instances by kind: "VMs: 1000" and "Containers: 1000", never "1989 others"', () => {
    const { view } = sampleAt(60_000);
    const vm = view.instances.find((i) => i.kind === 'vm')!;
    const c = view.instances.find((i) => i.kind === 'container')!;
    const instances = [
      ...Array.from({ length: 1000 }, (_, i) => ({ ...vm, name: `v${i}`, memoryBytes: vm.memoryBytes + i })),
      ...Array.from({ length: 1000 }, (_, i) => ({ ...c, name: `c${i}`, memoryBytes: c.memoryBytes })),
    ];
    const history = instances.map((i) => ({ atMs: 0, name: i.name, bytes: i.memoryBytes }));
    const host = { ...view.host, memoryTotalBytes: 4096 * 1024 * MiB };
    const html = renderToString(<MemoryChart history={history} instances={instances} host={host} nowMs={1000} width={700} />);
    expect(html).toMatch(/data-legend=".others:vm".*?VMs: 1000/);
    expect(html).toMatch(/data-legend=".others:container".*?Containers: 1000/);
    expect(html).toContain('data-series="others-vm"');
    expect(html).toContain('data-series="others-container"');
    expect(html).not.toMatch(/\d+ others</);
    expect(html).toMatch(/data-testid="memory-per-instance-lane" data-kind="container" data-mode="bins"/);
  });
});
