/**
 * Compose files as scenarios: the ten fixtures (written for Utsuwa in the shapes of
 * docker/awesome-compose's published-image samples) import and their services run; what
 * Compose itself refuses is refused in compose-go's words; what Utsuwa cannot run (build,
 * include, an image outside its catalogue) is refused with the reason; what is accepted but
 * not simulated is listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { importFile, type ImportResult } from '../../../sim-core/import/index';
import { createSimulation, getReport, runToEnd } from '../../../sim-core/index';

const DIR = new URL('../../fixtures/compose/', import.meta.url);
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

const load = (text: string, name = 'compose.yaml', projectName = 'demo'): ImportResult => importFile(text, name, CATALOGUE, { projectName });
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
};

describe('the ten fixtures', () => {
  it('are ten', () => expect(FIXTURES).toHaveLength(10));

  it.each(FIXTURES)('%s imports, and every service becomes a running container', (file) => {
    const r = ok(load(readFileSync(new URL(file, DIR), 'utf8'), file));
    expect(r.kind).toBe('compose');
    const sim = createSimulation(r.scenario, CATALOGUE);
    runToEnd(sim);
    const report = getReport(sim);
    expect(report.instances.length).toBeGreaterThan(0);
    for (const i of report.instances) expect([i.name, i.state]).toEqual([i.name, 'running']);
  });
});

describe('what a service becomes', () => {
  it('names as Compose names them: <project>-<service>-<n>, container_name, one container per replica', () => {
    const r = ok(load(readFileSync(new URL('admin-panel.yaml', DIR), 'utf8'), 'admin-panel.yaml'));
    expect(r.scenario.name).toBe('panel');
    expect(r.scenario.instances.map((i) => i.name)).toEqual(['panel', 'panel-worker-1', 'panel-worker-2', 'panel-worker-3']);
  });

  it('limits, runtime and namespaces from the service and deploy.resources', () => {
    const r = ok(load(`services:
  app:
    image: nginx:1.27
    mem_limit: 256m
    memswap_limit: 512m
    mem_reservation: 128m
    cpu_shares: 512
    pids_limit: 50
    runtime: runsc
    pid: host
    ipc: host
  job:
    image: redis:7
    network_mode: host
    deploy:
      resources:
        limits: { cpus: '0.25', memory: 64M, pids: 20 }
`));
    expect(r.scenario.instances).toEqual([
      expect.objectContaining({ name: 'demo-app-1', memoryBytes: 256 * 1024 ** 2, memorySwapBytes: 512 * 1024 ** 2, memoryReservationBytes: 128 * 1024 ** 2, cpuShares: 512, pidsLimit: 50, runtime: 'gvisor', share: ['pid', 'ipc'], networks: ['demo_default'] }),
      expect.objectContaining({ name: 'demo-job-1', cpus: 0.25, memoryBytes: 64 * 1024 ** 2, pidsLimit: 20, share: ['net'] }),
    ]);
    expect(r.scenario.instances[1]).not.toHaveProperty('networks');
  });

  it('ports (short and long syntax), environment (list or mapping), volumes, command, restart', () => {
    const r = ok(load(`services:
  web:
    image: nginx
    ports: ["8080:80", { target: 443, published: 8443, protocol: tcp, host_ip: 127.0.0.1 }]
    environment: { MODE: prod, DEBUG: false, EMPTY: null }
    volumes: ["./site:/usr/share/nginx/html:ro", "cache:/var/cache/nginx", { type: tmpfs, target: /tmp, tmpfs: { size: 64m } }]
    command: nginx -g "daemon off;"
    restart: on-failure:3
volumes:
  cache:
`));
    expect(r.scenario.instances[0]).toMatchObject({
      image: 'nginx:1.27', imageRef: 'nginx',
      ports: [{ containerPort: 80, hostPort: 8080, hostIp: '', protocol: 'tcp' }, { containerPort: 443, hostPort: 8443, hostIp: '127.0.0.1', protocol: 'tcp' }],
      env: ['MODE=prod', 'DEBUG=false', 'EMPTY'],
      mounts: [
        { type: 'bind', source: './site', target: '/usr/share/nginx/html', readOnly: true },
        { type: 'volume', source: 'demo_cache', target: '/var/cache/nginx', readOnly: false },
        { type: 'tmpfs', source: '', target: '/tmp', readOnly: false, sizeBytes: 64 * 1024 ** 2 },
      ],
      command: ['nginx', '-g', 'daemon off;'],
      restart: { name: 'on-failure', maxRetries: 3 },
    });
  });

  it('YAML anchors and merge keys, as Compose files share settings with them (x- fields are ignored)', () => {
    const r = ok(load('x-common: &common\n  restart: always\n  mem_limit: 128m\nservices:\n  a:\n    <<: *common\n    image: redis:7\n  b:\n    <<: *common\n    image: nginx\n'));
    expect(r.scenario.instances.map((i) => i.kind === 'container' && [i.name, i.memoryBytes, i.restart])).toEqual([
      ['demo-a-1', 128 * 1024 ** 2, { name: 'always' }], ['demo-b-1', 128 * 1024 ** 2, { name: 'always' }],
    ]);
  });

  it('depends_on is the start order, and its conditions hold each start as Compose does', () => {
    const r = ok(load(`services:
  web: { image: nginx, depends_on: [api] }
  api: { image: node:20, depends_on: { db: { condition: service_healthy } } }
  db: { image: postgres:16 }
`));
    expect(r.scenario.events.map((e) => e.action.type === 'start' && e.action.target)).toEqual(['demo-db-1', 'demo-api-1', 'demo-web-1']);
    expect(r.notSimulated.join('\n')).not.toContain('depends_on');
    expect(r.scenario.instances.find((i) => i.name === 'demo-api-1')).toMatchObject({ dependsOn: [{ name: 'demo-db-1', condition: 'healthy' }] });
    // db has no healthcheck: Compose refuses to start api, and web, waiting for api's start, never starts.
    const sim = createSimulation(r.scenario, CATALOGUE);
    runToEnd(sim);
    expect(sim.state.log.find((e) => e.type === 'container/dependency-failed')).toMatchObject({ subject: 'demo-api-1', data: { reason: 'dependency failed to start: container demo-db-1 has no healthcheck configured' } });
    expect(getReport(sim).instances.map((i) => [i.name, i.state])).toEqual([['demo-web-1', 'created'], ['demo-api-1', 'created'], ['demo-db-1', 'running']]);
  });

  it('a healthcheck and service_healthy: the dependant starts at Compose\'s poll after db is healthy', () => {
    const r = ok(load(`services:
  web: { image: nginx, depends_on: { db: { condition: service_healthy, restart: true } } }
  db:
    image: postgres:16
    healthcheck: { test: ["CMD-SHELL", "pg_isready -U postgres"], interval: 5s, timeout: 5s, retries: 5, start_period: 10s }
`));
    expect(r.scenario.instances.find((i) => i.name === 'demo-db-1')).toMatchObject({ healthcheck: { test: ['CMD-SHELL', 'pg_isready -U postgres'], intervalMs: 5_000, timeoutMs: 5_000, retries: 5, startPeriodMs: 10_000 } });
    expect(r.notSimulated).toEqual(['services.web: depends_on.db.restart (only docker compose restart would act on it)']);
    const sim = createSimulation(r.scenario, CATALOGUE);
    runToEnd(sim);
    const healthy = sim.state.log.find((e) => e.type === 'instance/health' && e.data.status === 'healthy')!;
    const webStart = sim.state.log.find((e) => e.type === 'instance/starting' && e.subject === 'demo-web-1')!;
    expect(webStart.atMs).toBe(Math.ceil(healthy.atMs / 500) * 500);
  });

  it('variables: defaults apply, unset ones are blank with Compose\'s warning, $$ is a dollar', () => {
    const r = ok(load('services:\n  db:\n    image: postgres:${PG_TAG:-16}\n    environment: ["USER=${DB_USER}", "COST=$$5"]\n'));
    expect(r.scenario.instances[0]).toMatchObject({ image: 'postgres:16', env: ['USER=', 'COST=$5'] });
    expect(r.warnings).toContain('The "DB_USER" variable is not set. Defaulting to a blank string.');
  });

  it('lists, per service, what it accepts but does not simulate', () => {
    const r = ok(load(readFileSync(new URL('dns-filter.yaml', DIR), 'utf8'), 'dns-filter.yaml'));
    expect(r.notSimulated).toEqual([
      // ports, environment, volumes, cap_add and restart take effect as their docker run flags do.
      'services.resolver: command, networks.dns-net: ipv4_address',
      'services.filter: command',
      'networks.dns-net: ipam',
    ]);
    expect(r.warnings).toContain('dns-filter.yaml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion');
    expect(r.scenario.extensions.imported).toEqual({ from: 'dns-filter.yaml', as: 'compose', notSimulated: r.notSimulated });
  });
});

describe('refused, with the reason', () => {
  const errors = (text: string, name = 'compose.yaml') => {
    const r = load(text, name);
    return r.ok ? [] : r.errors;
  };
  it('build: there is nothing to build from', () => {
    expect(errors('services:\n  app:\n    build: .\n')).toEqual([
      'compose.yaml: services.app.build: Utsuwa runs published images and cannot build one (there is no Dockerfile or build context in a simulator); give the service an image: from a registry and remove build:',
    ]);
  });
  it('an image outside the catalogue, an undefined dependency, volume or network, a cycle (compose-go\'s words)', () => {
    expect(errors('services:\n  pg:\n    image: adminer:latest\n')[0]).toMatch(/^compose\.yaml: services\.pg\.image: adminer:latest is not in the simulator's catalogue; it has nginx:1\.27, /);
    expect(errors('services:\n  web: { image: nginx, depends_on: [db] }\n')).toEqual(['compose.yaml: service "web" depends on undefined service "db": invalid compose project']);
    expect(errors('services:\n  web: { image: nginx, volumes: ["data:/data"] }\n')).toEqual(['compose.yaml: service "web" refers to undefined volume data: invalid compose project']);
    expect(errors('services:\n  web: { image: nginx, networks: [front] }\n')).toEqual(['compose.yaml: service "web" refers to undefined network front: invalid compose project']);
    expect(errors('services:\n  a: { image: nginx, depends_on: [b] }\n  b: { image: nginx, depends_on: [a] }\n')).toEqual(['compose.yaml: dependency cycle detected: a -> b -> a']);
  });
  it('an unknown property, container_name with replicas, a required variable', () => {
    expect(errors('services:\n  web: { image: nginx, imagee: x }\n')).toEqual(['compose.yaml: services.web Additional property imagee is not allowed']);
    expect(errors('services:\n  web: { image: nginx, container_name: web, deploy: { replicas: 2 } }\n')).toEqual(['compose.yaml: services.deploy.replicas: can\'t set container_name and web as container name must be unique: invalid compose project']);
    expect(errors('services:\n  web: { image: "nginx:${TAG:?set TAG first}" }\n')).toEqual(['compose.yaml: required variable TAG is missing a value: set TAG first']);
  });
  it('a scenario given as a Compose file, and a Compose file given as a scenario', () => {
    const scenario = 'version: 1\nname: two\ninstances:\n  - { name: web, kind: container, image: "nginx:1.27" }\n';
    expect(importFile(scenario, 'compose.yaml', CATALOGUE, { expect: 'compose' })).toEqual({ ok: false, kind: 'scenario', errors: ['compose.yaml: expected a Compose file (services:), but this is an Utsuwa scenario (version: 1, instances)'] });
    expect(ok(importFile(scenario, 'compose.yaml', CATALOGUE)).kind).toBe('scenario');
  });
});
