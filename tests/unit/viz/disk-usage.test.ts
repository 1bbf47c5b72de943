import { describe, expect, it } from 'vitest';
import { computeDiskUsage, imageShareOf, type DiskInstance } from '../../../src/viz/disk-usage';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { sampleAt, FIXTURE, MiB } from './sample';

const running = (name: string, image: string, diskBytes = 0): DiskInstance =>
  ({ name, kind: 'container', state: 'running', diskBytes, software: image, phase: null });
const imageBytes = (ref: string) => CATALOGUE.images[ref]!.layers.reduce((s, l) => s + l.sizeBytes.value, 0);

describe('disk use with shared layers', () => {
  it('counts the layers of two nginx containers once', () => {
    const u = computeDiskUsage([running('web1', 'nginx:1.27', 4096), running('web2', 'nginx:1.27', 8192)], CATALOGUE.images);
    expect(u.layerBytes).toBe(imageBytes('nginx:1.27'));
    expect(u.layers).toHaveLength(CATALOGUE.images['nginx:1.27']!.layers.length);
    expect(u.layers.every((l) => l.usedBy.join() === 'web1,web2')).toBe(true);
    expect(u.writableBytes).toBe(12_288);
    expect(u.totalBytes).toBe(imageBytes('nginx:1.27') + 12_288);
    expect(u.withoutSharingBytes).toBe(2 * imageBytes('nginx:1.27') + 12_288);
  });

  it('stores the Debian base layer that nginx and redis share once, used by both images', () => {
    const u = computeDiskUsage([running('web', 'nginx:1.27'), running('cache', 'redis:7')], CATALOGUE.images);
    const nginxIds = CATALOGUE.images['nginx:1.27']!.layers.map((l) => l.id);
    const redisIds = CATALOGUE.images['redis:7']!.layers.map((l) => l.id);
    const common = nginxIds.filter((id) => redisIds.includes(id));
    expect(common.length).toBeGreaterThan(0);
    for (const id of common) {
      const layer = u.layers.find((l) => l.id === id)!;
      expect(layer.images).toEqual(['nginx:1.27', 'redis:7']);
      expect(layer.usedBy).toEqual(['web', 'cache']);
    }
    const commonBytes = u.layers.filter((l) => common.includes(l.id)).reduce((s, l) => s + l.bytes, 0);
    expect(u.layerBytes).toBe(imageBytes('nginx:1.27') + imageBytes('redis:7') - commonBytes);
  });

  it('gives each VM its own disk and counts no layers for a container that has not pulled yet', () => {
    const u = computeDiskUsage([
      { name: 'vm', kind: 'vm', state: 'running', diskBytes: 2000 * MiB, software: 'linux' },
      { ...running('later', 'web:1'), state: 'created' },
      { ...running('pulling', 'cache:1'), state: 'booting', phase: 'pull' },
    ], FIXTURE.images);
    expect(u.vmDisks).toEqual([{ name: 'vm', bytes: 2000 * MiB }]);
    expect(u.layers).toEqual([]);
    expect(u.totalBytes).toBe(2000 * MiB);
  });

  it("adds up to the host's used disk in a real run", () => {
    const { view } = sampleAt(5_000);
    const u = computeDiskUsage(view.instances, FIXTURE.images, view.host.diskUsedBytes);
    expect(u.otherBytes).toBe(0);
    expect(u.totalBytes).toBe(view.host.diskUsedBytes);
    expect(u.layers.find((l) => l.id === 'base')!.usedBy).toEqual(['web1', 'web2', 'cache']);
  });

  it("puts what the instances do not explain (images cached before the run) under 'other'", () => {
    const u = computeDiskUsage([running('web', 'web:1')], FIXTURE.images, 500 * MiB);
    expect(u.otherBytes).toBe(400 * MiB);
    expect(u.totalBytes).toBe(500 * MiB);
  });

  it("tells a container's own bytes from the image it shares", () => {
    const web = running('web', 'web:1', 3 * MiB);
    const u = computeDiskUsage([web, running('cache', 'cache:1')], FIXTURE.images);
    expect(imageShareOf(web, u)).toEqual({ ownBytes: 3 * MiB, sharedImageBytes: 100 * MiB });
  });
});
