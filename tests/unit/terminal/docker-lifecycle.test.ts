/**
 * A container's life through the terminal, each line from Docker's CLI reference
 * (https://docs.docker.com/reference/cli/docker/): a command that ends exits 0, `--rm` removes
 * it, `docker kill` is SIGKILL (137), `docker pause` freezes it, `--restart` brings it back after
 * an OOM kill with the restart manager's back-off, and `docker ps` shows each state as docker does
 * (moby daemon/container/state.go: "Up 2 seconds (Paused)", "Restarting (137) 1 second ago").
 */
import { describe, expect, it } from 'vitest';
import { containerIdOf } from '../../../sim-core/index';
import { workspace } from './workspace';

const REF = 'https://docs.docker.com/reference/cli/docker';
const MiB = 1024 * 1024;

describe('a command that ends', () => {
  it(`docker run busybox false exits with the command's status, 1 (${REF}/container/run/)`, async () => {
    const w = await workspace();
    await w.type('docker run --name fails busybox false');
    expect(await w.type('docker ps -a --format "{{.Names}} {{.Status}}"')).toBe('fails Exited (1) Less than a second ago');
  });
  it(`docker run hello-world exits 0 as soon as it has printed (https://hub.docker.com/_/hello-world)`, async () => {
    const w = await workspace();
    await w.type('docker run hello-world');
    expect(await w.type('docker ps -a --format "{{.Status}}"')).toBe('Exited (0) Less than a second ago');
  });
});

describe('docker kill', () => {
  it(`docker kill my_container: SIGKILL, exit 137 at once, no grace (${REF}/container/kill/)`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name my_container nginx:1.27');
    await w.wait(5_000);
    expect(await w.type('time docker kill my_container')).toMatch(/^my_container\n\n?real\t0m0\.0\d{2}s/);
    expect(await w.type('docker ps -a --format "{{.Names}} {{.Status}}"')).toBe('my_container Exited (137) Less than a second ago');
    expect(await w.type('docker kill my_container')).toBe(`Error response from daemon: cannot kill container: my_container: container ${containerIdOf('my_container')} is not running`);
  });
  it(`docker kill --signal=SIGHUP reaches PID 1 and the container goes on; SIGTERM stops nginx cleanly (${REF}/container/kill/#signal)`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.wait(5_000);
    expect((await w.type('docker kill --signal=SIGHUP web')).split('\n')[0]).toBe('web');
    expect(await w.type('docker ps --format "{{.Names}} {{.State}}"')).toBe('web running');
    expect(await w.type('docker kill --signal=SIGTERM web')).toBe('web');
    expect(await w.type('docker ps -a --format "{{.Status}}"')).toMatch(/^Exited \(0\) /);
    expect(await w.type('docker kill -s NOPE web')).toBe('invalid signal: NOPE');
  });
});

describe('docker pause and unpause', () => {
  it('docker pause right after docker run -d (Docker calls it running once its process runs) pauses it, once its start is done', async () => {
    const w = await workspace();
    await w.type('docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret mysql:8');
    expect(await w.type('docker pause db')).toMatch(/^db\n\(utsuwa: db's app was still starting/);
    expect(await w.type('docker ps --format "{{.State}}"')).toBe('paused');
  });

  it(`docker pause freezes the container: ps says (Paused), exec is refused, its memory is kept (${REF}/container/pause/)`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name my_container redis:7');
    await w.wait(5_000);
    const memory = w.store.getState().view!.instances.find((i) => i.name === 'my_container')!.memoryBytes;
    expect(await w.type('docker pause my_container')).toBe('my_container');
    await w.wait(2_000);
    expect(await w.type('docker ps --format "{{.Status}} {{.State}}"')).toMatch(/^Up \d+ seconds \(Paused\) paused$/);
    expect(await w.type('docker exec my_container ls')).toBe(`Error response from daemon: Container ${containerIdOf('my_container')} is paused, unpause the container before exec`);
    expect(await w.type('docker pause my_container')).toBe(`Error response from daemon: container ${containerIdOf('my_container')} is already paused`);
    expect(w.store.getState().view!.instances.find((i) => i.name === 'my_container')!.memoryBytes).toBe(memory);
    expect(await w.type('docker unpause my_container')).toBe('my_container');
    expect(await w.type('docker ps --format "{{.State}}"')).toBe('running');
    expect(await w.type('docker unpause my_container')).toBe(`Error response from daemon: Container ${containerIdOf('my_container')} is not paused`);
  });
});

describe('--restart', () => {
  it(`--restart unless-stopped brings a container back after an OOM kill, after 100 ms; ps shows Restarting meanwhile (${REF}/container/run/#restart)`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name redis --restart unless-stopped -m 64m redis:7');
    await w.wait(5_000);
    // The app grows past its 64 MiB limit: the cgroup's OOM killer kills it (exit 137).
    await w.store.getState().applyLive({ type: 'instance/load', name: 'redis', memoryBytes: 100 * MiB });
    expect(await w.type('docker ps --format "{{.Names}} {{.Status}}"')).toBe('redis Restarting (137) Less than a second ago');
    expect(await w.type('docker inspect --format "{{.State.Restarting}} {{.RestartCount}}" redis')).toBe('true 1');
    await w.wait(3_000);
    expect(await w.type('docker ps --format "{{.Names}} {{.State}}"')).toBe('redis running');
    expect(await w.type('docker inspect --format "{{.RestartCount}}" redis')).toBe('1');
  });
});

describe('the official images\' README lines', () => {
  it('docker run --name some-redis -d redis runs redis:latest, Redis 8 on Debian trixie (https://hub.docker.com/_/redis, repo-info repos/redis/remote/latest.md)', async () => {
    const w = await workspace();
    await w.type('docker run --name some-redis -d redis');
    await w.wait(5_000);
    expect(await w.type('docker ps --format "{{.Image}} {{.Command}} {{.Ports}} {{.Status}}"')).toBe('redis "docker-entrypoint.s…" 6379/tcp Up 5 seconds');
    const history = (await w.type('docker history redis')).split('\n');
    expect(history.at(-1)).toMatch(/RUN # debian\.sh --arch 'amd64' out\/ 'trixie'/);
  });
  it('mysql:8 and mariadb:latest start with their own entrypoints and ports (https://hub.docker.com/_/mysql, https://hub.docker.com/_/mariadb)', async () => {
    const w = await workspace();
    await w.type('docker run --name some-mysql -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:8');
    await w.type('docker run --detach --name some-mariadb --env MARIADB_ROOT_PASSWORD=my-secret-pw mariadb:latest');
    await w.wait(60_000);
    expect((await w.type('docker ps --no-trunc --format "{{.Names}} {{.Command}} {{.Ports}}"')).split('\n')).toEqual([
      'some-mariadb "docker-entrypoint.sh mariadbd" 3306/tcp',
      'some-mysql "docker-entrypoint.sh mysqld" 3306/tcp, 33060/tcp',
    ]);
  });
});

describe('docker update refused', () => {
  it(`a memory limit above the swap limit set at run is refused in the daemon's words, without the name first (${REF}/container/update/)`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name web --memory 512m --memory-swap 1g nginx:1.27');
    expect(await w.type('docker update --memory 2g web')).toBe(`Error response from daemon: Cannot update container ${containerIdOf('web')}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time`);
    expect(await w.type('docker inspect --format "{{.HostConfig.Memory}}" web')).toBe(String(512 * MiB));
    expect(await w.type('docker update --memory 768m web')).toBe('web');
  });
});
