/**
 * `docker run -d` returns once the container has started (docs.docker.com/reference/cli/docker/container/run/#detach):
 * the image is pulled, the container created and its process started, so `docker top` and
 * `docker exec` right after it see the process; and the /etc/hosts Docker writes into it.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('docker run -d, then at once', () => {
  it('docker top lists nginx\'s master and workers, though the pull and start took simulated time', async () => {
    const w = await workspace();
    const before = w.store.getState().view!.nowMs;
    expect(await w.type('docker run -d --name web nginx')).toMatch(/[0-9a-f]{64}/);
    // The pull, create and start happened before the prompt came back.
    expect(w.store.getState().view!.nowMs).toBeGreaterThan(before);
    const top = (await w.type('docker top web')).split('\n');
    expect(top[0]).toMatch(/^UID\s+PID\s+PPID/);
    expect(top.some((l) => /nginx: master process/.test(l))).toBe(true);
    expect(top.some((l) => /nginx: worker process/.test(l))).toBe(true);
  });

  it('docker start returns once the process runs again', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx');
    await w.type('docker stop web');
    expect(await w.type('docker top web')).toMatch(/is not running/);
    expect(await w.type('docker start web')).toBe('web');
    expect(await w.type('docker top web')).toMatch(/nginx: master process/);
  });
});

describe('/etc/hosts in a container (moby daemon/libnetwork/etchosts)', () => {
  const DEFAULTS = ['127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', 'fe00::\tip6-localnet', 'ff00::\tip6-mcastprefix', 'ff02::1\tip6-allnodes', 'ff02::2\tip6-allrouters'];

  it('holds the defaults, then the container\'s address under its hostname (the ID, or --hostname)', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx');
    const ip = (await w.type("docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web")).trim();
    const id = (await w.type('docker ps -q --filter name=web')).trim();
    expect(ip).toMatch(/^172\.17\.0\.\d+$/);
    expect((await w.type('docker exec web cat /etc/hosts')).split('\n')).toEqual([...DEFAULTS, `${ip}\t${id}`]);
    const named = (await w.type('docker run --rm --hostname myhost alpine cat /etc/hosts')).split('\n');
    expect(named.at(-1)).toMatch(/^172\.17\.0\.\d+\tmyhost$/);
  });

  it('without a network only the defaults; with the host\'s network it is the host\'s copy, which the model says it does not hold', async () => {
    const w = await workspace();
    expect((await w.type('docker run --rm --network none alpine cat /etc/hosts')).split('\n')).toEqual(DEFAULTS);
    expect(await w.type('docker run --rm --network host alpine cat /etc/hosts')).toMatch(/copies the host's \/etc\/hosts/);
  });
});

describe('nproc: the CPUs a process may run on (its affinity), not its quota', () => {
  it('--cpus leaves every CPU of the host; --cpuset-cpus narrows it; on the host, the host\'s', async () => {
    const w = await workspace();
    const host = Number(await w.type('nproc'));
    expect(host).toBe(w.store.getState().doc.host.cpus);
    expect(await w.type('docker run --rm --cpus=.5 ubuntu nproc')).toBe(String(host));
    // No line of the terminal's own saying the flag is not simulated: it is.
    expect(await w.type('docker run --rm --cpuset-cpus=0,1 alpine nproc')).toBe('2');
    expect((await w.type('docker run --rm --cpuset-cpus=0-2 alpine nproc')).split('\n').at(-1)).toBe('3');
    // nginx sizes its workers by the same count.
    await w.type('docker run -d --name pinned --cpuset-cpus=0-2 nginx');
    expect((await w.type('docker top pinned')).split('\n').filter((l) => /worker process/.test(l))).toHaveLength(3);
  });
});

describe('bare ps through docker exec (procps: same user, same terminal)', () => {
  it('without -t: the container\'s own processes of that user, by name, then ps; with -t: ps alone on its new terminal; typed in a shell: the shell and ps', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx');
    const plain = (await w.type('docker exec web ps')).split('\n');
    expect(plain[0]).toBe('    PID TTY          TIME CMD');
    expect(plain[1]).toBe('      1 ?        00:00:00 nginx');
    expect(plain.at(-1)).toMatch(/^ +\d+ \? {8}00:00:00 ps$/);
    // The workers run as nginx, not root: not this user's.
    expect(plain).toHaveLength(3);
    expect((await w.type('docker exec -it web ps')).split('\n')).toEqual(['    PID TTY          TIME CMD', expect.stringMatching(/^ +\d+ pts\/0 {4}00:00:00 ps$/)]);
    await w.type('docker exec -it web bash');
    expect((await w.type('ps')).split('\n').map((l) => l.trim().split(/\s+/).at(-1))).toEqual(['CMD', 'bash', 'ps']);
  });
});

describe('ps -ef and ps aux list ps itself, and the shell it was typed in', () => {
  it('docker exec without -t: ps last, no terminal; typed in bash: bash on pts/0 and ps, its child, in the foreground', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx');
    const aux = (await w.type('docker exec web ps aux')).split('\n');
    expect(aux[1]).toMatch(/^root +1 .* Ss +\d\d:\d\d +0:00 nginx: master process/);
    expect(aux.at(-1)).toMatch(/^root +(\d+) +0\.0 +0\.0 +0 +0 \? +Rs +\d\d:\d\d +0:00 ps aux$/);
    // Numbered after every process and thread the container has.
    const pids = aux.slice(1).map((l) => Number(l.trim().split(/\s+/)[1]));
    expect(pids.at(-1)).toBeGreaterThan(Math.max(...pids.slice(0, -1)));
    await w.type('docker exec -it web bash');
    const ef = (await w.type('ps -ef')).split('\n');
    const [shell, ps] = ef.slice(-2).map((l) => l.trim().split(/\s+/));
    expect(shell).toEqual(['root', expect.any(String), '0', '0', expect.stringMatching(/^\d\d:\d\d$/), 'pts/0', '00:00:00', 'bash']);
    expect(ps!.slice(2, 3)).toEqual([shell![1]]);
    expect(ps!.slice(-2)).toEqual(['ps', '-ef']);
  });

  it('BusyBox ps in an Alpine shell lists sh and ps after the container\'s processes', async () => {
    const w = await workspace();
    await w.type('docker run -d --name al alpine:3.20 sleep infinity');
    await w.type('docker exec -it al sh');
    const rows = (await w.type('ps')).split('\n').map((l) => l.trim().split(/\s+/).slice(3).join(' '));
    expect(rows).toEqual(['COMMAND', 'sleep infinity', 'sh', 'ps']);
  });
});

describe('a detached container whose main process ends by itself exits', () => {
  const status = async (w: Awaited<ReturnType<typeof workspace>>, name: string) => w.type(`docker ps -a --filter name=^${name}$ --format "{{.Status}}"`);

  it('a shell given neither -i nor -t reads end-of-file and exits 0; with -it it waits; hello-world prints and exits', async () => {
    const w = await workspace();
    await w.type('docker run -d --name ub ubuntu');
    await w.type('docker run -dit --name ub2 ubuntu');
    await w.type('docker run -d --name hw hello-world');
    await w.wait(2_000);
    expect(await status(w, 'ub')).toMatch(/^Exited \(0\) /);
    expect(await status(w, 'ub2')).toMatch(/^Up /);
    expect(await status(w, 'hw')).toMatch(/^Exited \(0\) /);
  });

  it("Python's and Node's REPLs, the images' default commands, exit alike; so does an attached shell without -it", async () => {
    const w = await workspace();
    await w.type('docker run -d --name py python:3.12-slim');
    await w.type('docker run -dit --name py2 python:3.12-slim');
    await w.type('docker run -d --name nd node:22');
    expect(await w.type('docker run --name ub ubuntu')).toBe('');
    expect(await w.type('echo $?')).toBe('0');
    await w.wait(2_000);
    expect(await status(w, 'py')).toMatch(/^Exited \(0\) /);
    expect(await status(w, 'py2')).toMatch(/^Up /);
    expect(await status(w, 'nd')).toMatch(/^Exited \(0\) /);
    expect(await status(w, 'ub')).toMatch(/^Exited \(0\) /);
  });

  it('a line it runs ends with its status, which docker run -d does not return; docker ps shows the command as typed', async () => {
    const w = await workspace();
    expect(await w.type('docker run -d --name job busybox sh -c "exit 3"')).toMatch(/^[0-9a-f]{64}$/);
    expect(await w.type('echo $?')).toBe('0');
    expect(await status(w, 'job')).toMatch(/^Exited \(3\) /);
    expect(await w.type('docker ps -a --no-trunc --filter name=job --format "{{.Command}}"')).toBe(`"sh -c 'exit 3'"`);
  });

  it("the image's server spelled out serves as its default command does; with -v it prints its version and exits", async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx nginx -g "daemon off;"');
    await w.wait(2_000);
    expect(await status(w, 'web')).toMatch(/^Up /);
    expect(await w.type('docker run --rm nginx:1.27 nginx -v')).toContain('nginx version: nginx/1.27');
  });
});

describe('docker wait', () => {
  it('prints each exit code in order, the errors last, and exits 1 when one was missing', async () => {
    const w = await workspace();
    await w.type('docker run -d --name job busybox sh -c "exit 3"');
    await w.type('docker run -d --name hw hello-world');
    expect(await w.type('docker wait job hw nosuch')).toBe('3\n0\nError response from daemon: No such container: nosuch');
    expect(await w.type('echo $?')).toBe('1');
  });

  it('after docker stop: bash as PID 1 ignores SIGTERM, so the stop ended in SIGKILL after the grace (137)', async () => {
    const w = await workspace();
    await w.type('docker run -dit --name sh1 ubuntu');
    await w.wait(3_000);
    await w.type('docker stop sh1');
    expect(await w.type('docker wait sh1')).toBe('137');
  });

  it('says so when nothing in the simulation will stop the container', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx');
    expect(await w.type('docker wait web')).toContain('web still runs and nothing in the simulation will stop it');
  });
});
