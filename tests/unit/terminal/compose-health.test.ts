/**
 * `docker compose` on a project whose web waits for a healthy db (depends_on condition:
 * service_healthy, Compose's pkg/compose/convergence.go): ps shows the health in STATUS and
 * {{.Health}}, and `up -d` returns once web has started, after db's healthcheck passed, its
 * progress ending with `Container db  Healthy`.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { importFile } from '../../../sim-core/import/index';
import { workspace } from './workspace';

const COMPOSE = `services:
  web:
    image: nginx:1.27
    depends_on:
      db: { condition: service_healthy }
  db:
    image: postgres:18-alpine
    healthcheck: { test: ["CMD-SHELL", "pg_isready -U postgres"], interval: 5s, retries: 5 }
`;

async function project() {
  const r = importFile(COMPOSE, 'compose.yaml', CATALOGUE, { projectName: 'shop' });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return workspace(r.scenario);
}

describe('docker compose with a healthcheck and service_healthy', () => {
  it('while db is starting, web is created and not listed by ps; once db is healthy web runs', async () => {
    const w = await project();
    await w.wait(3_000);
    expect(await w.type('docker compose ps --format "{{.Name}} {{.Status}} {{.Health}}"')).toBe('shop-db-1 Up 3 seconds (health: starting) starting');
    expect(await w.type('docker compose ps -a --format "{{.Name}} {{.State}}"')).toBe('shop-db-1 running\nshop-web-1 created');
    await w.wait(5_000);
    expect(await w.type('docker compose ps --format "{{.Name}} {{.Health}}"')).toBe('shop-db-1 healthy\nshop-web-1 ');
    expect(await w.type('docker ps --format "{{.Names}} {{.Status}}"')).toMatch(/^shop-db-1 Up 8 seconds \(healthy\)\nshop-web-1 Up \d+ seconds?$/);
  });

  it('up -d after down: the progress says db Healthy and web Started, and web has started when it returns', async () => {
    const w = await project();
    await w.wait(10_000);
    await w.type('docker compose down');
    expect(await w.type('docker compose up -d')).toBe('[+] Running 3/3\n ✔ Network shop_default  Created\n ✔ Container shop-db-1   Healthy\n ✔ Container shop-web-1  Started');
    expect(await w.type('docker ps --format "{{.Names}} {{.Status}}" --filter name=shop-db-1')).toBe('shop-db-1 Up 5 seconds (healthy)');
    expect(await w.type('docker ps -q --filter name=shop-web-1')).not.toBe('');
  });
});

describe('docker compose up when a dependency turns unhealthy', () => {
  it('ends with Compose\'s words and status 1; the dependent stays created', async () => {
    const file = COMPOSE.replace('interval: 5s, retries: 5', 'interval: 1s, retries: 1');
    const r = importFile(file, 'compose.yaml', CATALOGUE, { projectName: 'shop' });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const w = await workspace(r.scenario);
    await w.type('docker compose down');
    // The progress shows each container's last event: db failed its condition, web stayed created.
    expect(await w.type('docker compose up -d')).toBe([
      '[+] Running 2/3',
      ' ✔ Network shop_default  Created',
      ' ✘ Container shop-db-1   Error',
      ' ✔ Container shop-web-1  Created',
      'dependency failed to start: container shop-db-1 is unhealthy',
    ].join('\n'));
    expect(await w.type('echo $?')).toBe('1');
    expect(await w.type('docker compose ps -a --format "{{.Name}} {{.State}}"')).toContain('shop-web-1 created');
  });
});
