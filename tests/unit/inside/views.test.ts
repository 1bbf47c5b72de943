import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { advanceTo, apply, createSimulation, getLog, getMemoryHistory, runToEnd } from '../../../sim-core/index';
import type { ContainerSpec, Simulation } from '../../../sim-core/index';
import { containerLayerStack, hostDiskView, vmDiskView, explainBlast, blastReason, cgroupSeries, valueAt, dockerLimitFlags, cgroupFileTexts } from '../../../sim-core/views/index';
import { loadPreset } from '../golden/presets';

function presetAt(id: string, ms: number): Simulation {
  const sim = createSimulation(loadPreset(id), CATALOGUE);
  advanceTo(sim, ms);
  return sim;
}

describe('layer stack', () => {
  it('nginx:1.27 is its read-only layers under one writable layer, top layer first', () => {
    const sim = presetAt('layers-shared', 3000);
    const stack = containerLayerStack(sim, 'web-1')!;
    const image = CATALOGUE.images['nginx:1.27']!;
    expect(stack.readOnly).toHaveLength(7);
    expect(stack.readOnly).toHaveLength(image.layers.length);
    expect(stack.readOnly[0]!.id).toBe(image.layers[image.layers.length - 1]!.id);
    expect(stack.readOnly[6]!.id).toBe(image.layers[0]!.id);
    expect(stack.writable).toEqual({ sizeBytes: 0, files: [], whiteouts: [], opaqueDirs: [] });
  });

  it('after nginx.conf is written, the writable layer holds it, copied up from the layer that had it', () => {
    const sim = presetAt('layers-shared', 5500);
    const stack = containerLayerStack(sim, 'web-1')!;
    const conf = stack.writable!.files.find((f) => f.path === '/etc/nginx/nginx.conf')!;
    expect(conf).toBeDefined();
    const owner = stack.readOnly.find((l) => l.files.some((f) => f.path === '/etc/nginx/nginx.conf'))!;
    expect(conf.copiedUpFrom).toBe(owner.id);
    expect(owner.files.find((f) => f.path === '/etc/nginx/nginx.conf')!.status).toBe('copied-up');
    expect(stack.changes.map((c) => c.type)).toEqual(['copied-up', 'written']);
    // web-2 did not write it: it still sees the image's copy
    const other = containerLayerStack(sim, 'web-2')!;
    expect(other.writable!.files.some((f) => f.path === '/etc/nginx/nginx.conf')).toBe(false);
  });

  it('a new file is in the writable layer with no copy-up', () => {
    const sim = presetAt('layers-shared', 7000);
    const files = containerLayerStack(sim, 'web-2')!.writable!.files;
    expect(files).toEqual([{ path: '/usr/share/nginx/html/video.mp4', sizeBytes: 20 * 1024 * 1024, copiedUpFrom: null }]);
  });

  it('two containers of one image share every read-only layer', () => {
    const sim = presetAt('layers-shared', 1000);
    const stack = containerLayerStack(sim, 'web-3')!;
    for (const layer of stack.readOnly) expect(layer.sharedWith).toHaveLength(9);
    expect(stack.readOnly[0]!.sharedWith).toContain('web-1');
    expect(stack.readOnly[0]!.sharedWith).not.toContain('web-3');
  });

  it('a delete of an image file leaves a whiteout that hides it', () => {
    const sim = presetAt('layers-shared', 3000);
    const path = CATALOGUE.images['nginx:1.27']!.layers[0]!.files[0]!.path;
    expect(apply(sim, { type: 'instance/delete-file', name: 'web-4', path }).ok).toBe(true);
    const stack = containerLayerStack(sim, 'web-4')!;
    expect(stack.writable!.whiteouts).toContain(path);
    expect(stack.readOnly[6]!.files.find((f) => f.path === path)!.status).toBe('whiteout');
    expect(stack.changes.at(-1)).toMatchObject({ type: 'whiteout', path });
  });

  it('the host counts the shared image once', () => {
    const sim = presetAt('layers-shared', 8000);
    const disk = hostDiskView(sim);
    expect(disk.writable).toHaveLength(10);
    expect(disk.layersIfUnsharedBytes).toBe(disk.imagesBytes * 10);
    expect(disk.layersInUseBytes).toBe(disk.imagesBytes);
    // web-1's nginx.conf ends 2 KiB long after its copy-up, web-2's file is 20 MiB; web-3's
    // 5 MiB access log went to its json-file log (the image links it to stdout)
    expect(disk.writableBytes).toBe(2 * 1024 + 20 * 1024 * 1024);
    expect(disk.logsBytes).toBe(5 * 1024 * 1024);
    expect(disk.totalBytes).toBe(disk.imagesBytes + disk.writableBytes + disk.logsBytes);
  });

  it('a VM\'s disk image grows with each write', () => {
    const sim = presetAt('shared-kernel-security', 60_000);
    const before = vmDiskView(sim, 'tenant-b')!;
    expect(apply(sim, { type: 'instance/write', name: 'tenant-b', path: '/var/data', sizeBytes: 100_000_000 }).ok).toBe(true);
    const after = vmDiskView(sim, 'tenant-b')!;
    expect(after.diskBytes).toBe(before.diskBytes + 100_000_000);
    expect(after.history.at(-1)).toEqual({ atMs: 60_000, diskBytes: after.diskBytes });
    expect(containerLayerStack(sim, 'tenant-b')).toBeNull();
  });
});

