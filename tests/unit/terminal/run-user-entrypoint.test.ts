/**
 * `docker run -u` and `--entrypoint` as the run reference shows them
 * (https://docs.docker.com/reference/cli/docker/container/run/), and an image's CMD replaced by
 * a command the terminal simulates (`docker run --rm postgres id`).
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('docker run -u', () => {
  it('a uid the image does not name has no name, and keeps gid 0 without a group (as runc sets it)', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm -u 1000 debian:12 id')).toBe('uid=1000 gid=0(root) groups=0(root)');
    expect(await w.type('docker run --rm -u 1000:1000 alpine:3.20 id')).toBe('uid=1000 gid=1000 groups=1000');
    expect(await w.type('docker run --rm -u 1000 debian:12 whoami')).toBe('whoami: cannot find name for user ID 1000');
  });

  it('a user the image names keeps its name and its own group (Debian\'s nobody is in nogroup)', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm -u nobody debian:12 id')).toBe('uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)');
    expect(await w.type('docker run --rm -u node node:22 id')).toBe('uid=1000(node) gid=1000(node) groups=1000(node)');
    await w.type('docker run -d --name web -u 101 nginx:1.27');
    await w.wait(2_000);
    expect(await w.type('docker exec web id')).toBe('uid=101(nginx) gid=101(nginx) groups=101(nginx)');
    // ps names the processes' user as id does: a uid nginx's image does not name stays a number.
    await w.type('docker run -d --name bare -u 1000 nginx:1.27');
    await w.wait(2_000);
    expect((await w.type('docker exec bare ps -ef')).split('\n')[1]).toMatch(/^1000 +1 +0 /);
  });
});

describe('--entrypoint and commands in place of the image\'s', () => {
  it('--entrypoint runs with the command as its arguments', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm --entrypoint /bin/echo alpine:3.20 hello')).toBe('hello');
  });
  it('an app image runs a command the terminal simulates, then exits', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm postgres:16 id')).toBe('uid=0(root) gid=0(root) groups=0(root)');
    expect(await w.type('docker run --name kernel-check redis:7 /bin/uname -r')).toBe(await w.type('uname -r'));
    expect(await w.type('docker ps -a --format "{{.Names}} {{.State}}"')).toBe('kernel-check exited');
  });
});

describe('touch', () => {
  it('creates an empty file in the writable layer and copies an image\'s file up; refused on a read-only root', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.wait(2_000);
    await w.type('docker exec web touch /tmp/new /etc/nginx/nginx.conf');
    const diff = (await w.type('docker diff web')).split('\n');
    expect(diff).toContain('A /tmp/new');
    expect(diff).toContain('C /etc/nginx/nginx.conf');
    expect(await w.type('docker exec web ls -l /tmp/new')).toMatch(/^-rw-r--r-- 1 root root +0 \/tmp\/new$/);
    expect(await w.type('docker run --rm --read-only debian:12 touch /x')).toBe("touch: cannot touch '/x': Read-only file system");
    expect(await w.type('docker run --rm --read-only alpine:3.20 touch /x')).toBe('touch: /x: Read-only file system');
  });
});
