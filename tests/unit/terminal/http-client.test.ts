/**
 * `curl` and BusyBox `wget` after `docker run -p 8080:80 nginx`, as Docker's docs and the
 * nginx image's README use them (https://hub.docker.com/_/nginx: "Then you can hit
 * http://localhost:8080"), through published ports, bridge addresses and network DNS.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('curl and wget reach what the model runs', () => {
  it('a published port: refused before, reset while nginx starts, its default page once it serves, 404 elsewhere', async () => {
    const w = await workspace();
    expect(await w.type('curl localhost:8080')).toBe("curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server");
    await w.type('docker run -d --name web -p 8080:80 nginx:1.27');
    expect(await w.type('curl http://localhost:8080/')).toBe('curl: (56) Recv failure: Connection reset by peer');
    await w.wait(2_000);
    const page = await w.type('curl -s localhost:8080');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!<\/title>/);
    // The page is the file the image's layer holds: the size the catalogue records.
    expect(new TextEncoder().encode(`${page}\n`).length).toBe(615);
    expect(await w.type('curl -s localhost:8080/missing')).toContain('<center><h1>404 Not Found</h1></center>');
    expect(await w.type('curl -sf localhost:8080/missing || echo failed')).toBe('failed');
  });

  it('a page the container changed has only its size; a database answers HTTP as it does', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web -p 8080:80 nginx:1.27');
    await w.type('docker run -d --name db -p 5432:5432 -e POSTGRES_PASSWORD=x postgres:16');
    await w.wait(10_000);
    await w.type('docker exec web sh -c "echo hello > /usr/share/nginx/html/index.html"');
    expect(await w.type('curl -s localhost:8080')).toMatch(/serves \/ \(6 bytes\)/);
    expect(await w.type('curl localhost:5432')).toBe('curl: (52) Empty reply from server');
  });

  it('containers reach each other by name on a user-defined network, by address on the bridge; tools are where the image has them', async () => {
    const w = await workspace();
    await w.type('docker network create backend');
    await w.type('docker run -d --name api --network backend httpd:2.4');
    await w.wait(2_000);
    expect(await w.type('docker run --rm --network backend alpine:3.20 wget -qO- http://api')).toBe('<html><body><h1>It works!</h1></body></html>');
    expect(await w.type('docker run --rm alpine:3.20 wget -qO- http://api')).toBe("wget: bad address 'api'");
    expect(await w.type('docker run --rm --network backend debian:12 curl api')).toMatch(/^bash: curl: command not found/);
    expect(await w.type('docker run --rm --network backend node:22 curl -s api')).toBe('<html><body><h1>It works!</h1></body></html>');
  });
});