describe('blast radius explanation', () => {
  it('a kernel exploit from a container on the host: the host kernel, so everything', () => {
    const sim = presetAt('shared-kernel-security', 60_000);
    const e = explainBlast(sim, 'tenant-a-web', 'kernel')!;
    expect(e.reason).toBe('host-kernel');
    expect(e.kernel).toBe('host');
    expect(e.targets).toEqual(expect.arrayContaining(['host', 'tenant-a-web', 'tenant-a-db', 'tenant-b', 'tenant-b-web', 'tenant-b-db']));
  });

  it('from a container inside a VM: the guest kernel, stopped by the hypervisor', () => {
    const sim = presetAt('shared-kernel-security', 60_000);
    const e = explainBlast(sim, 'tenant-b-web', 'kernel')!;
    expect(e.reason).toBe('guest-kernel');
    expect(e.kernel).toBe('tenant-b');
    expect(e.targets.sort()).toEqual(['tenant-b', 'tenant-b-db', 'tenant-b-web']);
  });

  it('an app exploit stays in the app; a stopped instance cannot be attacked', () => {
    const sim = presetAt('shared-kernel-security', 60_000);
    expect(explainBlast(sim, 'tenant-a-db', 'app')).toMatchObject({ reason: 'app-contained', targets: ['tenant-a-db'], kernel: null });
    apply(sim, { type: 'instance/stop', name: 'tenant-a-db' });
    advanceTo(sim, 70_000);
    expect(explainBlast(sim, 'tenant-a-db', 'kernel')).toMatchObject({ reason: 'not-running', targets: [] });
  });

  it('gVisor and Kata stop a kernel exploit at their own kernel', () => {
    const base: Omit<ContainerSpec, 'name' | 'runtime'> = { kind: 'container', image: 'nginx:1.27', memoryBytes: null, memorySwapBytes: null, cpus: null, cpuShares: 1024, pidsLimit: null, in: null, share: [] };
    expect(blastReason({ ...base, name: 'g', runtime: 'gvisor' }, 'kernel')).toBe('gvisor-sentry');
    expect(blastReason({ ...base, name: 'k', runtime: 'kata' }, 'kernel')).toBe('kata-vm');
    expect(blastReason({ ...base, name: 'r', runtime: 'runc' }, 'kernel')).toBe('host-kernel');
  });
});

describe('cgroup series', () => {
  const sim = createSimulation(loadPreset('limits-classic'), CATALOGUE);
  runToEnd(sim);
  const spec = sim.scenario.instances.find((i) => i.name === 'limited') as ContainerSpec;
  const idle = CATALOGUE.apps[CATALOGUE.images[spec.image]!.app]!.idleCpu;
  const s = cgroupSeries(getLog(sim), getMemoryHistory(sim), spec, idle, sim.state.nowMs);

  it('memory.max is 512 MiB and the OOM kill is marked at 60 s', () => {
    expect(valueAt(s.memoryLimit, 30_000)).toBe(512 * 1024 * 1024);
    expect(s.oomKills).toEqual([{ atMs: 60_000, scope: 'cgroup' }]);
    expect(valueAt(s.memory, 30_000)).toBeGreaterThan(0);
    expect(valueAt(s.memory, 70_000)).toBe(0);
  });

  it('from 20 s it wants 2 cores, gets the 0.5 quota, and is throttled until killed', () => {
    expect(valueAt(s.cpuWanted, 25_000)).toBe(2);
    expect(valueAt(s.cpuAllowed, 25_000)).toBe(0.5);
    expect(valueAt(s.cpuQuota, 25_000)).toBe(0.5);
    expect(s.throttled).toEqual([{ fromMs: 20_000, toMs: 60_000 }]);
    expect(valueAt(s.cpuAllowed, 70_000)).toBe(0);
  });

  it('the unlimited neighbour is never throttled and has no quota', () => {
    const other = sim.scenario.instances.find((i) => i.name === 'unlimited') as ContainerSpec;
    const o = cgroupSeries(getLog(sim), getMemoryHistory(sim), other, idle, sim.state.nowMs);
    expect(o.throttled).toEqual([]);
    expect(valueAt(o.cpuQuota, 30_000)).toBeNull();
    expect(valueAt(o.cpuAllowed, 30_000)).toBe(2);
  });

  it('Docker flags and cgroup files for --memory=512m --cpus=0.5', () => {
    expect(dockerLimitFlags(512 * 1024 * 1024, 0.5, null)).toEqual(['--memory=512m', '--cpus=0.5']);
    const files = cgroupFileTexts({ memoryBytes: 512 * 1024 * 1024, cpus: 0.5, pidsLimit: null });
    expect(files['memory.max']).toBe('536870912');
    expect(files['cpu.max']).toBe('50000 100000');
    expect(cgroupFileTexts({ memoryBytes: null, cpus: null, pidsLimit: null })['cpu.max']).toBe('max 100000');
  });
});
