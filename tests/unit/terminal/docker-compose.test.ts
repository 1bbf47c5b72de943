/**
 * `docker compose up|down|ps|logs` on a loaded Compose file, as Docker's Compose quickstart
 * (https://docs.docker.com/compose/gettingstarted/) and the compose CLI reference
 * (https://docs.docker.com/reference/cli/docker/compose/) use them.
 */
import { describe, expect, it } from 'vitest';
import { containerIdOf } from '../../../sim-core/index';
import { blogProject } from './blog-project';
import { workspace } from './workspace';

describe('docker compose', () => {
  it('ps lists the project\'s containers with their service, compose\'s columns', async () => {
    const w = await blogProject();
    expect((await w.type('docker compose ps')).split('\n')).toEqual([
      'NAME         IMAGE         COMMAND                  SERVICE   CREATED          STATUS          PORTS',
      'blog-db-1    postgres:16   "docker-entrypoint.s…"   db        20 seconds ago   Up 20 seconds   5432/tcp',
      'blog-web-1   httpd:2.4     "httpd-foreground"       web       20 seconds ago   Up 20 seconds   0.0.0.0:80->80/tcp, [::]:80->80/tcp',
    ]);
    expect(await w.type('docker compose ps --services')).toBe('db\nweb');
    expect(await w.type('docker compose ps -q')).toBe(`${containerIdOf('blog-db-1')}\n${containerIdOf('blog-web-1')}`);
  });
  it('services reach each other by service name on the project network', async () => {
    const w = await blogProject();
    expect(await w.type('docker exec blog-web-1 getent hosts db')).toMatch(/^172\.18\.0\.\d+ +db$/);
  });
  it('logs prefix each line with the container; down removes containers and the network; up -d brings them back', async () => {
    const w = await blogProject();
    expect(await w.type('docker compose logs --tail 1 db')).toMatch(/^db-1 {2}\| .* LOG: {2}database system is ready to accept connections$/);
    expect(await w.type('docker compose down')).toBe('[+] Running 3/3\n ✔ Container blog-web-1  Removed\n ✔ Container blog-db-1   Removed\n ✔ Network blog_default  Removed');
    expect(await w.type('docker ps -aq')).toBe('');
    expect(await w.type('docker compose up -d')).toBe('[+] Running 3/3\n ✔ Network blog_default  Created\n ✔ Container blog-db-1   Started\n ✔ Container blog-web-1  Started');
    await w.wait(10_000);
    expect(await w.type('docker compose ps --format "{{.Name}} {{.State}}"')).toBe('blog-db-1 running\nblog-web-1 running');
    expect(await w.type('docker compose up -d')).toContain(' ✔ Container blog-db-1   Running');
  });
  it("without a Compose file, compose's own error", async () => {
    const w = await workspace();
    expect((await w.type('docker compose ps')).split('\n')[0]).toBe('no configuration file provided: not found');
  });
});
