/**
 * --env-file: the docker client reads the file before anything reaches the daemon. The
 * simulated host keeps no files, so the file is missing: docker's own error for that (open
 * FILE: no such file or directory, exit 125), then one line of the terminal's saying why, and
 * no container is made. The CLI reference's example: `docker run --env-file ./env.list ubuntu bash`.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('docker run --env-file', () => {
  it('a missing file gets docker\'s error and no container is created', async () => {
    const w = await workspace();
    const out = await w.type('docker run --env-file ./env.list ubuntu:24.04 env');
    expect(out.split('\n').slice(0, 2)).toEqual(['docker: open ./env.list: no such file or directory.', "See 'docker run --help'."]);
    expect(out).toMatch(/\nutsuwa: the host's files are not simulated, so --env-file finds none; give each variable with -e NAME=VALUE$/);
    expect(await w.type('docker ps -a --format "{{.Names}}"')).toBe('');
  });
  it('is checked by the client before the image (a tag the catalogue lacks does not matter) and in docker create too', async () => {
    const w = await workspace();
    expect((await w.type('docker create --env-file=vars.env nosuchimage')).split('\n')[0]).toBe('docker: open vars.env: no such file or directory.');
  });
});
