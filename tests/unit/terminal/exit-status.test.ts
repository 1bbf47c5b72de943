/**
 * `$?` holds the last line's real exit status, across lines: the docker CLI's 125 for a run or
 * create it refuses, 1 for other docker errors, 127 for a command not found, the container's own
 * code for `docker run` without -d; and `sh -c` names itself as the image's /bin/sh does (dash on
 * Debian and Ubuntu: `sh: 1: foo: not found`; BusyBox ash: `sh: foo: not found`; bash -c: `bash: line 1: ...`).
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('$?', () => {
  it('is the last line\'s status', async () => {
    const w = await workspace();
    await w.type('docker run --bogus-flag nginx');
    expect(await w.type('echo $?')).toBe('125');
    await w.type('docker update -m 1m nosuch');
    expect(await w.type('echo $?')).toBe('1');
    await w.type('nosuchcommand');
    expect(await w.type('echo $?')).toBe('127');
    await w.type('docker run busybox sh -c "exit 3"');
    expect(await w.type('echo $?')).toBe('3');
    await w.type('true');
    expect(await w.type('echo $?')).toBe('0');
    await w.type('false || true');
    expect(await w.type('echo $?')).toBe('0');
  });
});

describe('sh -c in a container', () => {
  it('names the shell that runs: dash on Debian, ash on Alpine, bash where bash runs', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx');
    await w.type('docker run -d --name al alpine sleep 1000');
    await w.wait(10_000);
    expect((await w.type('docker exec web sh -c "foo"')).split('\n')[0]).toBe('sh: 1: foo: not found');
    expect(await w.type('echo $?')).toBe('127');
    expect((await w.type('docker exec web bash -c "foo"')).split('\n')[0]).toBe('bash: line 1: foo: command not found');
    expect((await w.type('docker exec al sh -c "foo"')).split('\n')[0]).toBe('sh: foo: not found');
  });
});

describe('docker exec of a program the image lacks', () => {
  it('is the runtime\'s error (exec starts it without a shell); through sh -c it is the shell\'s', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.wait(2_000);
    expect(await w.type('docker exec web nosuch')).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown');
    expect(await w.type('echo $?')).toBe('126');
    expect(await w.type('docker exec web sh -c nosuch')).toMatch(/^sh: 1: nosuch: not found/);
  });
});

describe('docker run of a program the image lacks', () => {
  const runtimeError = (program: string) => `docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown.\nSee 'docker run --help'.`;

  it('is the runtime\'s error, status 127, the container left Created (bash in Alpine, an option after an image without an ENTRYPOINT)', async () => {
    const w = await workspace();
    expect(await w.type('docker run -it --name al alpine bash')).toBe(runtimeError('bash'));
    expect(await w.type('echo $?')).toBe('127');
    expect(await w.type('docker run -d --name py python:3.12-slim -p 8080:80')).toBe(runtimeError('-p'));
    expect(await w.type('echo $?')).toBe('127');
    expect(await w.type('docker ps -a --format "{{.Names}} {{.Status}}"')).toMatch(/^py Created$/m);
    expect(await w.type('docker ps -a --format "{{.Names}} {{.Status}}"')).toMatch(/^al Created$/m);
  });

  it('with --rm leaves no container; an option after an image with an ENTRYPOINT goes to its entrypoint', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm --name gone busybox bash')).toBe(runtimeError('bash'));
    expect(await w.type('docker ps -a --format "{{.Names}}"')).not.toMatch(/^gone$/m);
    expect(await w.type('docker run -d --name web nginx:1.27 -p 8080:80')).not.toContain('executable file not found');
  });
});
