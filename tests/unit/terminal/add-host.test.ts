/**
 * `--add-host` as the Docker docs use it: the entries land in the container's /etc/hosts after
 * Docker's defaults and before its own address (moby libnetwork), names resolve from there
 * before any DNS, `host-gateway` is the default bridge's gateway, inspect keeps what was given.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { importFile } from '../../../sim-core/import/index';
import { workspace } from './workspace';

describe('docker run --add-host', () => {
  it('writes /etc/hosts, resolves the names, and shows them in inspect', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web --add-host somehost:162.242.195.82 --add-host=host.docker.internal:host-gateway nginx');
    const hosts = (await w.type('docker exec web cat /etc/hosts')).split('\n');
    expect(hosts.slice(6, 8)).toEqual(['162.242.195.82\tsomehost', '172.17.0.1\thost.docker.internal']);
    expect(hosts[8]).toMatch(/^172\.17\.0\.\d+\t[0-9a-f]{12}$/);
    expect(await w.type('docker exec web getent hosts somehost')).toBe('162.242.195.82  somehost');
    expect(await w.type('docker inspect -f "{{.HostConfig.ExtraHosts}}" web')).toBe('[somehost:162.242.195.82 host.docker.internal:host-gateway]');
  });

  it("the docs' example: ping resolves the added name from /etc/hosts; a bad value is refused in the CLI's words", async () => {
    const w = await workspace();
    expect((await w.type('docker run --add-host=docker:93.184.216.34 --rm -it alpine ping docker')).split('\n')[0]).toBe('PING docker (93.184.216.34): 56 data bytes');
    expect(await w.type('docker run --add-host=bad --rm alpine true')).toContain('invalid argument "bad" for "--add-host" flag: bad format for add-host: "bad"');
  });

  it("Compose's extra_hosts, as a list or a mapping, does the same", async () => {
    const file = 'services:\n  web:\n    image: nginx:1.27\n    extra_hosts:\n      - "somehost=162.242.195.82"\n  api:\n    image: nginx:1.27\n    extra_hosts:\n      otherhost: 50.31.209.229\n';
    const r = importFile(file, 'compose.yaml', CATALOGUE, { projectName: 'demo' });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.notSimulated.join('\n')).not.toContain('extra_hosts');
    const w = await workspace(r.scenario);
    await w.wait(5_000);
    expect(await w.type('docker exec demo-web-1 getent hosts somehost')).toBe('162.242.195.82  somehost');
    expect(await w.type('docker exec demo-api-1 getent hosts otherhost')).toBe('50.31.209.229   otherhost');
  });
});
