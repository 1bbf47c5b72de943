/**
 * The views agree with real systems: what `ps`, `ip addr`, `free`, `uname` and `hostname`
 * print in each place, and what the explorer and the matrix say about it.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, apply, createSimulation, inspectHost, inspectInstance, isolationMatrix, type InstanceSpec, type Simulation } from '../../../sim-core/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { runCommand } from '../../../sim-core/terminal/index';
import { identityOf } from '../../../sim-core/engine/identity';
import { dnsmasqAddress } from '../../../sim-core/namespaces/vm-net';
import { emptyScenario } from '../../../src/document/specs';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

function vm(name: string, profile: string, os: string, extra: Partial<Extract<InstanceSpec, { kind: 'vm' }>> = {}): InstanceSpec {
  return { kind: 'vm', name, profile, os, cpus: 2, memoryBytes: 1 * GiB, diskBytes: 10 * GiB, apps: [], ...extra };
}

function ct(name: string, image: string, extra: Partial<Extract<InstanceSpec, { kind: 'container' }>> = {}): InstanceSpec {
  return { kind: 'container', name, runtime: 'runc', image, memoryBytes: null, memorySwapBytes: null, cpus: null, cpuShares: 1024, pidsLimit: null, in: null, share: [], ...extra };
}

/** A board started at 0 and run to `untilMs`, with the real catalogue. */
function board(specs: InstanceSpec[], untilMs = 120_000, hostOs: 'linux' | 'windows' = 'linux'): { sim: Simulation; sh: (line: string, where?: string) => string; exit: (line: string, where?: string) => number } {
  const s = emptyScenario();
  s.host.os = hostOs;
  const sim = createSimulation(s, CATALOGUE);
  for (const spec of specs) {
    apply(sim, { type: 'instance/add', spec });
    apply(sim, { type: 'instance/start', name: spec.name });
  }
  advanceTo(sim, untilMs);
  return { sim, sh: (line, where = 'host') => runCommand(sim, line, where).output, exit: (line, where = 'host') => runCommand(sim, line, where).exitCode };
}

const inet = (ipAddr: string): string[] => [...ipAddr.matchAll(/^ {4}inet (\S+) .* (\S+)$/gm)].map((m) => `${m[2]} ${m[1]}`);

