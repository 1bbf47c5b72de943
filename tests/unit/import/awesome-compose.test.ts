/**
 * Real Compose files: every docker/awesome-compose sample that uses only published images (no
 * `build:`), copied unchanged (tests/fixtures/awesome-compose, each naming its source path and
 * commit, with the sample's .env beside it when it has one), imports and every service runs,
 * with the image each names resolved to the catalogue entry for it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { findImage } from '../../../sim-core/catalogue/tags';
import { importFile, type ImportResult } from '../../../sim-core/import/index';
import { createSimulation, getReport, runToEnd } from '../../../sim-core/index';

const DIR = new URL('../../fixtures/awesome-compose/', import.meta.url);
const SAMPLES = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const text = (file: string) => readFileSync(new URL(file, DIR), 'utf8');

/**
 * Every compose file in docker/awesome-compose at commit 18f59bdb09ecf520dd5758fbf90dec314baec545
 * (the repository's head, 2024-05-18) with no `build:` key: all 39 compose files listed with
 * `git ls-tree`, each searched for /^\s*build:/. The other 27 build an image from a Dockerfile.
 */
const AWESOME_COMMIT = '18f59bdb09ecf520dd5758fbf90dec314baec545';
const PUBLISHED_ONLY = [
  'elasticsearch-logstash-kibana/compose.yaml', 'gitea-postgres/compose.yaml', 'minecraft/compose.yaml',
  'nextcloud-postgres/compose.yaml', 'nextcloud-redis-mariadb/compose.yaml', 'pihole-cloudflared-DoH/compose.yaml',
  'plex/compose.yaml', 'portainer/compose.yaml', 'postgresql-pgadmin/compose.yaml', 'prometheus-grafana/compose.yaml',
  'wireguard/compose.yaml', 'wordpress-mysql/compose.yaml',
];

/** The sample's .env (docker compose reads the one beside the file), when the sample has one. */
const dotenvOf = (file: string): string | undefined => {
  const env = file.replace(/\.yaml$/, '.env');
  return existsSync(new URL(env, DIR)) ? text(env) : undefined;
};

