/**
 * One disk figure everywhere: the board's disk bar, the "Layers & disk" view and the disk
 * chart print the same host-disk figure, sim-core's one breakdown, at every moment of a pull.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { advanceTo, createSimulation } from '../../../sim-core/index';
import { hostDisk } from '../../../sim-core/figures/index';
import { formatBytes } from '../../../sim-core/format/index';
import { HostBoard } from '../../../src/components/HostBoard';
import { LayersView } from '../../../src/inside/LayerStack';
import { DiskChart } from '../../../src/charts/DiskChart';
import { loadPreset } from '../golden/presets';
import { initEnglish, presetWorkspace, textOf } from './render-workspace';

beforeAll(initEnglish);

describe('the host disk figure, cold-pull preset', () => {
  const { store, render: inStore } = presetWorkspace('cold-pull');
  const scenario = loadPreset('cold-pull');

  it.each([500, 1500, 4000, 8000, 12_000])('is the same on the board, in "Layers & disk" and in the chart at %i ms', (ms) => {
    store.getState().seek(ms);
    const view = store.getState().view!;
    expect(view.nowMs).toBe(ms);

    // The breakdown sim-core computes for that moment, on a run of its own.
    const sim = createSimulation(scenario, CATALOGUE);
    advanceTo(sim, ms);
    const disk = hostDisk(sim);
    expect(view.host.disk).toEqual(disk);
    const used = formatBytes(disk.totalBytes);

    expect(textOf(inStore(createElement(HostBoard)), 'host-disk')).toContain(`${used} / `);
    expect(textOf(inStore(createElement(LayersView)), 'host-disk')).toContain(`${used} used`);
    expect(textOf(renderToString(createElement(DiskChart, { host: view.host, width: 600 })), 'disk-used')).toContain(`${used} of`);
  });

  it('grows while the layers arrive: something is on disk at 1.5 s, and everything by the end', () => {
    store.getState().seek(1500);
    const early = store.getState().view!.host.disk;
    expect(early.pullingBytes).toBeGreaterThan(0);
    store.getState().seek(12_000);
    const late = store.getState().view!.host.disk;
    expect(late.pullingBytes).toBe(0);
    expect(late.imagesBytes).toBeGreaterThan(early.totalBytes);
  });
});
