/**
 * /etc/os-release: the text the catalogue shows for a base layer is the file the layer holds
 * (its recorded size is the text's length), and `cat` in a container shows the image's
 * distribution while `uname -r` shows the host's kernel.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { OS_RELEASE_PATH, osReleaseText } from '../../../sim-core/catalogue/os-release';
import { workspace } from './workspace';

const withText = Object.values(CATALOGUE.images).flatMap((i) => i.layers).filter((l) => osReleaseText(l.id) !== null);

describe('/etc/os-release', () => {
  it('every base layer with a known text records that text\'s size', () => {
    expect(withText.length).toBeGreaterThanOrEqual(5);
    for (const layer of withText) {
      const file = layer.files.find((f) => f.path === OS_RELEASE_PATH);
      expect(file, layer.id).toBeDefined();
      expect(file!.sizeBytes, layer.id).toBe(new TextEncoder().encode(osReleaseText(layer.id)!).length);
    }
  });

  it('a container shows its image\'s distribution and the host\'s kernel', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm alpine:3.20 cat /etc/os-release')).toMatch(/^NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3\.20\.\d+\nPRETTY_NAME="Alpine Linux v3\.20"/);
    expect(await w.type('docker run --rm ubuntu:22.04 cat /etc/os-release')).toMatch(/^PRETTY_NAME="Ubuntu 22\.04\.\d LTS"/);
    expect(await w.type('docker run --rm debian:12 cat /etc/os-release')).toContain('VERSION_CODENAME=bookworm');
    const hostKernel = await w.type('uname -r');
    expect(await w.type('docker run --rm alpine:3.20 uname -r')).toBe(hostKernel);
  });

  it('once the container overwrites it, the text is no longer the image\'s', async () => {
    const w = await workspace();
    await w.type('docker run -d --name box nginx:1.27');
    await w.wait(2_000);
    await w.type('docker exec box sh -c "echo changed > /etc/os-release"');
    expect(await w.type('docker exec box cat /etc/os-release')).not.toContain('bookworm');
  });
});