function load(file: string, withEnv = true): Extract<ImportResult, { ok: true }> {
  const dotenv = withEnv ? dotenvOf(file) : undefined;
  const r = importFile(text(file), 'compose.yaml', CATALOGUE, { projectName: file.replace(/\.yaml$/, ''), ...(dotenv === undefined ? {} : { dotenv }) });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

describe('docker/awesome-compose samples', () => {
  it('are every sample that uses only published images, each copied with its source named', () => {
    expect(SAMPLES.map((f) => `${f.replace(/\.yaml$/, '')}/compose.yaml`).sort()).toEqual([...PUBLISHED_ONLY].sort());
    for (const f of SAMPLES) {
      const path = `${f.replace(/\.yaml$/, '')}/compose.yaml`;
      expect(text(f).startsWith(`# Copied unchanged from docker/awesome-compose (CC0-1.0) ${path} at commit ${AWESOME_COMMIT}\n`), f).toBe(true);
      expect(text(f)).not.toMatch(/^\s*build:/m);
    }
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

  it('wordpress-mysql: mariadb:10.6.4-focal is the build repo-info lists, 127,012,840 B to pull', () => {
    const r = load('wordpress-mysql.yaml');
    const db = r.scenario.instances.find((i) => i.name === 'wordpress-mysql-db-1') as { image?: string; imageRef?: string };
    const image = findImage(CATALOGUE, 'mariadb:10.6.4-focal')!;
    expect(db.image).toBe(image.ref);
    expect(image.layers.reduce((a, l) => a + l.compressedBytes.value, 0)).toBe(127_012_840);
    expect(image.layers.every((l) => l.compressedBytes.kind === 'measured')).toBe(true);
  });

  it('images no registry page describes are estimates with a range, official ones are measured', () => {
    for (const ref of ['dpage/pgadmin4:latest', 'itzg/minecraft-server:latest', 'pihole/pihole:latest', 'linuxserver/plex:latest', 'portainer/portainer-ce:alpine', 'visibilityspots/cloudflared:latest', 'linuxserver/wireguard:latest']) {
      for (const l of findImage(CATALOGUE, ref)!.layers) {
        expect(l.compressedBytes.kind, ref).toBe('estimate');
        expect(l.sizeBytes.range![0], ref).toBeLessThan(l.sizeBytes.range![1]);
      }
    }
    for (const ref of ['elasticsearch:7.16.1', 'logstash:7.16.1', 'kibana:7.16.1']) {
      expect(findImage(CATALOGUE, ref)!.layers.every((l) => l.compressedBytes.kind === 'measured'), ref).toBe(true);
    }
  });

  it('plex: the .env gives PLEX_MEDIA_PATH; without it, Compose\'s own error for the empty volume source', () => {
    const r = load('plex.yaml');
    expect((r.scenario.instances[0] as { mounts?: unknown[] }).mounts).toEqual([{ type: 'bind', source: '/media/your/plex/path', target: '/media/', readOnly: false }]);
    const bare = importFile(text('plex.yaml'), 'compose.yaml', CATALOGUE, { projectName: 'plex' });
    expect(bare.ok ? [] : bare.errors).toEqual(['compose.yaml: services.plex.volumes[0]: invalid spec: :/media/: empty section between colons']);
  });

  it('pihole: variables from the .env replace the blanks, and only unset ones are warned about', () => {
    const withEnv = load('pihole-cloudflared-DoH.yaml');
    const pihole = withEnv.scenario.instances.find((i) => i.name === 'pihole') as { env?: string[] };
    expect(pihole.env).toContain('TZ=Etc/UTC');
    expect(pihole.env).toContain('REV_SERVER_TARGET=192.168.178.1');
    expect(withEnv.warnings.filter((w) => w.includes('variable is not set'))).toEqual([]);
    const bare = load('pihole-cloudflared-DoH.yaml', false);
    expect(bare.warnings).toContain('The "TIMEZONE" variable is not set. Defaulting to a blank string.');
  });

  it('minecraft: deploy.resources.limits.memory 1.5G is the container\'s memory limit', () => {
    expect((load('minecraft.yaml').scenario.instances[0] as { memoryBytes?: number }).memoryBytes).toBe(1.5 * 1024 ** 3);
  });

  it('elasticsearch-logstash-kibana: es\'s healthcheck (10 s, 3 retries) reads healthy at the first probe after its app is ready; logstash and kibana, with a plain depends_on, do not wait for it', () => {
    const sim = createSimulation(load('elasticsearch-logstash-kibana.yaml').scenario, CATALOGUE);
    runToEnd(sim);
    const log = sim.state.log;
    const began = log.find((e) => e.type === 'instance/phase-started' && e.subject === 'es' && e.data.phase === 'app init')!.atMs;
    const ready = log.find((e) => e.type === 'instance/ready' && e.subject === 'es')!.atMs;
    const health = log.filter((e) => e.type === 'instance/health' && e.subject === 'es').map((e) => [e.atMs, e.type === 'instance/health' && e.data.status]);
    // Probes every 10 s from the process's start; failures before it is ready (fewer than 3) leave it starting.
    const firstPass = began + Math.ceil((ready - began) / 10_000) * 10_000;
    expect(Math.ceil((ready - began) / 10_000)).toBeLessThan(4);
    expect(health).toEqual([[began, 'starting'], [firstPass, 'healthy']]);
    expect(log.filter((e) => e.type === 'instance/starting').map((e) => [e.subject, e.atMs])).toEqual([['es', 0], ['log', 0], ['kib', 0]]);
    expect(log.some((e) => e.type === 'container/waiting-for-dependencies')).toBe(false);
  });
});
