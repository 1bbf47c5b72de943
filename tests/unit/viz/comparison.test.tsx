import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { comparisonRow, isolationOf, type ComparisonInstance } from '../../../src/viz/comparison';
import { comparisonGroups } from '../../../src/viz/comparison-groups';
import { shareRows } from '../../../src/viz/share-rows';
import { kindFigures } from '../../../sim-core/stats/index';
import { formatBytes, formatDuration, formatRatio } from '../../../sim-core/format/index';
import { ComparisonTable } from '../../../src/charts/ComparisonTable';
import { chartText } from '../../../src/charts/chart-text';
import { runToEnd, getView } from '../../../sim-core/index';
import { sampleAt, sampleSimulation, MiB } from './sample';

const base: ComparisonInstance = {
  name: 'x', kind: 'container', state: 'running', phases: [{ name: 'create', startMs: 0, endMs: 100 }], readyMs: 1_000,
  memoryBytes: 10 * MiB, diskBytes: 0, imageBytes: 100 * MiB, kernel: 'host', in: 'host', technology: 'runc', software: 'web:1',
};
const vmAt = (name: string, readyMs: number, memoryBytes: number): ComparisonInstance => ({
  ...base, name, kind: 'vm', readyMs, memoryBytes, diskBytes: 2000 * MiB, imageBytes: 0, kernel: name, technology: 'full', software: 'linux',
  phases: [{ name: 'firmware', startMs: 0, endMs: 1_000 }],
});

describe('comparison', () => {
  it('names what isolates each kind', () => {
    expect(isolationOf({ kind: 'vm', technology: 'firecracker' })).toBe('hardware-virtualised');
    expect(isolationOf({ kind: 'container', technology: 'runc' })).toBe('namespaces');
    expect(isolationOf({ kind: 'container', technology: 'gvisor' })).toBe('user-space-kernel');
    expect(isolationOf({ kind: 'container', technology: 'kata' })).toBe('lightweight-vm');
  });

  it('tells an own kernel from a shared one', () => {
    expect(comparisonRow(base).kernelMode).toBe('shared');
    expect(comparisonRow({ ...base, name: 'g', kernel: 'g', technology: 'gvisor' }).kernelMode).toBe('own');
    expect(comparisonRow(vmAt('v', 30_000, MiB)).kernelMode).toBe('own');
  });

  it('shares the rows between kinds: an even share each, what one leaves goes to the other', () => {
    expect(shareRows([100, 100], 50)).toEqual([25, 25]);
    expect(shareRows([3, 1000], 50)).toEqual([3, 47]);
    expect(shareRows([10, 10], 50)).toEqual([10, 10]);
    expect(shareRows([0, 7], 5)).toEqual([0, 5]);
  });

  it('groups rows by kind, VMs first, and counts what is not shown, with its memory', () => {
    const rows = [
      ...Array.from({ length: 30 }, (_, i) => comparisonRow({ ...base, name: `c${i}` })),
      ...Array.from({ length: 30 }, (_, i) => comparisonRow(vmAt(`v${i}`, 30_000, 1000 * MiB))),
    ];
    const groups = comparisonGroups(rows, 20);
    expect(groups.map((g) => [g.kind, g.rows.length, g.hidden])).toEqual([['vm', 10, 20], ['container', 10, 20]]);
    expect(groups[0]!.hiddenMemoryBytes).toBe(20 * 1000 * MiB);
    expect(groups[0]!.kernels).toEqual({ own: 30, shared: 0 });
    expect(groups[1]!.isolations).toEqual(['namespaces']);
  });
});

describe('ComparisonTable markup', () => {
  it('lists every instance with startup, kernel and isolation, and headlines the VM/container ratio', () => {
    const sim = sampleSimulation();
    runToEnd(sim);
    const view = getView(sim);
    const html = renderToString(<ComparisonTable instances={view.instances} nowMs={view.nowMs} />);
    expect(html).toContain('data-testid="comparison-table"');
    for (const name of ['vm1', 'web1', 'web2', 'cache']) expect(html).toContain(`data-instance="${name}"`);
    expect(html).toContain('hardware-virtualised');
    expect(html).toContain('shared with the host');
    const ratio = kindFigures(view.instances).startupRatio!;
    expect(ratio).toBeGreaterThan(10);
    expect(html).toContain(`VM ${formatRatio(ratio)} slower to start`);
  });

  it('shows a booting instance as booting, with how long so far, in Japanese too', () => {
    const { view } = sampleAt(3_000);
    const html = renderToString(<ComparisonTable instances={view.instances} nowMs={view.nowMs} strings={chartText('ja')} />);
    expect(html).toContain('起動中… 3 s');
    expect(html).toContain('ハードウェア仮想化');
  });
});

describe('ComparisonTable at scale', () => {
  const many: ComparisonInstance[] = [
    ...Array.from({ length: 1000 }, (_, i) => ({ ...base, name: `c${i}`, readyMs: 400 + (i % 100) })),
    ...Array.from({ length: 1000 }, (_, i) => vmAt(`v${i}`, 30_000 + i * 10, 1000 * MiB)),
  ];

  it('opens with a row per kind: count, median and range of time to ready, memory in all', () => {
    const html = renderToString(<ComparisonTable instances={many} nowMs={60_000} />);
    const totals = html.slice(html.indexOf('data-testid="comparison-totals"'), html.indexOf('data-testid="comparison-rows"'));
    expect(totals).toContain('VMs: 1000');
    expect(totals).toContain('Containers: 1000');
    expect(totals).toContain(`median ${formatDuration(35_000 - 5)}`);
    expect(totals).toContain(`${formatDuration(30_000)} – ${formatDuration(30_000 + 9_990)}`);
    expect(totals).toContain(`${formatBytes(1000 * 1000 * MiB)} in all`);
    expect(totals).toContain('1000 of their own');
  });

  it('lists both kinds, a share of rows each, and says how many more of each', () => {
    const html = renderToString(<ComparisonTable instances={many} nowMs={60_000} maxRows={20} />);
    expect(html.split('<tr data-instance=').length - 1).toBe(20);
    expect(html).toContain('data-instance="v0"');
    expect(html).toContain('data-instance="c0"');
    expect(html).toContain('+990 more VMs');
    expect(html).toContain('+990 more containers');
  });

  it('with the overheads column, every row of the totals spans or fills all seven columns (none falls short)', () => {
    const overheads = new Map(many.map((i) => [i.name, { cpu: 0, io: 0, syscall: 0, networkRttUs: 37.5, sources: [] }]));
    const html = renderToString(<ComparisonTable instances={many} nowMs={60_000} overheads={overheads} />);
    const totals = html.slice(html.indexOf('data-testid="comparison-totals"'), html.indexOf('data-testid="comparison-rows"'));
    expect(totals).toContain('colSpan="7"');
    for (const row of totals.split('<tr').slice(1).filter((r) => r.includes('data-kind'))) expect((row.match(/<t[hd][ >]/g) ?? []).length).toBe(7);
  });

  it('has no per-kind rows when each kind has one instance (they would repeat the rows)', () => {
    const html = renderToString(<ComparisonTable instances={[vmAt('v', 30_000, MiB), base]} nowMs={60_000} />);
    expect(html).not.toContain('data-testid="comparison-totals"');
  });
});
