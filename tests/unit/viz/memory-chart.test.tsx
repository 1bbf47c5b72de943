import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { MemoryChart } from '../../../src/charts/MemoryChart';
import { formatBytes } from '../../../sim-core/format/index';
import { oomSample, sampleAt } from './sample';

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