describe('from the host, a VM is one process with a thread per vCPU', () => {
  it('kvm-qemu: one qemu-system-x86_64 with CPU n/KVM threads; the guest\'s systemd and nginx are not host processes', () => {
    const { sim, sh } = board([vm('web-vm', 'kvm-qemu', 'ubuntu-22.04', { cpus: 3, apps: ['nginx'] })]);
    const host = inspectHost(sim);
    const vmm = host.processes.filter((p) => p.owner === 'web-vm');
    expect(vmm).toHaveLength(1);
    expect(vmm[0]!.command).toMatch(/^\/usr\/bin\/qemu-system-x86_64 -name guest=web-vm,debug-threads=on .* -smp 3,/);
    expect(vmm[0]!.user).toBe('libvirt-qemu');
    expect(vmm[0]!.threads.map((t) => t.name).filter((n) => /^CPU \d+\/KVM$/.test(n))).toEqual(['CPU 0/KVM', 'CPU 1/KVM', 'CPU 2/KVM']);
    // The guest's own processes exist only in its kernel.
    const guest = inspectInstance(sim, 'web-vm')!;
    expect(guest.processes.find((p) => p.pid === 1)!.command).toBe('/sbin/init');
    expect(guest.processes.some((p) => p.command.startsWith('nginx: master process /usr/sbin/nginx'))).toBe(true);
    expect(host.processes.some((p) => p.command.includes('nginx') || p.command.includes('snapd') || p.command.includes('multipathd'))).toBe(false);
    // ps on the host agrees with the view; ps -T lists the threads by name.
    const hostPs = sh('ps -ef');
    expect(hostPs).toContain('qemu-system-x86_64 -name guest=web-vm');
    expect(hostPs).not.toContain('nginx');
    expect(sh(`ps -T -p ${vmm[0]!.pid}`).split('\n').slice(1).map((l) => l.slice(34))).toEqual(['qemu-system-x86', 'call_rcu', 'IO mon_iothread', 'CPU 0/KVM', 'CPU 1/KVM', 'CPU 2/KVM']);
    expect(sh('ps -ef', 'web-vm')).toContain('/usr/sbin/nginx -g daemon on; master_process on;');
  });

  it('Firecracker, VirtualBox and Hyper-V: their own VMM processes and vCPU threads', () => {
    const { sim } = board([vm('fc', 'firecracker', 'ubuntu-22.04'), vm('box', 'virtualbox', 'ubuntu-22.04', { cpus: 2 })]);
    const host = inspectHost(sim);
    const fc = host.processes.find((p) => p.owner === 'fc')!;
    expect(fc.command).toMatch(/^firecracker --api-sock /);
    expect(fc.threads.map((t) => t.name)).toEqual(['firecracker', 'fc_api', 'fc_vcpu 0', 'fc_vcpu 1']);
    const box = host.processes.find((p) => p.owner === 'box')!;
    expect(box.command).toMatch(/^\/usr\/lib\/virtualbox\/VBoxHeadless --comment root_box --startvm [0-9a-f-]{36} --vrde config$/);
    expect(box.threads.map((t) => t.name)).toEqual(['VBoxHeadless', 'EMT-0', 'EMT-1']);
    const win = board([vm('wsl', 'hyperv', 'ubuntu-22.04')], 120_000, 'windows');
    expect(inspectHost(win.sim).processes.filter((p) => p.owner === 'wsl').map((p) => p.command)).toEqual(['vmwp', 'vmmem']);
  });

  it('the matrix says the host sees the VM only as its VMM process, and a container\'s processes in full', () => {
    const { sim } = board([vm('web-vm', 'kvm-qemu', 'ubuntu-22.04', { apps: ['nginx'] }), ct('web', 'nginx:1.27'), ct('inner', 'redis:7', { in: 'web-vm' })], 150_000);
    const m = isolationMatrix(sim);
    const cell = (a: string, b: string) => m.cells.find((c) => c.a === a && c.b === b)!;
    const qemu = inspectHost(sim).processes.find((p) => p.owner === 'web-vm')!;
    expect(cell('host', 'web-vm')).toMatchObject({ processes: 'a-sees-b-as-vmm', vmmPids: [qemu.pid] });
    expect(cell('host', 'web')).toMatchObject({ processes: 'a-sees-b' });
    expect(cell('host', 'inner')).toMatchObject({ processes: 'none' });
    expect(cell('web-vm', 'inner')).toMatchObject({ processes: 'a-sees-b' });
    // The container in the VM: its processes have PIDs in the VM's kernel, not the host's.
    const inner = inspectInstance(sim, 'inner')!;
    expect(inner.kernel).toBe('web-vm');
    const vmPids = new Set(inspectInstance(sim, 'web-vm')!.processes.map((p) => p.pid));
    expect(inner.processes.every((p) => vmPids.has(p.hostPid))).toBe(true);
  });

  it('a container\'s init is the child of its containerd shim; inside, its parent is outside the namespace (0)', () => {
    const { sh } = board([ct('web', 'nginx:1.27')], 10_000);
    const rows = sh('ps -ef').split('\n').slice(1).map((l) => l.trim().split(/\s+/));
    const shim = rows.find((r) => r[7] === '/usr/bin/containerd-shim-runc-v2')!;
    const master = rows.find((r) => r.slice(7).join(' ') === 'nginx: master process nginx -g daemon off;')!;
    expect(master[2]).toBe(shim[1]);
    expect(rows.filter((r) => r.slice(7).join(' ') === 'nginx: worker process').every((r) => r[2] === master[1])).toBe(true);
    const inside = sh('ps -ef', 'web').split('\n')[1]!.trim().split(/\s+/);
    expect(inside.slice(0, 3)).toEqual(['root', '1', '0']);
  });
});

