import { describe, expect, it } from 'vitest';
import { runPreset } from './presets';
import { CATALOGUE, figureOf } from '../../../sim-core/catalogue/index';


const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

/** The teaching point of each preset, asserted on what the model produces. */
describe('what each preset teaches', () => {
  it('nginx-vm-vs-container: seconds vs tens of seconds, MB vs hundreds of MB, own kernel vs shared', () => {
    const { i } = runPreset('nginx-vm-vs-container');
    const vm = i('web-vm');
    const ct = i('web');
    expect(vm.readyMs! / ct.readyMs!).toBeGreaterThanOrEqual(10);
    expect(vm.readyMs!).toBeGreaterThan(10_000);
    expect(ct.readyMs!).toBeLessThan(1_000);
    expect(vm.memoryBytes / ct.memoryBytes).toBeGreaterThanOrEqual(10);
    expect(vm.diskBytes).toBeGreaterThan(1 * GiB);
    expect(ct.diskBytes + ct.imageBytes).toBeLessThan(500 * MiB);
    expect(vm.kernel).toBe('web-vm');
    expect(ct.kernel).toBe('host');
  });

  it('boot-race: the container is serving before the VM has left its firmware and bootloader', () => {
    const { i } = runPreset('boot-race');
    const vm = i('vagrant-box');
    const bootloaderEnd = vm.phases.find((p) => p.name === 'bootloader')!.endMs;
    expect(i('docker-nginx').readyMs!).toBeLessThan(bootloaderEnd);
    expect(vm.readyMs! / i('docker-nginx').readyMs!).toBeGreaterThanOrEqual(10);
  });

  it('limits-classic: throttled first, then OOM-killed with exit 137; the unlimited neighbour survives', () => {
    const { report, i } = runPreset('limits-classic');
    const types = report.incidents.filter((e) => e.target === 'limited').map((e) => e.type);
    expect(types).toEqual(['throttled', 'oom-kill']);
    expect(i('limited').exitCode).toBe(137);
    expect(i('limited').cpuStat!.nrThrottled).toBeGreaterThan(0);
    expect(i('unlimited').state).toBe('running');
    expect(report.incidents.find((e) => e.type === 'oom-kill')!.detail).toBe('memory.max 512MiB');
  });

  it('layers-shared: ten containers cost the image once; a write to an image file is copied up; nginx\'s log goes to the host, not the layer', () => {
    const { report, i, log } = runPreset('layers-shared');
    const image = i('web-1').imageBytes;
    const own = report.instances.reduce((sum, x) => sum + x.diskBytes, 0);
    // nginx's access log is a link to stdout: web-3's 5 MiB went to its log on the host.
    expect(report.host.diskUsedBytes).toBe(image + own + 5 * MiB);
    expect(log.some((e) => e.type === 'container/logged' && e.subject === 'web-3' && e.data.bytes === 5 * MiB)).toBe(true);
    expect(log.some((e) => e.type === 'fs/copied-up' && e.subject === 'web-1' && e.data.path === '/etc/nginx/nginx.conf')).toBe(true);
    expect(i('web-2').diskBytes).toBe(20 * MiB);
    expect(i('web-3').diskBytes).toBe(0);
  });

  it('shared-kernel-security: from the host\'s container everything falls; from the VM\'s, only that VM', () => {
    const { report } = runPreset('shared-kernel-security');
    const [fromVm, fromHost] = report.incidents.filter((e) => e.type === 'compromised');
    expect(fromVm!.targets).toEqual(['tenant-b', 'tenant-b-web', 'tenant-b-db']);
    expect(fromHost!.targets).toEqual(['host', 'tenant-a-web', 'tenant-a-db', 'tenant-b', 'tenant-b-web', 'tenant-b-db']);
  });

  it('containers-in-cloud-vm: they wait for the VM and its engine (and the wait counts), use its kernel, and count once in host memory', () => {
    const { report, i } = runPreset('containers-in-cloud-vm');
    const vm = i('cloud-vm');
    for (const name of ['web', 'cache', 'api']) {
      const ct = i(name);
      expect(ct.kernel).toBe('cloud-vm');
      expect(ct.phases[0]).toMatchObject({ name: 'wait for VM', startMs: 0, endMs: vm.readyMs! });
      const create = ct.phases.find((p) => p.name === 'create')!;
      expect(create.startMs).toBeGreaterThan(vm.readyMs!);
      // Started with the VM, ready only after it: the report counts from the start event.
      expect(ct.readyMs!).toBeGreaterThan(vm.readyMs!);
      expect(ct.readyMs! - (create.startMs)).toBeLessThan(1_000);
    }
    const base = report.host.memoryUsedBytes - vm.memoryBytes;
    expect(base).toBeLessThan(1 * GiB); // only the host's own OS besides the VM
  });

  it('windows-image-on-linux: the Windows container fails with Docker\'s message; the Windows VM boots', () => {
    const { report, i } = runPreset('windows-image-on-linux');
    expect(i('nano').state).toBe('failed');
    expect(report.incidents[0]!.detail).toMatch(/^image operating system "windows" cannot be used on this platform/);
    expect(i('winsrv').state).toBe('running');
    expect(i('winsrv').memoryBytes).toBeGreaterThanOrEqual(4 * GiB);
  });

  it('wsl2: a Linux container needs the utility VM; a Windows container runs on the Windows kernel', () => {
    const { i } = runPreset('wsl2');
    expect(i('web').state).toBe('running');
    expect(i('web').kernel).toBe('wsl');
    expect(i('web-native').state).toBe('failed');
    expect(i('nano').state).toBe('running');
    expect(i('wsl').readyMs!).toBeLessThan(10_000);
  });

  it('spectrum: only runc shares the host kernel; the full QEMU VM is slowest and heaviest', () => {
    const { i } = runPreset('spectrum');
    expect(i('runc').kernel).toBe('host');
    for (const name of ['gvisor', 'kata', 'firecracker', 'qemu']) expect(i(name).kernel).toBe(name);
    expect(i('runc').readyMs!).toBeLessThan(i('gvisor').readyMs!);
    expect(i('gvisor').readyMs!).toBeLessThan(i('kata').readyMs!);
    expect(i('qemu').readyMs!).toBeGreaterThan(10 * i('firecracker').readyMs!);
    expect(i('runc').memoryBytes).toBeLessThan(i('gvisor').memoryBytes);
    expect(i('gvisor').memoryBytes).toBeLessThan(i('kata').memoryBytes);
    expect(i('qemu').memoryBytes).toBeGreaterThan(i('firecracker').memoryBytes);
  });

  it('cold-pull: a cold start is mostly pull, and the shared Debian base is downloaded once', () => {
    const { i, log } = runPreset('cold-pull');
    const web = i('web');
    const pull = web.phases.find((p) => p.name === 'pull')!;
    expect(pull.endMs - pull.startMs).toBeGreaterThan(web.readyMs! / 2);
    const downloads = log.filter((e) => e.type === 'image/layer-download-started').map((e) => String(e.data.layer));
    expect(new Set(downloads).size).toBe(downloads.length);
    expect(downloads.filter((id) => id.includes('bookworm-slim'))).toHaveLength(1);
  });

  it('burst-100: containers drain through the daemon at a few per second, all before the first VM; VMs queue for cores and take far longer than alone', () => {
    const { report } = runPreset('burst-100');
    const containers = report.instances.filter((x) => x.kind === 'container');
    const vms = report.instances.filter((x) => x.kind === 'vm');
    expect(containers.every((c) => c.state === 'running')).toBe(true);
    expect(vms.every((v) => v.state === 'running')).toBe(true);
    const lastContainer = Math.max(...containers.map((c) => c.readyMs!));
    const firstVm = Math.min(...vms.map((v) => v.readyMs!));
    // 100 serialised starts at the cited per-start cost (its estimate's range), not 2-4 s.
    const [low, high] = figureOf(CATALOGUE, 'docker-start-serial-cost').value.range!;
    expect(lastContainer).toBeGreaterThanOrEqual(100 * low);
    expect(lastContainer).toBeLessThanOrEqual(100 * high);
    expect(lastContainer).toBeLessThan(firstVm);
    const nginxAlone = runPreset('nginx-vm-vs-container').i('web-vm').readyMs!;
    expect(Math.max(...vms.map((v) => v.readyMs!))).toBeGreaterThan(3 * nginxAlone);
  });

  it('density-16g: 200 containers hold less than ten VMs; VMs fill the rest until the OOM killer acts', () => {
    const { report } = runPreset('density-16g');
    const containers = report.instances.filter((x) => x.kind === 'container');
    const vms = report.instances.filter((x) => x.kind === 'vm');
    const containerMemory = containers.reduce((s, c) => s + c.memoryBytes, 0);
    const oneVm = Math.max(...vms.map((v) => v.memoryBytes));
    expect(containerMemory).toBeLessThan(10 * oneVm);
    const killed = report.incidents.filter((e) => e.type === 'oom-kill');
    expect(killed.length).toBeGreaterThan(0);
    expect(killed.every((e) => e.target.startsWith('vm'))).toBe(true);
    expect(report.host.memoryUsedBytes).toBeLessThanOrEqual(report.host.memoryTotalBytes);
  });

  it('vm-network-isolation: a kernel exploit in one VM stays in that VM', () => {
    const { report, i } = runPreset('vm-network-isolation');
    expect(report.incidents.find((e) => e.type === 'compromised')!.targets).toEqual(['web']);
    expect(i('app').state).toBe('running');
    expect(i('db').state).toBe('running');
  });

  it('cpu-io-overhead: the report shows gVisor paying on system calls and the VM on CPU, the native container on neither', () => {
    const { i } = runPreset('cpu-io-overhead');
    expect(i('native').overheads!.cpu).toBe(0);
    expect(i('native').overheads!.syscall).toBe(0);
    expect(i('sandboxed').overheads!.syscall).toBeGreaterThan(0);
    expect(i('vm').overheads!.cpu).toBeGreaterThan(0);
    // The same 2 busy cores get less work done in the VM than natively; gVisor runs the
    // application's instructions natively ("no runtime cost imposed for CPU operations", its
    // performance guide), so the sandbox pays on system calls and I/O, not on pure CPU.
    expect(i('native').cpuEffectiveCores).toBe(2);
    expect(i('vm').cpuCores).toBe(2);
    expect(i('vm').cpuEffectiveCores!).toBeLessThan(i('native').cpuEffectiveCores!);
    expect(i('sandboxed').cpuEffectiveCores!).toBe(i('native').cpuEffectiveCores!);
    expect(i('sandboxed').overheads!.io).toBeGreaterThan(i('native').overheads!.io);
  });

  it('noisy-neighbour-oom: without a limit the host runs out and its OOM killer takes the largest', () => {
    const { report, i } = runPreset('noisy-neighbour-oom');
    const kill = report.incidents.find((e) => e.type === 'oom-kill')!;
    expect(kill.target).toBe('leaky');
    expect(kill.detail).toMatch(/host out of memory/);
    expect(i('db').state).toBe('running');
    expect(i('web').state).toBe('running');
  });
});
