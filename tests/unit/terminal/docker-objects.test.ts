/**
 * docker inspect, networks and volumes, with lines from Docker's CLI reference
 * (https://docs.docker.com/reference/cli/docker/) and Docker's networking tutorial
 * (https://docs.docker.com/engine/network/tutorials/standalone/), and their output's shape.
 */
import { describe, expect, it } from 'vitest';
import { containerIdOf } from '../../../sim-core/index';
import { workspace } from './workspace';

const REF = 'https://docs.docker.com/reference/cli/docker';
const TUTORIAL = 'https://docs.docker.com/engine/network/tutorials/standalone/';

describe('docker inspect', () => {
  it(`prints Docker's JSON: an array, four-space indent, the fields in Docker's order (${REF}/inspect/)`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name web -p 8080:80 -e GREETING=hello --restart unless-stopped -m 256m nginx:1.27');
    await w.wait(5_000);
    const text = await w.type('docker inspect web');
    expect(text.startsWith('[\n    {\n        "Id": "')).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Docker's JSON, read as a user reads it
    const [c] = JSON.parse(text) as [Record<string, any>];
    expect(Object.keys(c).slice(0, 6)).toEqual(['Id', 'Created', 'Path', 'Args', 'State', 'Image']);
    expect(c.Id).toBe(containerIdOf('web'));
    expect(c.Name).toBe('/web');
    expect(c.Path).toBe('/docker-entrypoint.sh');
    expect(c.Args).toEqual(['nginx', '-g', 'daemon off;']);
    expect(c.State).toMatchObject({ Status: 'running', Running: true, OOMKilled: false, ExitCode: 0 });
    expect(c.HostConfig).toMatchObject({ Memory: 256 * 1024 ** 2, RestartPolicy: { Name: 'unless-stopped', MaximumRetryCount: 0 }, PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } });
    expect(c.Config.Env).toContain('GREETING=hello');
    expect(c.NetworkSettings.Ports).toEqual({ '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }, { HostIp: '::', HostPort: '8080' }] });
    expect(c.NetworkSettings.IPAddress).toBe('172.17.0.2');
  });
  it(`-f templates from the reference: IP address, MAC, log path, json of a section (${REF}/inspect/#examples)`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.wait(5_000);
    expect(await w.type("docker inspect --format='{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web")).toBe('172.17.0.2');
    expect(await w.type("docker inspect --format='{{range .NetworkSettings.Networks}}{{.MacAddress}}{{end}}' web")).toBe('02:42:ac:11:00:02');
    expect(await w.type("docker inspect --format='{{.LogPath}}' web")).toBe(`/var/lib/docker/containers/${containerIdOf('web')}/${containerIdOf('web')}-json.log`);
    expect(await w.type("docker inspect --format='{{json .Config.ExposedPorts}}' web")).toBe('{"80/tcp":{}}');
    expect(await w.type('docker inspect --type=image --format "{{.Os}}/{{.Architecture}}" nginx:1.27')).toBe('linux/amd64');
    expect(await w.type('docker inspect nosuch')).toBe('[]\nError: No such object: nosuch');
  });
});

describe('user-defined networks', () => {
  it(`containers on one network reach each other by name; on the default bridge they do not (${TUTORIAL})`, async () => {
    const w = await workspace();
    expect(await w.type('docker network create --driver bridge alpine-net')).toMatch(/^[0-9a-f]{64}$/);
    const ls = (await w.type('docker network ls')).split('\n');
    expect(ls[0]).toMatch(/^NETWORK ID\s+NAME\s+DRIVER\s+SCOPE$/);
    expect(ls.slice(1).map((l) => l.split(/\s+/).slice(1).join(' '))).toEqual(['alpine-net bridge local', 'bridge bridge local', 'host host local', 'none null local']);
    await w.type('docker run -dit --name alpine1 --network alpine-net alpine ash');
    await w.type('docker run -dit --name alpine2 --network alpine-net alpine ash');
    await w.type('docker run -dit --name alpine3 alpine ash');
    await w.wait(5_000);
    expect(await w.type('docker exec alpine1 ping -c 2 alpine2')).toMatch(/^PING alpine2 \(172\.18\.0\.3\): 56 data bytes\n/);
    expect(await w.type('docker exec alpine1 ping -c 2 alpine3')).toBe("ping: bad address 'alpine3'");
    const inspect = JSON.parse(await w.type('docker network inspect alpine-net')) as [{ IPAM: { Config: unknown }; Containers: Record<string, { Name: string; IPv4Address: string }> }];
    expect(inspect[0]!.IPAM.Config).toEqual([{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }]);
    expect(Object.values(inspect[0]!.Containers).map((c) => `${c.Name} ${c.IPv4Address}`).sort()).toEqual(['alpine1 172.18.0.2/16', 'alpine2 172.18.0.3/16']);
    // The tutorial connects alpine4 (here alpine3) to the user network too: then the name resolves.
    expect(await w.type('docker network connect alpine-net alpine3')).toBe('');
    expect(await w.type('docker exec alpine1 ping -c 1 alpine3')).toMatch(/^PING alpine3 \(172\.18\.0\.\d\): 56 data bytes/);
    expect(await w.type('docker network rm alpine-net')).toMatch(/^Error response from daemon: error while removing network: network alpine-net id [0-9a-f]{64} has active endpoints$/);
    expect(await w.type('docker network rm bridge')).toBe('Error response from daemon: bridge is a pre-defined network and cannot be removed');
    expect(await w.type('docker network create alpine-net')).toBe('Error response from daemon: network with name alpine-net already exists');
  });
});

describe('volumes', () => {
  it(`create, ls, inspect, rm, and rm refused while a container uses it (${REF}/volume/)`, async () => {
    const w = await workspace();
    expect(await w.type('docker volume create hello')).toBe('hello');
    expect(await w.type('docker volume ls')).toBe('DRIVER    VOLUME NAME\nlocal     hello');
    const [v] = JSON.parse(await w.type('docker volume inspect hello')) as [Record<string, unknown>];
    expect(v).toMatchObject({ Driver: 'local', Mountpoint: '/var/lib/docker/volumes/hello/_data', Name: 'hello', Scope: 'local' });
    await w.type('docker run -d --name app -v hello:/world busybox');
    expect(await w.type('docker volume rm hello')).toBe(`Error response from daemon: remove hello: volume is in use - [${containerIdOf('app')}]`);
    await w.type('docker rm -f app');
    expect(await w.type('docker volume rm hello')).toBe('hello');
    expect(await w.type('docker volume ls -q')).toBe('');
  });
});
