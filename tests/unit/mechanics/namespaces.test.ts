import { describe, expect, it } from 'vitest';
import {
  namespaceIdsFor, rootNamespacesOf, sharedNamespaces, allocatePids, describeView, dockerCgroupPath, kernelInterfaces,
  bridgeAddress, deterministicHex, ROOT_NAMESPACE_IDS, NAMESPACE_KINDS, RESERVED_PIDS, type ViewInput,
} from '../../../sim-core/namespaces';
import { dockerFlagsToCgroup } from '../../../sim-core/cgroups';

const id = deterministicHex('web', 64);
const hostPids = allocatePids(0, 3); // systemd, dockerd, containerd-shim on the host
const webPids = allocatePids(hostPids.lastPid, 2);

function webInput(share: Parameters<typeof namespaceIdsFor>[2], usernsRemap = false): ViewInput {
  const ns = namespaceIdsFor('host', 0, share, { usernsRemap });
  return {
    name: 'web', kind: 'container', kernel: 'host', kernelVersion: '6.8.0-45-generic', namespaces: ns.ids,
    containerId: id, kernelHostname: 'laptop',
    processes: [
      { command: 'nginx: master process', pid: 1, hostPid: webPids.pids[0]! },
      { command: 'nginx: worker process', pid: 2, hostPid: webPids.pids[1]!, uid: 101, user: 'nginx' },
    ],
    otherProcesses: [
      { command: '/sbin/init', pid: 1, hostPid: hostPids.pids[0]! },
      { command: 'dockerd', pid: 2, hostPid: hostPids.pids[1]! },
      { command: 'containerd-shim', pid: 3, hostPid: hostPids.pids[2]! },
    ],
    ipAddress: bridgeAddress(0), vethPairIndex: 0,
    kernelInterfaces: kernelInterfaces({ name: 'eth0', address: '192.168.1.10/24' }, [{ containerId: id, pairIndex: 0 }]),
    userns: usernsRemap ? { outsideUid: 100000, count: 65536 } : null,
    cgroupPath: dockerCgroupPath(id),
    limits: dockerFlagsToCgroup({ memory: 512 * 1024 * 1024, cpus: 1.5 }),
    lowerLayerIds: ['debian-base', 'nginx-bin'],
    kernelMemoryBytes: 16 * 1024 ** 3,
  };
}

describe('namespace ids', () => {
  it('the kernel\'s root namespaces carry the well-known inode numbers', () => {
    expect(ROOT_NAMESPACE_IDS).toMatchObject({ pid: 4026531836, mnt: 4026531840, net: 4026531992, user: 4026531837, uts: 4026531838, ipc: 4026531839, cgroup: 4026531835, time: 4026531834 });
  });

  it('Docker\'s defaults: new mnt pid net uts ipc cgroup; user and time stay the host\'s', () => {
    const ns = namespaceIdsFor('host', 0, []);
    expect(ns.created).toEqual(['mnt', 'pid', 'net', 'uts', 'ipc', 'cgroup']);
    expect(ns.ids.user).toBe(ROOT_NAMESPACE_IDS.user);
    expect(ns.ids.time).toBe(ROOT_NAMESPACE_IDS.time);
    expect(ns.ids.pid).not.toBe(ROOT_NAMESPACE_IDS.pid);
    expect(namespaceIdsFor('host', 0, [], { usernsRemap: true }).created).toContain('user');
    expect(namespaceIdsFor('host', 0, ['user'], { usernsRemap: true }).created).not.toContain('user');
  });

  it('namespaces are shared per `share`, and only on the same kernel', () => {
    const a = namespaceIdsFor('host', 0, ['net']);
    const b = namespaceIdsFor('host', 1, ['net', 'pid']);
    const host = rootNamespacesOf('host');
    expect(sharedNamespaces(a, host)).toEqual({ sameKernel: true, kinds: ['net', 'user', 'time'] });
    expect(sharedNamespaces(b, host).kinds).toEqual(['pid', 'net', 'user', 'time']);
    expect(sharedNamespaces(a, b).kinds).toEqual(['net', 'user', 'time']);
    // Same numbers in a VM's guest kernel, yet nothing is shared with the host.
    const vm = rootNamespacesOf('vm1');
    expect(vm.ids).toEqual(host.ids);
    expect(sharedNamespaces(vm, host)).toEqual({ sameKernel: false, kinds: [] });
  });

  it('new ids are deterministic and distinct between containers', () => {
    const all = [0, 1, 2].flatMap((i) => namespaceIdsFor('host', i, []).created.map((k) => namespaceIdsFor('host', i, []).ids[k]));
    expect(new Set(all).size).toBe(all.length);
    expect(namespaceIdsFor('host', 2, [])).toEqual(namespaceIdsFor('host', 2, []));
  });
});

describe('PIDs', () => {
  it('allocates the next numbers, and wraps past pid_max to 300', () => {
    expect(allocatePids(0, 3)).toEqual({ pids: [1, 2, 3], lastPid: 3 });
    expect(allocatePids(32766, 3, 32768)).toEqual({ pids: [32767, RESERVED_PIDS, RESERVED_PIDS + 1], lastPid: RESERVED_PIDS + 1 });
  });
});

