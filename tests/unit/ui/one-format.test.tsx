/**
 * One formatter: the board and the charts print an instance's memory and time to ready
 * with the same text (they used to say "179 MiB" / "1.23 s" and "178.6 MiB" / "1.2 s").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import { formatBytes, formatDuration } from '../../../sim-core/format/index';
import { HostBoard } from '../../../src/components/HostBoard';
import { MemoryChart } from '../../../src/charts/MemoryChart';
import { TimelineChart } from '../../../src/charts/TimelineChart';
import { ComparisonTable } from '../../../src/charts/ComparisonTable';
import { initEnglish, presetWorkspace, textOf } from './render-workspace';

beforeAll(initEnglish);

describe('sizes and durations read the same on the board and in the charts', () => {
  it('nginx-vm-vs-container at 60 s: each instance\'s memory and time to ready', () => {
    const { store, render } = presetWorkspace('nginx-vm-vs-container');
    store.getState().seek(60_000);
    const { view, memoryHistory } = store.getState();
    const board = render(createElement(HostBoard));
    const memory = renderToString(createElement(MemoryChart, { history: memoryHistory, host: view!.host, nowMs: view!.nowMs, width: 600 }));
    const timeline = renderToString(createElement(TimelineChart, { instances: view!.instances, nowMs: view!.nowMs, width: 600 }));
    const table = renderToString(createElement(ComparisonTable, { instances: view!.instances, nowMs: view!.nowMs }));

    for (const inst of view!.instances) {
      const mem = formatBytes(inst.memoryBytes);
      const ready = formatDuration(inst.readyMs!);
      const card = textOf(board, 'instance', board.indexOf(`data-name="${inst.name}"`) - 200);
      expect(card, inst.name).toContain(mem);
      expect(card, inst.name).toContain(ready);
      expect(memory, inst.name).toContain(mem);
      expect(timeline, inst.name).toContain(ready);
      expect(table, inst.name).toContain(mem);
      expect(table, inst.name).toContain(ready);
    }
    // One decimal, no trailing zero: the format every place now shares.
    expect(formatBytes(view!.instances.find((i) => i.name === 'web-vm')!.memoryBytes)).toMatch(/^\d+(\.\d)? MiB$/);
  });
});
