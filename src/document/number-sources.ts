/**
 * "Why this number?": the catalogue defaults that decide an instance's startup, memory and
 * disk, each with the public source it comes from (sim-core/catalogue, docs/calibration.md).
 */
import type { Catalogue, Cited, CitedKind, InstanceSpec } from '@utsuwa/sim-core';

export interface NumberSource {
  /** i18n key under `sources.what`. */
  what: string;
  value: number;
  unit: 'ms' | 'bytes' | 'ratio';
  /** How the number is known; `estimate` carries `range` and `reasoning`. */
  kind: CitedKind;
  /** The source's own words (in the source's language), for measured and documented numbers. */
  quote?: string;
  /** The hardware, software and configuration the source states it under. */
  conditions?: string;
  /** How the value follows from the quote, when it is not the quoted figure itself. */
  derivation?: string;
  /** An estimate's plausible range, in the value's unit. */
  range?: [number, number];
  reasoning?: string;
  sourceId: string;
  title: string;
  url: string;
  measured: string;
}

function entry(c: Catalogue, what: string, cited: Cited, unit: NumberSource['unit']): NumberSource {
  const s = c.sources[cited.source];
  const { quote, conditions, derivation, range, reasoning } = cited;
  return {
    what, value: cited.value, unit, kind: cited.kind ?? 'estimate',
    ...(quote !== undefined ? { quote } : {}), ...(conditions !== undefined ? { conditions } : {}),
    ...(derivation !== undefined ? { derivation } : {}), ...(range !== undefined ? { range } : {}),
    ...(reasoning !== undefined ? { reasoning } : {}),
    sourceId: cited.source, title: s?.title ?? cited.source, url: s?.url ?? '', measured: s?.measured ?? '',
  };
}

export function numberSourcesFor(c: Catalogue, spec: InstanceSpec): NumberSource[] {
  if (spec.kind === 'vm') {
    const p = c.vmProfiles[spec.profile];
    const g = c.guestOses[spec.os];
    if (!p || !g) return [];
    const out: NumberSource[] = [];
    if (p.firmware) out.push(entry(c, 'firmware', p.firmware.ms, 'ms'));
    if (!p.directKernelBoot) out.push(entry(c, 'bootloader', g.bootloader.ms, 'ms'));
    out.push(entry(c, 'kernel', g.kernel.ms, 'ms'), entry(c, 'init', g.init.ms, 'ms'));
    if (p.bootScale.value !== 1) out.push(entry(c, 'bootScale', p.bootScale, 'ratio'));
    out.push(entry(c, 'vmm', p.vmmOverheadBytes, 'bytes'), entry(c, 'guestKernel', g.kernelMemoryBytes, 'bytes'),
      entry(c, 'services', g.servicesMemoryBytes, 'bytes'), entry(c, 'guestDisk', g.diskBytes, 'bytes'));
    for (const id of spec.apps) {
      const a = c.apps[id];
      if (a) out.push(entry(c, 'appInit', a.init.ms, 'ms'), entry(c, 'appMemory', a.memoryBytes, 'bytes'));
    }
    return out;
  }
  const r = c.runtimes[spec.runtime];
  const image = c.images[spec.image];
  const app = image ? c.apps[image.app] : undefined;
  if (!r || !image) return [];
  const out = [entry(c, 'create', r.create.ms, 'ms'), entry(c, 'runtimeStart', r.start.ms, 'ms'), entry(c, 'sandbox', r.sandboxMemoryBytes, 'bytes')];
  if (app) out.push(entry(c, 'appInit', app.init.ms, 'ms'), entry(c, 'appMemory', app.memoryBytes, 'bytes'));
  const bottom = image.layers[0];
  if (bottom) out.push(entry(c, 'baseLayer', bottom.sizeBytes, 'bytes'));
  return out;
}
