/**
 * What the board draws from the catalogue, for one scenario: each container image's app, each
 * VM profile's and runtime's label, the host's kernel. A compiled preset carries it
 * (scripts/compiled-presets.ts), so its board is drawn before the catalogue (~53 KB gzip)
 * has arrived; src/document/catalogue.ts answers from it until then.
 */
import type { Catalogue, Scenario } from '@utsuwa/sim-core';

/** The catalogue's part the board reads (the whole catalogue is one too). */
export interface BoardCatalogue {
  images: Partial<Record<string, { app: string }>>;
  vmProfiles: Partial<Record<string, { label: string }>>;
  runtimes: Partial<Record<string, { label: string }>>;
  host: { linuxKernelVersion: string };
}

/** The entries `scenario` uses, as the board reads them. */
export function presetCatalogue(catalogue: Catalogue, scenario: Scenario): BoardCatalogue {
  const excerpt: BoardCatalogue = { images: {}, vmProfiles: {}, runtimes: {}, host: { linuxKernelVersion: catalogue.host.linuxKernelVersion } };
  for (const spec of scenario.instances) {
    if (spec.kind === 'vm') {
      const profile = catalogue.vmProfiles[spec.profile];
      if (profile) excerpt.vmProfiles[spec.profile] = { label: profile.label };
    } else {
      const image = catalogue.images[spec.image];
      if (image) excerpt.images[spec.image] = { app: image.app };
      const runtime = catalogue.runtimes[spec.runtime];
      if (runtime) excerpt.runtimes[spec.runtime] = { label: runtime.label };
    }
  }
  return excerpt;
}
