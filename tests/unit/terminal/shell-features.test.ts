/**
 * The shell around the commands, as learners paste it from the docs: `&&`, `||`, pipes into
 * grep/head/tail/wc, `>` into a container's files, `cd`, `$PWD` and `$VAR`, `env` with
 * `docker run -e` (https://docs.docker.com/reference/cli/docker/container/run/#env).
 */
import { describe, expect, it } from 'vitest';
import { commandLines, continuesOnNextLine } from '../../../sim-core/terminal/index';
import { splitList, expandVariables } from '../../../sim-core/terminal/command-list';
import { workspace } from './workspace';

describe('line continuations', () => {
  it('a trailing unquoted backslash joins the next line, as bash reads a pasted block', () => {
    expect(continuesOnNextLine('docker run -d \\')).toBe(true);
    expect(continuesOnNextLine("echo 'a \\")).toBe(false);
    expect(continuesOnNextLine('echo a\\\\')).toBe(false);
    expect(commandLines('docker run -d \\\n  --name web \\\n  nginx\ndocker ps')).toEqual(['docker run -d   --name web   nginx', 'docker ps']);
  });
});

describe('lists, pipes and variables', () => {
  it('splits lists and pipelines outside quotes; bash\'s error for an operator with nothing before it', () => {
    expect(splitList('a && b | c || d ; e')).toEqual({ items: [{ when: 'always', stages: ['a'] }, { when: 'and', stages: ['b', 'c'] }, { when: 'or', stages: ['d'] }, { when: 'always', stages: ['e'] }] });
    expect(splitList('echo "a && b" | grep \'|\'')).toEqual({ items: [{ when: 'always', stages: ['echo "a && b"', "grep '|'"] }] });
    expect(splitList('&& ls')).toEqual({ error: "bash: syntax error near unexpected token `&&'" });
    expect(expandVariables(`echo $HOME "\${USER}" '$HOME' $?`, (n) => ({ HOME: '/root', USER: 'root', '?': '0' })[n])).toBe(`echo /root "root" '$HOME' 0`);
  });
  it('&& runs the next command once the first has taken effect; || runs on failure', async () => {
    const w = await workspace();
    expect(await w.type('docker run -d --name web nginx:1.27 && docker ps --format "{{.Names}}"')).toMatch(/^[0-9a-f]{64}\nweb$/);
    expect(await w.type('docker stop nosuch && echo stopped')).toBe('Error response from daemon: No such container: nosuch');
    expect(await w.type('docker stop nosuch || echo not there')).toBe('Error response from daemon: No such container: nosuch\nnot there');
  });
  it('pipes into grep, head, tail and wc -l', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.type('docker run -d --name db redis:7');
    expect(await w.type('docker ps | grep redis')).toMatch(/^[0-9a-f]{12}\s+redis:7\s.*\sdb$/);
    expect(await w.type('docker ps -q | wc -l')).toBe('2');
    expect((await w.type('docker images | head -3')).split('\n')).toHaveLength(3);
    expect(await w.type('docker ps --format "{{.Names}}" | tail -n 1')).toBe('web');
    expect(await w.type('docker ps | grep -c nginx')).toBe('1');
    expect(await w.type('docker ps | grep nothing-here')).toBe('');
  });
});

describe('cd, $PWD and files inside a container', () => {
  it('cd moves the prompt and relative paths; a write with > lands in the writable layer (docker diff shows it)', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    await w.wait(2_000);
    await w.type('docker exec -it web bash');
    expect(w.where()).toBe('web');
    expect(await w.type('cd /usr/share/nginx/html')).toBe('');
    expect(await w.type('pwd')).toBe('/usr/share/nginx/html');
    expect(await w.type('echo $PWD')).toBe('/usr/share/nginx/html');
    expect(await w.type('echo hello > greeting.txt && ls | grep greeting')).toBe('greeting.txt');
    expect(await w.type('cd /nope')).toBe('bash: cd: /nope: No such file or directory');
    await w.type('exit');
    expect(await w.type('docker diff web | grep greeting')).toBe('A /usr/share/nginx/html/greeting.txt');
  });
  it('env inside shows docker run -e variables between HOSTNAME and HOME; -e NAME without a value in the client sets nothing', async () => {
    const w = await workspace();
    await w.type('docker run -dit --name app --env VAR1=value1 --env VAR2=value2 -e FROM_CLIENT busybox');
    await w.wait(2_000);
    const env = (await w.type('docker exec app env')).split('\n');
    expect(env.slice(0, 5)).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', expect.stringMatching(/^HOSTNAME=[0-9a-f]{12}$/), 'VAR1=value1', 'VAR2=value2', 'HOME=/root']);
    expect(env.some((l) => l.startsWith('FROM_CLIENT'))).toBe(false);
    expect(await w.type('docker exec app printenv VAR2')).toBe('value2');
    expect(await w.type("docker exec app sh -c 'echo $VAR1'")).toBe('value1');
  });
});

describe('directories on the host', () => {
  it('bash opens a redirect only in a directory that exists: /nodir/x fails with bash\'s words and 1, /tmp/x is written', async () => {
    const w = await workspace();
    expect(await w.type('echo hi > /nodir/x')).toBe('bash: /nodir/x: No such file or directory');
    expect(await w.type('echo $?')).toBe('1');
    expect(await w.type('cat /nodir/x')).toBe('cat: /nodir/x: No such file or directory');
    await w.type('echo hi > /tmp/x');
    expect(await w.type('cat /tmp/x')).toBe('hi');
    expect(await w.type('echo hi > /tmp')).toBe('bash: /tmp: Is a directory');
  });

  it('cd into a directory that does not exist, or into a file, fails as bash says it; ls of an empty standard directory prints nothing', async () => {
    const w = await workspace();
    const home = await w.type('pwd');
    expect(await w.type('cd /nodir')).toBe('bash: cd: /nodir: No such file or directory');
    expect(await w.type('pwd')).toBe(home);
    await w.type('echo hi > notes.txt');
    expect(await w.type('cd notes.txt')).toBe('bash: cd: notes.txt: Not a directory');
    expect(await w.type('ls /srv')).toBe('');
    await w.type('cd /tmp');
    expect(await w.type('pwd')).toBe('/tmp');
  });
});
