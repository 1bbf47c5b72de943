/**
 * sim-core's catalogue (images, VM profiles, runtimes, guest systems and the sources of their
 * numbers: a sixth of the page's code) as a chunk of its own. boot.ts awaits it before the
 * first load, so every instance, inspector and preset is drawn with it; what draws before
 * (the palette's lists, the host's kernel line) asks catalogueReady() and fills in after.
 */
import type { Catalogue } from '@utsuwa/sim-core';

let loaded: Catalogue | null = null;
let loading: Promise<void> | null = null;

export function loadCatalogue(): Promise<void> {
  loading ??= import('@utsuwa/sim-core/catalogue').then((m) => {
    loaded = m.CATALOGUE;
  });
  return loading;
}

export function catalogueReady(): boolean {
  return loaded !== null;
}

/** The catalogue; only after loadCatalogue() has resolved (the first load waits for it). */
export function catalogue(): Catalogue {
  if (!loaded) throw new Error('catalogue: not loaded yet (await loadCatalogue() first)');
  return loaded;
}
