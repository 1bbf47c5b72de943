/**
 * `docker run --platform` and images for another architecture, as Docker answers them on a
 * linux/amd64 host: a platform the image's manifest list lacks is refused ("no matching
 * manifest"), an image with no build for the host warns when no platform was asked for, and a
 * foreign architecture runs under qemu-user emulation (engine/platform.ts), which the terminal
 * says in its own voice.
 */
import type { ImageDef } from '../catalogue/types';
import { archOf, imagePlatforms, runPlatform } from '../engine/platform';

/** What Docker detects on the simulated x86-64-v3 host (containerd's platforms.DefaultSpec()). */
const DETECTED_HOST_PLATFORM = 'linux/amd64/v3';

export type PlatformLines = { warnings: string[]; notes: string[] } | { error: string };

/** os/arch of a platform, Docker's aliases normalised (`linux/aarch64` → `linux/arm64`). */
function osArch(platform: string): string {
  const os = platform.includes('/') ? platform.toLowerCase().split('/')[0]! : 'linux';
  return `${os}/${archOf(platform)}`;
}

export function platformLines(image: ImageDef, asked: string | undefined): PlatformLines {
  const offered = imagePlatforms(image);
  const recorded = image.platforms !== undefined;
  const warnings: string[] = [];
  const notes: string[] = [];
  if (asked) {
    const match = offered.find((p) => osArch(p) === osArch(asked));
    if (!match && recorded) return { error: `Error response from daemon: no matching manifest for ${osArch(asked)} in the manifest list entries` };
    if (!match) notes.push(`(utsuwa: the catalogue records ${image.ref}'s ${offered.join(', ')} build; its ${osArch(asked)} build is taken to have the same layers)`);
  } else if (!offered.some((p) => archOf(p) === 'amd64')) {
    warnings.push(`WARNING: The requested image's platform (${offered[0]}) does not match the detected host platform (${DETECTED_HOST_PLATFORM}) and no specific platform was requested`);
  }
  const arch = archOf(runPlatform(image, asked));
  if (arch !== 'amd64') notes.push(`(utsuwa: ${osArch(runPlatform(image, asked))} binaries run under qemu-user emulation (binfmt_misc) on this amd64 host: every instruction is translated, so its CPU work takes several times longer)`);
  return { warnings, notes };
}
