import { describe, expect, it } from 'vitest';
import { apply, advanceTo, containerIdOf, createSimulation, type Simulation } from '../../../sim-core/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { bytesSize, runCommand, type CommandResult } from '../../../sim-core/terminal/index';
import { emptyScenario } from '../../../src/document/specs';

/** A sim with the real catalogue; effects applied as the page would (add + start now, live actions). */
function board(cache: 'warm' | 'cold' = 'warm') {
  const s = emptyScenario();
  s.host.imageCache = cache;
  const sim = createSimulation(s, CATALOGUE);
  const sh = (line: string, where = 'host'): CommandResult => {
    const r = runCommand(sim, line, where);
    for (const e of r.effects) {
      if (e.kind === 'add-container' || e.kind === 'add-vm') {
        apply(sim, { type: 'instance/add', spec: e.spec });
        apply(sim, { type: 'instance/start', name: e.spec.name });
      } else if (e.kind === 'live') {
        apply(sim, e.action);
      }
    }
    return r;
  };
  return { sim, sh };
}

const id12 = (name: string) => containerIdOf(name).slice(0, 12);

describe('docker run', () => {
  it('prints the 64-hex id and adds a spec with the flags', () => {
    const { sh } = board();
    const r = sh('docker run -d --name web --memory 256m --cpus 0.5 --network host --runtime runsc nginx:1.27');
    expect(r.output).toBe(containerIdOf('web'));
    expect(r.output).toMatch(/^[0-9a-f]{64}$/);
    expect(r.effects[0]).toEqual({ kind: 'add-container', spec: {
      kind: 'container', name: 'web', runtime: 'gvisor', image: 'nginx:1.27', memoryBytes: 256 * 1024 ** 2, memorySwapBytes: null,
      cpus: 0.5, cpuShares: 1024, pidsLimit: null, in: null, share: ['net'],
    } });
  });
  it('answers an unknown flag, a name conflict and an unknown image like docker', () => {
    const { sh } = board();
    expect(sh('docker run --foo nginx')).toMatchObject({ output: "unknown flag: --foo\nSee 'docker run --help'.", exitCode: 125 });
    sh('docker run -d --name web nginx');
    expect(sh('docker run -d --name web nginx').output).toBe(`docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${containerIdOf('web')}". You have to remove (or rename) that container to be able to reuse that name.\nSee 'docker run --help'.`);
    expect(sh('docker run -d nosuchimage').output.split('\n')[0]).toBe("Unable to find image 'nosuchimage:latest' locally");
  });
  it('with a cold cache, pulls first; layers another image already brought are "Already exists"', () => {
    const { sim, sh } = board('cold');
    const first = sh('docker run -d --name db redis:7').output.split('\n');
    expect(first[0]).toBe("Unable to find image 'redis:7' locally");
    expect(first[1]).toBe('7: Pulling from library/redis');
    expect(first.filter((l) => / Pull complete$/.test(l))).toHaveLength(CATALOGUE.images['redis:7']!.layers.length);
    advanceTo(sim, 60_000);
    const second = sh('docker run -d --name web nginx:1.27').output.split('\n');
    // nginx and redis share debian:bookworm-slim's layer: it is on disk already.
    expect(second.filter((l) => l.endsWith(': Already exists'))).toHaveLength(1);
  });
});

