/**
 * `ls /` in a container lists what the image's root holds (its base's directories, empty ones
 * included, and the runtime's mount points), and `docker run IMAGE ls` without -t writes one name
 * a line: its output is a pipe, not a terminal, and ls checks isatty.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('a container\'s root directory', () => {
  it('alpine: the minirootfs\'s directories with /dev, /proc, /sys (docker run --rm -t alpine ls /)', async () => {
    const w = await workspace();
    const out = await w.type('docker run --rm -t alpine ls /');
    expect(out.split(/\s+/).filter(Boolean).sort()).toEqual(['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']);
  });

  it('nginx (Debian-based): Debian\'s root and nginx\'s entrypoint files, one a line without -t', async () => {
    const w = await workspace();
    const out = await w.type('docker run --rm nginx:1.27 ls /');
    expect(out.split('\n')).toEqual(['bin', 'boot', 'dev', 'docker-entrypoint.d', 'docker-entrypoint.sh', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']);
  });

  it('an empty directory of the base exists: ls /tmp prints nothing, cd /srv works', async () => {
    const w = await workspace();
    await w.type('docker run -dit --name box ubuntu:22.04');
    expect(await w.type('docker exec box ls /tmp')).toBe('');
    await w.type('docker exec -it box bash');
    expect(await w.type('cd /srv && pwd')).toBe('/srv');
    expect(await w.type('ls /nowhere')).toBe("ls: cannot access '/nowhere': No such file or directory");
  });

  it('docker run --rm alpine ps: ps is PID 1 and alone', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm alpine ps')).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 ps');
  });
});

describe('where a container\'s process starts', () => {
  it('-w /path/to/dir/ (the docker run reference\'s example): pwd prints /path/to/dir, as the kernel\'s getcwd gives it', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm -w /path/to/dir/ -i -t ubuntu pwd')).toBe('/path/to/dir');
  });

  it('--pid=host: ps, the container\'s own process, appears once', async () => {
    const w = await workspace();
    const rows = (await w.type('docker run --rm --pid=host alpine ps')).split('\n');
    expect(rows.filter((r) => /\s+ps$/.test(r))).toHaveLength(1);
  });
});

describe('piping what a container writes', () => {
  it('docker run ... | grep filters the container\'s output; docker run hello-world | head -3', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm alpine cat /etc/os-release | grep PRETTY')).toBe('PRETTY_NAME="Alpine Linux v3.24"');
    expect(await w.type('docker run hello-world | head -3')).toBe('\nHello from Docker!\nThis message shows that your installation appears to be working correctly.');
    expect(await w.type('docker run --rm ubuntu:24.04 ls / | wc -l')).toBe('22');
  });
});
