/**
 * The directories at a container's root that the catalogue's representative files do not
 * show: the base image's own (its rootfs tarball's top level, empty ones included) and the mount
 * points the runtime makes (`/dev`, `/proc`, `/sys`; `/etc` holds Docker's hostname, hosts and
 * resolv.conf). What `ls /` lists in `docker run --rm IMAGE ls /`, by the bottom layer the image
 * is built on (each listing as those images' root holds it; `.dockerenv` is Docker's marker file).
 */
import type { OverlayState } from '../unionfs/index';

const RUNTIME_DIRS = ['dev', 'etc', 'proc', 'sys'];

const FHS = ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'];

/** By the bottom layer's name (catalogue layer ids start with the rootfs they unpack). */
const BASES: ReadonlyArray<{ prefix: string; dirs: readonly string[] }> = [
  // Alpine's minirootfs: no /boot, no /lib64.
  { prefix: 'alpine-', dirs: FHS.filter((d) => d !== 'boot') },
  // Debian's slim rootfs (merged /usr: bin, lib, lib64, sbin are links into /usr).
  { prefix: 'debian-', dirs: [...FHS, 'lib64'] },
  // Ubuntu 24.04 keeps the usr-merge markers at the root; 20.04 and 22.04 have the 32-bit library dirs.
  { prefix: 'ubuntu-24.04', dirs: [...FHS, 'bin.usr-is-merged', 'lib.usr-is-merged', 'lib64', 'sbin.usr-is-merged'] },
  { prefix: 'ubuntu-', dirs: [...FHS, 'lib32', 'lib64', 'libx32'] },
  { prefix: 'centos-', dirs: [...FHS, 'lib64'] },
  { prefix: 'oraclelinux-', dirs: [...FHS, 'afs', 'lib64'] },
  // BusyBox's image: its own few directories.
  { prefix: 'busybox-', dirs: ['bin', 'dev', 'etc', 'home', 'lib', 'lib64', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'] },
];

/** The root's directory names for this container's overlay (the runtime's alone for an image from scratch, such as hello-world). */
export function rootDirs(overlay: OverlayState): readonly string[] {
  const bottom = overlay.lowerLayerIds[0] ?? '';
  return BASES.find((b) => bottom.startsWith(b.prefix))?.dirs ?? RUNTIME_DIRS;
}

/** Whether `path` is one of those directories (it exists, empty where the catalogue lists nothing in it). */
export function isRootDir(overlay: OverlayState, path: string): boolean {
  return /^\/[^/]+$/.test(path) && rootDirs(overlay).includes(path.slice(1));
}
