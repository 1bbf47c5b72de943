/**
 * Real Compose files: docker/awesome-compose samples that use only published images, copied
 * unchanged (tests/fixtures/awesome-compose, each naming its source path and commit), import
 * and every service runs, with the image each names resolved to the catalogue entry for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { findImage } from '../../../sim-core/catalogue/tags';
import { importFile, type ImportResult } from '../../../sim-core/import/index';
import { createSimulation, getReport, runToEnd } from '../../../sim-core/index';

const DIR = new URL('../../fixtures/awesome-compose/', import.meta.url);
const SAMPLES = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const text = (file: string) => readFileSync(new URL(file, DIR), 'utf8');

function load(file: string): Extract<ImportResult, { ok: true }> {
  const r = importFile(text(file), 'compose.yaml', CATALOGUE, { projectName: file.replace(/\.yaml$/, '') });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

describe('docker/awesome-compose samples', () => {
  it('are copied with their source named', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(2);
    for (const f of SAMPLES) expect(text(f)).toMatch(/^# Copied unchanged from docker\/awesome-compose .* at commit [0-9a-f]{40}\n/);
  });

  it.each(SAMPLES)('%s imports and every service runs its image', (file) => {
    const r = load(file);
    expect(r.kind).toBe('compose');
    const images = [...text(file).matchAll(/^\s+image:\s*(\S+)/gm)].map((m) => m[1]!);
    const imported = r.scenario.instances.map((i) => findImage(CATALOGUE, (i as { image?: string }).image ?? '')?.ref);
    expect(imported.sort()).toEqual(images.map((image) => findImage(CATALOGUE, image)?.ref).sort());
    for (const image of images) expect(findImage(CATALOGUE, image), image).toBeDefined();
    const sim = createSimulation(r.scenario, CATALOGUE);
    runToEnd(sim);
    const report = getReport(sim);
    expect(report.instances).toHaveLength(images.length);
    for (const i of report.instances) {
      expect([i.name, i.state]).toEqual([i.name, 'running']);
      expect(i.readyMs, i.name).toBeGreaterThan(0);
    }
  });

  it('gitea-postgres: gitea and postgres:alpine share the Alpine 3.24.2 layer, stored once', () => {
    const gitea = findImage(CATALOGUE, 'gitea/gitea:latest')!;
    const pg = findImage(CATALOGUE, 'postgres:alpine')!;
    expect(gitea.layers[0]!.id).toBe(pg.layers[0]!.id);
    const sim = createSimulation(load('gitea-postgres.yaml').scenario, CATALOGUE);
    runToEnd(sim);
    const sum = (ls: typeof gitea.layers) => ls.reduce((a, l) => a + l.sizeBytes.value, 0);
    const both = sum(gitea.layers) + sum(pg.layers);
    const imagesOnDisk = getReport(sim).host.disk.imagesBytes;
    expect(imagesOnDisk).toBe(both - gitea.layers[0]!.sizeBytes.value);
  });
});
