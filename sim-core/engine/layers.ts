import type { ContainerSpec } from '../scenario/types';
import type { Simulation } from './state';
import { emit } from './emit';
import { updateDiskRate } from './disk-io';
import { addJob, setRate } from './resources';
import { endPhase } from './lifecycle';
import { layerIndex } from './catalogue-index';
import { touchLayers } from './changes';

/**
 * Image layers on the host. A layer is pulled once, whichever image or container asked for
 * it first; later containers wait for the same download rather than starting another.
 */

export function imageLayerIds(sim: Simulation, imageRef: string): string[] {
  return sim.catalogue.images[imageRef]!.layers.map((l) => l.id);
}

export function missingLayers(sim: Simulation, spec: ContainerSpec): string[] {
  return imageLayerIds(sim, spec.image).filter((id) => sim.state.layers[id]?.state !== 'present');
}

/** Whether any of the image's layers is not on the host yet (asked at every container start: no arrays made). */
export function anyLayerMissing(sim: Simulation, spec: ContainerSpec): boolean {
  for (const l of sim.catalogue.images[spec.image]!.layers) if (sim.state.layers[l.id]?.state !== 'present') return true;
  return false;
}

/** Marks an image's layers as already on disk (a warm cache: pulled before the run). */
export function markImagePresent(sim: Simulation, imageRef: string): void {
  const now = sim.state.nowMs;
  for (const l of sim.catalogue.images[imageRef]!.layers) {
    const layer = sim.state.layers[l.id];
    // Already so (every container of an image at 0:00): no new record to make.
    if (layer && layer.state === 'present' && layer.sinceMs === now && layer.waiters.length === 0) continue;
    touchLayers(sim);
    sim.state.layers[l.id] = { state: 'present', sinceMs: now, waiters: [] };
  }
}

function layerDef(sim: Simulation, id: string) {
  const layer = layerIndex(sim.catalogue)[id];
  if (!layer) throw new Error(`layer ${id} is in no catalogue image`);
  return layer;
}

export function updateNetRate(sim: Simulation): void {
  const net = sim.state.net;
  setRate(sim, net, net.active > 0 ? net.capacity / net.active : 0);
}

/** Starts downloads of missing layers; true when every layer is already present. */
export function requestLayers(sim: Simulation, spec: ContainerSpec, waiter: string, cause: string): boolean {
  const missing = missingLayers(sim, spec);
  if (missing.length === 0) return true;
  touchLayers(sim);
  let started = false;
  for (const id of missing) {
    const layer = (sim.state.layers[id] ??= { state: 'absent', sinceMs: sim.state.nowMs, waiters: [] });
    if (!layer.waiters.includes(waiter)) layer.waiters.push(waiter);
    if (layer.state === 'absent') {
      layer.state = 'downloading';
      layer.sinceMs = sim.state.nowMs;
      const bytes = layerDef(sim, id).compressedBytes.value;
      emit(sim, 'image/layer-download-started', waiter, cause, { layer: id, bytes, image: spec.image });
      addJob(sim, sim.state.net, bytes, { kind: 'layer', layerId: id });
      started = true;
    }
  }
  if (started) updateNetRate(sim);
  return false;
}

export function onLayerDownloaded(sim: Simulation, layerId: string): void {
  const layer = sim.state.layers[layerId]!;
  touchLayers(sim);
  layer.state = 'extracting';
  layer.sinceMs = sim.state.nowMs;
  const size = layerDef(sim, layerId).sizeBytes.value;
  emit(sim, 'image/layer-downloaded', layer.waiters[0] ?? 'host', 'registry', { layer: layerId });
  // Unpacking shares the host's disk with boot reads and other extractions (engine/disk-io.ts).
  addJob(sim, sim.state.disk, size, { kind: 'extract', layerId });
  updateDiskRate(sim);
}

export function onLayerExtracted(sim: Simulation, layerId: string): void {
  const layer = sim.state.layers[layerId]!;
  touchLayers(sim);
  layer.state = 'present';
  layer.sinceMs = sim.state.nowMs;
  const c = emit(sim, 'image/layer-extracted', layer.waiters[0] ?? 'host', 'disk', { layer: layerId, bytes: layerDef(sim, layerId).sizeBytes.value });
  const waiters = layer.waiters;
  layer.waiters = [];
  for (const name of waiters) {
    const inst = sim.state.instances[name];
    if (!inst || inst.state !== 'booting' || inst.spec.kind !== 'container') continue;
    if (inst.plan[inst.phaseIndex]?.kind !== 'pull') continue;
    if (!anyLayerMissing(sim, inst.spec)) endPhase(sim, inst, c);
  }
}
