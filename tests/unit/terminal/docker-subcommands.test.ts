/**
 * The docker subcommands a learner meets in the docs, each with a line from Docker's CLI
 * reference (https://docs.docker.com/reference/cli/docker/) or an official image's README,
 * and the shape of what docker prints for it.
 */
import { describe, expect, it } from 'vitest';
import { containerIdOf } from '../../../sim-core/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { workspace } from './workspace';

const REF = 'https://docs.docker.com/reference/cli/docker';
const id12 = (n: string) => containerIdOf(n).slice(0, 12);

async function webServer() {
  const w = await workspace();
  await w.type('docker run -d --name web -p 8080:80 nginx:1.27');
  await w.wait(10_000);
  return w;
}

describe('docker logs', () => {
  it(`prints what the container's program wrote; -t stamps RFC 3339 times, --tail keeps the last lines (${REF}/container/logs/)`, async () => {
    const w = await webServer();
    const log = (await w.type('docker logs web')).split('\n');
    expect(log).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(log.at(-1)).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: start worker processes$/);
    const tail = (await w.type('docker logs -t --tail 2 web')).split('\n');
    expect(tail).toHaveLength(2);
    for (const l of tail) expect(l).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z /);
    expect(await w.type('docker logs --tail 0 web')).toBe('');
    expect(await w.type('docker logs ghost')).toBe('Error response from daemon: No such container: ghost');
  });
  it(`a restarted container's log goes on with a second start (${REF}/container/restart/)`, async () => {
    const w = await webServer();
    expect(await w.type('docker restart web')).toBe('web');
    await w.wait(5_000);
    expect((await w.type('docker ps --format "{{.Status}}"'))).toBe('Up 5 seconds');
    expect((await w.type('docker logs web')).split('\n').filter((l) => l.endsWith('ready for start up'))).toHaveLength(2);
  });
  it(`docker run hello-world prints its greeting and exits (${'https://hub.docker.com/_/hello-world'})`, async () => {
    const w = await workspace();
    const out = await w.type('docker run hello-world');
    expect(out).toContain('Hello from Docker!\nThis message shows that your installation appears to be working correctly.');
    expect(await w.type('docker ps -a --format "{{.Names}} {{.State}}"')).toBe('hello-world exited');
  });
  it(`docker run --rm busybox echo runs the command in the container, which exits and is removed (${REF}/container/run/#rm)`, async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm --name once busybox echo hello world')).toBe('hello world');
    expect(await w.type('docker ps -a --format "{{.Names}}"')).toBe('');
    expect(await w.type('docker run --name twice busybox echo kept')).toBe('kept');
    expect(await w.type('docker ps -a --format "{{.Names}} {{.Status}}"')).toBe('twice Exited (0) Less than a second ago');
  });
});

describe('docker top, port, diff', () => {
  it(`top lists the container's processes with the host's PIDs (${REF}/container/top/)`, async () => {
    const w = await webServer();
    const top = (await w.type('docker top web')).split('\n');
    expect(top[0]).toMatch(/^UID {17}PID {17}PPID {16}C {19}STIME {15}TTY {17}TIME {16}CMD$/);
    const master = top.find((l) => l.endsWith('nginx: master process nginx -g daemon off;'))!;
    const hostPid = master.split(/\s+/)[1]!;
    // The same process in the host's ps -ef, under the same PID.
    expect((await w.type('ps -ef')).split('\n').some((l) => l.split(/\s+/)[1] === hostPid && l.includes('nginx: master'))).toBe(true);
    expect(hostPid).not.toBe('1');
  });
  it(`port lists the published ports; an unpublished one is docker's error (${REF}/container/port/)`, async () => {
    const w = await webServer();
    expect(await w.type('docker port web')).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080');
    expect(await w.type('docker port web 80/tcp')).toBe('0.0.0.0:8080\n[::]:8080');
    expect(await w.type('docker port web 443')).toBe("Error: No public port '443/tcp' published for web");
    await w.type('docker run -d -P --name any nginx:1.27');
    expect(await w.type('docker port any')).toMatch(/^80\/tcp -> 0\.0\.0\.0:(3276\d)\n80\/tcp -> \[::\]:\1$/);
  });
  it(`diff shows A, C and D from the writable layer, parent directories as C (${REF}/container/diff/)`, async () => {
    const w = await webServer();
    await w.type("docker exec web sh -c 'echo hello > /usr/share/nginx/html/index.html'");
    await w.type("docker exec web sh -c 'echo note > /tmp/note.txt'");
    await w.type('docker exec web rm /docker-entrypoint.sh');
    expect(await w.type('docker diff web')).toBe([
      'D /docker-entrypoint.sh', 'A /tmp', 'A /tmp/note.txt', 'C /usr', 'C /usr/share', 'C /usr/share/nginx', 'C /usr/share/nginx/html', 'C /usr/share/nginx/html/index.html',
    ].join('\n'));
  });
});

