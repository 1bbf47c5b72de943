/**
 * `docker run --health-*` and what docker shows of a healthcheck, in its words: `docker ps`
 * STATUS (moby daemon/container/state.go: "Up 8 seconds (health: starting)", "(healthy)",
 * "(unhealthy)"), `--filter health=`, and `docker inspect` .State.Health and .Config.Healthcheck.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

const REF = 'https://docs.docker.com/reference/cli/docker/container/run/#healthcheck';

describe('a healthcheck through the terminal', () => {
  it(`docker run --health-cmd ... --health-interval=2s: health: starting, then healthy at the first probe after the app is ready (${REF})`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name db --health-cmd "pg_isready -U postgres" --health-interval=2s --health-retries=3 postgres:18-alpine');
    expect(await w.type('docker ps --format "{{.Status}}"')).toMatch(/^Up Less than a second( \(health: starting\))?$/);
    await w.wait(1_000);
    expect(await w.type('docker ps --format "{{.Status}}"')).toBe('Up 1 second (health: starting)');
    expect(await w.type('docker inspect --format "{{.State.Health.Status}} {{.State.Health.FailingStreak}}" db')).toBe('starting 0');
    await w.wait(9_000);
    expect(await w.type('docker ps --format "{{.Status}}"')).toBe('Up 10 seconds (healthy)');
    expect(await w.type('docker ps --filter health=healthy --format "{{.Names}}"')).toBe('db');
    expect(await w.type('docker ps --filter health=starting --format "{{.Names}}"')).toBe('');
    expect(await w.type('docker inspect --format "{{json .Config.Healthcheck}}" db')).toBe('{"Test":["CMD-SHELL","pg_isready -U postgres"],"Interval":2000000000,"Retries":3}');
    const log = JSON.parse(await w.type('docker inspect --format "{{json .State.Health.Log}}" db')) as { ExitCode: number }[];
    expect(log.length).toBe(5);
    expect(log.at(-1)!.ExitCode).toBe(0);
  });

  it('a container without one has no health: --filter health=none lists it, an unknown value is refused in the daemon\'s words', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.wait(3_000);
    expect(await w.type('docker ps --format "{{.Status}}"')).toBe('Up 3 seconds');
    expect(await w.type('docker ps --filter health=none --format "{{.Names}}"')).toBe('web');
    expect(await w.type('docker ps --filter health=sick')).toBe("Error response from daemon: invalid filter 'health=sick': invalid value for health (sick): must be one of none, starting, healthy, unhealthy");
  });

  it('--no-healthcheck with --health-cmd is refused as the CLI refuses it; a negative interval too', async () => {
    const w = await workspace();
    expect(await w.type('docker run -d --no-healthcheck --health-cmd true nginx:1.27')).toBe("docker: --no-healthcheck conflicts with --health-* options.\nSee 'docker run --help'.");
    expect(await w.type('docker run -d --health-cmd true --health-interval=-1s nginx:1.27')).toBe("docker: --health-interval cannot be negative.\nSee 'docker run --help'.");
  });

  it('a pause shows (Paused); after a stop, inspect reads unhealthy, as moby leaves it', async () => {
    const w = await workspace();
    await w.type('docker run -d --name db --health-cmd "pg_isready" --health-interval=1s postgres:18-alpine');
    await w.wait(8_000);
    await w.type('docker pause db');
    expect(await w.type('docker ps --format "{{.Status}}"')).toBe('Up 8 seconds (Paused)');
    await w.type('docker unpause db');
    await w.type('docker stop db');
    await w.wait(1_000);
    expect(await w.type('docker inspect --format "{{.State.Status}} {{.State.Health.Status}}" db')).toBe('exited unhealthy');
  });
});