describe('every VM has its own address on its own network', () => {
  it('KVM guests lease distinct 192.168.122.x addresses from libvirt\'s dnsmasq, never the host\'s; the host has virbr0 and a vnet per guest', () => {
    const { sh } = board([vm('a', 'kvm-qemu', 'ubuntu-22.04'), vm('b', 'kvm-qemu', 'debian-12'), vm('c', 'kvm-qemu', 'ubuntu-22.04')]);
    const addrs = ['a', 'b', 'c'].map((n) => inet(sh('ip addr', n)).find((l) => l.startsWith('enp1s0 '))!.split(' ')[1]!);
    for (const a of addrs) expect(a).toMatch(/^192\.168\.122\.(\d+)\/24$/);
    expect(new Set(addrs).size).toBe(3);
    expect(addrs.map((a) => Number(a.split('.')[3]!.split('/')[0]))).not.toContain(1);
    const host = sh('ip addr');
    expect(inet(host)).toEqual(expect.arrayContaining(['virbr0 192.168.122.1/24', 'eth0 192.168.1.10/24']));
    expect(host.match(/vnet\d+: .* master virbr0 /g)).toHaveLength(3);
    for (const a of addrs) expect(host).not.toContain(a.split('/')[0]!);
  });

  it('dnsmasq picks by the SDBM hash of the MAC from .2, then the next free one', () => {
    // 52:54:00:12:34:56 hashes to 1826059958; 1826059958 mod 253 = 74 → 192.168.122.76.
    expect(dnsmasqAddress('52:54:00:12:34:56', new Set())).toBe('192.168.122.76');
    expect(dnsmasqAddress('52:54:00:12:34:56', new Set(['192.168.122.76']))).toBe('192.168.122.77');
  });

  it('a KVM guest keeps its lease across a restart; VirtualBox guests are each 10.0.2.15 behind NAT with no host interface', () => {
    const { sim, sh } = board([vm('a', 'kvm-qemu', 'ubuntu-22.04'), vm('box1', 'virtualbox', 'ubuntu-22.04'), vm('box2', 'virtualbox', 'ubuntu-22.04')]);
    const before = inet(sh('ip addr', 'a'));
    apply(sim, { type: 'instance/stop', name: 'a' });
    advanceTo(sim, 130_000);
    apply(sim, { type: 'instance/start', name: 'a' });
    advanceTo(sim, 250_000);
    expect(inet(sh('ip addr', 'a'))).toEqual(before);
    expect(inet(sh('ip addr', 'box1'))).toContain('enp0s3 10.0.2.15/24');
    expect(inet(sh('ip addr', 'box2'))).toContain('enp0s3 10.0.2.15/24');
    expect(sh('ip addr')).not.toMatch(/10\.0\.2\./);
  });

  it('Vagrant\'s private_network: a second adapter (enp0s8) on a host-only network, vboxnet0 on the host with .1', () => {
    const { sh } = board([vm('web', 'virtualbox', 'ubuntu-22.04', { ip: '192.168.56.10' }), vm('db', 'virtualbox', 'ubuntu-22.04', { ip: '192.168.56.11' }), ct('inner', 'redis:7', { in: 'web' })], 150_000);
    expect(inet(sh('ip addr', 'web'))).toEqual(['lo 127.0.0.1/8', 'enp0s3 10.0.2.15/24', 'enp0s8 192.168.56.10/24', 'docker0 172.17.0.1/16']);
    expect(inet(sh('ip addr', 'db'))).toContain('enp0s8 192.168.56.11/24');
    const host = inet(sh('ip addr'));
    expect(host).toContain('vboxnet0 192.168.56.1/24');
    expect(host.filter((l) => l.startsWith('vboxnet'))).toHaveLength(1);
  });

  it('Firecracker guests get a /30 each from the network-setup guide: tap0 172.16.0.1 / guest .2, tap1 .5 / .6', () => {
    const { sh } = board([vm('fc1', 'firecracker', 'ubuntu-22.04'), vm('fc2', 'firecracker', 'ubuntu-22.04')]);
    expect(inet(sh('ip addr', 'fc1'))).toContain('eth0 172.16.0.2/30');
    expect(inet(sh('ip addr', 'fc2'))).toContain('eth0 172.16.0.6/30');
    expect(inet(sh('ip addr'))).toEqual(expect.arrayContaining(['tap0 172.16.0.1/30', 'tap1 172.16.0.5/30']));
  });

  it('containers get 172.17.0.x on their kernel\'s bridge (a VM\'s own docker0 inside it); --network host shows the host\'s interfaces', () => {
    const { sh } = board([vm('cloud', 'kvm-qemu', 'ubuntu-22.04'), ct('web', 'nginx:1.27'), ct('db', 'redis:7'), ct('inner', 'redis:7', { in: 'cloud' }), ct('hostnet', 'nginx:1.27', { share: ['net'] })], 150_000);
    expect(inet(sh('ip addr', 'web'))).toContain('eth0 172.17.0.2/16');
    expect(inet(sh('ip addr', 'db'))).toContain('eth0 172.17.0.3/16');
    expect(inet(sh('ip addr', 'inner'))).toContain('eth0 172.17.0.2/16');
    expect(inet(sh('ip addr', 'cloud'))).toEqual(expect.arrayContaining(['docker0 172.17.0.1/16', expect.stringMatching(/^enp1s0 192\.168\.122\.\d+\/24$/)]));
    expect(sh('ip addr', 'hostnet')).toBe(sh('ip addr'));
    // The container's eth0@ifN names the veth the host lists, and the host's veth names it back.
    const peer = /^(\d+): eth0@if(\d+):/m.exec(sh('ip addr', 'web'))!;
    expect(sh('ip addr')).toMatch(new RegExp(`^${peer[2]}: veth[0-9a-f]{7}@if${peer[1]}: .* master docker0 `, 'm'));
  });

  it('user-defined networks (Compose\'s <project>_default) get the next pool, 172.18.0.0/16, on a br- bridge; --network none has only lo', () => {
    const { sh } = board([ct('a', 'nginx:1.27', { networks: ['shop_default'] }), ct('b', 'redis:7', { networks: ['shop_default'] }), ct('c', 'nginx:1.27'), ct('d', 'alpine:3.20', { networks: ['none'] })], 10_000);
    expect(inet(sh('ip addr', 'a'))).toEqual(['lo 127.0.0.1/8', 'eth0 172.18.0.2/16']);
    expect(inet(sh('ip addr', 'b'))).toEqual(['lo 127.0.0.1/8', 'eth0 172.18.0.3/16']);
    expect(inet(sh('ip addr', 'c'))).toEqual(['lo 127.0.0.1/8', 'eth0 172.17.0.2/16']);
    expect(inet(sh('ip addr', 'd'))).toEqual(['lo 127.0.0.1/8']);
    const host = sh('ip addr');
    const br = /^\d+: (br-[0-9a-f]{12}): .*$/m.exec(host)![1]!;
    expect(inet(host)).toContain(`${br} 172.18.0.1/16`);
    expect(host.match(new RegExp(`master ${br} `, 'g'))).toHaveLength(2);
    expect(host.match(/master docker0 /g)).toHaveLength(1);
  });

  it('--hostname names the container (and its prompt); a command replaces PID 1', () => {
    const { sim, sh } = board([ct('db', 'redis:7', { hostname: 'cache-1' }), ct('sleeper', 'alpine:3.20', { command: ['sleep', '3600'] }), ct('u', 'nginx:1.27', { user: 'nginx' })], 10_000);
    expect(sh('hostname', 'db')).toBe('cache-1');
    expect(identityOf('db', (n) => sim.state.instances[n]?.spec, 'linux', CATALOGUE).prompt).toBe('root@cache-1:/# ');
    expect(sh('ps', 'sleeper').split('\n')[1]).toBe('    1 root      0:00 sleep 3600');
    expect(sh('ps -ef', 'u').split('\n')[1]).toMatch(/^nginx\s+1\s+0 .* nginx: master process nginx -g daemon off;$/);
  });

  it('a stopped container frees its address for the next one, and a running one keeps its own', () => {
    const { sim, sh } = board([ct('a', 'nginx:1.27'), ct('b', 'nginx:1.27')], 10_000);
    apply(sim, { type: 'instance/stop', name: 'a' });
    advanceTo(sim, 20_000);
    apply(sim, { type: 'instance/add', spec: ct('c', 'redis:7') });
    apply(sim, { type: 'instance/start', name: 'c' });
    advanceTo(sim, 30_000);
    expect(inet(sh('ip addr', 'b'))).toContain('eth0 172.17.0.3/16');
    expect(inet(sh('ip addr', 'c'))).toContain('eth0 172.17.0.2/16');
  });
});

