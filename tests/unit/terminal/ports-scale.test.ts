/**
 * A host port is published once: the daemon's port allocator refuses a second container the
 * same port (moby libnetwork/portallocator: "Bind for 0.0.0.0:8080 failed: port is already
 * allocated"), leaving it created; and `docker compose up --scale SERVICE=NUM`
 * (https://docs.docker.com/reference/cli/docker/compose/up/) makes or removes replicas.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { importFile } from '../../../sim-core/import/index';
import { workspace } from './workspace';

describe('published ports', () => {
  it('a second container on a taken host port is created, not started: docker run exits 125 with the daemon\'s words; another address or protocol is free', async () => {
    const w = await workspace();
    await w.type('docker run -d -p 8080:80 --name a1 nginx');
    const refused = (await w.type('docker run -d -p 8080:80 --name a2 nginx')).split('\n');
    expect(refused[0]).toMatch(/^docker: Error response from daemon: driver failed programming external connectivity on endpoint a2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\.$/);
    expect(await w.type('echo $?')).toBe('125');
    expect(await w.type('docker ps -a --filter name=a2 --format "{{.Status}}"')).toBe('Created');
    expect(await w.type('docker run -d -p 127.0.0.1:8081:80 --name a3 nginx')).toMatch(/^[0-9a-f]{64}$/);
    expect(await w.type('docker run -d -p 127.0.0.2:8081:80 --name a4 nginx')).toMatch(/^[0-9a-f]{64}$/);
    expect(await w.type('docker run -d -p 8080:80/udp --name a5 nginx')).toMatch(/^[0-9a-f]{64}$/);
    // docker start says the same, then names what it could not start; once the port is free it starts.
    expect((await w.type('docker start a2')).split('\n')).toEqual([expect.stringMatching(/port is already allocated$/), 'Error: failed to start containers: a2']);
    await w.type('docker stop a1');
    expect(await w.type('docker start a2')).toBe('a2');
  });
});

describe('docker compose up --scale', () => {
  const project = async () => {
    const file = 'services:\n  web:\n    image: nginx:alpine\n  cache:\n    image: redis:alpine\n    ports:\n      - "6379:6379"\n';
    const r = importFile(file, 'compose.yaml', CATALOGUE, { projectName: 'shop' });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const w = await workspace(r.scenario);
    await w.wait(5_000);
    return w;
  };

  it('makes replicas named <project>-<service>-<n> and removes the highest beyond NUM', async () => {
    const w = await project();
    const up = await w.type('docker compose up -d --scale web=3');
    expect(up.split('\n')).toContain(' ✔ Container shop-web-3    Started');
    expect((await w.type('docker compose ps --format "{{.Name}}"')).split('\n')).toEqual(['shop-cache-1', 'shop-web-1', 'shop-web-2', 'shop-web-3']);
    expect(await w.type('docker compose up -d --scale web=1')).toContain('Container shop-web-3    Removed');
    expect((await w.type('docker compose ps --format "{{.Name}}"')).split('\n')).toEqual(['shop-cache-1', 'shop-web-1']);
  });

  it('a replica of a service with a fixed host port is refused by the daemon: marked ✘ and created only', async () => {
    const w = await project();
    const out = (await w.type('docker compose up -d --scale cache=2')).split('\n');
    expect(out[0]).toBe('[+] Running 2/3');
    expect(out).toContain(' ✘ Container shop-cache-2  Error');
    expect(out.at(-1)).toMatch(/endpoint shop-cache-2 .*Bind for 0\.0\.0\.0:6379 failed: port is already allocated$/);
    expect(await w.type('docker compose ps -a --format "{{.Name}} {{.State}}"')).toContain('shop-cache-2 created');
    expect(await w.type('docker compose up -d --scale nosuch=2')).toBe('no such service: nosuch');
    expect(await w.type('docker compose up -d --scale web')).toBe('invalid --scale option "web". Should be SERVICE=NUM');
  });
});
