import { describe, expect, it } from 'vitest';
import { CATALOGUE, FIGURES, SOURCES, allImageTags, citedValues, findImage, shortReference } from '../../sim-core/catalogue/index';
import type { Cited } from '../../sim-core/catalogue/types';

const defaults = citedValues({ ...CATALOGUE, figures: undefined }, 'catalogue');
const figures = FIGURES.map((f): [string, Cited] => [`figures.${f.id}`, f.value]);
const all = [...defaults, ...figures];

describe('every catalogue number says what its source states', () => {
  it('classifies every default as measured, documented or estimate', () => {
    const unclassified = all.filter(([, c]) => !['measured', 'documented', 'estimate'].includes(c.kind ?? '')).map(([p]) => p);
    expect(unclassified).toEqual([]);
  });

  it('quotes the source with its conditions for every measured or documented number', () => {
    const bad = all.filter(([, c]) => c.kind !== 'estimate' && !((c.quote ?? '').length > 10 && (c.conditions ?? '').length > 10)).map(([p]) => p);
    expect(bad).toEqual([]);
  });

  it('gives every estimate a range that contains it and the reasoning behind it', () => {
    const bad = all.filter(([, c]) => c.kind === 'estimate' && !(c.range && c.range[0] <= c.value && c.value <= c.range[1] && (c.reasoning ?? '').length > 20)).map(([p]) => p);
    expect(bad).toEqual([]);
  });

  it('never cites the generic estimate source for a measured or documented number', () => {
    expect(all.filter(([, c]) => c.kind !== 'estimate' && c.source === 'estimate').map(([p]) => p)).toEqual([]);
  });

  it('cites or names every source somewhere (no dead entries)', () => {
    const text = JSON.stringify(CATALOGUE);
    const unused = Object.keys(SOURCES).filter((id) => id !== 'estimate' && !all.some(([, c]) => c.source === id) && !text.includes(id));
    expect(unused).toEqual([]);
  });

  it('reads the Kata memory as the measured PSS, not the scheduling reservation', () => {
    const kata = CATALOGUE.runtimes.kata!.sandboxMemoryBytes;
    expect(kata.kind).toBe('measured');
    expect(kata.source).toBe('kata-metrics');
    expect(kata.value).toBeLessThan(160 * 1024 * 1024);
  });

  it('quotes Firecracker\'s specification under its own conditions', () => {
    const spec = CATALOGUE.vmProfiles.firecracker!.kernelToInit!.ms;
    expect(spec.value).toBe(125);
    expect(spec.conditions).toContain('1 vCPU and 128 MiB');
    expect(spec.conditions).not.toContain('i3.metal');
  });
});

