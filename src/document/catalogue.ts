/**
 * sim-core's catalogue (images, VM profiles, runtimes, guest systems and the sources of their
 * numbers: a sixth of the page's code) as a chunk of its own. A preset opened from its
 * compiled form is drawn before it arrives: its board reads boardCatalogue(), answered from
 * the preset's excerpt until then (src/files/preset-catalogue.ts); the palette, inspector and
 * charts are drawn once it is in (src/components/board-first.tsx). Every other first load
 * awaits it (boot.ts).
 */
import type { Catalogue } from '@utsuwa/sim-core';
import type { BoardCatalogue } from '../files/preset-catalogue';

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

let excerpt: BoardCatalogue | null = null;
const NOTHING: BoardCatalogue = { images: {}, vmProfiles: {}, runtimes: {}, host: { linuxKernelVersion: '' } };

/** What the first board reads until the catalogue is in: the opened preset's excerpt. */
export function setBoardExcerpt(preset: BoardCatalogue): void {
  excerpt = preset;
}

/** What the board draws from (images' apps, labels, the kernel): the catalogue, or before it the preset's excerpt. */
export function boardCatalogue(): BoardCatalogue {
  return loaded ?? excerpt ?? NOTHING;
}