describe('free inside a guest and inside containers', () => {
  it('a 1 GiB Ubuntu guest: total is its RAM less the kernel\'s reservations; a container in it sees the same; memory.max holds its limit', () => {
    const { sim, sh } = board([vm('g', 'kvm-qemu', 'ubuntu-22.04', { memoryBytes: 1 * GiB }), ct('c', 'redis:7', { in: 'g', memoryBytes: 128 * MiB })], 150_000);
    const mem = sh('free -m', 'g').split('\n')[1]!.split(/\s+/);
    const [total, used, cache] = [Number(mem[1]), Number(mem[2]), Number(mem[5])];
    expect(total).toBeLessThan(1024);
    expect(total).toBeGreaterThan(940);
    // used and buff/cache (the boot reads it cached): what the guest touched (its host memory
    // less QEMU's own), less what the kernel reserved.
    const inst = sim.state.instances.g!;
    const touchedMiB = (inst.memoryBytes - inst.overheadBytes) / MiB;
    expect(used).toBeGreaterThan(0);
    expect(cache).toBeGreaterThan(0);
    expect(used + cache).toBeLessThan(touchedMiB);
    expect(touchedMiB - used - cache).toBeLessThan(1024 - total + 2);
    expect(sh('free -m', 'c').split('\n')[1]!.split(/\s+/)[1]).toBe(String(total));
    expect(sh('cat /sys/fs/cgroup/memory.max', 'c')).toBe(String(128 * MiB));
    expect(sh('free -m', 'c')).not.toContain(' 128 ');
  });
});

