/**
 * Which architecture a container's binaries are for, and whether the host must emulate it. The
 * simulated host is linux/amd64 (Docker's detected platform on x86-64 hardware); an image for
 * another architecture runs under qemu-user through binfmt_misc, as Docker Desktop and
 * `tonistiigi/binfmt` set it up: every CPU instruction is translated (figure qemu-user-slowdown).
 */
import type { ContainerSpec } from '../scenario/types';
import type { ImageDef } from '../catalogue/types';
import type { Simulation } from './state';
import { figureValue } from '../catalogue/figure';

export const HOST_PLATFORM = 'linux/amd64';

/** `linux/arm64/v8` → `arm64`; Docker's aliases (aarch64, x86_64) to their GOARCH names. */
export function archOf(platform: string): string {
  const parts = platform.toLowerCase().split('/');
  const arch = parts.length === 1 ? parts[0]! : parts[1] ?? '';
  const aliases: Record<string, string> = { aarch64: 'arm64', x86_64: 'amd64', 'x86-64': 'amd64', i386: '386', armhf: 'arm', armel: 'arm' };
  return aliases[arch] ?? arch;
}

/** The platforms the image's manifest list offers (its origin's when the catalogue lists none). */
export function imagePlatforms(image: ImageDef): string[] {
  return image.platforms ?? [image.origin?.platform ?? (image.os === 'windows' ? 'windows/amd64' : HOST_PLATFORM)];
}

/** The platform the container runs: the one asked for, else the host's when the image has it, else the image's first. */
export function runPlatform(image: ImageDef, asked: string | undefined): string {
  if (asked) return asked;
  const offered = imagePlatforms(image);
  return offered.some((p) => archOf(p) === 'amd64') ? HOST_PLATFORM : offered[0]!;
}

/** The emulated architecture of this container (null: native). */
export function emulatedArch(sim: Simulation, spec: ContainerSpec): string | null {
  const image = sim.catalogue.images[spec.image];
  if (!image) return null;
  if (spec.platform) return emulatedOf(spec.platform);
  let arch = defaultArchs.get(image);
  if (arch === undefined) defaultArchs.set(image, (arch = emulatedOf(runPlatform(image, undefined))));
  return arch;
}

/** Each catalogue image's emulated architecture when no platform is asked (asked at every start). */
const defaultArchs = new WeakMap<ImageDef, string | null>();

function emulatedOf(platform: string): string | null {
  const arch = archOf(platform);
  return arch === 'amd64' ? null : arch;
}

/** How much longer its CPU work takes: 1 when native, the qemu-user factor when emulated. */
export function emulationFactor(sim: Simulation, spec: ContainerSpec): number {
  return emulatedArch(sim, spec) === null ? 1 : figureValue(sim.catalogue, 'qemu-user-slowdown');
}
