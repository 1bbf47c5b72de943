import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, SOURCES, catalogueNames, explainNumber } from '../../sim-core/catalogue/index';
import type { Cited, LayerDef } from '../../sim-core/catalogue/types';

/** Every Cited value anywhere in the catalogue, with the path that leads to it. */
function allCited(node: unknown, path = 'catalogue', out: Array<[string, Cited]> = []): Array<[string, Cited]> {
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.value === 'number' && typeof o.source === 'string') out.push([path, o as unknown as Cited]);
    else for (const [k, v] of Object.entries(o)) if (k !== 'sources') allCited(v, `${path}.${k}`, out);
  }
  return out;
}

const MiB = 1024 * 1024;

describe('catalogue', () => {
  it('cites a known source for every number', () => {
    const cited = allCited(CATALOGUE);
    expect(cited.length).toBeGreaterThan(100);
    const unknown = cited.filter(([, c]) => !(c.source in SOURCES)).map(([p, c]) => `${p} -> ${c.source}`);
    expect(unknown).toEqual([]);
  });

  it('has every name the scenario spec requires', () => {
    const names = catalogueNames(CATALOGUE);
    expect(names.images).toEqual(expect.arrayContaining([
      'nginx:1.27', 'alpine:3.20', 'ubuntu:22.04', 'debian:12', 'python:3.12-slim', 'node:20',
      'redis:7', 'postgres:16', 'mcr.microsoft.com/windows/nanoserver:ltsc2022']));
    expect(names.guestOses).toEqual(expect.arrayContaining(['ubuntu-22.04', 'debian-12', 'alpine-3.20', 'windows-server-2022']));
    expect(names.vmProfiles).toEqual(expect.arrayContaining(['kvm-qemu', 'firecracker', 'virtualbox', 'hyperv']));
    expect(names.runtimes).toEqual(expect.arrayContaining(['runc', 'gvisor', 'kata']));
    expect(names.apps).toEqual(expect.arrayContaining(['nginx', 'redis', 'postgres', 'python', 'node']));
  });

  it('gives every image an app it knows and the key it is stored under', () => {
    for (const [ref, image] of Object.entries(CATALOGUE.images)) {
      expect(image.ref).toBe(ref);
      expect(CATALOGUE.apps[image.app], `${ref} runs ${image.app}`).toBeDefined();
      expect(image.layers.length).toBeGreaterThan(0);
    }
    expect(CATALOGUE.images['mcr.microsoft.com/windows/nanoserver:ltsc2022']?.os).toBe('windows');
  });

  it('gives a shared layer the same sizes in every image', () => {
    const seen = new Map<string, LayerDef>();
    for (const image of Object.values(CATALOGUE.images)) {
      for (const layer of image.layers) {
        const first = seen.get(layer.id);
        if (first) {
          expect(layer.sizeBytes.value, layer.id).toBe(first.sizeBytes.value);
          expect(layer.compressedBytes.value, layer.id).toBe(first.compressedBytes.value);
        } else seen.set(layer.id, layer);
      }
    }
  });

  it('builds the Debian bookworm images on one shared bookworm-slim base layer', () => {
    const base = (ref: string) => CATALOGUE.images[ref]?.layers[0]?.id;
    const slim = base('nginx:1.27');
    for (const ref of ['redis:7', 'postgres:16', 'postgres:17', 'debian:12-slim']) expect(base(ref)).toBe(slim);
    expect(base('node:20')).toBe(base('debian:12'));
    expect(base('node:20')).not.toBe(slim);
    expect(CATALOGUE.images['nginx:1.27']?.layers.length).toBe(7);
  });

  it('compresses every layer (download no bigger than what is extracted)', () => {
    for (const image of Object.values(CATALOGUE.images)) {
      for (const layer of image.layers) expect(layer.compressedBytes.value, layer.id).toBeLessThanOrEqual(layer.sizeBytes.value);
    }
  });

  it('boots a full Ubuntu VM on KVM/QEMU more than 10x slower than runc starts nginx', () => {
    const os = CATALOGUE.guestOses['ubuntu-22.04']!;
    const vm = CATALOGUE.vmProfiles['kvm-qemu']!;
    const vmBoot = (vm.firmware?.ms.value ?? 0) + os.bootloader.ms.value
      + vm.bootScale.value * (os.kernel.ms.value + os.init.ms.value) + CATALOGUE.apps.nginx!.init.ms.value;
    const runc = CATALOGUE.runtimes.runc!;
    const containerStart = runc.create.ms.value + runc.start.ms.value + CATALOGUE.apps.nginx!.init.ms.value;
    expect(vmBoot).toBeGreaterThan(10 * containerStart);
    expect(vmBoot).toBeGreaterThan(10_000);
    expect(containerStart).toBeLessThan(1_000);
  });

  it('keeps the textbook orderings of overhead', () => {
    const p = CATALOGUE.vmProfiles;
    const r = CATALOGUE.runtimes;
    expect(p.firecracker!.vmmOverheadBytes.value).toBeLessThan(5 * MiB);
    expect(p.firecracker!.firmware).toBeNull();
    expect(p.firecracker!.directKernelBoot).toBe(true);
    expect(p['kvm-qemu']!.vmmOverheadBytes.value).toBeGreaterThan(10 * p.firecracker!.vmmOverheadBytes.value);
    expect(r.runc!.sandboxMemoryBytes.value).toBeLessThan(r.gvisor!.sandboxMemoryBytes.value);
    expect(r.gvisor!.sandboxMemoryBytes.value).toBeLessThan(r.kata!.sandboxMemoryBytes.value);
    const startOf = (id: string) => r[id]!.create.ms.value + r[id]!.start.ms.value;
    expect(startOf('runc')).toBeLessThan(startOf('gvisor'));
    expect(startOf('gvisor')).toBeLessThan(startOf('kata'));
    expect(r.runc!.ownKernel).toBe(false);
    expect(r.kata!.ownKernel && r.gvisor!.ownKernel).toBe(true);
  });

  it('makes Windows Server heavier than Ubuntu and touch all its memory', () => {
    const win = CATALOGUE.guestOses['windows-server-2022']!;
    const ubuntu = CATALOGUE.guestOses['ubuntu-22.04']!;
    expect(win.family).toBe('windows');
    expect(win.touchesAllMemory).toBe(true);
    expect(ubuntu.touchesAllMemory).toBe(false);
    expect(win.diskBytes.value).toBeGreaterThan(2 * ubuntu.diskBytes.value);
    expect(win.kernelMemoryBytes.value + win.servicesMemoryBytes.value).toBeGreaterThanOrEqual(512 * 1000 * 1000);
  });

  it('explains a number with its source title and link', () => {
    const cited = CATALOGUE.vmProfiles.firecracker!.vmmOverheadBytes;
    const text = explainNumber(CATALOGUE, cited);
    expect(text).toContain(String(cited.value));
    expect(text).toContain(SOURCES[cited.source]!.title);
    expect(text).toContain(SOURCES[cited.source]!.url);
    expect(text).toContain('estimate');
    expect(explainNumber(CATALOGUE, CATALOGUE.runtimes.kata!.sandboxMemoryBytes)).toContain('midval = 122832.40');
    expect(explainNumber(CATALOGUE, { value: 1, source: 'nope' })).toContain('unknown source');
  });

  it('lists every source in docs/calibration.md, with an anchor', () => {
    const doc = readFileSync(new URL('../../docs/calibration.md', import.meta.url), 'utf8');
    const missing = Object.keys(SOURCES).filter((id) => !doc.includes(`<a id="src-${id}"></a>`));
    expect(missing).toEqual([]);
  });

  it('gives every source a title, a link and what it measured', () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      expect(source.id).toBe(id);
      expect(source.title.length, id).toBeGreaterThan(5);
      expect(source.measured.length, id).toBeGreaterThan(10);
      expect(source.url, id).toMatch(/^(https:\/\/|docs\/calibration\.md#)/);
    }
  });
});
