/**
 * `docker run ... > FILE`: bash sends docker's standard output, the container's output, to a
 * file of the shell it was typed in (the host's), not to the screen and not into the container.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('a redirection after docker run', () => {
  it('> writes what the container prints to the host file, >> appends, the screen stays quiet', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm alpine echo hi > out.txt')).toBe('');
    expect(await w.type('cat out.txt')).toBe('hi');
    await w.type('docker run --rm alpine echo again >> out.txt');
    expect(await w.type('cat out.txt')).toBe('hi\nagain');
    await w.type('docker run --rm alpine echo new > out.txt');
    expect(await w.type('cat out.txt')).toBe('new');
  });

  it('after a pipe into filters: the filtered lines go to the host file, nothing is written in the container', async () => {
    const w = await workspace();
    expect(await w.type('docker run --name reader alpine cat /etc/os-release | grep ^ID > ids.txt')).toBe('');
    expect(await w.type('cat ids.txt')).toBe('ID=alpine');
    expect(await w.type('ls')).toBe('ids.txt');
    expect(await w.type('docker diff reader')).toBe('');
  });

  it('text is written as printed: quotes, dollars, percents and backslashes untouched', async () => {
    const w = await workspace();
    await w.type(`docker run --rm alpine printf '50%% of $HOME\\\\n it'"'"'s\\n' > t.txt`);
    expect(await w.type('cat t.txt')).toBe("50% of $HOME\\n it's");
  });

  it('a container that prints nothing leaves the file empty; a failing command\'s error stays on the screen', async () => {
    const w = await workspace();
    await w.type('docker run --rm alpine true > empty.txt');
    expect(await w.type('ls')).toBe('empty.txt');
    expect(await w.type('cat empty.txt')).toBe('');
    expect(await w.type('docker run --rm alpine cat /nope > err.txt')).toMatch(/No such file or directory/);
    expect(await w.type('echo $?')).toBe('1');
    expect(await w.type('cat err.txt')).toBe('');
  });

  it('> /dev/null drops it; docker run -d still writes the container id to the file', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm alpine echo gone > /dev/null')).toBe('');
    await w.type('docker run -d --name web nginx > id.txt');
    expect(await w.type('cat id.txt')).toMatch(/^[0-9a-f]{64}$/);
  });
});
