/**
 * The tools a learner reaches for to see namespaces and cgroups from both sides: `lsns` lists
 * the kernel's root namespaces and each container's new ones (a container sees only its own);
 * a container's cgroup files hold its limits inside (/sys/fs/cgroup) and on the host
 * (/sys/fs/cgroup/system.slice/docker-ID.scope); `sudo` in front of a command copied from
 * Docker's docs runs it.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

const MiB = 1024 * 1024;

describe('lsns', () => {
  it('on the host: the root namespaces, then the container\'s new ones (no time namespace: runc makes none)', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    const out = (await w.type('lsns')).split('\n');
    expect(out[0]).toMatch(/^\s+NS TYPE\s+NPROCS\s+PID USER\s+COMMAND$/);
    const types = (owner: RegExp) => out.filter((l) => owner.test(l)).map((l) => l.trim().split(/\s+/)[1]).sort();
    expect(types(/\/sbin\/init$/)).toEqual(['cgroup', 'ipc', 'mnt', 'net', 'pid', 'time', 'user', 'uts']);
    expect(types(/nginx: master process/)).toEqual(['cgroup', 'ipc', 'mnt', 'net', 'pid', 'uts']);
    const ids = out.slice(1).map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('inside the container: its own processes only, PID 1 its nginx; --pid=host shares the root PID namespace', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    const inside = (await w.type('docker exec web lsns -t pid -n')).trim().split(/\s+/);
    expect(inside.slice(1, 4)).toEqual(['pid', '9', '1']);
    await w.type('docker run -d --name shared --pid=host redis:7');
    expect((await w.type('lsns -t pid')).split('\n').filter((l) => / pid /.test(l))).toHaveLength(2);
  });

  it('is not in BusyBox images', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm alpine lsns')).toBe('sh: lsns: not found');
  });
});

describe('a container\'s cgroup files', () => {
  it('--memory 256m --cpus 1.5: memory.max and cpu.max inside and on the host; memory.current is what docker stats shows', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web -m 256m --cpus 1.5 nginx:1.27');
    await w.wait(5_000);
    const id = await w.type("docker inspect -f '{{.Id}}' web");
    const dir = `/sys/fs/cgroup/system.slice/docker-${id}.scope`;
    expect(await w.type(`cat ${dir}/memory.max`)).toBe(String(256 * MiB));
    expect(await w.type('docker exec web cat /sys/fs/cgroup/memory.max')).toBe(String(256 * MiB));
    expect(await w.type(`cat ${dir}/cpu.max`)).toBe('150000 100000');
    const current = Number(await w.type(`cat ${dir}/memory.current`));
    const shown = w.store.getState().view!.instances.find((i) => i.name === 'web')!.memoryBytes;
    expect(current).toBeGreaterThanOrEqual(shown);
    expect(current - shown).toBeLessThan(4096);
    expect(await w.type(`ls ${dir}`)).toContain('memory.current');
    expect(await w.type('cat /sys/fs/cgroup/system.slice/docker-0000000000000000000000000000000000000000000000000000000000000000.scope/memory.max')).toMatch(/No such file or directory/);
  });
});

describe('sudo', () => {
  it('runs the command on the host (sudo docker run hello-world from Docker\'s install guide)', async () => {
    const w = await workspace();
    expect(await w.type('sudo docker run hello-world')).toContain('Hello from Docker!');
    expect(await w.type('sudo -E docker ps -a --format "{{.Image}}"')).toBe('hello-world');
  });

  it('is not installed in a container image', async () => {
    const w = await workspace();
    await w.type('docker run -dit --name box ubuntu:22.04');
    await w.type('docker exec -it box bash');
    expect(await w.type('sudo ls')).toMatch(/^bash: sudo: command not found/);
  });
});

describe('nsenter', () => {
  it('-t the container\'s PID: -n sees its interfaces, -u its hostname, -m -u -i -n -p runs in it', async () => {
    const w = await workspace();
    await w.type('docker run -d --name web nginx:1.27');
    const pid = await w.type("docker inspect -f '{{.State.Pid}}' web");
    expect(await w.type(`nsenter -t ${pid} -n ip addr`)).toMatch(/inet 172\.17\.0\.2\/16/);
    expect(await w.type('ip addr')).not.toMatch(/inet 172\.17\.0\.2\//);
    const id = await w.type("docker inspect -f '{{.Id}}' web");
    expect(await w.type(`nsenter -t ${pid} -u hostname`)).toBe(id.slice(0, 12));
    expect(await w.type(`nsenter -t ${pid} -a cat /etc/os-release`)).toMatch(/Debian GNU\/Linux 12/);
    expect(await w.type('nsenter -t 99999 -n ip a')).toBe('nsenter: cannot open /proc/99999/ns/net: No such file or directory');
  });
});

describe('dmesg: whose kernel is this?', () => {
  it('a runc container shares the host\'s kernel and may not read its log (no CAP_SYSLOG)', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm ubuntu:22.04 dmesg')).toBe('dmesg: read kernel buffer failed: Operation not permitted');
    expect(await w.type('docker run --rm alpine dmesg')).toBe('dmesg: klogctl: Operation not permitted');
  });

  it('a gVisor sandbox has its own kernel, the Sentry, with gVisor\'s log: the same for the same container', async () => {
    const w = await workspace();
    await w.type('docker run -dit --name sandbox --runtime=runsc ubuntu:22.04');
    const log = (await w.type('docker exec sandbox dmesg')).split('\n');
    expect(log[0]).toBe('[    0.000000] Starting gVisor...');
    expect(log).toHaveLength(12);
    expect(log[11]).toMatch(/^\[\s+\d\.\d{6}\] Ready!$/);
    expect(await w.type('docker exec sandbox dmesg')).toBe(log.join('\n'));
  });
});