describe('images: history, rmi, system df', () => {
  it(`history lists the image's layers newest first, the step that made each truncated at 45 (${REF}/image/history/)`, async () => {
    const w = await workspace();
    const lines = (await w.type('docker history nginx:1.27')).split('\n');
    expect(lines[0]).toMatch(/^IMAGE\s+CREATED\s+CREATED BY\s+SIZE\s+COMMENT$/);
    expect(lines).toHaveLength(CATALOGUE.images['nginx:1.27']!.layers.length + 1);
    expect(lines[1]).toMatch(/^[0-9a-f]{12}\s/);
    for (const l of lines.slice(2)) expect(l).toMatch(/^<missing>\s/);
    expect(lines.some((l) => /RUN groupadd\/useradd nginx && apt-get instal… +116MB/.test(l))).toBe(true);
    expect(await w.type('docker history --format "{{.ID}}: {{.CreatedSince}}" nginx:1.27')).toMatch(/^[0-9a-f]{12}: built 2024-11-26\n<missing>: /);
  });
  it(`rmi of an image a container uses is refused in the daemon's words (${REF}/image/rm/)`, async () => {
    const w = await webServer();
    expect(await w.type('docker rmi nginx:1.27')).toMatch(new RegExp(`^Error response from daemon: conflict: unable to remove repository reference "nginx:1.27" \\(must force\\) - container ${id12('web')} is using its referenced image [0-9a-f]{12}$`));
    expect((await w.type('docker rmi redis:7')).split('\n').slice(0, 2)).toEqual(['Untagged: redis:7', expect.stringMatching(/^Deleted: sha256:[0-9a-f]{64}$/)]);
  });
  it(`system df counts shared layers once (${REF}/system/df/)`, async () => {
    const w = await webServer();
    const rows = (await w.type('docker system df')).split('\n');
    expect(rows[0]).toMatch(/^TYPE\s+TOTAL\s+ACTIVE\s+SIZE\s+RECLAIMABLE$/);
    expect(rows[1]).toMatch(/^Images\s+\d+\s+1\s+[\d.]+GB\s+[\d.]+GB \(\d+%\)$/);
    expect(rows[2]).toMatch(/^Containers\s+1\s+1\s+/);
    const verbose = await w.type('docker system df -v');
    expect(verbose).toMatch(/^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE\s+SHARED SIZE\s+UNIQUE SIZE\s+CONTAINERS$/m);
    // nginx and redis share Debian's bookworm-slim layer: shared size is not zero for either.
    expect(verbose).toMatch(/^redis\s+7\s+[0-9a-f]{12}\s+N\/A\s+\S+\s+(?!0B)\S+\s+/m);
  });
});

describe('version and info', () => {
  it(`version --format reads the client and server fields (${REF}/version/)`, async () => {
    const w = await workspace();
    expect(await w.type("docker version --format '{{.Server.Version}}'")).toBe('27.3.1');
    expect(await w.type("docker version --format '{{.Client.APIVersion}}'")).toBe('1.47');
    expect(await w.type('docker version')).toMatch(/^Client: Docker Engine - Community\n Version: {11}27\.3\.1\n/);
  });
  it(`info counts this daemon's containers (${REF}/system/info/)`, async () => {
    const w = await webServer();
    expect(await w.type('docker info')).toMatch(/\n Containers: 1\n {2}Running: 1\n {2}Paused: 0\n {2}Stopped: 0\n/);
  });
});
