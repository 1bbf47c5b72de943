/**
 * The catalogue: what the names in a scenario mean (images, guest OSes, VM profiles,
 * runtimes, apps), every default number cited. See docs/calibration.md.
 */
import type { Catalogue, Cited } from './types';
import { APPS } from './apps';
import { FIGURES } from './figures';
import { GUEST_OSES } from './guest-os';
import { HOST } from './host';
import { IMAGES } from './images';
import { RUNTIMES } from './runtimes';
import { SOURCES } from './sources';
import { VM_PROFILES } from './vm-profiles';

export { SOURCES, FIGURES };
export { findImage, shortReference, tagsOf, allImageTags } from './tags';
export { citedValues } from './cite';
export { figureOf, figureValue } from './figure';

export const CATALOGUE: Catalogue = {
  images: IMAGES,
  guestOses: GUEST_OSES,
  vmProfiles: VM_PROFILES,
  runtimes: RUNTIMES,
  apps: APPS,
  sources: SOURCES,
  figures: FIGURES,
  host: HOST,
};

/** The names a scenario may use, per section, sorted (for error messages and pickers). */
export function catalogueNames(c: Catalogue): {
  images: string[]; guestOses: string[]; vmProfiles: string[]; runtimes: string[]; apps: string[];
  hostBaseMemoryBytes: { linux: number; windows: number };
} {
  const sorted = (r: Record<string, unknown>): string[] => Object.keys(r).sort();
  return {
    images: sorted(c.images),
    guestOses: sorted(c.guestOses),
    vmProfiles: sorted(c.vmProfiles),
    runtimes: sorted(c.runtimes),
    apps: sorted(c.apps),
    hostBaseMemoryBytes: { linux: c.host.linuxBaseMemoryBytes.value, windows: c.host.windowsBaseMemoryBytes.value },
  };
}

/** "131000000 — Agache et al. ... (estimate 20000000–200000000: ...)": the answer to "why this number?". */
export function explainNumber(c: Catalogue, cited: Cited): string {
  const source = c.sources[cited.source];
  if (!source) return `${cited.value} — unknown source "${cited.source}"`;
  const how = cited.kind === 'estimate'
    ? `estimate ${cited.range ? `${cited.range[0]}–${cited.range[1]}` : ''}: ${cited.reasoning ?? ''}`
    : cited.kind ? `${cited.kind}: "${cited.quote ?? ''}" (${cited.conditions ?? ''})` : `measured: ${source.measured}`;
  return `${cited.value} — ${source.title} (${how}) ${source.url}`;
}
