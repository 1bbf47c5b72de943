import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { comparisonRow, isolationOf, vmContainerRatios, type ComparisonInstance } from '../../../src/viz/comparison';
import { formatRatio } from '../../../sim-core/format/index';
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

  it('gives the VM-to-container ratios from medians', () => {
    const rows = [
      vmAt('v1', 30_000, 1000 * MiB), vmAt('v2', 40_000, 1200 * MiB), vmAt('v3', 35_000, 1100 * MiB),
      { ...base, name: 'c1', readyMs: 1_000, memoryBytes: 10 * MiB },
      { ...base, name: 'c2', readyMs: 900_000, memoryBytes: 10 * MiB }, // one odd container does not decide it
      { ...base, name: 'c3', readyMs: 1_000, memoryBytes: 10 * MiB },
    ].map(comparisonRow);
    const r = vmContainerRatios(rows);
    expect(r.startup).toBe(35);
    expect(r.memory).toBe(110);
    expect(r.disk).toBe(20);
    expect(formatRatio(r.startup)).toBe('35×');
  });

  it('has no ratio while one side has nothing to compare', () => {
    const r = vmContainerRatios([comparisonRow({ ...vmAt('v', 0, MiB), readyMs: null }), comparisonRow(base)]);
    expect(r.startup).toBeNull();
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
    const ratio = vmContainerRatios(view.instances.map(comparisonRow)).startup!;
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