describe('docker ps, stats, images, pull', () => {
  it('docker ps: columns aligned as docker aligns them, times from the simulated clock', () => {
    const { sim, sh } = board();
    sh('docker run -d --name web nginx:1.27');
    advanceTo(sim, 125_000);
    expect(sh('docker ps').output).toBe([
      'CONTAINER ID   IMAGE        COMMAND                  CREATED         STATUS         PORTS     NAMES',
      `${id12('web')}   nginx:1.27   "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   80/tcp    web`,
    ].join('\n'));
    sh('docker stop web');
    // nginx takes its graceful stop (SIGQUIT, about 0.1 s) to exit.
    advanceTo(sim, 130_100);
    expect(sh('docker ps').output.split('\n')).toHaveLength(1);
    expect(sh('docker ps -a').output.split('\n')[1]).toMatch(/"\/docker-entrypoint\.…"\s+2 minutes ago\s+Exited \(0\) 5 seconds ago\s+web$/);
  });
  it('docker stats --no-stream: usage against the cgroup limit, the kernel\'s RAM when unlimited', () => {
    const { sim, sh } = board();
    sh('docker run -d --name small -m 256m nginx:1.27');
    sh('docker run -d --name big nginx:1.27');
    advanceTo(sim, 10_000);
    const lines = sh('docker stats --no-stream').output.split('\n');
    expect(lines[0]).toMatch(/^CONTAINER ID\s+NAME\s+CPU %\s+MEM USAGE \/ LIMIT\s+MEM %\s+NET I\/O\s+BLOCK I\/O\s+PIDS$/);
    expect(lines.find((l) => l.includes(' small '))).toMatch(/\d+(\.\d+)?MiB \/ 256MiB\s+\d+\.\d\d%/);
    // Unlimited: the daemon's machine memory, the MemTotal the host's own free reports (16 GiB less the kernel's reservations).
    const hostTotal = Number(sh('free -b').output.split('\n')[1]!.split(/\s+/)[1]);
    expect(hostTotal).toBeLessThan(16 * 1024 ** 3);
    expect(lines.find((l) => l.includes(' big '))).toContain(`MiB / ${bytesSize(hostTotal)}`);
  });
  it('docker images lists the catalogue with docker\'s sizes; docker pull of a present image is up to date', () => {
    const { sh } = board();
    const images = sh('docker images').output.split('\n');
    expect(images[0]).toMatch(/^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE$/);
    const nginxBytes = CATALOGUE.images['nginx:1.27']!.layers.reduce((s, l) => s + l.sizeBytes.value, 0);
    expect(images.find((l) => l.startsWith('nginx '))).toMatch(new RegExp(`^nginx\\s+1\\.27\\s+[0-9a-f]{12}\\s+N/A\\s+${Math.round(nginxBytes / 1e6)}MB$`));
    // `docker pull nginx` pulls nginx:latest, which the catalogue's nginx:1.27 was when measured.
    const pull = sh('docker pull nginx').output.split('\n');
    expect(pull.slice(0, 2)).toEqual(['Using default tag: latest', 'latest: Pulling from library/nginx']);
    expect(pull[2]).toMatch(/^Digest: sha256:[0-9a-f]{64}$/);
    expect(pull.slice(3)).toEqual(['Status: Image is up to date for nginx:latest', 'docker.io/library/nginx:latest']);
    const tagged = sh('docker pull nginx:1.27').output.split('\n');
    expect(tagged[0]).toBe('1.27: Pulling from library/nginx');
    expect(tagged.slice(2)).toEqual(['Status: Image is up to date for nginx:1.27', 'docker.io/library/nginx:1.27']);
  });
});

