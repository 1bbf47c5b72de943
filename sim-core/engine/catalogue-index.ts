import type { Catalogue, LayerDef } from '../catalogue/types';

/**
 * Every layer of the catalogue by id, built once per catalogue (the catalogue is static data,
 * never part of the simulation state).
 */
const cache = new WeakMap<Catalogue, Record<string, LayerDef>>();

export function layerIndex(catalogue: Catalogue): Record<string, LayerDef> {
  let index = cache.get(catalogue);
  if (!index) {
    index = {};
    for (const image of Object.values(catalogue.images)) {
      for (const layer of image.layers) index[layer.id] ??= layer;
    }
    cache.set(catalogue, index);
  }
  return index;
}
