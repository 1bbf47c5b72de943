import { describe, expect, it } from 'vitest';
import { advanceTo, apply, createSimulation, getReport, getView, runToEnd } from '../../../sim-core/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { hostDisk } from '../../../sim-core/figures/index';
import { FIXTURE, MiB, container, scenario, startAll, vm } from './fixture';

const imageBytes = (ref: string) => CATALOGUE.images[ref]!.layers.reduce((s, l) => s + l.sizeBytes.value, 0);

/** One web:1 container pulling over 100 Mbps (12,500 bytes per ms, shared by its two layers). */
function coldPull() {
  const host = { networkBitsPerSecond: 100e6, imageCache: 'cold' } as never;
  return createSimulation(scenario([container('web')], startAll(['web']), { host }), FIXTURE);
}

describe('the host disk breakdown', () => {
  it('counts two nginx containers\' layers once, and each writable layer', () => {
    const sim = createSimulation(scenario([container('web1', { image: 'nginx:1.27' }), container('web2', { image: 'nginx:1.27' })], startAll(['web1', 'web2'])), CATALOGUE);
    runToEnd(sim);
    apply(sim, { type: 'instance/write', name: 'web1', path: '/var/log/a.log', sizeBytes: 4096 });
    apply(sim, { type: 'instance/write', name: 'web2', path: '/var/log/b.log', sizeBytes: 8192 });
    const d = hostDisk(sim);
    expect(d.imagesBytes).toBe(imageBytes('nginx:1.27'));
    expect(d.layers).toHaveLength(CATALOGUE.images['nginx:1.27']!.layers.length);
    expect(d.layers.every((l) => l.usedBy.join() === 'web1,web2' && l.state === 'present')).toBe(true);
    expect(d.writableBytes).toBe(12_288);
    expect(d.totalBytes).toBe(imageBytes('nginx:1.27') + 12_288);
    expect(d.layersInUseBytes).toBe(imageBytes('nginx:1.27'));
    expect(d.layersIfUnsharedBytes).toBe(2 * imageBytes('nginx:1.27'));
  });

  it('stores the Debian base that nginx and redis share once, in both images', () => {
    const sim = createSimulation(scenario([container('web', { image: 'nginx:1.27' }), container('cache', { image: 'redis:7' })], startAll(['web', 'cache'])), CATALOGUE);
    runToEnd(sim);
    const d = hostDisk(sim);
    const redisIds = CATALOGUE.images['redis:7']!.layers.map((l) => l.id);
    const common = CATALOGUE.images['nginx:1.27']!.layers.filter((l) => redisIds.includes(l.id));
    expect(common.length).toBeGreaterThan(0);
    for (const l of common) expect(d.layers.find((r) => r.id === l.id)).toMatchObject({ images: ['nginx:1.27', 'redis:7'], usedBy: ['web', 'cache'] });
    const commonBytes = common.reduce((s, l) => s + l.sizeBytes.value, 0);
    expect(d.imagesBytes).toBe(imageBytes('nginx:1.27') + imageBytes('redis:7') - commonBytes);
  });

  it('gives each VM its disk file, and keeps an image\'s layers after its container is removed (as docker rm does)', () => {
    const sim = createSimulation(scenario([vm('vm1'), container('web')], startAll(['vm1', 'web'])), FIXTURE);
    advanceTo(sim, 60_000);
    apply(sim, { type: 'instance/remove', name: 'web' });
    const d = hostDisk(sim);
    expect(d.vmDisks).toEqual([{ name: 'vm1', bytes: 2000 * MiB }]);
    expect(d.writable).toEqual([]);
    expect(d.layers.map((l) => [l.id, l.usedBy])).toEqual([['base', []], ['web-bin', []]]);
    expect(d.totalBytes).toBe(2000 * MiB + 100 * MiB);
  });

  it('during a pull counts the bytes received so far, then the download and what is unpacked, then the layer', () => {
    const sim = coldPull();
    advanceTo(sim, 1000);
    // Both layers share 12,500 bytes per ms: 6,250,000 bytes each after one second.
    let d = hostDisk(sim);
    expect(d.layers.map((l) => [l.id, l.state, l.bytes])).toEqual([['base', 'downloading', 6_250_000], ['web-bin', 'downloading', 6_250_000]]);
    expect(d.pullingBytes).toBe(12_500_000);
    expect(d.imagesBytes).toBe(0);
    expect(d.totalBytes).toBe(12_500_000);
    // Sharing is about unpacked layers: nothing counts until a layer is there.
    expect(d.layersInUseBytes).toBe(0);

    // web-bin (10 MiB compressed) is received at 1678 ms, then unpacks 20 MiB at 100 MiB/s in 200 ms.
    advanceTo(sim, 1778);
    d = hostDisk(sim);
    expect(d.layers.find((l) => l.id === 'web-bin')).toMatchObject({ state: 'extracting', bytes: 10 * MiB + 10 * MiB });
    advanceTo(sim, 1900);
    expect(hostDisk(sim).layers.find((l) => l.id === 'web-bin')).toMatchObject({ state: 'present', bytes: 20 * MiB });

    // No layer ever takes more than its download plus its unpacked size; at the end, its size.
    for (let t = 1900; t <= 6000; t += 50) {
      advanceTo(sim, t);
      for (const l of hostDisk(sim).layers) {
        const def = FIXTURE.images['web:1']!.layers.find((x) => x.id === l.id)!;
        expect(l.bytes).toBeLessThanOrEqual(def.compressedBytes.value + def.sizeBytes.value);
      }
    }
    d = hostDisk(sim);
    expect(d.pullingBytes).toBe(0);
    expect(d.imagesBytes).toBe(100 * MiB);
  });

  it('names at most eight of a layer\'s containers, and counts them all', () => {
    const names = Array.from({ length: 10 }, (_, i) => `web${i}`);
    const sim = createSimulation(scenario(names.map((n) => container(n)), startAll(names)), FIXTURE);
    advanceTo(sim, 5000);
    const base = hostDisk(sim).layers.find((l) => l.id === 'base')!;
    expect(base.users).toBe(10);
    expect(base.usedBy).toEqual(names.slice(0, 8));
  });

  it('is what the view and the report carry, at every moment', () => {
    const sim = coldPull();
    for (const t of [0, 500, 1778, 3000, 4000, 6000]) {
      advanceTo(sim, t);
      const d = hostDisk(sim);
      const view = getView(sim);
      const report = getReport(sim);
      expect(view.host.disk).toEqual(d);
      expect(view.host.diskUsedBytes).toBe(d.totalBytes);
      expect(report.host.diskUsedBytes).toBe(d.totalBytes);
      expect(report.host.disk).toEqual({ imagesBytes: d.imagesBytes, pullingBytes: d.pullingBytes, writableBytes: d.writableBytes, vmDisksBytes: d.vmDisksBytes, logsBytes: 0 });
      expect(d.imagesBytes + d.pullingBytes + d.writableBytes + d.vmDisksBytes + d.logsBytes).toBe(d.totalBytes);
    }
  });
});