describe('docker stop, rm, exec', () => {
  it('rm refuses a running container; -f removes it live', () => {
    const { sim, sh } = board();
    sh('docker run -d --name web nginx');
    advanceTo(sim, 5_000);
    expect(sh('docker rm web')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove' });
    expect(sh('docker rm -f web')).toMatchObject({ output: 'web', effects: [{ kind: 'live', action: { type: 'instance/remove', name: 'web' } }] });
    expect(sh('docker stop ghost')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: No such container: ghost' });
  });
  it('exec runs inside the container: its hostname is its short id, PID 1 is its app', () => {
    const { sim, sh } = board();
    sh('docker run -d --name web nginx');
    advanceTo(sim, 5_000);
    expect(sh('docker exec web hostname').output).toBe(id12('web'));
    const ps = sh('docker exec web ps -ef').output.split('\n');
    expect(ps[0]).toBe('UID          PID    PPID  C STIME TTY          TIME CMD');
    expect(ps[1]).toMatch(/^root\s+1\s+0\s+0 00:00 \?\s+00:00:00 nginx: master process nginx -g daemon off;$/);
    expect(sh('docker exec -it web bash').effects).toEqual([{ kind: 'enter', where: 'web' }]);
  });
});

describe('inside an instance', () => {
  function running(): { sim: Simulation; sh: (l: string, w?: string) => CommandResult } {
    const b = board();
    b.sh('docker run -d --name web -m 256m nginx:1.27');
    advanceTo(b.sim, 5_000);
    return b;
  }
  it('ip addr: the container\'s eth0 on the default bridge, in iproute2\'s format', () => {
    const { sh } = running();
    const out = sh('ip addr', 'web').output.split('\n');
    expect(out[0]).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000');
    expect(out).toContain('    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0');
    expect(out).toContain('    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0');
  });
  it('free -m and /proc/meminfo show the host\'s RAM, not the 256m limit', () => {
    const { sh } = running();
    const free = sh('free -m', 'web').output.split('\n');
    expect(free[0]).toBe('               total        used        free      shared  buff/cache   available');
    // /proc/meminfo is not namespaced: inside and on the host, the same MemTotal and used.
    expect(free[1]).toBe(sh('free -m').output.split('\n')[1]);
    const totalMiB = Number(free[1]!.split(/\s+/)[1]);
    expect(totalMiB).toBeGreaterThan(16384 * 0.97);
    expect(totalMiB).toBeLessThan(16384);
    expect(free[1]!.slice(0, 20)).toBe(`Mem:           ${totalMiB}`);
    const memTotalKb = Number(/^MemTotal:\s+(\d+) kB$/.exec(sh('cat /proc/meminfo', 'web').output.split('\n')[0]!)![1]);
    expect(Math.floor(memTotalKb / 1024)).toBe(totalMiB);
    expect(sh('cat /sys/fs/cgroup/memory.max', 'web').output).toBe(String(256 * 1024 ** 2));
  });
  it('id, uname -r, mount: root, the host kernel, an overlay root', () => {
    const { sh } = running();
    expect(sh('id', 'web').output).toBe('uid=0(root) gid=0(root) groups=0(root)');
    expect(sh('uname -r', 'web').output).toBe(CATALOGUE.host.linuxKernelVersion);
    expect(sh('mount', 'web').output.split('\n')[0]).toMatch(/^overlay on \/ type overlay \(rw,relatime,lowerdir=.*,upperdir=.*\/diff,workdir=.*\/work\)$/);
  });
  it('ls and rm over the merged filesystem; a write copies up, rm of an image file leaves a whiteout', () => {
    const { sim, sh } = running();
    expect(sh('ls /etc/nginx', 'web').output).toBe('conf.d  nginx.conf');
    sh('echo "server {}" >> /etc/nginx/nginx.conf', 'web');
    expect(sim.state.log.some((e) => e.type === 'fs/copied-up' && e.data.path === '/etc/nginx/nginx.conf')).toBe(true);
    expect(sh('ls -l /etc/nginx/nginx.conf', 'web').output).toMatch(/ 658 /);
    sh('rm /usr/share/nginx/html/index.html', 'web');
    expect(sim.state.log.some((e) => e.type === 'fs/whiteout' && e.data.path === '/usr/share/nginx/html/index.html')).toBe(true);
    expect(sh('cat /usr/share/nginx/html/index.html', 'web')).toMatchObject({ exitCode: 1, output: 'cat: /usr/share/nginx/html/index.html: No such file or directory' });
  });
  it('a stopped container has no shell; docker is not installed inside a container', () => {
    const { sim, sh } = running();
    expect(sh('docker ps', 'web')).toMatchObject({ exitCode: 127, output: expect.stringMatching(/^bash: docker: command not found/) });
    sh('docker stop web');
    advanceTo(sim, 6_000); // past nginx's graceful stop
    expect(sh('hostname', 'web')).toMatchObject({ exitCode: 1, output: `Error response from daemon: container ${containerIdOf('web')} is not running` });
  });
});

describe('the shell itself', () => {
  it('an unknown command: bash\'s message, exit 127, and a pointer to help', () => {
    const { sh } = board();
    const r = sh('foo --bar');
    expect(r.exitCode).toBe(127);
    expect(r.output.split('\n')[0]).toBe('bash: foo: command not found');
    expect(r.output).toContain('help');
    expect(sh('help').output).toContain('docker run');
  });
  it('vagrant status before and after up; vagrant up boots a VirtualBox VM', () => {
    const { sim, sh } = board();
    expect(sh('vagrant status').output.split('\n')[2]).toBe('default                   not created (virtualbox)');
    const up = sh('vagrant up');
    expect(up.output.split('\n')[0]).toBe("Bringing machine 'default' up with 'virtualbox' provider...");
    expect(up.output).toContain('==> default: Booting VM...');
    expect(up.effects.map((e) => e.kind)).toEqual(['add-vm', 'wait-ready']);
    advanceTo(sim, 120_000);
    expect(sh('vagrant status').output.split('\n')[2]).toBe('default                   running (virtualbox)');
    expect(sh('hostname', 'default').output).toBe('default');
    // Vagrant's SSH username, as vagrant up printed it.
    expect(up.output).toContain('SSH username: vagrant');
    expect(sh('id', 'default').output).toBe('uid=1000(vagrant) gid=1000(vagrant) groups=1000(vagrant)');
  });
});
