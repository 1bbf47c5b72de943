/**
 * `docker run --platform` on the simulated linux/amd64 host (https://docs.docker.com/reference/cli/docker/container/run/#platform):
 * a platform the image's manifest list lacks is refused in the daemon's words, another
 * architecture runs under qemu-user emulation and starts several times slower, and an image
 * with no build for the host gets Docker's warning when no platform was asked for.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, figureOf } from '../../../sim-core/catalogue/index';
import { platformLines } from '../../../sim-core/terminal/docker-platform';
import { workspace } from './workspace';

const realSeconds = (out: string) => Number(/real\t0m(\d+\.\d{3})s/.exec(out)![1]);

describe('docker run --platform', () => {
  it('linux/s390x of mysql:8 (whose manifest list has amd64 and arm64 only) is refused as the daemon refuses it', async () => {
    const w = await workspace();
    expect(await w.type('docker run -d --platform linux/s390x mysql:8')).toBe("docker: Error response from daemon: no matching manifest for linux/s390x in the manifest list entries.\nSee 'docker run --help'.");
  });

  it('linux/arm64 runs under qemu-user emulation: the same start takes several times longer than native', async () => {
    const w = await workspace();
    const native = await w.type('time docker run -d --name native redis');
    const emulated = await w.type('time docker run -d --platform linux/arm64 --name emulated redis');
    expect(emulated).toContain('(utsuwa: linux/arm64 binaries run under qemu-user emulation (binfmt_misc)');
    expect(native).not.toContain('qemu-user');
    const [low] = figureOf(CATALOGUE, 'qemu-user-slowdown').value.range!;
    expect(realSeconds(emulated)).toBeGreaterThan(realSeconds(native));
    // The app's init (the CPU work) is what is translated; the daemon's part is native.
    const init = (n: string) => w.store.getState().view!.instances.find((i) => i.name === n)!.phases.find((p) => p.name === 'app init')!;
    const ms = (p: { startMs: number; endMs: number }) => p.endMs - p.startMs;
    expect(ms(init('emulated'))).toBeGreaterThanOrEqual(ms(init('native')) * low * 0.9);
  });

  it('an image built only for linux/arm64 gets Docker\'s warning when no platform is asked for, then runs emulated', () => {
    const armOnly = { ...CATALOGUE.images['redis:8']!, ref: 'example/arm-only:1', platforms: ['linux/arm64/v8'] };
    const lines = platformLines(armOnly, undefined);
    expect(lines).toEqual({
      warnings: ["WARNING: The requested image's platform (linux/arm64/v8) does not match the detected host platform (linux/amd64/v3) and no specific platform was requested"],
      notes: [expect.stringContaining('linux/arm64 binaries run under qemu-user emulation')],
    });
    expect(platformLines(armOnly, 'linux/arm64')).toEqual({ warnings: [], notes: [expect.stringContaining('qemu-user')] });
    expect(platformLines(CATALOGUE.images['redis:8']!, 'linux/amd64')).toEqual({ warnings: [], notes: [] });
  });
});