describe('a VM\'s image copy (Vagrant\'s box import, VirtualBox)', () => {
  const vbox = { ...FIXTURE, vmProfiles: { ...FIXTURE.vmProfiles, virtualbox: { ...FIXTURE.vmProfiles.full!, id: 'virtualbox' } } };
  const IMAGE = 2000 * MiB; // the fixture guest's disk
  const boot = (names: string[], untilMs: number) => {
    const sim = createSimulation(scenario(names.map((n) => vm(n, { profile: 'virtualbox', apps: [] })), startAll(names), { untilMs }), vbox);
    return sim;
  };

  it('copies the box through the host\'s disk before the VM boots: it takes the time the disk needs, and its disk file grows as it goes', () => {
    const sim = boot(['a'], 60_000);
    advanceTo(sim, 10_000);
    // One stream at the fixture's 100 MiB/s: 20 s for 2000 MiB; half-way the copy is half there.
    const half = hostDisk(sim).vmDisks.find((d) => d.name === 'a')!.bytes;
    expect(half).toBeGreaterThan(IMAGE * 0.45);
    expect(half).toBeLessThan(IMAGE * 0.55);
    runToEnd(sim);
    const a = getReport(sim).instances[0]!;
    expect(a.phases[0]).toMatchObject({ name: 'import box', startMs: 0, endMs: 20_000 });
    expect(a.diskBytes).toBe(IMAGE);
  });

  it('the host keeps the box once and each VM\'s copy; two imports at once share the disk', () => {
    const sim = boot(['a', 'b'], 80_000);
    runToEnd(sim);
    const disk = hostDisk(sim);
    expect(disk.vmDisks.map((d) => d.name).sort()).toEqual(['a', 'b', 'linux (box)']);
    expect(disk.vmDisksBytes).toBe(3 * IMAGE);
    // The fixture's disk carries 400 MiB/s and one stream at most 100 MiB/s: two copies go at 100 each.
    expect(getReport(sim).instances[0]!.phases[0]!.endMs).toBe(20_000);
    // On a disk of 100 MiB/s in all they halve each other's rate.
    const slow = { ...vbox, figures: vbox.figures!.map((f) => (f.id === 'host-disk-sata-ssd' ? { ...f, value: { ...f.value, value: 100 * MiB } } : f)) };
    const shared = createSimulation(scenario(['a', 'b'].map((n) => vm(n, { profile: 'virtualbox', apps: [] })), startAll(['a', 'b']), { untilMs: 80_000 }), slow);
    runToEnd(shared);
    expect(getReport(shared).instances[0]!.phases[0]!.endMs).toBe(40_000);
  });

  it('a second start does not copy again; other profiles have their disk from the start', () => {
    const s = scenario([vm('a', { profile: 'virtualbox', apps: [] }), vm('k', { apps: [] })], [
      ...startAll(['a', 'k']), { atMs: 40_000, action: { type: 'stop', target: 'a' } }, { atMs: 50_000, action: { type: 'start', target: 'a' } },
    ], { untilMs: 100_000 });
    const sim = createSimulation(s, vbox);
    expect(hostDisk(sim).vmDisks.find((d) => d.name === 'k')!.bytes).toBe(IMAGE);
    runToEnd(sim);
    const a = getReport(sim).instances[0]!;
    expect(a.phases.some((p) => p.name === 'import box')).toBe(false);
    expect(a.diskBytes).toBe(IMAGE);
  });
});
