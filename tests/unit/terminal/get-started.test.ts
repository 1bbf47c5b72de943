/**
 * The first commands of Docker's getting-started material run as in the docs:
 * https://docs.docker.com/get-started/introduction/get-docker-desktop/ (`docker run -d -p
 * 8080:80 docker/welcome-to-docker`) and the older tutorial's `docker run -d -p 80:80
 * docker/getting-started` (https://github.com/docker/getting-started).
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('Docker\'s getting-started images', () => {
  it('welcome-to-docker and getting-started run, publish their ports and are listed with estimated sizes', async () => {
    const w = await workspace();
    expect(await w.type('docker run -d -p 8088:80 --name welcome-to-docker docker/welcome-to-docker')).toMatch(/^[0-9a-f]{64}$/);
    expect(await w.type('docker run -d -p 80:80 docker/getting-started')).toMatch(/^[0-9a-f]{64}$/);
    await w.wait(3_000);
    const ps = await w.type('docker ps --format "{{.Image}} {{.Ports}} {{.State}}"');
    expect(ps).toContain('docker/welcome-to-docker 0.0.0.0:8088->80/tcp, [::]:8088->80/tcp running');
    expect(ps).toContain('docker/getting-started 0.0.0.0:80->80/tcp, [::]:80->80/tcp running');
    // welcome-to-docker stands on nginx:alpine-slim: far smaller than getting-started on nginx:alpine.
    const sizes = await w.type('docker images --format "{{.Repository}} {{.Size}}" "docker/*"');
    const mb = (repo: string) => Number(new RegExp(`${repo} ([\\d.]+)MB`).exec(sizes)![1]);
    expect(mb('docker/welcome-to-docker')).toBeLessThan(mb('docker/getting-started'));
  });
});
