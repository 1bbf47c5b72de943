import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { TimelineChart } from '../../../src/charts/TimelineChart';
import { chartText } from '../../../src/charts/chart-text';
import { sampleAt } from './sample';

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('TimelineChart markup', () => {
  it('draws a row per instance with a bar per phase, the in-progress one marked, and ready markers', () => {
    const { view } = sampleAt(3_000);
    const html = renderToString(<TimelineChart instances={view.instances} nowMs={view.nowMs} width={800} />);
    expect(html).toContain('data-testid="timeline-chart"');
    expect(count(html, 'data-testid="timeline-row"')).toBe(4);
    for (const phase of ['firmware', 'bootloader', 'kernel', 'create', 'runtime start', 'app init']) {
      expect(html).toContain(`data-phase="${phase}"`);
    }
    expect(count(html, 'data-in-progress="true"')).toBe(1); // the VM's kernel phase
    expect(count(html, 'data-testid="timeline-ready"')).toBe(3); // the three containers
    expect(html).toContain('role="img"');
    expect(html).toMatch(/aria-label="Startup timeline of 4 instances: 3 ready/);
    expect(html).toContain('data-testid="timeline-now"');
    expect(html).toContain('aria-pressed="false"');
  });

  it('speaks Japanese when given the Japanese strings', () => {
    const { view } = sampleAt(3_000);
    const html = renderToString(<TimelineChart instances={view.instances} nowMs={view.nowMs} width={800} strings={chartText('ja')} />);
    expect(html).toContain('起動タイムライン');
    expect(html).toContain('ファームウェア');
  });

  it('renders only the rows in view for a thousand instances', () => {
    const { view } = sampleAt(3_000);
    const many = Array.from({ length: 1_000 }, (_, i) => ({ ...view.instances[i % 4]!, name: `i${i}` }));
    const html = renderToString(<TimelineChart instances={many} nowMs={view.nowMs} width={800} maxVisibleRows={20} />);
    const rows = count(html, 'data-testid="timeline-row"');
    expect(rows).toBeGreaterThanOrEqual(20);
    expect(rows).toBeLessThan(40);
  });

  it('starts on the log scale when asked', () => {
    const { view } = sampleAt(3_000);
    const html = renderToString(<TimelineChart instances={view.instances} nowMs={view.nowMs} width={800} initialScale="log" />);
    expect(html).toContain('aria-pressed="true"');
  });
});

describe('TimelineChart at scale', () => {
  it('shows both kinds with 2,000 instances: a group per kind with its count and median, and the distribution of times to ready', () => {
    const { view } = sampleAt(60_000);
    const vm = view.instances.find((i) => i.kind === 'vm')!;
    const container = view.instances.find((i) => i.kind === 'container')!;
    const many = [
      ...Array.from({ length: 1_000 }, (_, i) => ({ ...container, name: `c${i}`, readyMs: 300 + i })),
      ...Array.from({ length: 1_000 }, (_, i) => ({ ...vm, name: `v${i}`, readyMs: 20_000 + i * 10 })),
    ];
    const html = renderToString(<TimelineChart instances={many} nowMs={60_000} width={800} maxVisibleRows={6} />);
    expect(html).toMatch(/data-testid="timeline-group" data-kind="vm"[\s\S]*data-testid="timeline-group" data-kind="container"/);
    expect(html).toContain('VMs: 1000 · ready: median 25 s');
    expect(html).toContain('Containers: 1000 · ready: median 800 ms');
    expect(html).toMatch(/data-testid="timeline-row" data-instance="v0"/);
    expect(html).toMatch(/data-testid="timeline-row" data-instance="c0"/);
    expect(count(html, 'data-testid="timeline-row"')).toBeLessThan(40);
    expect(html).toContain('data-testid="ready-distribution"');
    expect(count(html, 'data-testid="ready-distribution-lane"')).toBe(2);
    expect(html).toContain('data-mode="bins"');
  });
});