describe('image tags', () => {
  it('lists every entry\'s own reference among its tags, and no tag names two entries', () => {
    const seen = new Map<string, string>();
    for (const [ref, image] of Object.entries(CATALOGUE.images)) {
      expect(image.tags, ref).toContain(ref);
      for (const tag of image.tags ?? []) {
        expect(seen.get(tag), `${tag} names ${seen.get(tag)} and ${ref}`).toBeUndefined();
        seen.set(tag, ref);
      }
    }
  });

  it('resolves what learners type to the entry that tag names', () => {
    const ref = (r: string) => findImage(CATALOGUE, r)?.ref;
    expect(ref('nginx')).toBe('nginx:1.27');
    expect(ref('nginx:latest')).toBe('nginx:1.27');
    expect(ref('docker.io/library/nginx:1.27')).toBe('nginx:1.27');
    expect(ref('nginx:alpine')).toBe('nginx:1.27-alpine');
    expect(ref('ubuntu:24.04')).toBe('ubuntu:24.04');
    expect(ref('ubuntu')).toBe('ubuntu:24.04');
    expect(ref('node:22')).toBe('node:22');
    expect(ref('python:3')).toBe('python:3');
    expect(ref('postgres')).toBe('postgres:17');
    expect(ref('mysql')).toBe('mysql:9.5');
    expect(ref('mongo')).toBe('mongo:8.0');
    expect(ref('httpd')).toBe('httpd:2.4');
    expect(ref('wordpress')).toBe('wordpress:6.5');
    expect(ref('hello-world')).toBe('hello-world:latest');
    expect(ref('busybox')).toBe('busybox:1.37');
    expect(ref('nginx:1.27@sha256:42e917aaa1b5bb40dd0f6f7f4f857490ac7747d7ef73b391c774a41a8b994f15')).toBe('nginx:1.27');
    expect(ref('nginx:0.1')).toBeUndefined();
    expect(ref('notanimage')).toBeUndefined();
  });

  it('keeps a registry port out of the tag', () => {
    expect(shortReference('localhost:5000/app')).toBe('localhost:5000/app:latest');
    expect(shortReference('mcr.microsoft.com/windows/nanoserver:ltsc2022')).toBe('mcr.microsoft.com/windows/nanoserver:ltsc2022');
    expect(allImageTags(CATALOGUE)).toContain('nginx:alpine');
  });

  it('gives every image its build (platform, version, date) and an app that exists', () => {
    for (const [ref, image] of Object.entries(CATALOGUE.images)) {
      expect(CATALOGUE.apps[image.app], `${ref} runs ${image.app}`).toBeDefined();
      // An image no repo-info page lists (gitea/gitea, grafana/grafana, prom/prometheus,
      // docker/getting-started) claims no build, and none of its own layers (those no cited image
      // has: a base such as Alpine's or nginx:alpine's keeps its citation) claims a measured size.
      if (image.source === 'estimate') {
        expect(image.origin, ref).toBeUndefined();
        const cited = new Set(Object.values(CATALOGUE.images).filter((i) => i.source !== 'estimate').flatMap((i) => i.layers.map((l) => l.id)));
        expect(image.layers.filter((l) => !cited.has(l.id)).every((l) => l.compressedBytes.kind === 'estimate' && l.sizeBytes.kind === 'estimate'), ref).toBe(true);
        continue;
      }
      expect(image.origin?.built, ref).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(image.origin?.platform, ref).toMatch(/^(linux|windows)\/amd64$/);
      expect(CATALOGUE.apps[image.app], `${ref} runs ${image.app}`).toBeDefined();
    }
  });

  it('sizes the new images as the registry lists them (download = sum of layer blobs)', () => {
    const download = (r: string) => CATALOGUE.images[r]!.layers.reduce((a, l) => a + l.compressedBytes.value, 0);
    expect(download('nginx:1.27')).toBe(72_078_261); // repo-info "Total Size: 72.1 MB (72078261 bytes)"
    expect(download('node:20')).toBe(397_742_964);
    expect(download('node:22')).toBe(405_232_502);
    expect(download('mysql:9.5')).toBe(274_737_070);
    expect(download('mongo:8.0')).toBe(290_969_534);
    expect(download('python:3.12-slim')).toBe(43_178_734);
    expect(download('nginx:1.27-alpine')).toBe(22_764_242);
    expect(download('hello-world:latest')).toBe(2_436);
  });

  it('shares layers the way the registry does: postgres:17 on nginx:1.27\'s Debian, node:22 on node:20\'s stack', () => {
    const ids = (r: string) => CATALOGUE.images[r]!.layers.map((l) => l.id);
    expect(ids('postgres:17')[0]).toBe(ids('nginx:1.27')[0]);
    expect(ids('node:22').slice(0, 4)).toEqual(ids('node:20').slice(0, 4));
    expect(ids('node:22')[4]).not.toBe(ids('node:20')[4]);
    expect(ids('python:3.12-slim')[0]).not.toBe(ids('nginx:1.27')[0]); // trixie, not bookworm, by 2026
  });

  it('makes hello-world exit at once and busybox a shell', () => {
    expect(CATALOGUE.apps[CATALOGUE.images['hello-world:latest']!.app]!.exitsAfter?.code).toBe(0);
    expect(CATALOGUE.images['busybox:1.37']!.app).toBe('shell');
  });
});
