/**
 * What a learner writes in a container, they can read back: `echo hello > /tmp/x` then
 * `cat /tmp/x` prints hello (the engine keeps the file's size in the writable layer; the
 * terminal session keeps the words it wrote). A file changed in a way the session did not see
 * is shown by its size.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('files the terminal writes in a container', () => {
  it('echo > then >>, then cat, in a shell in the container', async () => {
    const w = await workspace();
    await w.type('docker run -dit --name box alpine');
    await w.type('docker exec -it box sh');
    await w.type('echo one > /root/notes');
    await w.type('echo two >> /root/notes');
    expect(await w.type('cat /root/notes')).toBe('one\ntwo');
    expect(await w.type('ls -l /root/notes')).toMatch(/ 8 \/root\/notes$/);
  });

  it('through docker exec from the host, within one line and across lines', async () => {
    const w = await workspace();
    await w.type('docker run -dit --name box alpine');
    expect(await w.type('docker exec box sh -c "echo hello world > /tmp/x && cat /tmp/x"')).toBe('hello world');
    expect(await w.type('docker exec box cat /tmp/x')).toBe('hello world');
  });

  it('appending to a file of the image, whose text the model does not hold, shows its size', async () => {
    const w = await workspace();
    await w.type('docker run -dit --name box alpine');
    await w.type('docker exec -it box sh');
    await w.type('echo x >> /sbin/apk');
    expect(await w.type('cat /sbin/apk')).toMatch(/^\(utsuwa: \d+ bytes from the container's writable layer/);
    // One whose text the catalogue holds goes on from it.
    await w.type('echo 3.24.2-custom >> /etc/alpine-release');
    expect(await w.type('cat /etc/alpine-release')).toBe('3.24.2\n3.24.2-custom');
  });

  it('/etc/alpine-release holds the version', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm alpine:3.20 cat /etc/alpine-release')).toBe('3.20.8');
  });
});