describe('sandboxes: gVisor and Kata', () => {
  it('gVisor: its own PID namespace (the app is PID 1, not a host process), the Sentry\'s reported kernel, a limit-sized MemTotal', () => {
    const { sim, sh } = board([ct('sb', 'nginx:1.27', { runtime: 'gvisor', memoryBytes: 256 * MiB })], 10_000);
    expect(sh('uname -r', 'sb')).toBe('4.19.0-gvisor');
    expect(sh('uname -a', 'sb')).toMatch(/^Linux [0-9a-f]{12} 4\.19\.0-gvisor #1 SMP Sun Jan 10 15:06:54 PST 2016 x86_64 /);
    const view = inspectInstance(sim, 'sb')!;
    expect(view.processes[0]).toMatchObject({ pid: 1, command: 'nginx: master process nginx -g daemon off;' });
    expect(view.kernel).toBe('sb');
    const host = sh('ps -ef');
    expect(host).not.toContain('nginx');
    expect(host).toMatch(/runsc-sandbox --root=\S+ boot /);
    expect(host).toMatch(/runsc-gofer --root=\S+ gofer /);
    expect(sh('free -m', 'sb').split('\n')[1]).toMatch(/^Mem:\s+256\s/);
    expect(inet(sh('ip addr', 'sb'))).toEqual(['lo 127.0.0.1/8', 'eth0 172.17.0.2/16']);
  });

  it('Kata: the guest kernel\'s version, the container\'s processes inside the VM, QEMU on the host', () => {
    const { sh } = board([ct('k', 'redis:7', { runtime: 'kata' })], 10_000);
    expect(sh('uname -r', 'k')).toBe('6.18.35');
    expect(sh('uname -r')).toBe(CATALOGUE.host.linuxKernelVersion);
    expect(sh('ps -ef', 'k').split('\n')[1]).toMatch(/^redis\s+1\s+0 /);
    expect(sh('ps -ef')).not.toContain('redis-server');
    expect(sh('ps -ef')).toMatch(/\/opt\/kata\/bin\/qemu-system-x86_64 -name sandbox-[0-9a-f]{64} /);
  });
});

describe('hostname and the prompt agree everywhere', () => {
  const specs = [
    vm('web-vm', 'kvm-qemu', 'ubuntu-22.04'), vm('box', 'virtualbox', 'ubuntu-22.04'), vm('edge', 'kvm-qemu', 'alpine-3.20'), vm('fc', 'firecracker', 'debian-12'),
    ct('web', 'nginx:1.27'), ct('alp', 'alpine:3.20'), ct('hostuts', 'nginx:1.27', { share: ['uts', 'net'] }), ct('sb', 'nginx:1.27', { runtime: 'gvisor' }),
    ct('inner', 'nginx:1.27', { in: 'web-vm' }), ct('inner-uts', 'nginx:1.27', { in: 'web-vm', share: ['uts'] }),
  ];

  it('every place: the prompt shows the hostname `hostname` prints (where the shell shows one)', () => {
    const { sim, sh } = board(specs, 150_000);
    const lookup = (n: string) => sim.state.instances[n]?.spec;
    for (const where of ['host', ...specs.map((s) => s.name)]) {
      const id = identityOf(where, lookup, 'linux', CATALOGUE);
      const hostname = sh('hostname', where);
      expect(hostname, where).toBe(id.hostname);
      expect(sh('cat /etc/hostname', where), where).toBe(hostname);
      if (id.shell === 'bash') expect(id.prompt, where).toMatch(new RegExp(`^${id.user.name}@${hostname}:`));
    }
    expect(sh('hostname', 'hostuts')).toBe('utsuwa-host');
    expect(identityOf('hostuts', lookup, 'linux', CATALOGUE).prompt).toBe('root@utsuwa-host:/# ');
    expect(sh('hostname', 'inner-uts')).toBe('web-vm');
    expect(identityOf('box', lookup, 'linux', CATALOGUE).prompt).toBe('vagrant@box:~$ ');
    expect(identityOf('web-vm', lookup, 'linux', CATALOGUE).prompt).toBe('ubuntu@web-vm:~$ ');
    expect(identityOf('fc', lookup, 'linux', CATALOGUE).prompt).toBe('root@fc:~# ');
  });
});

describe('an Alpine guest is Alpine', () => {
  it('ash\'s prompt from /etc/profile, busybox init with OpenRC\'s services, BusyBox ps and free', () => {
    const { sim, sh, exit } = board([vm('edge', 'kvm-qemu', 'alpine-3.20'), ct('alp', 'alpine:3.20')], 150_000);
    const lookup = (n: string) => sim.state.instances[n]?.spec;
    expect(identityOf('edge', lookup, 'linux', CATALOGUE).prompt).toBe('edge:~# ');
    expect(identityOf('alp', lookup, 'linux', CATALOGUE).prompt).toBe('/ # ');
    const ps = sh('ps', 'edge').split('\n');
    expect(ps[0]).toBe('PID   USER     TIME  COMMAND');
    expect(ps[1]).toBe('    1 root      0:00 /sbin/init');
    expect(ps.join('\n')).toContain('/sbin/getty 38400 tty1');
    expect(ps.join('\n')).toMatch(/udhcpc .* -x hostname:edge$/m);
    expect(ps.join('\n')).not.toMatch(/systemd/);
    // ps ignores -ef as BusyBox does (its own row shows the arguments), and refuses what it lacks.
    const [ef, bare] = [sh('ps -ef', 'edge').split('\n'), sh('ps', 'edge').split('\n')];
    expect(ef.slice(0, -1)).toEqual(bare.slice(0, -1));
    expect([ef.at(-1), bare.at(-1)]).toEqual([expect.stringMatching(/ root {6}0:00 ps -ef$/), expect.stringMatching(/ root {6}0:00 ps$/)]);
    expect(exit('ps -L', 'edge')).toBe(1);
    expect(sh('free -m', 'edge').split('\n')[0]).toBe('              total        used        free      shared  buff/cache   available');
    expect(sh('uname -a', 'edge')).toMatch(/^Linux edge 6\.6\.41-0-virt .* x86_64 Linux$/);
    expect(sh('ps', 'alp').split('\n')[1]).toBe('    1 root      0:00 /bin/sh');
    expect(runCommand(sim, 'bash', 'alp')).toMatchObject({ exitCode: 127, output: expect.stringMatching(/^sh: bash: not found/) });
    expect(runCommand(sim, 'docker exec -it alp bash', 'host')).toMatchObject({ exitCode: 126, output: expect.stringContaining('exec: "bash": executable file not found in $PATH') });
    expect(sh('ip addr', 'alp')).toMatch(/^\d+: eth0@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP$/m);
  });
});

describe('Windows places answer as PowerShell and cmd.exe do', () => {
  it('a Windows Server guest has no free or ps -ef; hostname, whoami and ipconfig work; Nano Server has cmd.exe', () => {
    const { sh, exit } = board([vm('win', 'hyperv', 'windows-server-2022', { memoryBytes: 4 * GiB }), ct('nano', 'mcr.microsoft.com/windows/nanoserver:ltsc2022')], 180_000, 'windows');
    expect(sh('free -m', 'win').split('\n')[0]).toBe("free : The term 'free' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the");
    expect(exit('free -m', 'win')).toBe(1);
    expect(sh('hostname', 'win')).toBe('win');
    expect(sh('whoami', 'win')).toBe('win\\administrator');
    expect(sh('ipconfig', 'win')).toMatch(/IPv4 Address[ .]+: 172\.29\.\d+\.\d+\n\s+Subnet Mask[ .]+: 255\.255\.240\.0/);
    expect(sh('ps', 'win')).toMatch(/^\s+4 System$/m);
    expect(sh('ps', 'nano')).toBe("'ps' is not recognized as an internal or external command,\noperable program or batch file.");
    expect(exit('ps', 'nano')).toBe(9009);
    expect(sh('whoami', 'nano')).toBe('user manager\\containeruser');
  });

  it('a WSL2 distro on Hyper-V takes the Windows host\'s hostname (wsl.conf\'s default)', () => {
    const { sim, sh } = board([vm('wsl', 'hyperv', 'ubuntu-22.04')], 120_000, 'windows');
    expect(sh('hostname', 'wsl')).toBe(sh('hostname'));
    expect(identityOf('wsl', (n) => sim.state.instances[n]?.spec, 'windows', CATALOGUE).prompt).toBe(`ubuntu@${sh('hostname')}:~$ `);
  });
});

describe('docs/views.md says what the data holds', () => {
  it('the sandbox kernels\' strings and the reservation estimates with their ranges', async () => {
    const { readFileSync } = await import('node:fs');
    const { SANDBOX_KERNELS } = await import('../../../sim-core/catalogue/sandbox-kernels');
    const { KERNEL_RESERVED, KATA_DEFAULT_MEMORY_BYTES } = await import('../../../sim-core/engine/meminfo');
    const doc = readFileSync(new URL('../../../docs/views.md', import.meta.url), 'utf8');
    for (const k of Object.values(SANDBOX_KERNELS)) {
      expect(doc).toContain(`\`${k.release}\``);
      expect(k.source.url).toMatch(/^https:\/\//);
    }
    expect(doc).toContain(SANDBOX_KERNELS.gvisor.build);
    for (const e of Object.values(KERNEL_RESERVED)) {
      expect(doc).toContain(`| ${e.value / MiB} MiB | ${e.low / MiB}-${e.high / MiB} MiB |`);
    }
    expect(doc).toContain(`${KATA_DEFAULT_MEMORY_BYTES / MiB} MiB`);
  });
});

describe('views follow the run when it seeks', () => {
  it('after seeking back, ps shows that moment (a stopped container\'s processes again, under their PIDs then)', async () => {
    const { createRun, runAdvance, runApply, runSeek } = await import('../../../sim-core/index');
    const s = emptyScenario();
    s.instances.push(ct('web', 'nginx:1.27'), vm('g', 'kvm-qemu', 'ubuntu-22.04'));
    s.events.push({ atMs: 0, action: { type: 'start', target: 'web' } }, { atMs: 0, action: { type: 'start', target: 'g' } });
    const run = createRun(s, CATALOGUE);
    runAdvance(run, 60_000);
    const at60 = inspectHost(run.sim).processes.map((p) => `${p.pid} ${p.command}`);
    expect(at60.some((l) => l.includes('nginx: master'))).toBe(true);
    runApply(run, { type: 'instance/stop', name: 'web' });
    runAdvance(run, 70_000);
    expect(inspectHost(run.sim).processes.some((p) => p.command.includes('nginx'))).toBe(false);
    // Just before the stop (applied at 60 s): the same processes under the same PIDs.
    runSeek(run, 59_000);
    expect(inspectHost(run.sim).processes.map((p) => `${p.pid} ${p.command}`)).toEqual(at60);
    runSeek(run, 500);
    // Half a second in: the VM is still in its firmware; its QEMU process already runs, its guest has no shell yet.
    expect(inspectHost(run.sim).processes.some((p) => p.owner === 'g')).toBe(true);
    expect(runCommand(run.sim, 'hostname', 'g').exitCode).toBe(255);
  });
});
