/**
 * The host shell's files and --env-file: `echo KEY=value > app.env` writes a file the terminal
 * session keeps; `cat`, `ls`, `rm` see it; `docker run --env-file` reads it with docker/cli's
 * rules (opts/file.go parseKeyValueFile: comments and blank lines skipped, a bare VAR takes the
 * client's value if set, a bad name is "poorly formatted environment"). The CLI reference's
 * example: `docker run --env-file ./env.list ubuntu bash` (https://docs.docker.com/reference/cli/docker/container/run/#env).
 */
import { describe, expect, it } from 'vitest';
import { parseEnvFile } from '../../../sim-core/docker/env-file';
import { workspace } from './workspace';

describe('the host shell\'s files', () => {
  it('> and >> write, cat reads, ls lists, rm removes; each session has its own', async () => {
    const w = await workspace();
    expect(await w.type('echo KEY=value > app.env')).toBe('');
    await w.type('echo OTHER=2 >> app.env');
    expect(await w.type('cat app.env')).toBe('KEY=value\nOTHER=2');
    expect(await w.type('ls')).toBe('app.env');
    expect(await w.type('cat /root/app.env | wc -l')).toBe('2');
    expect(await w.type('rm app.env && ls')).toBe('');
    expect(await w.type('cat app.env')).toBe('cat: app.env: No such file or directory');
    expect(await w.type('rm app.env')).toBe("rm: cannot remove 'app.env': No such file or directory");
    expect(await w.type('touch empty.env && ls && cat empty.env')).toBe('empty.env');
    const other = await workspace();
    await w.type('echo A=1 > mine.env');
    expect(await other.type('ls')).toBe('');
    // The files are the session's, not the scenario's: the document does not carry them.
    expect(JSON.stringify(w.store.getState().doc)).not.toContain('mine.env');
  });
});

describe('docker run --env-file', () => {
  it('reads the session\'s file: comments and blank lines skipped, a bare name takes the host\'s value, -e comes after', async () => {
    const w = await workspace();
    await w.type('echo "# This is a comment" > env.list');
    await w.type('echo VAR1=value1 >> env.list');
    await w.type('echo >> env.list');
    await w.type('echo "  VAR2=value with spaces " >> env.list');
    await w.type('echo USER >> env.list');
    await w.type('echo NOT_SET_ON_HOST >> env.list');
    const out = await w.type('docker run --rm --env-file ./env.list -e VAR3=x busybox env');
    expect(out.split('\n').filter((l) => /^(VAR|USER|NOT_SET)/.test(l))).toEqual(['VAR1=value1', 'VAR2=value with spaces ', 'USER=root', 'VAR3=x']);
    expect(out).not.toContain('utsuwa:');
  });

  it('a missing file or a bad line is docker\'s error (exit 125), and no container is made', async () => {
    const w = await workspace();
    expect(await w.type('docker run --env-file ./env.list ubuntu:24.04 env; echo $?')).toBe("docker: open ./env.list: no such file or directory.\nSee 'docker run --help'.\n125");
    await w.type('echo "MY VAR=1" > bad.env');
    expect(await w.type('docker create --env-file=bad.env nginx')).toBe("docker: poorly formatted environment: variable 'MY VAR' contains whitespaces.\nSee 'docker create --help'.");
    await w.type('echo =1 > noname.env');
    expect((await w.type('docker run --env-file noname.env nginx')).split('\n')[0]).toBe("docker: poorly formatted environment: no variable name on line '=1'.");
    expect(await w.type('docker ps -a --format "{{.Names}}"')).toBe('');
  });

  it('-v ./dir:/data: the client makes a relative bind source absolute in its working directory', async () => {
    const w = await workspace();
    await w.type('docker run -d -v ./dir:/data --name bb busybox sleep 100');
    expect(await w.type('docker inspect -f "{{range .Mounts}}{{.Source}}{{end}}" bb')).toBe('/root/dir');
  });

  it('written and read in one line', async () => {
    const w = await workspace();
    expect((await w.type('echo GREETING=hi > app.env && docker run --rm --env-file app.env busybox env')).split('\n')).toContain('GREETING=hi');
  });

  it('follows opts/file.go to the letter: BOM, CRLF, untrimmed values, bare names', () => {
    const env = (n: string) => (n === 'HOME' ? '/root' : undefined);
    expect(parseEnvFile('\uFEFFA=1\r\n  # c\n\nB= two \nHOME\nUNSET\n', env)).toEqual({ ok: true, lines: ['A=1', 'B= two ', 'HOME=/root'] });
    expect(parseEnvFile('A B=1', env)).toEqual({ ok: false, error: "poorly formatted environment: variable 'A B' contains whitespaces" });
  });
});