describe('what a process in a container sees', () => {
  it('PID 1 inside is an ordinary PID on the host, and the host\'s processes are invisible', () => {
    const v = describeView(webInput([]));
    expect(v.processes.map((p) => [p.pid, p.command])).toEqual([[1, 'nginx: master process'], [2, 'nginx: worker process']]);
    expect(v.processes[0]!.hostPid).toBeGreaterThan(1);
    expect(v.processes[0]!.hostPid).toBe(4);
  });

  it('with --pid=host it sees every process on the kernel under host PIDs', () => {
    const v = describeView(webInput(['pid']));
    expect(v.processes.map((p) => p.pid)).toEqual([1, 2, 3, 4, 5]);
    expect(v.processes[0]!.command).toBe('/sbin/init');
  });

  it('without a user namespace root is root everywhere: uid_map is the identity over the full range', () => {
    const v = describeView(webInput([]));
    expect(v.uidMap).toBe('         0          0 4294967295\n');
    expect(v.processes[0]).toMatchObject({ uid: 0, user: 'root', hostUid: 0 });
  });

  it('with userns-remap root inside is uid 100000 outside', () => {
    const v = describeView(webInput([], true));
    expect(v.uidMap).toBe('         0     100000      65536\n');
    expect(v.uidMap.trim().split(/\s+/)).toEqual(['0', '100000', '65536']);
    expect(v.processes[0]).toMatchObject({ uid: 0, user: 'root', hostUid: 100000 });
    expect(v.processes[1]).toMatchObject({ uid: 101, user: 'nginx', hostUid: 100101 });
    // Host processes seen through --pid=host map to nobody.
    const shared = describeView(webInput(['pid'], true));
    expect(shared.processes.find((p) => p.command === 'dockerd')).toMatchObject({ uid: 65534, user: 'nobody', hostUid: 0 });
  });

  it('hostname: the first 12 hex of the id; with shared uts, the host\'s', () => {
    expect(describeView(webInput([])).hostname).toBe(id.slice(0, 12));
    expect(describeView(webInput(['uts'])).hostname).toBe('laptop');
  });

  it('network: lo and eth0@ifN on the bridge; with --network=host the host\'s interfaces', () => {
    const own = describeView(webInput([])).interfaces;
    expect(own.map((i) => `${i.name} ${i.address}`)).toEqual(['lo 127.0.0.1/8', 'eth0@if4 172.17.0.2/16']);
    const host = describeView(webInput(['net'])).interfaces;
    expect(host.map((i) => i.name)).toEqual(['lo', 'eth0', 'docker0', expect.stringMatching(/^veth[0-9a-f]{7}@if5$/)]);
    expect(host.find((i) => i.name === 'docker0')!.address).toBe('172.17.0.1/16');
  });

  it('mounts: an overlay root with lowerdir/upperdir/workdir, and the usual pseudo filesystems', () => {
    const m = describeView(webInput([])).mounts;
    expect(m[0]).toMatchObject({ source: 'overlay', target: '/', fstype: 'overlay' });
    expect(m[0]!.options).toMatch(/lowerdir=\/var\/lib\/docker\/overlay2\/l\/[A-Z0-9]{26}(:\/var\/lib\/docker\/overlay2\/l\/[A-Z0-9]{26}){2},upperdir=.*\/diff,workdir=.*\/work$/);
    expect(m.map((x) => `${x.target} ${x.fstype}`)).toEqual(expect.arrayContaining(['/proc proc', '/sys sysfs', '/sys/fs/cgroup cgroup2', '/etc/hostname ext4']));
  });

  it('cgroup: `0::/` inside its cgroup namespace; the kernel and its memory are the host\'s', () => {
    const v = describeView(webInput([]));
    expect(v.cgroup).toBe('0::/\n');
    expect(v.unameR).toBe('6.8.0-45-generic');
    expect(v.cgroupFiles).toMatchObject({ 'cpu.max': '150000 100000', 'memory.max': '536870912' });
    expect(v.memTotalBytes).toBe(16 * 1024 ** 3);
    expect(v.namespaceLinks.user).toBe('user:[4026531837]');
    expect(NAMESPACE_KINDS.every((k) => v.namespaceLinks[k].startsWith(k + ':['))).toBe(true);
  });

  it('a VM\'s process sees its own kernel\'s root namespaces, hostname and version', () => {
    const v = describeView({
      name: 'db-vm', kind: 'vm', kernel: 'db-vm', kernelVersion: '5.15.0-122-generic', namespaces: rootNamespacesOf('db-vm').ids,
      kernelHostname: 'db-vm', processes: [{ command: '/sbin/init', pid: 1, hostPid: 1 }], otherProcesses: [],
      ipAddress: '192.168.122.10', kernelInterfaces: kernelInterfaces({ name: 'eth0', address: '192.168.122.10/24' }, []), userns: null,
      cgroupPath: '/init.scope', rootDevice: '/dev/vda1',
    });
    expect(v).toMatchObject({ hostname: 'db-vm', unameR: '5.15.0-122-generic', cgroup: '0::/init.scope\n' });
    expect(v.processes[0]).toMatchObject({ pid: 1, hostPid: 1 });
    expect(v.interfaces.map((i) => i.name)).toEqual(['lo', 'eth0']);
    expect(v.mounts[0]).toMatchObject({ source: '/dev/vda1', target: '/' });
  });

  it('views are plain data', () => {
    const v = describeView(webInput(['pid'], true));
    expect(structuredClone(v)).toEqual(v);
  });
});

describe('deterministic ids', () => {
  it('a 64-hex container id does not repeat itself every 8 characters', async () => {
    const { deterministicHex } = await import('../../../sim-core/namespaces/ids');
    const id = deterministicHex('container:web', 64);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    const chunks = new Set(id.match(/.{8}/g));
    expect(chunks.size).toBe(8);
    expect(deterministicHex('container:web', 64)).toBe(id);
    expect(deterministicHex('container:web2', 64)).not.toBe(id);
  });
});
