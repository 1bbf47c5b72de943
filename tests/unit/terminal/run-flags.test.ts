/**
 * `docker run` flags taking effect where a user looks, with the CLI reference's lines
 * (https://docs.docker.com/reference/cli/docker/container/run/) and Docker's storage docs
 * (https://docs.docker.com/engine/storage/tmpfs/, .../volumes/).
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

const RUN = 'https://docs.docker.com/reference/cli/docker/container/run';

describe('docker run flags in effect', () => {
  it(`--read-only: a write to the root fails with EROFS; a volume and a tmpfs stay writable and do not grow the writable layer (${RUN}/#read-only)`, async () => {
    const w = await workspace();
    expect(await w.type('docker run -d --name ro --read-only --tmpfs /run:rw,noexec,nosuid,size=65536k -v data:/data nginx:1.27')).toMatch(/^[0-9a-f]{64}\n/);
    await w.wait(2_000);
    expect(await w.type('docker exec ro sh -c "echo x > /etc/x"')).toBe('bash: /etc/x: Read-only file system');
    expect(await w.type('docker exec ro rm /docker-entrypoint.sh')).toBe("rm: cannot remove '/docker-entrypoint.sh': Read-only file system");
    expect(await w.type('docker exec ro sh -c "echo x > /data/x" && docker exec ro sh -c "echo y > /run/y"')).toBe('');
    expect(await w.type('docker diff ro')).toBe('');
    const mounts = (await w.type('docker exec ro mount')).split('\n');
    expect(mounts[0]).toMatch(/^overlay on \/ type overlay \(ro,/);
    expect(mounts).toContain('tmpfs on /run type tmpfs (rw,nosuid,nodev,noexec,relatime,size=65536k)');
    expect(mounts.some((m) => / on \/data type ext4 \(rw,relatime\)$/.test(m))).toBe(true);
    expect(await w.type('docker ps --format "{{.Mounts}}"')).toBe('data');
  });
  it(`writes in a container without --read-only grow its writable layer, but not under a volume (${'https://docs.docker.com/engine/storage/volumes/'})`, async () => {
    const w = await workspace();
    await w.type('docker run -dit --name app -v /srv/data:/data busybox');
    await w.wait(2_000);
    await w.type('docker exec app sh -c "echo hello > /data/in-bind.txt"');
    await w.type('docker exec app sh -c "echo hello > /tmp/in-layer.txt"');
    expect(await w.type('docker diff app')).toBe('A /tmp\nA /tmp/in-layer.txt');
  });
  it(`a mount point is a directory: a new volume holds a copy of the image's files there, a bind or tmpfs hides them (${'https://docs.docker.com/engine/storage/volumes/#populate-a-volume-using-a-container'})`, async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm -v mydata:/data alpine ls /data')).toBe('');
    expect(await w.type('echo $?')).toBe('0');
    expect(await w.type('docker run --rm -v site:/usr/share/nginx/html nginx ls /usr/share/nginx/html')).toBe('index.html');
    expect(await w.type('docker run --rm -v /srv/site:/usr/share/nginx/html nginx ls /usr/share/nginx/html')).toBe('');
    expect(await w.type('docker run --rm --tmpfs /run alpine ls -l /run')).toBe('total 0');
  });

  it(`-w sets where the container's shell starts (${RUN}/#workdir)`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name wd -w /usr/share/nginx nginx:1.27');
    await w.wait(2_000);
    expect(await w.type('docker exec wd pwd')).toBe('/usr/share/nginx');
    expect(await w.type('docker exec wd ls | grep html')).toBe('html');
  });
  it(`docker update --cpu-shares changes the container's weight (${'https://docs.docker.com/reference/cli/docker/container/update/'})`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    expect(await w.type('docker update --cpu-shares 512 web')).toBe('web');
    expect(w.store.getState().doc.instances.find((i) => i.name === 'web')).toMatchObject({ cpuShares: 512 });
    expect(await w.type("docker inspect -f '{{.HostConfig.CpuShares}}' web")).toBe('512');
  });
});
